/** A page the advice cites or links. */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** The day the page was last read against the claims that cite it (ISO date). */
  readonly checked: string;
}

export const LEARN = 'https://learn.microsoft.com';
export const AML = `${LEARN}/azure/machine-learning`;
const CHECKED = '2026-11-30';

export const page = (title: string, url: string): Source => ({ title, url, checked: CHECKED });
