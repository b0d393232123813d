/**
 * Graph `users/{id | userPrincipalName}/sendMail`: mail sent as a user of the directory who has a mailbox, kept in the
 * state (what was sent, as whom) so that tests can read it; Graph answers 202 without a body.
 */
import { mailboxUsers, servicesOf } from '../../seed-services.js';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { graphError } from './graph-odata.js';

export interface SentMail {
  /** The user it was sent as (their UPN). */
  sender: string;
  message: Record<string, unknown>;
  saveToSentItems: boolean;
}

export interface MailState {
  sent: SentMail[];
}

const MAIL_ROLES = ['Mail.Send'];

/** The user with a mailbox that a `users/{x}` segment names (by object ID or UPN, case-insensitive). */
function findMailbox(state: TenantState, idOrUpn: string): { userPrincipalName: string } | undefined {
  const wanted = idOrUpn.toLowerCase();
  return mailboxUsers(state).find((m) => m.id.toLowerCase() === wanted || m.userPrincipalName.toLowerCase() === wanted);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendMail(request: EmulatorRequest, params: Record<string, string>, state: TenantState): EmulatorResponse {
  const mailbox = findMailbox(state, params.user);
  if (!mailbox) return graphError(404, 'ErrorInvalidUser', `The requested user '${params.user}' is invalid.`);
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return graphError(400, 'RequestBodyRead', 'Cannot read the request body: it is not JSON.');
  }
  const message = isRecord(body) ? body.message : undefined;
  if (!isRecord(message)) return graphError(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
  const to = message.toRecipients;
  if (!Array.isArray(to) || to.length === 0) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is required, but none were found.');
  const save = isRecord(body) && body.saveToSentItems === false ? false : true;
  servicesOf(state).mail.sent.push({ sender: mailbox.userPrincipalName, message, saveToSentItems: save });
  return { status: 202 };
}

export const mailRoutes: Route[] = [
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/users\/(?<user>[^/]+)\/sendMail$/i, roles: MAIL_ROLES, handler: sendMail },
];
