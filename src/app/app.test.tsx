import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BY_ID, SOURCES } from '../decision';
import { ANSWERS_STORAGE_KEY, rehydrateAnswers, useAnswersStore } from '../features/shared/answers/answers-store';
import { COMPARE_PATH, comparePath, questionPath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

vi.setConfig({ testTimeout: 20_000 });

/** What a reload does to the store: start empty, then read storage again. */
async function reload(stored?: string) {
  useAnswersStore.setState(useAnswersStore.getInitialState(), true);
  if (stored !== undefined) localStorage.setItem(ANSWERS_STORAGE_KEY, stored);
  rehydrateAnswers();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the intro', () => {
  it('says what the tool does and how long it takes, and starts the questions', async () => {
    const { user, location } = renderApp({ url: '/' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/train your machine learning model/);
    expect(screen.getByText(/about two minutes/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Resume where you left off' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(location()).toBe(questionPath('task'));
  });

  it('links to the comparison for people who want to study without answering', async () => {
    const { user, location } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('link', { name: 'Compare the services' }));
    await waitFor(() => expect(location()).toBe(COMPARE_PATH));
    expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
  });

  it('resumes where the person left off after a reload', async () => {
    await reload(JSON.stringify({ state: { answers: { task: 'vision', prebuilt: 'no' } }, version: 1 }));
    const { user } = renderApp({ url: '/' });

    await user.click(await screen.findByRole('link', { name: 'Resume where you left off' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.control.prompt });
    expect(screen.getByText('Question 3 of 14')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.prebuilt.prompt });
    expect(screen.getByRole('radio', { name: 'No, we need a model of our own' })).toBeChecked();
  });

  it('starts over from nothing when asked', async () => {
    await reload(JSON.stringify({ state: { answers: { task: 'vision' } }, version: 1 }));
    const { user } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear answers and start over' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(screen.getByRole('radio', { name: 'Understand images or video' })).not.toBeChecked();
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('ignores garbage in storage and offers a fresh start', async () => {
    await reload('{"state":{"answers":{"task":"<b>bold</b>"');
    renderApp({ url: '/' });
    expect(await screen.findByRole('link', { name: 'Start' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Resume where you left off' })).not.toBeInTheDocument();
  });
});

describe('storage that fails', () => {
  it('still walks through the questions to a result when every storage call throws', async () => {
    const boom = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(boom);
    await reload();

    const { user, location } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('link', { name: 'Start' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    await user.click(screen.getByRole('radio', { name: 'Work with speech' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.prebuilt.prompt });
    await user.click(screen.getByRole('radio', { name: 'Yes, a prebuilt model would do' }));
    await user.click(screen.getByRole('link', { name: 'See result' }));

    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath({ task: 'speech', prebuilt: 'yes' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/storage|error/i)).not.toBeInTheDocument();
  });

  it('keeps the answers of this visit when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { user } = renderApp({ url: questionPath('task') });
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    await user.click(screen.getByRole('radio', { name: 'Extract data from documents' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(screen.getByRole('radio', { name: 'Extract data from documents' })).toBeChecked();
  });
});

describe('the comparison', () => {
  it('opened from a result, marks that result’s answers and leads back to it', async () => {
    const answers = { task: 'tabular', prebuilt: 'no', control: 'full', language: 'python' } as const;
    renderApp({ url: comparePath(answers) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare services and training methods' })).toBeInTheDocument();
    // An in-app link: the memory router writes it without the hash the app's router adds.
    expect(screen.getByRole('link', { name: 'Back to your result' })).toHaveAttribute('href', resultPath(answers));
    const table = screen.getByRole('table', { name: /Which guideline favours which service/ });
    expect(within(table).getAllByText('Applies to you').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: /Compare/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('opened plainly, marks nothing and offers the questionnaire', async () => {
    renderApp({ url: COMPARE_PATH });
    const table = await screen.findByRole('table', { name: /Which guideline favours which service/ });
    expect(within(table).queryAllByText('Applies to you')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toBeInTheDocument();
  });
});

describe('the frame around every page', () => {
  it('has a header that leads home and a footer with the caveat and sources', async () => {
    const { user, location } = renderApp({ url: questionPath('task') });
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    // Rendered once the first screen is painted.
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent(/guidelines, not rules/);
    // The two source documents, as published: the Learn unit, and the 2019 page in Microsoft's docs repository.
    expect(within(footer).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      SOURCES.chooseService.url,
      SOURCES.trainModels2019.url,
    ]);
    for (const link of within(footer).getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/(learn\.microsoft\.com|github\.com\/MicrosoftDocs)\//);
    }

    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Azure ML training advisor' }));
    await screen.findByRole('link', { name: 'Start' });
    expect(location()).toBe('/');
  });

  it('shows a friendly not-found for an unknown address, with a way home', async () => {
    const { user, location } = renderApp({ url: '/somewhere/else' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(location()).toBe('/');
  });

  it.each(['/%0A', '/compare%0D', '/result%0A?v=1&task=vision'])('shows the not-found page, not a blank one, for %s', async (url) => {
    renderApp({ url });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
  });

  it('skips to the main content from the keyboard', async () => {
    const { user } = renderApp({ url: '/' });
    await screen.findByRole('link', { name: 'Start' });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
