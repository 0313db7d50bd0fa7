import type { Answers } from '../../decision';
// The share-link codec itself, for its length limit and result type, which the decision index does not re-export.
import type { ParsedShare } from '../../decision/share-link';
import { MAX_QUERY_LENGTH, formatShare, parseShare } from '../../decision/share-link';
import { colleaguePath } from '../shared/paths';

/**
 * The comparison link's codec: `versusPath` writes it, `readVersusLink` reads
 * it. Its path and the way in from a result (`colleaguePath`) are with every
 * other in-app path; this pair lives here so that the start page does not
 * download it. The rules are in docs/share-link.md.
 */

/** The parameter of a comparison link that carries the colleague's share query. */
const VERSUS_WITH = 'with';

/**
 * A comparison link carries two share queries, the second percent-encoded
 * (up to three characters for one), so it is read up to this length: room
 * for two links at the share-link limit. A real one is under 1,000.
 */
const MAX_VERSUS_QUERY_LENGTH = 4 * MAX_QUERY_LENGTH;
/** Pasted text is read up to this length; a real link is under 500 characters. */
export const MAX_PASTED_LENGTH = 4 * MAX_QUERY_LENGTH;

/**
 * Parameters of a result link that say how to show it, not what was
 * answered (`open`, which opens one service's details; docs/share-link.md).
 * A comparison has nothing to show them on, so it drops them without comment.
 */
const DISPLAY_PARAMETERS: ReadonlySet<string> = new Set(['open']);

/** A comparison of two sets of answers, each in canonical share-link form: mine, then theirs percent-encoded in `with`. */
export function versusPath(mine: Answers, theirs: Answers): string {
  return `${colleaguePath(mine)}&${VERSUS_WITH}=${encodeURIComponent(formatShare(theirs))}`;
}

/** The two sides of `#/versus?<mine>&with=<theirs>`, each read through the share-link allow-list. */
interface VersusLink {
  /** The comparison link's own share parameters: the answers of the person who opened it from their result. */
  readonly mine: ParsedShare;
  /** The colleague's answers, from `with`; undefined when the link has none yet. */
  readonly theirs: ParsedShare | undefined;
  /** What was ignored about the comparison link itself (a repeated `with`, its length). */
  readonly problems: readonly string[];
}

const count = (n: number) => n.toLocaleString('en-US');

/** Form-style decoding ("+" is a space), as parseShare reads a link; undefined instead of throwing. */
function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Cuts an over-long text at the last "&" before `limit` (or at `limit` when
 * there is none) and says so in `problems`.
 */
function capped(text: string, limit: number, what: string, problems: string[]): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf('&', limit);
  const kept = cut > 0 ? text.slice(0, cut) : text.slice(0, limit);
  problems.push(`${what} is longer than ${count(limit)} characters, so only its first ${count(kept.length)} were read.`);
  return kept;
}

/**
 * The share query in whatever a person pasted: a whole address
 * (`https://…/#/result?v=1&…`), the part from `#`, a router path
 * (`/result?v=1&…`), or the query itself, with or without `?`. Text with no
 * query and no parameter in it gives "".
 */
export function shareQueryOf(text: string): string {
  let rest = text.trim();
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    rest = rest.slice(hash + 1);
    // A second "#" ends the route, as it does for the app's own router.
    const end = rest.indexOf('#');
    if (end !== -1) rest = rest.slice(0, end);
  }
  const question = rest.indexOf('?');
  if (question !== -1) return rest.slice(question + 1);
  return rest.includes('=') ? rest : '';
}

/**
 * Reads a colleague's link as pasted. Never throws: everything that could not
 * be used is named in `problems`, with the share-link rules' own words for
 * the query, and very long text is cut first.
 */
export function readPastedLink(text: string): ParsedShare {
  const problems: string[] = [];
  const input = typeof text === 'string' ? text : '';
  const kept = input.length > MAX_PASTED_LENGTH ? input.slice(0, MAX_PASTED_LENGTH) : input;
  if (kept !== input) {
    problems.push(`The pasted text is longer than ${count(MAX_PASTED_LENGTH)} characters, so only its first ${count(MAX_PASTED_LENGTH)} were read.`);
  }
  const parsed = readAnswers(shareQueryOf(kept));
  return { ...parsed, problems: [...problems, ...parsed.problems] };
}

/** The name of one `name=value` piece of a query, as a link reader compares it; undefined when it is not valid encoding. */
function nameOf(piece: string): string | undefined {
  const equals = piece.indexOf('=');
  return decode(equals === -1 ? piece : piece.slice(0, equals))?.trim().toLowerCase();
}

/** A share query's answers, without the display parameters of a result link. */
function readAnswers(query: string): ParsedShare {
  const pieces = query.split('&');
  const kept = pieces.filter((piece) => !DISPLAY_PARAMETERS.has(nameOf(piece) ?? ''));
  return parseShare(kept.length === pieces.length ? query : kept.join('&'));
}

/**
 * Reads `/versus?<mine>&with=<theirs>`. The `with` parameter is taken out
 * first (its name read like any other: any case, surrounding spaces); what
 * is left is my share query. Each side then goes through parseShare on its
 * own, so each is held to the share-link rules and names its own problems.
 * A repeated `with` keeps the first. Never throws.
 */
export function readVersusLink(search: string): VersusLink {
  const problems: string[] = [];
  const query = capped(search.startsWith('?') ? search.slice(1) : search, MAX_VERSUS_QUERY_LENGTH, 'The comparison link', problems);
  const mine: string[] = [];
  let theirs: string | undefined;
  let repeats = 0;
  for (const piece of query.split('&')) {
    if (nameOf(piece) !== VERSUS_WITH) {
      mine.push(piece);
    } else if (theirs === undefined) {
      const equals = piece.indexOf('=');
      theirs = equals === -1 ? '' : piece.slice(equals + 1);
    } else {
      repeats += 1;
    }
  }
  if (repeats > 0) {
    problems.push(
      `Ignored ${repeats === 1 ? 'a second' : `${count(repeats)} more`} “${VERSUS_WITH}” in the comparison link; the first colleague’s link in it was read.`,
    );
  }
  return { mine: readAnswers(mine.join('&')), theirs: theirs === undefined ? undefined : readTheirs(theirs), problems };
}

function readTheirs(raw: string): ParsedShare {
  const decoded = decode(raw);
  if (decoded !== undefined) return readPastedLink(decoded);
  const flat = raw.replace(/\s+/g, ' ');
  const shown = flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
  return { ...parseShare(''), problems: [`Ignored the colleague’s link “${shown}”: it is not valid link encoding.`] };
}
