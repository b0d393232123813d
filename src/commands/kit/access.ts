import { accessHint, HttpError } from '../../http/errors.js';
import type { ApiClient, HttpRequest, HttpResponse } from '../../http/types.js';
import { describePermissions } from '../../permissions/needs.js';
import { RefusedRequest } from '../../permissions/refusal.js';
import type { CommandPermissions } from '../types.js';

export { describePermissions };

/**
 * The command's view of the HTTP client: a 401 or 403 names the application permissions this command needs on the
 * resource that refused it, instead of a generic "lacks a permission". When the run's client knows the token's roles
 * (a RefusedRequest), the hint also says what the token had, what is missing, whether consent looks missing and, with
 * Sites.Selected, which site needs a grant.
 */
export function withAccessHints(http: ApiClient, permissions: CommandPermissions): ApiClient {
  const hinted = (error: unknown): unknown => {
    if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403) || error.resource === undefined) return error;
    const alternatives = permissions[error.resource.kind];
    if (error instanceof RefusedRequest) return alternatives !== undefined && alternatives.length > 0 ? error.withNeeds(alternatives) : error;
    const needed = describePermissions(alternatives);
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
