/**
 * CHANGELOG.md in the Keep a Changelog shape: `## [Unreleased]`, then one `## [x.y.z] - YYYY-MM-DD` section per
 * release, newest first, and link references at the end. A release's notes are its section; cutting a release turns
 * the Unreleased entries into the new version's section.
 */
const HEADING = /^## \[([^\]]+)\](.*)$/;
const LINK_REFERENCE = /^\[[^\]]+\]:\s/;

interface Section {
  readonly name: string;
  /** Index of the heading line. */
  readonly start: number;
  /** Index of the line after the section's last line. */
  readonly end: number;
}

function sections(lines: readonly string[]): Section[] {
  const found: Array<{ name: string; start: number }> = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line);
    if (match) found.push({ name: match[1], start: index });
  });
  const linksAt = lines.findIndex((line) => LINK_REFERENCE.test(line));
  return found.map((section, i) => ({
    ...section,
    end: found[i + 1]?.start ?? (linksAt > section.start ? linksAt : lines.length),
  }));
}

/** The body of the section of `version` (trimmed), or an error that says what is missing and where to add it. */
export function changelogSection(text: string, version: string): string {
  const lines = text.split('\n');
  const section = sections(lines).find((s) => s.name === version);
  if (!section) throw new Error(`CHANGELOG.md has no section '## [${version}] - YYYY-MM-DD': add one with the changes of ${version}.`);
  const body = lines.slice(section.start + 1, section.end).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md: the section of ${version} is empty; list its changes under it.`);
  return body;
}

/**
 * Moves the entries under `## [Unreleased]` into a new `## [version] - date` section below it, leaves Unreleased empty
 * and updates the compare links. Throws when there is nothing to release or the version already has a section.
 */
export function cutRelease(text: string, version: string, date: string, repository: string): string {
  const lines = text.split('\n');
  const all = sections(lines);
  const unreleased = all.find((s) => s.name === 'Unreleased');
  if (!unreleased) throw new Error("CHANGELOG.md has no '## [Unreleased]' section to release.");
  if (all.some((s) => s.name === version)) throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  const entries = lines.slice(unreleased.start + 1, unreleased.end).join('\n').trim();
  if (!entries) throw new Error(`CHANGELOG.md: nothing under '## [Unreleased]' to release as ${version}; list the changes there first.`);
  const previous = all.find((s) => s !== unreleased)?.name;
  const released = [
    ...lines.slice(0, unreleased.start + 1),
    '',
    `## [${version}] - ${date}`,
    '',
    entries,
    '',
    ...lines.slice(unreleased.end),
  ];
  return withLinks(released.join('\n'), version, previous, repository);
}

/** Rewrites the `[Unreleased]` compare link and adds the new version's link above the older ones. */
function withLinks(text: string, version: string, previous: string | undefined, repository: string): string {
  const unreleasedLink = `[Unreleased]: ${repository}/compare/v${version}...HEAD`;
  const versionLink = previous
    ? `[${version}]: ${repository}/compare/v${previous}...v${version}`
    : `[${version}]: ${repository}/releases/tag/v${version}`;
  const lines = text.trimEnd().split('\n');
  const at = lines.findIndex((line) => line.startsWith('[Unreleased]:'));
  if (at < 0) return `${lines.join('\n')}\n\n${unreleasedLink}\n${versionLink}\n`;
  lines.splice(at, 1, unreleasedLink, versionLink);
  return `${lines.join('\n')}\n`;
}

/**
 * Joins the hard-wrapped lines of paragraphs and list items. The changelog is wrapped at 120 columns for reading in an
 * editor, but GitHub shows every line break of release notes as a break.
 */
export function unwrapMarkdown(text: string): string {
  const out: string[] = [];
  let fenced = false;
  let previous = '';
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const startsBlock = trimmed === '' || /^([-*+] |\d+[.)] |#|\||>|```)/.test(trimmed);
    const continues = !fenced && !startsBlock && previous.trim() !== '' && !/^(#|\||```)/.test(previous.trim());
    if (trimmed.startsWith('```')) fenced = !fenced;
    if (continues && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${trimmed}`;
    else out.push(line);
    previous = line;
  }
  return out.join('\n');
}
