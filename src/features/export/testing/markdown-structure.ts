/**
 * A tiny reader for the parts of Markdown the exports write, for their
 * tests: YAML front matter of plain `key: value` lines, headings, list
 * items and inline links. Only tests import it.
 */

interface Heading {
  readonly level: number;
  readonly text: string;
}

export interface Link {
  readonly text: string;
  readonly url: string;
}

interface MarkdownStructure {
  /** `key: value` pairs between the opening `---` and the next one; undefined when the text does not open with `---`. */
  readonly frontMatter: Readonly<Record<string, string>> | undefined;
  /** The text after the front matter. */
  readonly body: string;
  readonly headings: readonly Heading[];
  readonly links: readonly Link[];
  /** How many link openings (`](`) the text has: a half-written link shows as more openers than links. */
  readonly openers: number;
}

function splitFrontMatter(markdown: string): { frontMatter: Record<string, string> | undefined; body: string } {
  const lines = markdown.split('\n');
  if (lines[0] !== '---') return { frontMatter: undefined, body: markdown };
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('Front matter opens with --- but never closes.');
  const frontMatter: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z][\w-]*):(?: (.*))?$/.exec(line);
    if (match === null) throw new Error(`Front matter line is not "key: value": ${line}`);
    frontMatter[match[1]!] = match[2] ?? '';
  }
  return { frontMatter, body: lines.slice(end + 1).join('\n') };
}

export function parseStructure(markdown: string): MarkdownStructure {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const headings: Heading[] = [];
  for (const line of body.split('\n')) {
    const match = /^(#{1,6}) (.+)$/.exec(line);
    if (match) headings.push({ level: match[1]!.length, text: match[2]! });
  }
  // Link text may hold escaped brackets; the target runs to the first unescaped ")".
  const links = [...body.matchAll(/\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)/g)].map((match) => ({ text: match[1]!, url: match[2]! }));
  const openers = (body.match(/\]\(/g) ?? []).length;
  return { frontMatter, body, headings, links, openers };
}

/**
 * The lines under a heading, up to the next heading of any level: the
 * section's own text, without its subsections. Throws when the heading is
 * missing, so a test fails on the heading rather than on an empty section.
 */
export function sectionLines(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`No heading "${heading}"`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The `* ` and `- ` list items of some lines, without their markers; nested items keep their indentation out. */
export function listItems(lines: readonly string[]): string[] {
  return lines.filter((line) => /^[*-] /.test(line)).map((line) => line.slice(2));
}
