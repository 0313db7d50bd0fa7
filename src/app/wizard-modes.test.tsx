import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers, QuestionId } from '../decision';
import { QUESTION_BY_ID } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { planTrainingPath, questionPath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

type User = ReturnType<typeof renderApp>['user'];

const expectQuestion = (id: QuestionId) => screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID[id].prompt });
const choose = (user: User, name: string) => user.click(screen.getByRole('radio', { name }));
const tick = (user: User, name: string) => user.click(screen.getByRole('checkbox', { name }));
const press = (user: User, name: string) => user.click(screen.getByRole('button', { name }));
const progress = () => screen.getByText(/^Question \d+ of \d+$/).textContent;
const live = () => screen.getByRole('status');
/** Announcements wait for the person to settle; a busy test machine needs more than the default 5 s. */
const SLOW = { timeout: 10_000 };

/** Every service question answered so that AI Services alone ranks first: training does not apply. */
const AI_SERVICES_FIRST: Answers = {
  task: 'vision',
  prebuilt: 'yes',
  control: 'little',
  effort: 'little',
  data: 'standard',
  unified: 'no',
  language: 'python',
  ui: 'no',
  existing: ['none'],
};

vi.setConfig({ testTimeout: 30_000 });

describe('planning training in Azure Machine Learning anyway (?plan=training)', () => {
  it('asks the training questions though the section does not apply, keeping the plan from step to step to the result', async () => {
    useAnswersStore.setState({ answers: AI_SERVICES_FIRST });
    const { user, location } = renderApp({ url: planTrainingPath() });
    await expectQuestion('workflow');
    expect(screen.queryByRole('heading', { name: /does not apply/ })).not.toBeInTheDocument();
    // The nine service questions, then the five training ones.
    expect(progress()).toBe('Question 10 of 14');
    expect(screen.getByText(/You asked to plan training in Azure Machine Learning/)).toBeInTheDocument();

    await choose(user, 'One training script');
    await press(user, 'Next');
    await expectQuestion('needs');
    expect(location()).toBe(questionPath('needs', { planTraining: true }));
    expect(progress()).toBe('Question 11 of 14');
    // A real answer made the section apply by itself: no need to explain any more.
    expect(screen.queryByText(/You asked to plan training/)).not.toBeInTheDocument();

    await tick(user, 'None of these');
    await press(user, 'Next');
    await expectQuestion('framework');
    expect(location()).toBe(questionPath('framework', { planTraining: true }));
    await choose(user, 'PyTorch');
    await press(user, 'Next');
    await expectQuestion('setup');
    await choose(user, 'Ready-made setup');
    await press(user, 'Next');
    await expectQuestion('compute');
    expect(progress()).toBe('Question 14 of 14');
    await choose(user, 'A managed cluster in Azure Machine Learning');
    await press(user, 'See result');

    await waitFor(() => expect(location()).toMatch(/^\/result\?/));
    expect(location()).toContain('&workflow=single&needs=none&framework=pytorch&setup=ready-made&compute=managed-cluster');
  });

  it('Back leaves the training questions for the last service question, and Next comes back, plan kept', async () => {
    useAnswersStore.setState({ answers: AI_SERVICES_FIRST });
    const { user, location } = renderApp({ url: planTrainingPath() });
    await expectQuestion('workflow');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('existing');
    expect(location()).toBe(questionPath('existing', { planTraining: true }));
    expect(progress()).toBe('Question 9 of 14');
    expect(screen.getByText('5 questions about training in Azure Machine Learning follow, as you asked.')).toBeInTheDocument();
    await press(user, 'Next');
    await expectQuestion('workflow');
    expect(location()).toBe(questionPath('workflow', { planTraining: true }));
  });

  it('without the plan, the same question says it does not apply; after a real answer it applies by itself', async () => {
    useAnswersStore.setState({ answers: AI_SERVICES_FIRST });
    const first = renderApp({ url: questionPath('workflow') });
    expect(await screen.findByRole('heading', { level: 1, name: 'This question does not apply to your answers' })).toBeInTheDocument();
    first.unmount();

    useAnswersStore.setState({ answers: { ...AI_SERVICES_FIRST, workflow: 'multi-step' } });
    renderApp({ url: questionPath('needs') });
    await expectQuestion('needs');
    expect(progress()).toBe('Question 11 of 14');
  });
});

describe('editing from the result (?return=result)', () => {
  it('goes on to a question the edit brings in, still returning to the result, then to the result', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots', data: 'standard' } });
    const { user, location } = renderApp({ url: questionPath('data', { returnToResult: true }) });
    await expectQuestion('data');
    expect(screen.getByRole('button', { name: 'Update result' })).toBeInTheDocument();

    await choose(user, 'Large — we hit capacity limits on standard compute');
    expect(screen.getByText('Your change brings in 1 more question, then back to your result.')).toBeInTheDocument();
    await press(user, 'Next');

    await expectQuestion('pyspark');
    expect(location()).toBe(questionPath('pyspark', { returnToResult: true }));
    await choose(user, 'Yes, or we are happy to learn');
    await press(user, 'Update result');
    await waitFor(() => expect(location()).toBe(resultPath({ task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots', data: 'large', pyspark: 'yes' })));
  });

  it('walks every question the edit brings in, not only the first, and not the ones skipped before', async () => {
    // "Services you already have" was never answered; the edit does not bring it in, so it is not asked.
    const { existing: _skipped, ...answers } = AI_SERVICES_FIRST;
    useAnswersStore.setState({ answers });
    const { user, location } = renderApp({ url: questionPath('prebuilt', { returnToResult: true }) });
    await expectQuestion('prebuilt');
    await choose(user, 'No, we need a model of our own');
    expect(screen.getByText('Your change brings in 5 more questions, then back to your result.')).toBeInTheDocument();
    await press(user, 'Next');

    await expectQuestion('workflow');
    expect(location()).toBe(questionPath('workflow', { returnToResult: true }));
    await choose(user, 'Several steps');
    await press(user, 'Next');
    await expectQuestion('needs');
    await tick(user, 'Not sure');
    await press(user, 'Next');
    await expectQuestion('framework');
    await choose(user, 'scikit-learn');
    await press(user, 'Next');
    await expectQuestion('setup');
    await choose(user, 'Not sure');
    await press(user, 'Next');
    await expectQuestion('compute');
    await choose(user, 'On my own machine first, the cloud later');
    await press(user, 'Update result');
    await waitFor(() => expect(location()).toMatch(/^\/result\?/));
    expect(location()).not.toContain('existing=');
    expect(location()).toContain('&workflow=multi-step&needs=unsure&framework=scikit-learn&setup=unsure&compute=local-first');
  });

  it('"Back to your result" leaves the question for the result instead of the previous question', async () => {
    useAnswersStore.setState({ answers: { task: 'speech', prebuilt: 'yes', control: 'little' } });
    const { user, location } = renderApp({ url: questionPath('control', { returnToResult: true }) });
    await expectQuestion('control');
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to your result' }));
    await waitFor(() => expect(location()).toBe(resultPath({ task: 'speech', prebuilt: 'yes', control: 'little' })));
  });
});

describe('why the total changes', () => {
  it('says up front that training questions may follow, on the service questions only', async () => {
    const first = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    const upFront = 'Up to 5 questions about training in Azure Machine Learning follow if it is a strong candidate.';
    expect(screen.getByText(upFront)).toBeInTheDocument();
    first.unmount();

    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full' } });
    renderApp({ url: questionPath('workflow') });
    await expectQuestion('workflow');
    expect(screen.queryByText(upFront)).not.toBeInTheDocument();
  });

  it('announces a changed total once, politely, with the reason, and shows the reason quietly', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots' } });
    const { user } = renderApp({ url: questionPath('data') });
    await expectQuestion('data');
    await waitFor(() => expect(live()).toHaveTextContent(`Question 5 of 14: ${QUESTION_BY_ID.data.prompt}`), SLOW);
    expect(live()).toHaveAttribute('aria-live', 'polite');

    await choose(user, 'Large — we hit capacity limits on standard compute');
    expect(progress()).toBe('Question 5 of 10');
    await waitFor(
      () =>
        expect(live()).toHaveTextContent(
          'Question 5 of 10 — 1 more question now applies: Spark skills; 5 training questions no longer apply',
        ),
      SLOW,
    );
    expect(screen.getByText('1 more question now applies: Spark skills; 5 training questions no longer apply.')).toBeInTheDocument();

    await choose(user, 'Fits standard compute');
    await waitFor(
      () => expect(live()).toHaveTextContent('Question 5 of 14 — 5 training questions now apply; 1 question no longer applies: Spark skills'),
      SLOW,
    );
  });

  it('says nothing when the person flicks to an answer and back before settling', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots', data: 'standard' } });
    const { user } = renderApp({ url: questionPath('data') });
    await expectQuestion('data');
    const stepAnnouncement = `Question 5 of 14: ${QUESTION_BY_ID.data.prompt}`;
    await waitFor(() => expect(live()).toHaveTextContent(stepAnnouncement), SLOW);

    await choose(user, 'Large — we hit capacity limits on standard compute');
    await choose(user, 'Fits standard compute');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(live()).toHaveTextContent(stepAnnouncement);
    expect(screen.queryByText(/no longer appl/)).not.toBeInTheDocument();
  });

  it('a new step is announced without the last step’s change', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots' } });
    const { user } = renderApp({ url: questionPath('data') });
    await expectQuestion('data');
    // The step is announced first; a change before that is simply part of the step's announcement.
    await waitFor(() => expect(live()).toHaveTextContent(`Question 5 of 14: ${QUESTION_BY_ID.data.prompt}`), SLOW);
    await choose(user, 'Large — we hit capacity limits on standard compute');
    await waitFor(() => expect(live()).toHaveTextContent(/no longer apply/), SLOW);
    await press(user, 'Next');
    await expectQuestion('pyspark');
    await waitFor(() => expect(live()).toHaveTextContent(`Question 6 of 10: ${QUESTION_BY_ID.pyspark.prompt}`), SLOW);
    expect(screen.queryByText(/no longer apply/)).not.toBeInTheDocument();
  });
});
