import type { DecisionRecordInput } from './to-decision-record';
import { decisionRecordFileName, toDecisionRecord } from './to-decision-record';

/**
 * How long the file's object URL lives after the click. Chromium reads a
 * blob: download at once, but some browsers start reading only after the
 * click has returned; FileSaver.js waits 40 s for the same reason.
 */
export const REVOKE_AFTER_MS = 10_000;

/**
 * Saves text as a file: a Blob behind an object URL, clicked through a
 * temporary <a download>. No request leaves the page, so the strict
 * Content-Security-Policy (connect-src 'self') needs no exception.
 */
function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/**
 * Writes the decision record and saves it as `decision-record-<yyyy-mm-dd>.md`;
 * returns the file name. Loaded with the writer, on demand, so the result's
 * first load carries neither.
 */
export function saveDecisionRecord(input: DecisionRecordInput): string {
  const fileName = decisionRecordFileName(input.date);
  saveTextFile(toDecisionRecord(input), fileName, 'text/markdown;charset=utf-8');
  return fileName;
}
