import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_BY_ID } from '../decision';
import { useAnswersStore } from '../features/shared/answers/answers-store';
import { renderApp } from './test-utils';

const SAVED = { task: 'vision', prebuilt: 'no', control: 'full' } as const;

beforeEach(() => {
  useAnswersStore.setState({ answers: SAVED });
});

describe('"Start over" on the start page', () => {
  it('asks first, inline, and clears nothing until the person confirms', async () => {
    const { user, location } = renderApp({ url: '/' });
    const startOver = await screen.findByRole('button', { name: 'Start over' });
    expect(startOver).toHaveAttribute('aria-expanded', 'false');
    await user.click(startOver);

    const confirm = screen.getByRole('group', { name: /Clear your saved answers and start again\?/ });
    expect(confirm).toHaveTextContent('The 3 answers saved in this browser will be removed.');
    expect(startOver).toHaveAttribute('aria-expanded', 'true');
    // Focus moves to the question, so a screen reader reads it out and Tab reaches its buttons next.
    await waitFor(() => expect(screen.getByText('Clear your saved answers and start again?').closest('p')).toHaveFocus());
    expect(useAnswersStore.getState().answers).toEqual(SAVED);
    expect(location()).toBe('/');

    await user.click(within(confirm).getByRole('button', { name: 'Clear answers and start over' }));
    await screen.findByRole('heading', { level: 1, name: QUESTION_BY_ID.task.prompt });
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('keeps the answers when the person changes their mind, and gives focus back to "Start over"', async () => {
    const { user } = renderApp({ url: '/' });
    const startOver = await screen.findByRole('button', { name: 'Start over' });
    await user.click(startOver);
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));

    expect(screen.queryByRole('group', { name: /Clear your saved answers/ })).not.toBeInTheDocument();
    await waitFor(() => expect(startOver).toHaveFocus());
    expect(useAnswersStore.getState().answers).toEqual(SAVED);
  });

  it('Escape is the same as "Keep my answers"', async () => {
    const { user } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(screen.getByText('Clear your saved answers and start again?').closest('p')).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Clear your saved answers/ })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual(SAVED);
  });
});

describe('the header', () => {
  it('keeps the product’s full name as the home link’s name, whatever the screen width hides', async () => {
    renderApp({ url: '/' });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Azure ML training advisor' })).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Compare services' })).toBeInTheDocument();
  });
});
