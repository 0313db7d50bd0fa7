import type { Answers, ServiceId } from '../../decision';
import { SERVICE_IDS } from '../../decision';
import { MAX_QUERY_LENGTH, parseShare } from '../../decision/share-link';
import { resultPath } from '../shared/paths';

/** A result link may name one service whose details open with the page: `#/result?v=1&…&open=databricks`. */
const OPEN_PARAMETER = 'open';

/** A result link that opens one service's details with the page: what takeOpenParameter reads. */
export function resultPathOpening(answers: Answers, service: ServiceId): string {
  return `${resultPath(answers)}&${OPEN_PARAMETER}=${service}`;
}

/** A result link as the page reads it: the answers through the share-link allow-list, `open`, and all that was ignored. */
export function readResultLink(search: string): { readonly answers: Answers; readonly open: ServiceId | undefined; readonly problems: readonly string[] } {
  const { query, open, problems } = takeOpenParameter(search);
  const parsed = parseShare(query);
  return { answers: parsed.answers, open, problems: [...parsed.problems, ...problems] };
}

/** A piece of a link quoted in a problem is shortened to this: it is anyone's text, shown on our page. */
const MAX_QUOTED = 40;

interface OpenParameter {
  /** The query without `open`, for the share-link reader, which would name it as unknown. */
  readonly query: string;
  /** The service to open, when the link names one. */
  readonly open: ServiceId | undefined;
  /** What was ignored, in the words the page uses for every other ignored part of a link. */
  readonly problems: readonly string[];
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function quote(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return `“${flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED)}…` : flat}”`;
}

const isService = (value: string): value is ServiceId => (SERVICE_IDS as readonly string[]).includes(value);

/**
 * Takes `open` out of a result query: an addition within share-link version 1
 * (docs/share-link.md) that the decision module's reader does not know, and
 * older copies of the app ignore. An allow-list like the rest of the link:
 * the first service id counts, anything else is named as ignored. Read with
 * the same rules as the other parameters (any case, spaces trimmed, only in
 * the part of an over-long link that is read). Every other parameter stays
 * exactly where it was, so the reader cuts an over-long link at the same place.
 */
export function takeOpenParameter(search: string): OpenParameter {
  const text = search.startsWith('?') ? search.slice(1) : search;
  // The share-link reader reads an over-long query up to the last whole parameter before its limit.
  const readable = text.length <= MAX_QUERY_LENGTH ? text.length : Math.max(text.lastIndexOf('&', MAX_QUERY_LENGTH), 0);
  let open: ServiceId | undefined;
  const problems: string[] = [];
  let start = 0;
  const pieces = text.split('&').map((piece) => {
    const at = start;
    start += piece.length + 1;
    if (at >= readable) return piece;
    const equals = piece.indexOf('=');
    if (decode(equals === -1 ? piece : piece.slice(0, equals))?.trim().toLowerCase() !== OPEN_PARAMETER) return piece;
    const raw = equals === -1 ? '' : piece.slice(equals + 1);
    const value = decode(raw)?.trim().toLowerCase();
    if (value === undefined) problems.push(`Ignored ${quote(piece)}: it is not valid link encoding.`);
    else if (value === '') problems.push(`Ignored an empty ${quote(OPEN_PARAMETER)}.`);
    else if (!isService(value)) problems.push(`Ignored ${quote(raw)} for ${quote(OPEN_PARAMETER)}: it is not one of the services.`);
    else if (open !== undefined) problems.push(`Ignored ${quote(raw)} for ${quote(OPEN_PARAMETER)}: only one service opens with the page, and ${quote(open)} came first.`);
    else open = value;
    // Empty pieces are skipped by the reader; a run of separators keeps the others where they were.
    return '&'.repeat(piece.length);
  });
  return { query: pieces.join('&'), open, problems: countRepeats(problems) };
}

/** The same problem met several times is named once, with how often, as the share-link reader does. */
function countRepeats(problems: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].map(([problem, count]) => (count === 1 ? problem : `${problem.replace(/\.$/, '')} (${count} times).`));
}
