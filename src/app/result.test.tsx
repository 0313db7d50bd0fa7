import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BY_ID, SERVICE_IDS, SOURCES } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { resultPathOpening } from '../features/result/open-param';
import { colleaguePath, comparePath, planTrainingPath, questionPath, resultHref, resultPath } from '../features/shared/paths';
import { FULL_ANSWERS } from '../features/shared/testing/result-fixtures';
import { renderApp } from './test-utils';

const FULL_RESULT = resultPath(FULL_ANSWERS);
const VISION = resultPath({ task: 'vision' });
const VISION_PREBUILT = resultPath({ task: 'vision', prebuilt: 'yes' });
/** The address the page offers to share, for a result opened at localhost:3000. */
const shared = (answers: Parameters<typeof resultHref>[0]) => `http://localhost:3000/${resultHref(answers)}`;

// The result page is a large document; role queries over it are slow in jsdom.
vi.setConfig({ testTimeout: 20_000 });

async function openResult(url: string) {
  const view = renderApp({ url });
  await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
  // What is below the ranking renders once the ranking is painted, and its folded parts' code arrives just after.
  await screen.findByRole('region', { name: 'Sources' });
  await screen.findByRole('contentinfo');
  await waitFor(() => expect(document.querySelector('main [aria-busy="true"]')).toBeNull());
  return view;
}

type User = ReturnType<typeof userEvent.setup>;

/** One of the result's folded sections, by its heading. */
const fold = (name: string) => screen.getByRole('region', { name }).querySelector('details')!;

/** Unfolds a section the way a person does, by its heading. */
async function unfold(user: User, name: string) {
  if (!fold(name).open) await user.click(within(screen.getByRole('region', { name })).getByRole('heading', { name }));
  expect(fold(name)).toHaveAttribute('open');
}

const summary = () => screen.getByRole('region', { name: 'Your answers' });

function summaryRow(title: string) {
  const term = within(summary()).getByText(title, { selector: 'dt' });
  return term.parentElement as HTMLElement;
}

beforeEach(() => {
  // jsdom has no idle callback; the page's fallback waits a second before loading what it folds away.
  vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
});

afterEach(() => {
  // Unmounted first: the page cancels its idle callbacks as it goes.
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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

  it('becomes the saved answers again when they are cleared while it is open', async () => {
    await openResult(VISION_PREBUILT);
    await waitFor(() => expect(useAnswersStore.getState().answers).toEqual({ task: 'vision', prebuilt: 'yes' }));

    act(() => useAnswersStore.getState().restart());

    expect(useAnswersStore.getState().answers).toEqual({ task: 'vision', prebuilt: 'yes' });
    expect(screen.getByRole('button', { name: 'Edit your answers' })).toBeInTheDocument();
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
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(shared({ task: 'vision', existing: ['synapse'] }));
  });

  it('lists the first few things a link lost and keeps every other one a click away', async () => {
    const unknown = Array.from({ length: 12 }, (_, index) => `extra${index}=1`).join('&');
    const { user } = await openResult(`/result?v=1&task=vision&${unknown}`);

    const notice = screen.getByRole('status', { name: 'Part of this link was ignored' });
    const more = within(notice).getByText('Show 7 more things that were ignored');
    const items = within(notice).getAllByRole('listitem');
    expect(items.filter((item) => item.closest('details') === null)).toHaveLength(5);
    expect(items).toHaveLength(12);
    expect(more.closest('details')).not.toHaveAttribute('open');
    await user.click(more);
    expect(more.closest('details')).toHaveAttribute('open');
    const named = within(notice).getAllByRole('listitem').map((item) => item.textContent).join('\n');
    for (let index = 0; index < 12; index += 1) expect(named).toContain(`extra${index}`);
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
    const { user, location } = await openResult(VISION_PREBUILT);
    await user.click(screen.getByRole('link', { name: 'Edit Kind of model' }));

    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(location()).toBe(questionPath('task', { returnToResult: true }));
    expect(screen.getByRole('radio', { name: 'Understand images or video' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Understand or generate text' }));
    await user.click(screen.getByRole('button', { name: 'Update result' }));

    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath({ task: 'language', prebuilt: 'yes' }));
    await screen.findByRole('region', { name: 'Your answers' });
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand or generate text');
    expect(summaryRow('Prebuilt model')).toHaveTextContent('Yes, a prebuilt model would do');
  });
});

/** The copy-link status line: the first live region in the share tools, next to the link. */
function linkStatus() {
  const field = screen.getByRole('textbox', { name: 'Link to this result' });
  return within(field.closest('.share') as HTMLElement).getByRole('status');
}

describe('the page header', () => {
  it.each([
    ['one leader', VISION_PREBUILT, 'Best fit: Foundry Tools', ['ai-services']],
    [
      'a tie for first',
      resultPath({ data: 'large', pyspark: 'yes', unified: 'yes' }),
      'Joint first: Azure Databricks, Azure Synapse Analytics and Microsoft Fabric',
      ['databricks', 'synapse', 'fabric'],
    ],
    [
      'a tie that Synapse loses for an organization not on it',
      resultPath({ data: 'large', pyspark: 'yes', unified: 'yes', existing: ['none'] }),
      'Joint first: Azure Databricks and Microsoft Fabric',
      ['databricks', 'fabric'],
    ],
    ['no answers', resultPath({}), 'Joint first: all five services', ['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric']],
  ])('says which service won in one line under the heading (%s)', async (_label, url, verdict, leaders) => {
    await openResult(url);
    const header = screen.getByRole('heading', { level: 1, name: 'Your recommendation' }).closest('header')!;
    expect(header.querySelector('[data-verdict]')).toHaveTextContent(verdict);
    // The same first place the ranking below shows.
    const first = [...document.querySelectorAll<HTMLElement>('[data-service][data-rank="1"]')].map((item) => item.dataset.service);
    expect(first).toEqual(leaders);
  });

  it('puts the decision first: the verdict, training in one line, the link, then the ranking', async () => {
    await openResult(FULL_RESULT);
    const header = screen.getByRole('heading', { level: 1, name: 'Your recommendation' }).closest('header')!;
    expect(header.querySelector('[data-verdict]')).toHaveTextContent('Best fit: Azure Databricks');
    expect(header.querySelector('[data-training-line]')).toHaveTextContent(
      'How to train in Azure ML: Pipeline job built from components, or drawn in the designer, on Compute cluster or serverless compute',
    );
    const tools = within(header).getByRole('region', { name: 'Share this result' });
    expect(within(tools).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(tools).getByRole('textbox', { name: 'Link to this result' })).toHaveValue(shared(FULL_ANSWERS));
    const ranking = screen.getByRole('region', { name: 'Services, best fit first' });
    expect(header.compareDocumentPosition(ranking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing about training in the header when Azure Machine Learning is out of the running', async () => {
    await openResult(VISION_PREBUILT);
    expect(document.querySelector('[data-training-line]')).toBeNull();
  });

  it('keeps the caveat under the ranking, and Copy as Markdown, Download decision record and Print after it', async () => {
    await openResult(VISION_PREBUILT);
    const ranking = screen.getByRole('region', { name: 'Services, best fit first' });
    expect(within(ranking).getByRole('note', { name: 'Important' })).toHaveTextContent('These are guidelines, not rules.');
    const keep = screen.getByRole('region', { name: 'Keep a copy' });
    for (const name of ['Copy as Markdown', 'Download decision record', 'Print']) expect(within(keep).getByRole('button', { name })).toBeInTheDocument();
    expect(ranking.compareDocumentPosition(keep) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has a way near the top to unfold "Your answers" and edit them', async () => {
    const { user } = await openResult(VISION_PREBUILT);
    const header = screen.getByRole('heading', { level: 1, name: 'Your recommendation' }).closest('header')!;
    expect(fold('Your answers')).not.toHaveAttribute('open');
    await user.click(within(header).getByRole('button', { name: 'Edit your answers' }));
    expect(fold('Your answers')).toHaveAttribute('open');
    expect(screen.getByRole('heading', { level: 2, name: 'Your answers' })).toHaveFocus();
    expect(within(summary()).getByRole('link', { name: 'Edit Kind of model' })).toBeInTheDocument();
  });
});

describe('details on demand', () => {
  it('folds every detail below the ranking until asked for, and unfolds each from its heading', async () => {
    const { user } = await openResult(FULL_RESULT);
    // Not the disclosures inside them ("Show more changes").
    const folds = [...document.querySelectorAll<HTMLDetailsElement>('main details')].filter((details) => details.parentElement!.closest('details') === null);
    // Five service rows, then training, your answers, what would change it, the comparison and the sources.
    expect(folds).toHaveLength(SERVICE_IDS.length + 5);
    for (const details of folds) expect(details.open).toBe(false);
    const sections = ['Training in Azure Machine Learning', 'Your answers', 'What would change this?', 'How the services compare', 'Sources'];
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Services, best fit first',
      'Keep a copy',
      ...sections,
    ]);
    for (const name of sections) {
      await unfold(user, name);
      await user.click(within(screen.getByRole('region', { name })).getByRole('heading', { name }));
      expect(fold(name)).not.toHaveAttribute('open');
    }
  });

  it('gives each service a compact row, its reasons one click away', async () => {
    const { user } = await openResult(FULL_RESULT);
    const row = document.querySelector<HTMLElement>('[data-service="azure-ml"]')!;
    expect(within(row).getByRole('heading', { level: 3 })).toHaveTextContent('2nd: Azure Machine Learning');
    // Why it is not first, in one line: the guidelines the leader had that it lacks.
    expect(row.querySelector('.rec-svc-why')).toHaveTextContent(/^Lacks:/);
    expect(within(row).getByRole('link', { name: /^Get started: Quickstart: Get started with Azure Machine Learning/ })).toBeInTheDocument();
    const details = row.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(within(row).getByText('Reasons and details'));
    expect(details).toHaveAttribute('open');
    expect(within(details).getByRole('heading', { level: 4, name: 'Why not Azure Machine Learning?' })).toBeVisible();
  });

  it('opens one service with the page when the link names it in "open"', async () => {
    await openResult(resultPathOpening(FULL_ANSWERS, 'fabric'));
    const open = [...document.querySelectorAll<HTMLElement>('[data-service]')].filter((row) => row.querySelector('details')!.open);
    expect(open.map((row) => row.dataset.service)).toEqual(['fabric']);
    expect(screen.queryByText('Part of this link was ignored')).not.toBeInTheDocument();
    // "open" is how the page opens, not an answer: the link to share stays the canonical one.
    expect(screen.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(shared(FULL_ANSWERS));
    expect(summaryRow('Kind of model')).toHaveTextContent('Predict from tabular data');
  });

  it('names an "open" it cannot use, like any other ignored part of a link', async () => {
    await openResult('/result?v=1&task=vision&open=mainframe&open=%3Cb%3Exss%3C%2Fb%3E');
    const notice = screen.getByRole('status', { name: 'Part of this link was ignored' });
    const items = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Ignored “mainframe” for “open”: it is not one of the services.',
      'Ignored “%3Cb%3Exss%3C%2Fb%3E” for “open”: it is not one of the services.',
    ]);
    expect(document.querySelector('main b')).toBeNull();
    for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-service] details')) expect(details.open).toBe(false);
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand images or video');
  });
});

describe('the share panel', () => {
  it('copies the link with the clipboard and says so', async () => {
    const { user } = await openResult(VISION);
    // user-event installs its own clipboard on setup; spy on that one.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(shared({ task: 'vision' }));
    await waitFor(() => expect(linkStatus()).toHaveTextContent('Link copied.'));
    expect(linkStatus()).toHaveClass('is-done');
  });

  async function expectSelectedWithInstructions(instruction: RegExp) {
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this result' });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    const status = linkStatus();
    expect(status).toHaveTextContent(instruction);
    expect(status).not.toHaveTextContent('Link copied');
    // Informative, not a success: styled as plain information, and said once.
    expect(status).toHaveClass('is-info');
    expect(status).not.toHaveClass('is-done');
    const region = screen.getByRole('region', { name: 'Share this result' });
    expect(region.textContent!.split('to copy it').length - 1).toBe(1);
  }

  it('selects the link and says how to copy it when the clipboard refuses', async () => {
    const { user } = await openResult(VISION);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await expectSelectedWithInstructions(/^Couldn’t copy automatically\. The link is selected: press Ctrl\+C \(⌘C on a Mac\) to copy it\.$/);
  });

  it('does the same when there is no Clipboard API at all', async () => {
    const { user } = await openResult(VISION);
    // After user-event's setup, which installs its own clipboard: this browser has none.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      await expectSelectedWithInstructions(/The link is selected: press Ctrl\+C/);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('tells a touch screen to use its own Copy command, not a keyboard shortcut', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', media: query }));
    try {
      const { user } = await openResult(VISION);
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      await expectSelectedWithInstructions(/The link is selected: use your device’s Copy command to copy it\./);
      expect(linkStatus()).not.toHaveTextContent('Ctrl');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers "Share…" only where the browser can share', async () => {
    const { unmount } = await openResult(VISION);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    unmount();

    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = await openResult(VISION);
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: shared({ task: 'vision' }) }));
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});

describe('links inside the result', () => {
  /** A link followed inside the app lands on the new page with its heading focused, scrolled to the top. */
  async function follow(name: string | RegExp, heading: string | RegExp, path: string) {
    const { user, location } = await openResult(FULL_RESULT);
    // jsdom has no layout: stand in for a page scrolled far down.
    Object.defineProperty(document.documentElement, 'scrollTop', { value: 4000, writable: true, configurable: true });
    const link = await screen.findByRole('link', { name });
    await user.click(link);
    await waitFor(() => expect(location()).toBe(path));
    const landed = await screen.findByRole('heading', { level: 1, name: heading });
    await waitFor(() => expect(landed).toHaveFocus());
    expect(document.documentElement.scrollTop).toBe(0);
    Reflect.deleteProperty(document.documentElement, 'scrollTop');
  }

  it('"Compare all services" opens the comparison for these answers, its heading focused', async () => {
    await follow('Compare all services', 'Compare services and training methods', comparePath(FULL_ANSWERS));
  });

  it('"Open the full comparison…" does the same', async () => {
    await follow(/Open the full comparison/, 'Compare services and training methods', comparePath(FULL_ANSWERS));
  });

  it('a what-if link opens that result, its heading focused', async () => {
    useAnswersStore.setState({ answers: FULL_ANSWERS });
    await follow(
      'If you didn’t need distributed compute, Azure Machine Learning would rank first.',
      'Your recommendation',
      resultPath({ ...FULL_ANSWERS, data: 'standard' }),
    );
    expect(document.querySelector('[data-verdict]')).toHaveTextContent('Best fit: Azure Machine Learning');
  });

  it('"Compare with a colleague’s link" takes the answers this result ranks, not how it was opened, to the comparison', async () => {
    const { user, location } = await openResult(resultPathOpening(FULL_ANSWERS, 'fabric'));
    const header = screen.getByRole('heading', { level: 1, name: 'Your recommendation' }).closest('header')!;
    const link = within(header).getByRole('link', { name: 'Compare with a colleague’s link' });
    expect(link).toHaveAttribute('href', colleaguePath(FULL_ANSWERS));
    await user.click(link);
    await waitFor(() => expect(location()).toBe(colleaguePath(FULL_ANSWERS)));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Compare with a colleague’s link' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Your colleague’s link' })).toBeInTheDocument();
  });

  it('"Plan training in Azure Machine Learning anyway" asks the first training question, though the section does not apply yet', async () => {
    const { user, location } = await openResult(VISION_PREBUILT);
    await user.click(screen.getByRole('link', { name: 'Plan training in Azure Machine Learning anyway' }));
    await waitFor(() => expect(location()).toBe(planTrainingPath()));
    const heading = await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.workflow.prompt });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'One training script' })).toBeInTheDocument();
  });
});

describe('sources', () => {
  /** The numbered list under "Sources": each entry's address, in order. */
  const listedUrls = () =>
    [...screen.getByRole('region', { name: 'Sources' }).querySelectorAll<HTMLElement>('[data-source]')].map(
      (item) => item.querySelector('a')!.getAttribute('href')!,
    );

  it('lists each page once, numbered in the order the page cites them, and every link carries its number', async () => {
    await openResult(FULL_RESULT);
    const urls = listedUrls();
    expect(new Set(urls).size).toBe(urls.length);
    const items = [...screen.getByRole('region', { name: 'Sources' }).querySelectorAll<HTMLElement>('[data-source]')];
    expect(items.map((item) => Number(item.dataset.source))).toEqual(urls.map((_url, index) => index + 1));
    expect(items[0]).toHaveTextContent(SOURCES.chooseService.title);

    // Every documentation link carries the number of its entry, and the numbers first appear in order.
    const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[target="_blank"]')];
    expect(external.length).toBeGreaterThan(urls.length);
    const firstSeen: number[] = [];
    for (const link of external) {
      const number = Number(link.dataset.ref);
      expect(urls[number - 1], link.href).toBe(link.href);
      if (!firstSeen.includes(number)) firstSeen.push(number);
    }
    expect(firstSeen).toEqual(urls.map((_url, index) => index + 1));
  });

  it('cites each reason by number, heard as "Source n: <title>", instead of a link after every line', async () => {
    await openResult(FULL_RESULT);
    const urls = listedUrls();
    const reason = document.querySelector<HTMLElement>('[data-service="databricks"] [data-guideline="distributed-compute"]')!;
    const cite = within(reason).getByRole('link', { name: /^Source \d+: / });
    const number = Number(cite.dataset.ref);
    expect(cite).toHaveAccessibleName(`Source ${number}: ${SOURCES.chooseService.title}`);
    expect(cite).toHaveTextContent(`[${number}]`);
    expect(cite).toHaveAttribute('href', urls[number - 1]);
    expect(cite.closest('sup')).not.toBeNull();
    // Nothing on the page says "Source" after a line any more.
    expect([...document.querySelectorAll('main a')].filter((link) => /^Source\b/.test(link.textContent ?? ''))).toEqual([]);
  });

  it('renumbers when the result changes', async () => {
    const { user } = await openResult(FULL_RESULT);
    await unfold(user, 'What would change this?');
    await user.click(await screen.findByRole('link', { name: 'If a prebuilt model would meet your requirements, Foundry Tools would rank first.' }));
    await waitFor(() => expect(document.querySelector('[data-verdict]')).toHaveTextContent('Best fit: Foundry Tools'));
    const urls = listedUrls();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[target="_blank"]')) {
      expect(urls[Number(link.dataset.ref) - 1]).toBe(link.href);
    }
  });
});

describe('a shared link in a browser with other saved answers', () => {
  const mine = { task: 'tabular', control: 'full' } as const;
  const notice = (count: string) => screen.getByRole('region', { name: `This result changes ${count}` });

  it('lists exactly which answers differ, by question and option, without touching the saved ones', async () => {
    useAnswersStore.setState({ answers: mine });
    await openResult(VISION_PREBUILT);

    const differences = within(notice('3 answers')).getAllByRole('listitem').map((item) => item.textContent);
    expect(differences).toEqual([
      'Kind of model is Understand images or video (yours: Predict from tabular data)',
      'Prebuilt model is Yes, a prebuilt model would do (yours: not answered)',
      'Control over training is not answered (yours: Full control)',
    ]);
    expect(summaryRow('Kind of model')).toHaveTextContent('Understand images or video');
    expect(screen.queryByRole('link', { name: 'Edit Kind of model' })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual(mine);
  });

  it('puts the decision first: the ranking comes before how the answers differ', async () => {
    useAnswersStore.setState({ answers: mine });
    await openResult(VISION_PREBUILT);

    const ranking = screen.getByRole('region', { name: 'Services, best fit first' });
    const differences = await waitFor(() => notice('3 answers'));
    expect(ranking.compareDocumentPosition(differences) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Before what is kept, exported or folded away.
    expect(differences.compareDocumentPosition(screen.getByRole('region', { name: 'Keep a copy' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('goes back to the saved answers on request', async () => {
    useAnswersStore.setState({ answers: mine });
    const { user, location } = await openResult(VISION_PREBUILT);
    await user.click(screen.getByRole('link', { name: 'Back to my answers' }));
    await waitFor(() => expect(location()).toBe(resultPath(mine)));
    await waitFor(() => expect(summaryRow('Kind of model')).toHaveTextContent('Predict from tabular data'));
    expect(screen.queryByRole('region', { name: /^This result changes/ })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual(mine);
  });

  it('reads naturally for a what-if link, one answer changed, and takes it over only when asked', async () => {
    useAnswersStore.setState({ answers: FULL_ANSWERS });
    const { user } = await openResult(resultPath({ ...FULL_ANSWERS, data: 'standard' }));

    expect(notice('one answer')).toHaveTextContent(
      'This result changes one answerTraining data size is Fits standard compute (yours: Large — we hit capacity limits on standard compute).',
    );
    expect(useAnswersStore.getState().answers).toEqual(FULL_ANSWERS);

    await user.click(screen.getByRole('button', { name: 'Use these answers' }));
    expect(useAnswersStore.getState().answers).toEqual({ ...FULL_ANSWERS, data: 'standard' });
    expect(screen.queryByRole('region', { name: /^This result changes/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/These are now your saved answers/)).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Edit Training data size' })).toBeInTheDocument();
  });

  it('says nothing when the link carries the saved answers', async () => {
    useAnswersStore.setState({ answers: { prebuilt: 'yes', task: 'vision' } });
    await openResult('/result?task=vision&prebuilt=yes');
    expect(screen.queryByRole('region', { name: /^This result changes/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit Kind of model' })).toBeInTheDocument();
  });
});
