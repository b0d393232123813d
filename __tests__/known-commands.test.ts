/**
 * Every command name of the CLI for Microsoft 365 is known: it runs here, is refused as delegated only or local to the
 * CLI (with the reason and the way around), or is refused as not built yet (with the requests that `request` can make).
 * Planning says so for every name, at once and before any request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDS } from '../src/clouds.js';
import { catalogue } from '../src/commands/registry.js';
import { formatError, toActionError } from '../src/errors.js';
import { classOf, cliCommand, cliCommandNames, dataProblems, readEntry, type CommandClass } from '../src/plan/known-commands.js';
import { createPlan } from '../src/plan/planner.js';
import { startHarness, type Harness } from './helpers/harness.js';

/** The planning errors of a YAML list of commands (none when it plans). */
function planningErrors(commands: string): string[] {
  try {
    createPlan({ commands, source: 'commands', catalogue, cloud: CLOUDS.Public, cwd: process.cwd() });
    return [];
  } catch (error) {
    return formatError(toActionError(error)).split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));
  }
}

/** What each class's message says, so that a reader (and this test) can tell the class from the message. */
const MARKS: Record<Exclude<CommandClass, 'runsHere'>, RegExp> = {
  delegated: /cannot be run app-only/,
  local: /is local to the CLI for Microsoft 365/,
  notBuilt: /is not built yet/,
};
/** What a command that runs here may fail on when planned without options: only missing options (or a user it lacks). */
const MISSING_OPTIONS = /Missing required option|needs one of|signed-in user/;

describe('the data file', () => {
  it('holds the 878 names of the CLI for Microsoft 365 11.11, each with a valid class', () => {
    expect(cliCommandNames()).toHaveLength(878);
    expect(dataProblems()).toEqual([]);
    const classes = new Set<CommandClass | undefined>(cliCommandNames().map((name) => classOf(name, catalogue)));
    expect([...classes].sort()).toEqual(['delegated', 'local', 'notBuilt', 'runsHere']);
  });

  it('puts an entry outside the classes in none of them, which fails the check above', () => {
    expect(readEntry({ class: 'maybe', docs: 'x' })).toBe('class "maybe" is none of delegated, local, notBuilt');
    expect(readEntry({ class: 'delegated', docs: 'x' })).toBe('delegated without a known reason (undefined)');
    expect(readEntry({ class: 'local', reason: 'because', docs: 'x' })).toBe('local without a known reason (because)');
    expect(readEntry({ class: 'notBuilt', docs: 'x', calls: 'GET /' })).toBe('calls is not a list of strings');
    expect(readEntry({ class: 'notBuilt', docs: 'spo/list/list-get' })).toMatchObject({ class: 'notBuilt', docs: 'spo/list/list-get' });
  });

  it('computes "runs here" from the registry instead of storing it', () => {
    for (const definition of catalogue) {
      if (cliCommand(definition.name) !== undefined) expect(classOf(definition.name, catalogue), definition.name).toBe('runsHere');
    }
    expect(classOf('spo app add', [])).toBe('notBuilt');
    expect(classOf('outlook mail send', [])).toBe('delegated');
    expect(classOf('no such command', catalogue)).toBeUndefined();
  });
});

describe('planning every CLI name', () => {
  it("gives each of the 878 names its class's message, or plans it (failing only on missing options) where it runs here", () => {
    const seen = new Map<string, number>();
    for (const name of cliCommandNames()) {
      const cls = classOf(name, catalogue);
      seen.set(cls ?? 'none', (seen.get(cls ?? 'none') ?? 0) + 1);
      const errors = planningErrors(`- ${name}\n`);
      if (cls === undefined) continue;
      if (cls === 'runsHere') {
        for (const error of errors) expect(error, name).toMatch(MISSING_OPTIONS);
        continue;
      }
      expect(errors, name).toHaveLength(1);
      expect(errors[0], name).toMatch(MARKS[cls]);
      expect(errors[0], name).toContain(`'${name}' (command 1, line 1)`);
    }
    expect(seen.get('none')).toBeUndefined();
    expect(seen.get('runsHere')).toBe(catalogue.filter((c) => cliCommand(c.name) !== undefined).length);
  });
});

describe('each class', () => {
  it('runs here: planned like any catalogue command', () => {
    expect(planningErrors('- tenant serviceannouncement health list\n- m365 status\n')).toEqual([]);
  });

  it('delegated only: the reason and the way around, with the Graph call for a named user where there is one', () => {
    const [todo, flow, teams] = planningErrors('- todo task list --listName Tasks\n- flow list --environmentName Default-1\n- teams app publish --filePath app.zip\n');
    expect(todo).toBe(
      "Command 'todo task list' (command 1, line 1) cannot be run app-only (delegated only): the CLI for Microsoft 365 requires delegated permissions for it: its code refuses an app-only token ('This command requires delegated permissions'). " +
        "Way around: run it with a user's sign-in (the CLI for Microsoft 365 after 'm365 login'). Where Graph grants an application permission for a named user's data, 'request' can call it for that user, " +
        "e.g. GET @graph/users/{userId}/todo/lists?$filter=displayName eq '{listName}' (check the permission in the Graph documentation). Documentation: https://pnp.github.io/cli-microsoft365/cmd/todo/task/task-list.",
    );
    expect(flow).toContain("Way around: use Microsoft's Power Platform CLI (pac), which signs in as a service principal");
    expect(teams).toContain('the API grants no application permission. Way around: upload the app package in the Teams admin center');
  });

  it('delegated only when no user is named; with one, not built yet', () => {
    const [bare, named, structured] = planningErrors('- outlook message list --folderName Inbox\n- outlook message list --userId 7f1f --folderName Inbox\n- command: teams meeting list\n  options: { userName: megan@contoso.com }\n');
    expect(bare).toMatch(/^Command 'outlook message list' \(command 1, line 1\) cannot be run app-only as written: without --userId or --userName the CLI acts for the signed-in user/);
    expect(named).toMatch(/^Command 'outlook message list' \(command 2, line 2\) is not built yet: .* The CLI calls GET @graph\/users\/\{userId\}\/messages/);
    expect(structured).toMatch(/^Command 'teams meeting list' \(command 3, line 3\) is not built yet/);
    expect(planningErrors('- teams meeting list -n megan@contoso.com')[0]).toMatch(MARKS.notBuilt);
  });

  it('local to the CLI: a pasted login line says which inputs to set, without repeating a secret', () => {
    const [certificate, federated, secret, user] = planningErrors(
      [
        '- m365 login --authType certificate --certificateFile ./certs/deploy.pfx --password "Pfx-P@ss" --appId 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34 --tenant contoso.onmicrosoft.com',
        '- login --authType federatedIdentity --appId 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34 --tenant contoso.onmicrosoft.com --cloud USGovHigh',
        '- login --authType secret --secret "S3cr3t~value" --appId 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34 --tenant contoso.onmicrosoft.com',
        '- login -t password -u adele@contoso.com -p "User-Pa55"',
      ].join('\n'),
    );
    expect(certificate).toBe(
      "Command 'login' (command 1, line 1) is local to the CLI for Microsoft 365 and has no counterpart here: here sign-in comes from the action's inputs, before any command runs; remove this line and set the inputs " +
        'app-id: 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34, tenant: contoso.onmicrosoft.com, auth: certificate, certificate-file: ./certs/deploy.pfx, certificate-password: <the --password value, from a secret>.',
    );
    expect(federated).toContain('cloud: USGovHigh, auth: federated.');
    expect(secret).toContain('Client secrets are not supported');
    expect(user).toContain("'--authType password' signs in a user; this action signs in as an app (app-only)");
    for (const message of [certificate, secret, user]) expect(message).not.toMatch(/Pfx-P@ss|S3cr3t~value|User-Pa55/);
    expect(planningErrors('- cli config set --key output --value json')[0]).toContain('is local to the CLI for Microsoft 365 and has no counterpart here: it configures');
  });

  it('not built yet: the requests the CLI makes, for request, and its documentation', () => {
    expect(planningErrors('- booking business list\n- spo term list --termGroupName People')).toEqual([
      "Command 'booking business list' (command 1, line 1) is not built yet: this action does not run that CLI for Microsoft 365 command yet. The CLI calls GET @graph/solutions/bookingBusinesses; " +
        "make that request with 'request --url …' (add --method, --body and --content-type for writes; fill in the {placeholders}). Options and permissions: https://pnp.github.io/cli-microsoft365/cmd/booking/business/business-list.",
      expect.stringMatching(/^Command 'spo term list' \(command 2, line 2\) is not built yet: .*cmd\/spo\/term\/term-list\.$/),
    ]);
    // Aliases and the old `aad` names are known too.
    expect(planningErrors('- spo sp grant list\n- aad administrativeunit get --id 7f1f')).toEqual([
      expect.stringMatching(/^Command 'spo serviceprincipal grant list' \(command 1, line 1\) is not built yet/),
      expect.stringMatching(/^Command 'entra administrativeunit get' \(command 2, line 2\) is not built yet/),
    ]);
  });

  it('keeps unknown names unknown, with suggestions', () => {
    expect(planningErrors('- spo ap list')).toEqual([expect.stringMatching(/^Unknown command 'spo ap list' \(command 1, line 1\)\. Did you mean 'spo app list'/)]);
  });
});

describe('a file with one command of each class', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('is refused in one run, before any request, with one message per refused line', async () => {
    const run = await harness.run([
      'tenant serviceannouncement health list',
      'todo task list --listName Tasks',
      'outlook message list',
      'login --authType certificate --certificateFile cert.pfx --appId 3f2b8c1d-6e4a-4b9f-8c7d-2a1e5f9b0c34 --tenant contoso.onmicrosoft.com',
      'booking business list',
      'viva engage message list',
    ]);
    const lines = (run.planningError ?? '').split('\n').filter((l) => l.startsWith('  - '));
    expect(run.planningError).toMatch(/^Planning found 5 problems in the commands of input 'commands'; nothing was run:/);
    expect(lines.map((l) => /\(command (\d+)/.exec(l)?.[1])).toEqual(['2', '3', '4', '5', '6']);
    expect(lines[0]).toMatch(MARKS.delegated);
    expect(lines[1]).toMatch(MARKS.delegated);
    expect(lines[2]).toMatch(MARKS.local);
    expect(lines[3]).toMatch(MARKS.notBuilt);
    expect(lines[4]).toMatch(MARKS.delegated);
    expect(run.requests).toEqual([]);
  });
});
