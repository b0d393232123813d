/**
 * Graph `users/{id | userPrincipalName}/sendMail`: mail sent as a user of the tenant, kept in the state (what was sent,
 * as whom) so that tests can read it; Graph answers 202 without a body. The users with mailboxes are seeded here.
 */
import { seedGuid } from '../../seed-content.js';
import type { EmulatorRequest, EmulatorResponse, Route, TenantState } from '../../types.js';
import { graphError } from './graph-odata.js';

/** A user with an Exchange Online mailbox. */
export interface Mailbox {
  id: string;
  userPrincipalName: string;
  displayName: string;
}

export interface SentMail {
  /** The user it was sent as (their UPN). */
  sender: string;
  message: Record<string, unknown>;
  saveToSentItems: boolean;
}

export interface MailState {
  mailboxes: Mailbox[];
  sent: SentMail[];
}

const MAIL_ROLES = ['Mail.Send'];

/** The mailbox a `users/{x}` segment names (by object ID or UPN, case-insensitive). */
export function findMailbox(state: TenantState, idOrUpn: string): Mailbox | undefined {
  const wanted = idOrUpn.toLowerCase();
  return state.mail.mailboxes.find((m) => m.id === wanted || m.userPrincipalName.toLowerCase() === wanted);
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
  state.mail.sent.push({ sender: mailbox.userPrincipalName, message, saveToSentItems: save });
  return { status: 202 };
}

const USERS: [string, string][] = [
  ['adele', 'Adele Vance'],
  ['alex', 'Wilber, Alex'],
  ['megan', 'Megan Bowen'],
  ['svc_pipeline', 'Release pipeline'],
];

export function seedMail(domain: string): MailState {
  const mailboxes = USERS.map(([alias, displayName]) => ({ id: seedGuid(`user:${alias}`), userPrincipalName: `${alias}@${domain}`, displayName }));
  return { mailboxes, sent: [] };
}

export const mailRoutes: Route[] = [
  { method: 'POST', host: 'graph', path: /^\/v1\.0\/users\/(?<user>[^/]+)\/sendMail$/i, roles: MAIL_ROLES, handler: sendMail },
];
