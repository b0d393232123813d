/** The command kit: what a command file imports to declare itself. */
export { command, endpoint, rules, type PermissionSpec } from './define.js';
export { ACCEPT, SHAREPOINT_JSON_BODY, guidLiteral, literal, query, segment, serverRelativePath, splitList, trimSlashes } from './odata.js';
export { opt, type OptionValues } from './options.js';
export { isHttpStatus } from '../../http/errors.js';
