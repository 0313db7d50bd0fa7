import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, NONE, QUESTION_IDS, UNSURE, allowedValues, isMultiQuestion } from './answers';

/** The share-link contract version this build writes. */
const SHARE_LINK_VERSION = 1;
/**
 * Longer queries are cut here, at the last whole parameter before it; a full
 * link is under 400 characters. The cut also bounds the work a hostile link
 * costs and, since each problem needs at least two of these characters, the
 * number of problems named for the part that is read (about a thousand at
 * worst), so `problems` needs no cap of its own.
 */
export const MAX_QUERY_LENGTH = 2048;
/** A piece of a link quoted in a problem is shortened to this: it is anyone's text, shown on our page. */
const MAX_QUOTED = 40;
/**
 * Past the cut a link can be any length (browsers allow megabytes), so its
 * parameter names are listed up to this many. Every contract parameter is
 * always named, since those are the ones that could have carried an answer;
 * only the unknown names past this bound are counted instead of listed. A
 * real link never reaches it: it has at most 16 parameters.
 */
const MAX_DROPPED_UNKNOWN_NAMES = 50;

export interface ParsedShare {
  readonly answers: Answers;
  /** Everything that was ignored, in plain words, ready to show. Nothing is left out. */
  readonly problems: readonly string[];
  /** The contract version the link claims (1 when it does not say). */
  readonly version: number;
}

/** Shows a piece of a hostile link safely short. It is always rendered as text. */
function quote(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return `“${flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED)}…` : flat}”`;
}

function isQuestionId(key: string): key is QuestionId {
  return Object.prototype.hasOwnProperty.call(ANSWER_SPACE, key);
}

/** Form-style decoding ("+" is a space) that returns undefined instead of throwing. */
function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

const keyOf = (piece: string) => {
  const equals = piece.indexOf('=');
  return equals === -1 ? piece : piece.slice(0, equals);
};

function splitPairs(query: string, problems: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const rawKey = keyOf(piece);
    const rawValue = rawKey.length === piece.length ? '' : piece.slice(rawKey.length + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === undefined || value === undefined) {
      problems.push(`Ignored ${quote(piece)}: it is not valid link encoding.`);
      continue;
    }
    if (key.trim() === '' && value.trim() !== '') {
      problems.push(`Ignored ${quote(piece)}: it has no parameter name.`);
      continue;
    }
    pairs.push([key, value]);
  }
  return pairs;
}

const listed = (names: readonly string[]) => names.join(', ');

/**
 * Splits an over-long query at the last whole parameter before
 * MAX_QUERY_LENGTH and names every parameter in the part left unread.
 */
function cutOverLong(text: string, problems: string[]): string {
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = Math.max(text.lastIndexOf('&', MAX_QUERY_LENGTH), 0);
  const read = text.slice(0, cut);
  const names: string[] = [];
  const seen = new Set<string>();
  const unknownLeftOut = new Set<string>();
  let unknownNamed = 0;
  for (const piece of text.slice(cut).split('&')) {
    if (piece === '') continue;
    const rawKey = keyOf(piece);
    const decoded = decode(rawKey);
    const key = decoded?.trim().toLowerCase();
    const known = key !== undefined && (key === 'v' || isQuestionId(key));
    const name = known ? key : (decoded ?? rawKey).trim() === '' ? piece : (decoded ?? rawKey);
    if (seen.has(name)) continue;
    seen.add(name);
    if (known || unknownNamed < MAX_DROPPED_UNKNOWN_NAMES) {
      names.push(quote(name));
      if (!known) unknownNamed += 1;
    } else {
      unknownLeftOut.add(name);
    }
  }
  if (unknownLeftOut.size > 0) {
    names.push(`${unknownLeftOut.size.toLocaleString('en-US')} more unknown parameter${unknownLeftOut.size === 1 ? '' : 's'}`);
  }
  const limit = `the link is longer than ${MAX_QUERY_LENGTH} characters`;
  const what =
    read === ''
      ? `${limit} and its first parameter alone is longer than that, so none of it was read.`
      : `${limit}, so only the parameters in its first ${read.length} characters were read.`;
  problems.push(
    names.length > 0
      ? `Ignored ${listed(names)}: ${what}`
      : `The link is longer than ${MAX_QUERY_LENGTH} characters, but past its first ${read.length} there were only empty separators, so nothing was lost.`,
  );
  return read;
}

/**
 * Reads a share link's query string (with or without the leading "?").
 * An allow-list: every value is checked against its question's options, and
 * whatever is not understood is left unanswered and named in `problems`. A
 * parameter given more than once keeps its first valid answer; the others are
 * named. Never throws.
 */
export function parseShare(query: string): ParsedShare {
  const problems: string[] = [];
  const answers: Record<string, unknown> = {};
  let version = SHARE_LINK_VERSION;
  let versionRead = false;
  let text = typeof query === 'string' ? query : '';
  if (text.startsWith('?')) text = text.slice(1);
  text = cutOverLong(text, problems);

  for (const [rawKey, rawValue] of splitPairs(text, problems)) {
    const key = rawKey.trim().toLowerCase();
    const value = rawValue.trim().toLowerCase();
    if (key === '' && value === '') continue;

    if (key === 'v') {
      // Six digits at most: any real version fits, and the number stays exact and short to quote.
      const claimed = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      if (versionRead) {
        problems.push(`Ignored the repeated version ${quote(rawValue)}; the first valid one, v=${version}, was kept.`);
      } else if (!Number.isInteger(claimed) || claimed < 1) {
        problems.push(`Ignored the version ${quote(rawValue)}; the link was read as version ${SHARE_LINK_VERSION}.`);
      } else {
        versionRead = true;
        if (claimed > SHARE_LINK_VERSION) {
          version = claimed;
          problems.push(
            `This link comes from a newer version of the advisor (v=${claimed}); it was read as well as this version can.`,
          );
        }
      }
      continue;
    }
    if (!isQuestionId(key)) {
      problems.push(`Ignored the unknown setting ${quote(rawKey)}.`);
      continue;
    }
    if (value === '') {
      problems.push(`Ignored an empty answer for ${quote(key)}.`);
      continue;
    }
    const kept: unknown = answers[key];
    if (kept !== undefined) {
      const shown = Array.isArray(kept) ? kept.join(',') : String(kept);
      problems.push(
        `Ignored ${quote(rawValue)} for ${quote(key)}: ${quote(key)} is repeated in the link, and its first valid answer, ${quote(shown)}, was kept.`,
      );
      continue;
    }
    const allowed = allowedValues(key);
    if (!isMultiQuestion(key)) {
      if (allowed.includes(value)) answers[key] = value;
      else problems.push(`Ignored ${quote(rawValue)} for ${quote(key)}: it is not one of its answers.`);
      continue;
    }

    const picked = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const valid = [...new Set(picked.filter((part) => allowed.includes(part)))];
    for (const part of new Set(picked.filter((part) => !allowed.includes(part)))) {
      problems.push(`Ignored ${quote(part)} for ${quote(key)}: it is not one of its answers.`);
    }
    const specific = allowed.filter((option) => option !== NONE && option !== UNSURE && valid.includes(option));
    const exclusive = valid.filter((option) => option === NONE || option === UNSURE);
    if (specific.length > 0) {
      answers[key] = specific;
      for (const option of exclusive) {
        problems.push(`Ignored ${quote(option)} for ${quote(key)}: it cannot be combined with other answers.`);
      }
    } else if (exclusive.length === 1) {
      answers[key] = exclusive;
    } else if (exclusive.length > 1) {
      problems.push(`Ignored ${quote(value)} for ${quote(key)}: “none” and “unsure” cannot be combined.`);
    }
  }

  return { answers: answers as Answers, problems: countRepeats(problems), version };
}

/** The same problem met several times (say, one unknown setting given 500 times) is named once, with how often. */
function countRepeats(problems: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  return [...counts].map(([problem, count]) => (count === 1 ? problem : `${problem.replace(/\.$/, '')} (${count} times).`));
}

/**
 * Writes the canonical query string for a set of answers: `v=1` first, then
 * the answered questions in contract order, multi-choice values joined by
 * commas in contract order. `parseShare(formatShare(a)).answers` equals `a`.
 */
export function formatShare(answers: Answers): string {
  const parts = [`v=${SHARE_LINK_VERSION}`];
  for (const id of QUESTION_IDS) {
    const answer: unknown = answers[id];
    if (answer === undefined) continue;
    const allowed = allowedValues(id);
    const values = (Array.isArray(answer) ? answer : [answer]).filter(
      (value): value is string => typeof value === 'string' && allowed.includes(value),
    );
    const ordered = allowed.filter((value) => values.includes(value));
    if (ordered.length > 0) parts.push(`${id}=${ordered.join(',')}`);
  }
  return parts.join('&');
}

/**
 * Answers from anywhere (storage, another tab, a store, a person editing
 * devtools) in their one canonical form: only values the contract allows,
 * multi-choice selections in contract order. Never throws; anything that is
 * not a record of answers becomes no answers.
 */
export function canonicalAnswers(value: unknown): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  try {
    return parseShare(formatShare(value as Answers)).answers;
  } catch {
    return {};
  }
}
