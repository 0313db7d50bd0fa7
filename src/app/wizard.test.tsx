import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QuestionId } from '../decision';
import { QUESTION_BY_ID } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { questionPath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

type User = ReturnType<typeof renderApp>['user'];

const prompt = (id: QuestionId) => QUESTION_BY_ID[id].prompt;

async function expectQuestion(id: QuestionId) {
  return screen.findByRole('heading', { level: 1, name: prompt(id) });
}

async function choose(user: User, optionName: string) {
  await user.click(screen.getByRole('radio', { name: optionName }));
}

async function next(user: User) {
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

function progress() {
  return screen.getByText(/^Question \d+ of \d+$/).textContent;
}

/** Unfolds "Your answers" on the result, as a person would, once its content has loaded. */
async function yourAnswers(user: User) {
  const region = await screen.findByRole('region', { name: 'Your answers' });
  if (!region.querySelector('details')!.open) await user.click(within(region).getByRole('heading', { name: 'Your answers' }));
  await waitFor(() => expect(region.querySelector('dl')).not.toBeNull());
  return region;
}

// The result page is a large document; role queries over it are slow in jsdom.
vi.setConfig({ testTimeout: 20_000 });

describe('the wizard', () => {
  it('goes from the intro through every question that applies to the result', async () => {
    const { user, location } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('link', { name: 'Start' }));

    await expectQuestion('task');
    await choose(user, 'Understand images or video');
    await next(user);
    await expectQuestion('prebuilt');
    await choose(user, 'Yes, a prebuilt model would do');
    await next(user);
    await expectQuestion('control');
    await choose(user, 'Little — results matter more than the method');
    await next(user);
    await expectQuestion('effort');
    await choose(user, 'As little as possible');
    await next(user);
    await expectQuestion('data');
    await choose(user, 'Fits standard compute');
    await next(user);
    // Standard data: the PySpark question is skipped.
    await expectQuestion('unified');
    await choose(user, 'Not sure');
    await next(user);
    await expectQuestion('language');
    await choose(user, 'Python');
    await next(user);
    await expectQuestion('ui');
    await choose(user, 'No, code and command line suit us');
    await next(user);
    await expectQuestion('existing');
    expect(progress()).toBe('Question 9 of 9');
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    // The last step submits straight to the result; no training questions, since AI Services leads.
    await user.click(screen.getByRole('button', { name: 'See result' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your recommendation' })).toBeInTheDocument();
    expect(location()).toBe(
      resultPath({ task: 'vision', prebuilt: 'yes', control: 'little', effort: 'little', data: 'standard', unified: 'unsure', language: 'python', ui: 'no', existing: ['none'] }),
    );
    const ranked = document.querySelectorAll('[data-service]');
    expect(ranked[0]?.getAttribute('data-service')).toBe('ai-services');
  });

  it('counts only the questions that apply, and recounts when an answer changes that', async () => {
    const { user } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    expect(progress()).toBe('Question 1 of 14');

    await choose(user, 'Predict from tabular data');
    // Prebuilt models are asked about whatever the task.
    expect(progress()).toBe('Question 1 of 14');
    await next(user);

    await expectQuestion('prebuilt');
    expect(progress()).toBe('Question 2 of 14');
    // A prebuilt model that suits puts AI Services first: the Azure Machine Learning questions drop out.
    await choose(user, 'Yes, a prebuilt model would do');
    expect(progress()).toBe('Question 2 of 9');
    await choose(user, 'No, we need a model of our own');
    expect(progress()).toBe('Question 2 of 14');
  });

  it('asks about PySpark only when the training data is large', async () => {
    useAnswersStore.setState({ answers: { task: 'vision', prebuilt: 'no', control: 'full', effort: 'lots' } });
    const { user } = renderApp({ url: questionPath('data') });
    await expectQuestion('data');
    expect(progress()).toBe('Question 5 of 14');

    await choose(user, 'Fits standard compute');
    await next(user);
    await expectQuestion('unified');
    expect(progress()).toBe('Question 6 of 14');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('data');
    await choose(user, 'Large — we hit capacity limits on standard compute');
    // Large data favours the Spark services, so the Azure Machine Learning questions drop out.
    expect(progress()).toBe('Question 5 of 10');
    await next(user);
    await expectQuestion('pyspark');
    expect(progress()).toBe('Question 6 of 10');
  });

  it('asks the prebuilt-model question for tabular data too', async () => {
    const { user } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    await choose(user, 'Understand or generate text');
    await next(user);
    await expectQuestion('prebuilt');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('task');
    await choose(user, 'Predict from tabular data');
    await next(user);
    await expectQuestion('prebuilt');
  });

  it('asks how to train in Azure Machine Learning only when it shares first place', async () => {
    // A prebuilt model that suits puts AI Services alone at the top: no training questions.
    useAnswersStore.setState({
      answers: { task: 'vision', prebuilt: 'yes', control: 'little', effort: 'little', data: 'standard', unified: 'no', language: 'python', ui: 'no' },
    });
    const { user, location } = renderApp({ url: questionPath('existing') });
    await expectQuestion('existing');
    expect(progress()).toBe('Question 9 of 9');
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await user.click(screen.getByRole('button', { name: 'See result' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toMatch(/^\/result\?/);
    const summary = () => screen.getByRole('region', { name: 'Your answers' });
    await yourAnswers(user);
    expect(within(summary()).queryByText(QUESTION_BY_ID.workflow.title)).not.toBeInTheDocument();

    // Now no prebuilt model: Azure Machine Learning shares first place, and its questions follow.
    await user.click(screen.getByRole('link', { name: 'Edit Prebuilt model' }));
    await expectQuestion('prebuilt');
    await choose(user, 'No, we need a model of our own');
    // The edit brings the training questions in: the wizard goes on to them before the result.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await expectQuestion('workflow');
    await user.click(screen.getByRole('link', { name: 'Back to your result' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    await yourAnswers(user);
    expect(within(summary()).getByText(QUESTION_BY_ID.workflow.title)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Edit Services you already have' }));
    await expectQuestion('existing');
    expect(progress()).toBe('Question 9 of 14');
    await user.click(screen.getByRole('button', { name: 'Update result' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });

    // Resuming goes on to the first training question, the next one that applies.
    await user.click(screen.getByRole('link', { name: 'Azure ML training advisor' }));
    await user.click(await screen.findByRole('link', { name: 'Resume where you left off' }));
    await expectQuestion('workflow');
    expect(progress()).toBe('Question 10 of 14');
  });

  it('goes back to earlier questions and keeps every later answer that still applies', async () => {
    const { user } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    await choose(user, 'Understand images or video');
    await next(user);
    await expectQuestion('prebuilt');
    await choose(user, 'No, we need a model of our own');
    await next(user);
    await expectQuestion('control');
    await choose(user, 'Full control');
    await next(user);
    await expectQuestion('effort');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('control');
    expect(screen.getByRole('radio', { name: 'Full control' })).toBeChecked();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    await expectQuestion('task');
    await choose(user, 'Understand or generate text');
    await next(user);
    await expectQuestion('prebuilt');
    expect(screen.getByRole('radio', { name: 'No, we need a model of our own' })).toBeChecked();
    await next(user);
    await expectQuestion('control');
    expect(screen.getByRole('radio', { name: 'Full control' })).toBeChecked();
  });

  it('keeps an answer to a question that stops applying, for when it applies again', async () => {
    useAnswersStore.setState({ answers: { data: 'large', pyspark: 'yes' } });
    const { user } = renderApp({ url: questionPath('data') });
    await expectQuestion('data');
    await choose(user, 'Fits standard compute');
    expect(useAnswersStore.getState().answers.pyspark).toBe('yes');
    await choose(user, 'Large — we hit capacity limits on standard compute');
    await next(user);
    await expectQuestion('pyspark');
    expect(screen.getByRole('radio', { name: 'Yes, or we are happy to learn' })).toBeChecked();
  });

  it('jumps to the result at any point, listing what is not answered', async () => {
    const { user, location } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    await choose(user, 'Work with speech');
    await user.click(screen.getByRole('link', { name: 'See result' }));
    await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath({ task: 'speech' }));
    const summary = await yourAnswers(user);
    expect(within(summary).getByText('Work with speech')).toBeInTheDocument();
    expect(within(summary).getAllByText('Not answered').length).toBeGreaterThan(0);
  });

  it('offers a one-line help, "What does this mean?" where there is more, and "Not sure" everywhere', async () => {
    const { user } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');
    const group = screen.getByRole('group', { name: prompt('task') });
    expect(group).toHaveAccessibleDescription(QUESTION_BY_ID.task.help);
    expect(within(group).getByRole('radio', { name: 'Not sure' })).toBeInTheDocument();
    expect(within(group).getByText('What does this mean?').closest('details')).not.toBeNull();

    await choose(user, 'Understand images or video');
    await next(user);
    await expectQuestion('prebuilt');
    await choose(user, 'Not sure');
    await next(user);
    await expectQuestion('control');
    // This question has no `more`, so no disclosure.
    expect(screen.queryByText('What does this mean?')).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers.prebuilt).toBe('unsure');
  });

  it('keeps "None of these" and "Not sure" exclusive in a multi-choice question', async () => {
    const { user } = renderApp({ url: questionPath('existing') });
    await expectQuestion('existing');
    const box = (name: string) => screen.getByRole('checkbox', { name });
    await user.click(box('Azure Machine Learning'));
    await user.click(box('Azure Synapse Analytics'));
    expect(box('Azure Machine Learning')).toBeChecked();
    expect(box('Azure Synapse Analytics')).toBeChecked();

    await user.click(box('None of these'));
    expect(box('None of these')).toBeChecked();
    expect(box('Azure Machine Learning')).not.toBeChecked();
    expect(box('Azure Synapse Analytics')).not.toBeChecked();

    await user.click(box('Not sure'));
    expect(box('Not sure')).toBeChecked();
    expect(box('None of these')).not.toBeChecked();

    await user.click(box('Azure Databricks'));
    expect(box('Not sure')).not.toBeChecked();
    expect(useAnswersStore.getState().answers.existing).toEqual(['databricks']);
  });

  it('works from the keyboard: arrows pick, Enter goes on, focus lands on the new heading, and the step is announced', async () => {
    const { user } = renderApp({ url: questionPath('task') });
    await expectQuestion('task');

    await user.tab();
    // Skip link, brand, nav, disclosure… tab until the first radio has focus.
    while (document.activeElement?.getAttribute('type') !== 'radio') await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Understand or generate text' })).toBeChecked();
    await user.keyboard('{Enter}');

    const heading = await expectQuestion('prebuilt');
    await waitFor(() => expect(heading).toHaveFocus());
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(live).toHaveTextContent(`Question 2 of 14: ${prompt('prebuilt')}`));
    expect(useAnswersStore.getState().answers.task).toBe('language');
  });

  it('says so when a question does not apply, and offers a way on', async () => {
    const { user } = renderApp({ url: questionPath('pyspark') });
    expect(await screen.findByRole('heading', { level: 1, name: 'This question does not apply to your answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Continue with the questions' }));
    await expectQuestion('task');
  });

  it('shows a friendly not-found for an unknown question', async () => {
    renderApp({ url: '/q/favourite-colour' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Question not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
  });
});
