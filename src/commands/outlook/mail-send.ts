import { basename } from 'node:path';
import { ACCEPT, command, opt, segment } from '../kit/index.js';
import type { CommandContext } from '../types.js';

const MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;

/** `a@x, b@y` → Graph recipients; undefined when the option was not given. */
function recipients(list: string | undefined): { emailAddress: { address: string } }[] | undefined {
  return list?.split(',').map((address) => ({ emailAddress: { address: address.trim() } }));
}

/**
 * `outlook mail send`: sends an email as `--sender` (Graph `users/{sender}/sendMail`). App-only has no signed-in user
 * to send as, so `--sender` is required here, as the CLI requires it for app-only sign-in; an Exchange application
 * access policy can limit the app's Mail.Send to the mailboxes it should send from. Like the CLI, it prints nothing:
 * the result is empty.
 */
export const outlookMailSend = command({
  name: 'outlook mail send',
  description: 'Sends an email',
  resource: 'graph',
  readOnly: false,
  permissions: { graph: ['Mail.Send'] },
  options: {
    subject: opt.string('Email subject.', { short: 's', required: true }),
    to: opt.string('Comma-separated list of emails to send the message to.', { short: 't', required: true }),
    cc: opt.string('Comma-separated list of CC recipients.'),
    bcc: opt.string('Comma-separated list of BCC recipients.'),
    sender: opt.string('UPN or ID of the user to send the message as: app-only sign-in has no user of its own to send from (the CLI requires it app-only too).', { required: true }),
    mailbox: opt.string('Mailbox (shared mailbox, group, distribution list) to send on behalf of; the sender must be its delegate.', { short: 'm' }),
    bodyContents: opt.string('Body of the email.', { required: true }),
    bodyContentType: opt.enum(['Text', 'HTML'], 'Type of the body content. Default: Text.'),
    importance: opt.enum(['low', 'normal', 'high'], 'Importance of the message. Default: normal.'),
    attachment: opt.file('Path to a file to attach (at most 3 MB).'),
    saveToSentItems: opt.boolean("Save the email in the sender's sent items. Default: true."),
  },
  async run(context, options) {
    const attachments = options.attachment === undefined ? undefined : [await attachmentOf(context, options.attachment)];
    const message = {
      subject: options.subject,
      body: { contentType: options.bodyContentType ?? 'Text', content: options.bodyContents },
      from: options.mailbox === undefined ? undefined : { emailAddress: { address: options.mailbox } },
      toRecipients: recipients(options.to),
      ccRecipients: recipients(options.cc),
      bccRecipients: recipients(options.bcc),
      importance: options.importance,
      attachments,
    };
    await context.http.request({
      method: 'POST',
      url: `${context.cloud.graph}/v1.0/users/${segment(options.sender)}/sendMail`,
      headers: { ...ACCEPT.graph },
      body: { message, saveToSentItems: options.saveToSentItems },
    });
    return undefined;
  },
});

/** A Graph file attachment; Graph takes at most 3 MB of attachments in one sendMail request (the CLI's limit too). */
async function attachmentOf(context: CommandContext, path: string): Promise<Record<string, string>> {
  const content = await context.files.readFile(path, MAX_ATTACHMENT_BYTES);
  return { '@odata.type': '#microsoft.graph.fileAttachment', name: basename(path), contentBytes: content.toString('base64') };
}
