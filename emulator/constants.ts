import { EMULATED_CLOUDS, FIXED_HOSTS } from './clouds.js';

/**
 * Fixed identities of the seeded demo tenant, shared by the emulator, the demo, the examples and the tests. The domain
 * and SharePoint host are those of the Public cloud; a tenant started in another cloud has that cloud's (clouds.ts).
 */
export const DEMO_TENANT_ID = '7b0d5f3e-2a41-4c8e-9f6d-1e3a5b7c9d20';
export const DEMO_TENANT_DOMAIN = EMULATED_CLOUDS.Public.tenantDomain;
export const DEMO_SHAREPOINT_HOST = `contoso.${EMULATED_CLOUDS.Public.sharePointSuffix}`;
export const DEMO_SHAREPOINT_URL = `https://${DEMO_SHAREPOINT_HOST}`;
/** The demo app registration (client ID) whose certificate the emulator generates. */
export const DEMO_APP_ID = '3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34';
export const DEMO_APP_NAME = 'm365-action demo';
/** Password of the generated demo PFX. */
export const DEMO_CERTIFICATE_PASSWORD = 'demo-pfx-password';
/** Fixed hosts the emulator serves, of every cloud (and SharePoint under every cloud's suffix). Anything else is refused (and recorded). */
export const EMULATED_HOSTS: readonly string[] = FIXED_HOSTS;
