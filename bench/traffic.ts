/** What a run sent to the emulated tenant, read from the emulator's request log. */
import type { RecordedRequest } from '../emulator/types.js';

export interface Traffic {
  /** Every request, token requests included. */
  requests: number;
  tokenRequests: number;
  /** Requests to hosts the emulator does not serve (telemetry, update checks…): refused, never left the machine. */
  refused: number;
  /** Responses with status 400 or more (refusals included). */
  failed: number;
}

export function countTraffic(requests: readonly RecordedRequest[]): Traffic {
  return {
    requests: requests.length,
    tokenRequests: requests.filter((r) => /\/oauth2\/v2\.0\/token$/i.test(r.path)).length,
    refused: requests.filter((r) => r.refused === true).length,
    failed: requests.filter((r) => r.status >= 400).length,
  };
}

/** One line per request (method, host, path, status): for --verbose. Never tokens: the log holds none. */
export function describeTraffic(requests: readonly RecordedRequest[]): string[] {
  return requests.map((r) => `${r.method} ${r.host}${r.path} → ${r.status}${r.refused ? ' (refused)' : ''}`);
}
