/**
 * Permissions of commands that make several kinds of Graph request: each request kind accepts its own alternatives
 * (least privileged first, from Graph's permission tables), and the command needs one of each. `allOf` combines them
 * tier by tier (the least privileged of every kind, then the next…), dropping a permission that another in the same
 * set already includes, so that the README shows a few readable alternatives rather than every combination.
 */

/** Permissions that include others (Graph lists the broader ones as "higher privileged" on the same APIs). */
const INCLUDES: Readonly<Record<string, readonly string[]>> = {
  'Directory.ReadWrite.All': [
    'Directory.Read.All', 'User.ReadWrite.All', 'User.Read.All', 'User.ReadBasic.All', 'Group.ReadWrite.All', 'Group.Read.All', 'Group.Create',
    'GroupMember.ReadWrite.All', 'GroupMember.Read.All',
  ],
  'Directory.Read.All': ['User.Read.All', 'User.ReadBasic.All', 'Group.Read.All', 'GroupMember.Read.All'],
  'Group.ReadWrite.All': ['Group.Read.All', 'Group.Create', 'GroupMember.ReadWrite.All', 'GroupMember.Read.All'],
  'Group.Read.All': ['GroupMember.Read.All'],
  'GroupMember.ReadWrite.All': ['GroupMember.Read.All'],
  'User.ReadWrite.All': ['User.Read.All', 'User.ReadBasic.All'],
  'User.Read.All': ['User.ReadBasic.All'],
  'Application.ReadWrite.All': ['Application.ReadWrite.OwnedBy', 'Application.Read.All'],
  'Application.ReadWrite.OwnedBy': ['Application.Read.All'],
  'TeamSettings.ReadWrite.All': ['TeamSettings.Read.All', 'Team.ReadBasic.All'],
  'TeamSettings.Read.All': ['Team.ReadBasic.All'],
  'ChannelSettings.ReadWrite.All': ['ChannelSettings.Read.All', 'Channel.ReadBasic.All'],
  'ChannelSettings.Read.All': ['Channel.ReadBasic.All'],
  'Sites.FullControl.All': ['Sites.Manage.All', 'Sites.ReadWrite.All', 'Sites.Read.All'],
  'Sites.Manage.All': ['Sites.ReadWrite.All', 'Sites.Read.All'],
  'Sites.ReadWrite.All': ['Sites.Read.All'],
  'Files.ReadWrite.All': ['Files.Read.All'],
  'AppCatalog.ReadWrite.All': ['AppCatalog.Read.All'],
};

/** The set without permissions that another member includes, in first-seen order. */
function simplify(set: readonly string[]): string[] {
  const unique = [...new Set(set)];
  return unique.filter((p) => !unique.some((other) => other !== p && (INCLUDES[other] ?? []).includes(p)));
}

/**
 * One of each requirement: `allOf(['Group.Create', 'Group.ReadWrite.All'], ['User.Read.All', 'Directory.Read.All'])`
 * → `[['Group.Create', 'User.Read.All'], ['Group.ReadWrite.All', 'Directory.Read.All']]`. Empty requirements are
 * skipped (an option that adds nothing).
 */
export function allOf(...requirements: readonly (readonly string[])[]): string[][] {
  const present = requirements.filter((r) => r.length > 0);
  const tiers = Math.max(0, ...present.map((r) => r.length));
  const sets: string[][] = [];
  for (let tier = 0; tier < tiers; tier++) {
    const set = simplify(present.map((r) => r[Math.min(tier, r.length - 1)]));
    if (!sets.some((s) => s.length === set.length && s.every((p) => set.includes(p)))) sets.push(set);
  }
  return sets;
}
