import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('../features/compare/compare-page', () => ({
  ComparePage: () => {
    throw new Error('This screen failed');
  },
}));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a screen that fails', () => {
  it('leaves the header and a way out instead of a blank page, and recovers on the next address', async () => {
    const { user } = renderApp({ url: '/compare' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Azure ML training advisor' }));
    expect(await screen.findByRole('link', { name: 'Start' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });
});
