import { accessHint, HttpError } from '../../http/errors.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../../http/types.js';
import type { CommandPermissions, PermissionAlternatives } from '../types.js';

/** `[['A'], ['B', 'C']]` → "A, or B and C". */
export function describePermissions(alternatives: PermissionAlternatives | undefined): string | undefined {
  if (alternatives === undefined || alternatives.length === 0) return undefined;
  return alternatives.map((set) => set.join(' and ')).join(', or ');
}

/**
 * The command's view of the HTTP client: a 401 or 403 names the application permissions this command needs on the
 * resource that refused it, instead of a generic "lacks a permission".
 */
export function withAccessHints(http: ApiClient, permissions: CommandPermissions): ApiClient {
  const hinted = (error: unknown): unknown => {
    if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403) || error.resource === undefined) return error;
    const needed = describePermissions(permissions[error.resource.kind]);
    if (needed === undefined) return error;
    const hint = accessHint(error.status, { resource: error.resource, permissions: needed });
    return new HttpError(error.message, { status: error.status, code: error.code, hint, resource: error.resource, cause: error });
  };
  return {
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      try {
        return await http.request<T>(request);
      } catch (error) {
        throw hinted(error);
      }
    },
    async getAll<T>(url: string, headers?: Record<string, string>): Promise<T[]> {
      try {
        return await http.getAll<T>(url, headers);
      } catch (error) {
        throw hinted(error);
      }
    },
  };
}
