import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { COMPARE_PATH, HOME_PATH, comparePath, resultPath } from '../features/shared/paths';
import { renderApp } from './test-utils';

vi.setConfig({ testTimeout: 20_000 });

describe('links on the comparison', () => {
  it('"Back to your result" navigates in the app and moves focus to the result’s heading', async () => {
    const answers = { task: 'tabular', prebuilt: 'no', control: 'full', language: 'python' } as const;
    const { user, location } = renderApp({ url: comparePath(answers) });
    await user.click(await screen.findByRole('link', { name: 'Back to your result' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your recommendation' });
    expect(location()).toBe(resultPath(answers));
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('"Start the questionnaire" navigates in the app and moves focus to the start page’s heading', async () => {
    const { user, location } = renderApp({ url: COMPARE_PATH });
    await user.click(await screen.findByRole('link', { name: 'Start the questionnaire' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Where should you train/ });
    expect(location()).toBe(HOME_PATH);
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
