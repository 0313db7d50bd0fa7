import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SERVICE_RULES, recommend } from '../../../decision';
import { FULL_ANSWERS } from '../../shared/testing/result-fixtures';
import { GuidelineGlance } from './guideline-glance';

const NAME = 'Which guideline favours which service';

function renderGlance() {
  render(<GuidelineGlance recommendation={recommend(FULL_ANSWERS)} />);
  const table = screen.getByRole('table', { name: NAME });
  const cards = screen.getByRole('list', { name: NAME });
  const row = (rule: string) => table.querySelector<HTMLElement>(`tr[data-rule="${rule}"]`)!;
  const card = (rule: string) => cards.querySelector<HTMLElement>(`li[data-rule="${rule}"]`)!;
  return { table, cards, row, card };
}

describe('the guidelines at a glance', () => {
  it('shows what a rule can count against before any answer sets it off', () => {
    render(<GuidelineGlance recommendation={recommend({})} />);
    const table = screen.getByRole('table', { name: NAME });
    const cells = (rule: string) => within(table.querySelector<HTMLElement>(`tr[data-rule="${rule}"]`)!).getAllByRole('cell');
    // Prebuilt models: for Foundry Tools when one suits, against it when none does.
    expect(cells('prebuilt-suits').map((cell) => cell.textContent)).toEqual([
      '—Does not favour',
      '—Does not favour',
      '—Does not favour',
      'Favoursor counts against',
      '—Does not favour',
    ]);
    expect(cells('synapse-not-adopted')[2]).toHaveTextContent('Counts against');
    expect(within(table).queryByText(/Applies to you|goes against/)).toBeNull();
  });

  it('is a real table: a column per service, a row header per guideline', () => {
    const { table } = renderGlance();
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Guideline or factor',
      'Azure ML',
      'Databricks',
      'Synapse',
      'Foundry Tools',
      'Fabric',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(SERVICE_RULES.length);
  });

  it('says plainly which service the person’s answer goes against, instead of "Applies to you"', () => {
    // "No, we need a model of our own": the prebuilt guideline counts against Foundry Tools.
    const { row, card } = renderGlance();
    const prebuilt = row('prebuilt-suits');
    expect(within(prebuilt).getByRole('rowheader')).toHaveTextContent('Your answer goes against Foundry Tools');
    expect(prebuilt).not.toHaveTextContent('Applies to you');
    expect(within(prebuilt).getAllByRole('cell')[3]).toHaveTextContent('Counts against on your answers');
    // Already on Databricks, not on Synapse: the tie-breaker against Synapse is set off, and says so.
    const notAdopted = row('synapse-not-adopted');
    expect(within(notAdopted).getByRole('rowheader')).toHaveTextContent('Your answer goes against Azure Synapse Analytics');
    expect(notAdopted).not.toHaveTextContent('Applies to you');
    expect(within(notAdopted).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '—Does not favour',
      '—Does not favour',
      'Counts against on your answers',
      '—Does not favour',
      '—Does not favour',
    ]);
    expect(within(row('python-first')).getByRole('rowheader')).toHaveTextContent('Applies to you');
    expect(row('time-to-invest')).not.toHaveTextContent(/Applies to you|goes against/);

    expect(card('prebuilt-suits')).toHaveTextContent('Your answer goes against Foundry Tools');
    expect(card('prebuilt-suits')).toHaveTextContent('Counts against, on your answers: Foundry Tools');
  });

  it('has the same rows as cards for narrow screens, every service named in words', () => {
    const { cards, card } = renderGlance();
    expect(within(cards).getAllByRole('listitem')).toHaveLength(SERVICE_RULES.length);
    expect(card('distributed-compute')).toHaveTextContent('Favours: Azure Databricks, Azure Synapse Analytics and Microsoft Fabric');
    expect(card('distributed-compute')).toHaveTextContent('Applies to you');
  });
});
