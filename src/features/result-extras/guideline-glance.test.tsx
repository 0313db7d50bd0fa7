import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SERVICE_RULES, recommend } from '../../decision';
import { FULL_ANSWERS } from '../result/recommendation/test-fixtures';
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
  it('is a real table: a column per service, a row header per guideline', () => {
    const { table } = renderGlance();
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Guideline or factor',
      'Azure ML',
      'Databricks',
      'Synapse',
      'AI Services',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(SERVICE_RULES.length);
  });

  it('says plainly when the person’s answer goes against a guideline, instead of "Applies to you"', () => {
    // "No, we need a model of our own": the prebuilt guideline counts against AI Services.
    const { row, card } = renderGlance();
    const prebuilt = row('prebuilt-suits');
    expect(within(prebuilt).getByRole('rowheader')).toHaveTextContent('Your answer goes against this');
    expect(prebuilt).not.toHaveTextContent('Applies to you');
    expect(within(prebuilt).getAllByRole('cell')[3]).toHaveTextContent('Counts against on your answers');
    expect(within(row('python-first')).getByRole('rowheader')).toHaveTextContent('Applies to you');
    expect(row('time-to-invest')).not.toHaveTextContent(/Applies to you|goes against/);

    expect(card('prebuilt-suits')).toHaveTextContent('Your answer goes against this');
    expect(card('prebuilt-suits')).toHaveTextContent('Counts against, on your answers: Azure AI Services');
  });

  it('has the same rows as cards for narrow screens, every service named in words', () => {
    const { cards, card } = renderGlance();
    expect(within(cards).getAllByRole('listitem')).toHaveLength(SERVICE_RULES.length);
    expect(card('distributed-compute')).toHaveTextContent('Favours: Azure Databricks and Azure Synapse Analytics');
    expect(card('distributed-compute')).toHaveTextContent('Applies to you');
  });
});
