import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recommend } from '../../decision';
import { FULL_ANSWERS, SHARE_URL } from '../shared/testing/result-fixtures';
import { DecisionRecordButton } from './decision-record-button';
import { REVOKE_AFTER_MS } from './save-decision-record';
import { ExportTools } from './export-tools';
import { toDecisionRecord } from './to-decision-record';

const DATE = new Date(2026, 11, 1, 16, 45);
const recommendation = recommend(FULL_ANSWERS);
const expected = toDecisionRecord({ recommendation, answers: FULL_ANSWERS, shareUrl: SHARE_URL, date: DATE });

interface Saved {
  readonly href: string;
  readonly download: string;
  readonly inDocument: boolean;
}

let createObjectURL: ReturnType<typeof vi.fn<(blob: Blob) => string>>;
let revokeObjectURL: ReturnType<typeof vi.fn<(url: string) => void>>;
let clicks: Saved[];

beforeEach(() => {
  // jsdom has no object URLs; the test stands in for the browser's.
  createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:https://advisor.example.com/record');
  revokeObjectURL = vi.fn<(url: string) => void>();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  clicks = [];
  // jsdom cannot follow a download; record what the browser would have been asked to save.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, inDocument: this.isConnected });
  });
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderButton(now: () => Date = () => DATE) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
  render(<DecisionRecordButton recommendation={recommendation} answers={FULL_ANSWERS} shareUrl={SHARE_URL} now={now} />);
  return user;
}

const button = () => screen.getByRole('button', { name: 'Download decision record' });

describe('Download decision record', () => {
  it('saves the record as decision-record-<date>.md through a temporary download link', async () => {
    const user = renderButton();
    await user.click(button());

    await vi.waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toEqual({ href: 'blob:https://advisor.example.com/record', download: 'decision-record-2026-12-01.md', inDocument: true });
    expect(document.querySelector('a[download]')).toBeNull();

    expect(createObjectURL).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    expect(await blob.text()).toBe(expected);
  });

  it('revokes the object URL once the browser has had time to read it', async () => {
    const user = renderButton();
    await user.click(button());
    await vi.waitFor(() => expect(clicks).toHaveLength(1));
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revokeObjectURL).toHaveBeenCalledExactlyOnceWith('blob:https://advisor.example.com/record');
  });

  it('says so politely to screen readers, without adding to the page', async () => {
    const user = renderButton();
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(button());
    await vi.waitFor(() => expect(status).toHaveTextContent('Decision record saved as decision-record-2026-12-01.md.'));
    expect(status).toHaveClass('visually-hidden');
  });

  it('reads the date at click time', async () => {
    const now = vi.fn(() => new Date(2027, 0, 9, 23, 59));
    const user = renderButton(now);
    expect(now).not.toHaveBeenCalled();
    await user.click(button());
    await vi.waitFor(() => expect(clicks).toHaveLength(1));
    expect(now).toHaveBeenCalledOnce();
    expect(clicks[0]!.download).toBe('decision-record-2027-01-09.md');
    expect(await createObjectURL.mock.calls[0]![0].text()).toContain('\ndate: 2027-01-09\n');
  });

  it('shows a failure to everyone when the file cannot be made', async () => {
    createObjectURL.mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    const user = renderButton();
    await user.click(button());
    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent('Couldn’t prepare the decision record. Reload the page and try again.'));
    expect(status).not.toHaveClass('visually-hidden');
    expect(clicks).toEqual([]);
  });

});

describe('Download decision record, inside the export tools', () => {
  function renderTools() {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    render(<ExportTools recommendation={recommendation} answers={FULL_ANSWERS} shareUrl={SHARE_URL} now={() => DATE} />);
    return user;
  }

  it('sits after Copy as Markdown and says it saved in the tools’ one status line', async () => {
    const user = renderTools();
    expect(screen.getAllByRole('button').map((element) => element.textContent?.trim())).toEqual(['Copy as Markdown', 'Download decision record', 'Print']);
    const status = screen.getByRole('status');
    await user.click(button());
    await vi.waitFor(() => expect(status).toHaveTextContent('Decision record saved as decision-record-2026-12-01.md.'));
    expect(status).toHaveClass('is-done');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe(expected);
  });

  it('says there when the file cannot be made', async () => {
    createObjectURL.mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    const user = renderTools();
    await user.click(button());
    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent('Couldn’t prepare the decision record. Reload the page and try again.'));
    expect(status).not.toHaveClass('is-done');
  });
});
