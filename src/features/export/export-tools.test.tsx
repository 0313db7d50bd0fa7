import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recommend } from '../../decision';
import { FULL_ANSWERS, SHARE_URL } from '../shared/testing/result-fixtures';
import { ExportTools } from './export-tools';
import { toMarkdown } from './to-markdown';

const DATE = new Date(2026, 11, 1);
const recommendation = recommend(FULL_ANSWERS);
const expected = toMarkdown({ recommendation, answers: FULL_ANSWERS, shareUrl: SHARE_URL, date: DATE });

function setClipboard(value: unknown) {
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true, writable: true });
}

function renderTools() {
  // user-event installs its own clipboard stub in setup(); ours replaces it afterwards.
  const user = userEvent.setup();
  render(<ExportTools recommendation={recommendation} answers={FULL_ANSWERS} shareUrl={SHARE_URL} now={() => DATE} />);
  return user;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Copy as Markdown', () => {
  it('copies the Markdown summary and says so politely', async () => {
    const user = renderTools();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));

    expect(writeText).toHaveBeenCalledExactlyOnceWith(expected);
    expect(status).toHaveTextContent('Markdown summary copied.');
    expect(status).toHaveClass('is-done');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('reads the date at click time', async () => {
    const user = userEvent.setup();
    const now = vi.fn(() => DATE);
    render(<ExportTools recommendation={recommendation} answers={FULL_ANSWERS} shareUrl={SHARE_URL} now={now} />);
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    expect(now).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(now).toHaveBeenCalledOnce();
  });

  async function expectManualCopy(instruction: string) {
    // A refused write falls back only once its promise settles, so the text may arrive a tick later.
    const textarea = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Markdown summary' });
    expect(textarea).toHaveValue(expected);
    expect(textarea).toHaveAttribute('readonly');
    await waitFor(() => expect(textarea).toHaveFocus());
    expect(textarea.selectionStart).toBe(0);
    expect(textarea.selectionEnd).toBe(expected.length);
    expect(textarea).toHaveAccessibleDescription(`Couldn’t copy automatically. The text is selected: ${instruction} to copy it.`);
    // Said once, beside the text: no second copy of the instruction, and nothing claiming success.
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(status).not.toHaveClass('is-done');
    expect(document.body.textContent!.split(instruction).length - 1).toBe(1);
  }

  it('shows the Markdown selected, with instructions, when there is no clipboard', async () => {
    const user = renderTools();
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await expectManualCopy('press Ctrl+C (⌘C on a Mac)');
  });

  it('falls back the same way when the browser refuses the write', async () => {
    const user = renderTools();
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await expectManualCopy('press Ctrl+C (⌘C on a Mac)');
  });

  it('on a touch screen, says to use the device’s Copy command', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', media: query }));
    try {
      const user = renderTools();
      setClipboard(undefined);
      await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
      await expectManualCopy('use your device’s Copy command');
      expect(document.body).not.toHaveTextContent('Ctrl');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('prints the page on request', async () => {
    const user = renderTools();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
