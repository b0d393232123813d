/**
 * One claim the emulator's access tokens lack and the CLI for Microsoft 365 needs: Entra ID's v1 app-only tokens carry
 * `app_displayname`, and the CLI's `login` and `status` show it as `connectedAs` (they fail an assertion without it).
 * Until the emulator issues it itself, the benchmark re-signs its tokens with that claim added, in this process only.
 * The action does not read the claim, so the patch changes nothing for it.
 */
import jwt from 'jsonwebtoken';
import { signJwt, TokenService, type AccessTokenRequest } from '../emulator/tokens.js';
import type { TenantState } from '../emulator/types.js';

let patched = false;

/** Adds `app_displayname` (the app registration's display name) to every access token, unless already there. */
export function addAppDisplayNameClaim(state: () => TenantState): void {
  if (patched) return;
  patched = true;
  const issue = TokenService.prototype.issueAccessToken;
  TokenService.prototype.issueAccessToken = function (this: TokenService, request: AccessTokenRequest) {
    const issued = issue.call(this, request);
    const payload = jwt.decode(issued.token, { json: true });
    if (payload === null || 'app_displayname' in payload) return issued;
    const app = state().apps.find((a) => a.appId.toLowerCase() === request.appid.toLowerCase());
    if (app === undefined) return issued;
    return { ...issued, token: signJwt(this.key, { ...payload, app_displayname: app.displayName }) };
  };
}
