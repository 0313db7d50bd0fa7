import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BY_ID } from '../decision';
import { resetAnswersStore, useAnswersStore } from '../features/answers/answers-store';
import { renderApp } from './test-utils';

// The result page is a large document; role queries over it are slow in jsdom.
vi.setConfig({ testTimeout: 20_000 });

async function openResult(url: string) {
  const view = renderApp({ url });
  await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
  return view;
}

const summary = () => screen.getByRole('region', { name: 'Your answers' });

function summaryRow(title: string) {
  const term = within(summary()).getByText(title, { selector: 'dt' });
  return term.parentElement as HTMLElement;
}

beforeEach(() => {
  resetAnswersStore();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a result link', () => {
  it('shows the ranking, the answers it carries, and loads them silently into an empty browser', async () => {
    await openResult('/result?v=1&task=vision&prebuilt=yes&existing=synapse,databricks');

    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();
    expect(document.querySelector('[data-service]')?.getAttribute('data-service')).toBe('ai-services');
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand images or video');
    expect(summaryRow('Services you already have')).toHaveTextContent('Azure Databricks, Azure Synapse Analytics');
    expect(summaryRow('Control over training')).toHaveTextContent('Not answered');
    // PySpark does not apply to these answers, so it is not listed.
    expect(within(summary()).queryByText(QUESTION_BY_ID.pyspark.title)).not.toBeInTheDocument();

    await waitFor(() =>
      expect(useAnswersStore.getState().answers).toEqual({
        task: 'vision',
        prebuilt: 'yes',
        existing: ['databricks', 'synapse'],
      }),
    );
  });

  it('names what it ignored in a broken link and still uses the rest', async () => {
    await openResult('/result?v=1&task=vision&prebuilt=perhaps&colour=blue&existing=synapse,mainframe&task=speech');

    const notice = screen.getByRole('status', { name: 'Part of this link was ignored' });
    const items = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(4);
    expect(items.join('\n')).toMatch(/perhaps/);
    expect(items.join('\n')).toMatch(/colour/);
    expect(items.join('\n')).toMatch(/mainframe/);
    expect(items.join('\n')).toMatch(/repeated/);

    expect(summaryRow('Kind of model')).toHaveTextContent('Understand images or video');
    expect(summaryRow('Prebuilt model')).toHaveTextContent('Not answered');
    expect(summaryRow('Services you already have')).toHaveTextContent('Azure Synapse Analytics');
    // The share link is the cleaned-up one.
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(
      'http://localhost:3000/#/result?v=1&task=vision&existing=synapse',
    );
  });

  it('shows hostile parts of a link as text, never as markup', async () => {
    const { container } = await openResult(
      '/result?task=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&%3Cscript%3Ealert(2)%3C%2Fscript%3E=1',
    );
    const notice = screen.getByRole('status', { name: 'Part of this link was ignored' });
    expect(notice).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(notice).toHaveTextContent('<script>alert(2)</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('reads a link from a newer version as well as it can, and says so', async () => {
    await openResult('/result?v=2&task=tabular');
    const notice = screen.getByRole('status', { name: 'Part of this link was ignored' });
    expect(notice).toHaveTextContent(/newer version/);
    expect(summaryRow('Kind of model')).toHaveTextContent('Predict from tabular data');
  });
});

describe('editing from the result', () => {
  it('goes to the question and, after the change, back to the updated result', async () => {
    const { user, location } = await openResult('/result?v=1&task=vision&prebuilt=yes');
    await user.click(screen.getByRole('link', { name: 'Edit Kind of model' }));

    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(location()).toBe('/q/task?return=result');
    expect(screen.getByRole('radio', { name: 'Understand images or video' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Understand or generate text' }));
    await user.click(screen.getByRole('button', { name: 'Update result' }));

    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe('/result?v=1&task=language&prebuilt=yes');
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand or generate text');
    expect(summaryRow('Prebuilt model')).toHaveTextContent('Yes, a prebuilt model would do');
  });
});

describe('the share panel', () => {
  it('copies the link with the clipboard and says so', async () => {
    const { user } = await openResult('/result?v=1&task=vision');
    // user-event installs its own clipboard on setup; spy on that one.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/#/result?v=1&task=vision');
    const share = screen.getByRole('region', { name: 'Share this result' });
    await waitFor(() => expect(within(share).getByRole('status')).toHaveTextContent('Link copied.'));
  });

  it('selects the link and says how to copy it when the clipboard refuses', async () => {
    const { user } = await openResult('/result?v=1&task=vision');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    const field = screen.getByRole('textbox', { name: 'Link to this result' }) as HTMLInputElement;
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    const share = screen.getByRole('region', { name: 'Share this result' });
    expect(within(share).getByRole('status')).toHaveTextContent(/Ctrl\+C/);
    expect(within(share).getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('offers "Share…" only where the browser can share', async () => {
    const { unmount } = await openResult('/result?v=1&task=vision');
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    unmount();

    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = await openResult('/result?v=1&task=vision');
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: 'http://localhost:3000/#/result?v=1&task=vision' }));
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});

describe('a shared link in a browser with other saved answers', () => {
  const mine = { task: 'tabular', control: 'full' } as const;

  it('shows the link without touching the saved answers, and goes back to them on request', async () => {
    useAnswersStore.setState({ answers: mine });
    const { user, location } = await openResult('/result?v=1&task=vision&prebuilt=yes');

    expect(screen.getByRole('region', { name: 'This link has different answers from your saved ones' })).toBeInTheDocument();
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand images or video');
    expect(screen.queryByRole('link', { name: 'Edit Kind of model' })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual(mine);

    await user.click(screen.getByRole('link', { name: 'Back to my own answers' }));
    await waitFor(() => expect(location()).toBe('/result?v=1&task=tabular&control=full'));
    await waitFor(() => expect(summaryRow('Kind of model')).toHaveTextContent('Predict from tabular data'));
    expect(screen.queryByRole('region', { name: 'This link has different answers from your saved ones' })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual(mine);
  });

  it('replaces the saved answers only after the person confirms', async () => {
    useAnswersStore.setState({ answers: mine });
    const { user } = await openResult('/result?v=1&task=vision&prebuilt=yes');

    await user.click(screen.getByRole('button', { name: 'Edit these answers' }));
    expect(screen.getByRole('group', { name: /Replace your saved answers/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useAnswersStore.getState().answers).toEqual(mine);
    expect(screen.queryByRole('button', { name: 'Replace my answers' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit these answers' }));
    await user.click(screen.getByRole('button', { name: 'Replace my answers' }));
    expect(useAnswersStore.getState().answers).toEqual({ task: 'vision', prebuilt: 'yes' });
    expect(screen.queryByRole('region', { name: 'This link has different answers from your saved ones' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your answers' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Edit Kind of model' })).toBeInTheDocument();
  });

  it('says nothing when the link carries the saved answers', async () => {
    useAnswersStore.setState({ answers: { prebuilt: 'yes', task: 'vision' } });
    await openResult('/result?task=vision&prebuilt=yes');
    expect(screen.queryByRole('region', { name: 'This link has different answers from your saved ones' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit Kind of model' })).toBeInTheDocument();
  });
});
