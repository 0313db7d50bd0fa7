import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionId } from '../decision';
import { QUESTION_BY_ID, topIsSettled } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { questionPath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

type User = ReturnType<typeof renderApp>['user'];

const expectQuestion = (id: QuestionId) => screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID[id].prompt });
const choose = (user: User, name: string) => user.click(screen.getByRole('radio', { name }));
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Next' }));
const offer = () => screen.queryByRole('link', { name: 'Your top pick can’t change any more — see the result' });
const tag = () => screen.queryByText('Top pick settled');
const SETTLED = /top pick can’t change any more/;
/** Announcements wait for the person to settle; a busy test machine needs more than the default 5 s. */
const SLOW = { timeout: 10_000 };

/** Everything the polite live region said, in order, from the moment this is called. */
function recordAnnouncements(): { readonly said: string[]; readonly stop: () => void } {
  const region = screen.getByRole('status');
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? '';
    if (text !== '' && said[said.length - 1] !== text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

vi.setConfig({ testTimeout: 30_000 });

let recording: ReturnType<typeof recordAnnouncements> | undefined;

afterEach(() => recording?.stop());

describe('the early stop, once the top pick is settled', () => {
  it('is offered from the step where the top pick becomes settled, and not before', async () => {
    const { user, location } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    expect(offer()).not.toBeInTheDocument();
    await choose(user, 'Understand images or video');
    await next(user);

    await expectQuestion('prebuilt');
    expect(topIsSettled({ task: 'vision' })).toBe(false);
    expect(offer()).not.toBeInTheDocument();
    expect(tag()).not.toBeInTheDocument();

    // A prebuilt model that suits puts AI Services first, and nothing left can move it.
    await choose(user, 'Yes, a prebuilt model would do');
    await waitFor(() => expect(offer()).toBeInTheDocument());
    expect(tag()).toBeInTheDocument();
    expect(offer()).toHaveAttribute('href', `${resultPath({ task: 'vision', prebuilt: 'yes' })}`);
    // Going on stays the next stop from the options: the offer comes after the step's buttons.
    const nextButton = screen.getByRole('button', { name: 'Next' });
    expect(nextButton.compareDocumentPosition(offer()!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Taken back, the offer goes with it.
    await choose(user, 'No, we need a model of our own');
    await waitFor(() => expect(offer()).not.toBeInTheDocument());
    expect(tag()).not.toBeInTheDocument();

    await choose(user, 'Yes, a prebuilt model would do');
    await waitFor(() => expect(offer()).toBeInTheDocument());
    await user.click(offer()!);
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath({ task: 'vision', prebuilt: 'yes' }));
  });

  it('lets the person go on, saying so on every step after', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'yes' } });
    const { user, location } = renderApp({ url: questionPath('prebuilt') });
    await expectQuestion('prebuilt');
    expect(offer()).toBeInTheDocument();
    await next(user);

    await expectQuestion('control');
    expect(location()).toBe(questionPath('control'));
    expect(screen.getByText(/^Question \d+ of \d+$/).textContent).toBe('Question 3 of 9');
    expect(tag()).toBeInTheDocument();
    expect(offer()).toBeInTheDocument();
    expect(screen.getByText('Going on still sharpens the order of the other services.')).toBeInTheDocument();
    await choose(user, 'Full control');
    expect(offer()).toHaveAttribute('href', resultPath({ task: 'vision', prebuilt: 'yes', control: 'full' }));
  });

  it('is announced once, when it becomes settled, and not on the steps after', async () => {
    useAnswersStore.setState({ answers: { task: 'vision' } });
    const { user } = renderApp({ url: questionPath('prebuilt') });
    await expectQuestion('prebuilt');
    const live = screen.getByRole('status');
    await waitFor(() => expect(live).toHaveTextContent(`Question 2 of 14: ${QUESTION_BY_ID.prebuilt.prompt}`));
    expect(live).not.toHaveTextContent(SETTLED);
    recording = recordAnnouncements();

    await choose(user, 'Yes, a prebuilt model would do');
    // Said with the change it brought, once the person has settled on the answer.
    await waitFor(() => expect(live).toHaveTextContent(SETTLED), SLOW);
    expect(live.textContent).toBe(
      'Question 2 of 9 — 5 training questions no longer apply. Your top pick can’t change any more. You can see the result now, or go on.',
    );

    await next(user);
    await expectQuestion('control');
    await waitFor(() => expect(live).toHaveTextContent(`Question 3 of 9: ${QUESTION_BY_ID.control.prompt}`));
    await choose(user, 'Full control');
    await next(user);
    await expectQuestion('effort');
    await waitFor(() => expect(live).toHaveTextContent(`Question 4 of 9: ${QUESTION_BY_ID.effort.prompt}`));

    expect(recording.said.filter((text) => SETTLED.test(text))).toHaveLength(1);
    expect(recording.said).toHaveLength(3);
  });

  it('is said with the step when a settled step is opened directly', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'yes' } });
    renderApp({ url: questionPath('control') });
    await expectQuestion('control');
    const live = screen.getByRole('status');
    await waitFor(() =>
      expect(live.textContent).toBe(
        `Question 3 of 9: ${QUESTION_BY_ID.control.prompt} Your top pick can’t change any more. You can see the result now, or go on.`,
      ),
    );
  });

  it('is not offered while editing one answer from the result, which goes back to it anyway', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'yes' } });
    renderApp({ url: questionPath('prebuilt', { returnToResult: true }) });
    await expectQuestion('prebuilt');
    expect(screen.getByRole('link', { name: 'Back to your result' })).toBeInTheDocument();
    expect(offer()).not.toBeInTheDocument();
    expect(tag()).not.toBeInTheDocument();
  });
});
