import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, NONE, QUESTION_IDS, UNSURE, allowedValues, isMultiQuestion } from './answers';

/** The share-link contract version this build writes. */
export const SHARE_LINK_VERSION = 1;
/** Longer queries are cut here; a full link is far shorter. */
export const MAX_QUERY_LENGTH = 2048;
const MAX_PROBLEMS = 12;
const MAX_QUOTED = 40;

export interface ParsedShare {
  readonly answers: Answers;
  /** Everything that was ignored, in plain words, ready to show. */
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

function splitPairs(query: string, problems: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const rawKey = equals === -1 ? piece : piece.slice(0, equals);
    const rawValue = equals === -1 ? '' : piece.slice(equals + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === undefined || value === undefined) {
      problems.push(`Ignored ${quote(piece)}: it is not valid link encoding.`);
      continue;
    }
    pairs.push([key, value]);
  }
  return pairs;
}

/**
 * Reads a share link's query string (with or without the leading "?").
 * An allow-list: every value is checked against its question's options, and
 * whatever is not understood is left unanswered and named in `problems`.
 * Never throws.
 */
export function parseShare(query: string): ParsedShare {
  const problems: string[] = [];
  const answers: Record<string, unknown> = {};
  let version = SHARE_LINK_VERSION;
  let text = typeof query === 'string' ? query : '';
  if (text.startsWith('?')) text = text.slice(1);
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
    text = text.slice(0, cut > 0 ? cut : MAX_QUERY_LENGTH);
    problems.push(`The link was too long; only its first ${MAX_QUERY_LENGTH} characters were read.`);
  }

  const seen = new Set<string>();
  for (const [rawKey, rawValue] of splitPairs(text, problems)) {
    const key = rawKey.trim().toLowerCase();
    const value = rawValue.trim().toLowerCase();
    if (key === '' && value === '') continue;
    if (seen.has(key)) {
      problems.push(`Ignored a repeated ${quote(rawKey)}; the first one was kept.`);
      continue;
    }
    seen.add(key);

    if (key === 'v') {
      const claimed = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(claimed) || claimed < 1) {
        problems.push(`Ignored the version ${quote(rawValue)}; the link was read as version ${SHARE_LINK_VERSION}.`);
      } else if (claimed > SHARE_LINK_VERSION) {
        version = claimed;
        problems.push(
          `This link comes from a newer version of the advisor (v=${claimed}); it was read as well as this version can.`,
        );
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
    const allowed = allowedValues(key);
    if (!isMultiQuestion(key)) {
      if (allowed.includes(value)) answers[key] = value;
      else problems.push(`Ignored ${quote(rawValue)} for ${quote(key)}: it is not one of its answers.`);
      continue;
    }

    const picked = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const valid = [...new Set(picked.filter((part) => allowed.includes(part)))];
    for (const part of picked.filter((part) => !allowed.includes(part))) {
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

  if (problems.length > MAX_PROBLEMS) {
    const hidden = problems.length - (MAX_PROBLEMS - 1);
    problems.splice(MAX_PROBLEMS - 1, problems.length, `…and ${hidden} more things that were ignored.`);
  }
  return { answers: answers as Answers, problems, version };
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
