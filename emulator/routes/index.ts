/** Every service route of the emulated tenant (the core adds the Entra ID token and discovery endpoints). */
import type { Route } from '../types.js';
import { graphRoutes, graphServiceRoutes } from './graph/index.js';
import { managementRoutes } from './management.js';
import { sharePointRoutes } from './sharepoint/index.js';

export const serviceRoutes: Route[] = [...graphRoutes, ...sharePointRoutes, ...managementRoutes, ...graphServiceRoutes];
