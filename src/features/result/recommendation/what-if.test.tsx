import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as decision from '../../../decision';
import type { Answers, ServiceId, WhatIfChange } from '../../../decision';
import { SERVICES, parseShare, recommend, topServices, whatIf } from '../../../decision';
import { RecommendationView } from './recommendation-view';
import { FULL_ANSWERS, SHARE_URL, resultHref } from './test-fixtures';
import { WHAT_IF_SHOWN } from './what-if-section';

// whatIf stays the real one; one test replaces its answer (see "says so when no single change …").
vi.mock('../../../decision', async (importOriginal) => {
  const actual = await importOriginal<typeof decision>();
  return { ...actual, whatIf: vi.fn(actual.whatIf) };
});
import { describeChange, joinWords, orderChanges, outcomeText } from './what-if-text';

function renderView(answers: Answers) {
  return render(
    <RecommendationView recommendation={recommend(answers)} answers={answers} shareUrl={SHARE_URL} resultHref={resultHref} />,
  );
}

const whatIfSection = () => screen.getByRole('region', { name: 'What would change this?' });
const whatIfLinks = () => within(whatIfSection()).queryAllByRole('link');

/** The leaders a sentence names, read back from its words. */
function statedLeaders(sentence: string): ServiceId[] {
  const outcome = sentence.slice(sentence.lastIndexOf('”, ') + 3);
  if (outcome.startsWith('all four services')) return Object.keys(SERVICES) as ServiceId[];
  return (Object.keys(SERVICES) as ServiceId[]).filter((id) => outcome.includes(SERVICES[id].name));
}

describe('what would change this', () => {
  it('words a change plainly', () => {
    const change: WhatIfChange = { question: 'data', from: 'large', to: 'standard', top: ['azure-ml'] };
    expect(describeChange(change)).toBe(
      'If you answered “Training data size” with “Fits standard compute”, Azure Machine Learning would rank first.',
    );
    expect(
      describeChange({ question: 'existing', from: ['databricks'], to: ['azure-ml', 'databricks'], top: ['azure-ml', 'databricks'] }),
    ).toBe(
      'If you answered “Services you already have” with “Azure Machine Learning” and “Azure Databricks”, Azure Machine Learning and Azure Databricks would be joint first.',
    );
    expect(outcomeText(['azure-ml', 'databricks', 'synapse', 'ai-services'])).toBe('all four services would be joint first');
    expect(joinWords(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('lists every change the decision module finds, most telling first, the rest behind a disclosure', async () => {
    renderView(FULL_ANSWERS);
    const changes = orderChanges(whatIf(FULL_ANSWERS));
    expect(changes.length).toBeGreaterThan(WHAT_IF_SHOWN);
    const links = whatIfLinks();
    expect(links.map((link) => link.textContent)).toEqual(changes.map(describeChange));

    const first = links[0]!;
    expect(first).toHaveAccessibleName(
      'If you answered “Prebuilt model” with “Yes, a prebuilt model would do”, Azure AI Services would rank first.',
    );
    expect(parseShare(first.getAttribute('href')!.split('?')[1]!).answers.prebuilt).toBe('yes');

    // Each distinct outcome shows before any repeat of one.
    const shownOutcomes = changes.slice(0, 2).map((change) => change.top.join('+'));
    expect(new Set(shownOutcomes).size).toBe(2);
    // "Not sure" only takes an answer back: it comes last.
    expect(String(changes.at(-1)!.to)).toBe('unsure');

    const more = within(whatIfSection()).getByText(`Show ${changes.length - WHAT_IF_SHOWN} more changes`);
    const details = more.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getAllByRole('link')).toHaveLength(changes.length - WHAT_IF_SHOWN);
    await userEvent.setup().click(more);
    expect(details).toHaveAttribute('open');
  });

  it.each<[string, Answers]>([
    ['full answers', FULL_ANSWERS],
    ['no answers', {}],
    ['a prebuilt model', { task: 'vision', prebuilt: 'yes' }],
    ['python and a studio', { task: 'tabular', prebuilt: 'no', language: 'python', ui: 'yes', existing: ['synapse'] }],
  ])('every link opens answers that really put the stated services first (%s)', (_label, answers) => {
    renderView(answers);
    const links = whatIfLinks();
    expect(links).toHaveLength(whatIf(answers).length);
    const currentTop = topServices(recommend(answers));
    for (const link of links) {
      const href = link.getAttribute('href')!;
      expect(href.startsWith('#/result?v=1')).toBe(true);
      const opened = parseShare(href.slice(href.indexOf('?') + 1));
      expect(opened.problems).toEqual([]);
      const top = topServices(recommend(opened.answers));
      expect(top.slice().sort()).toEqual(statedLeaders(link.textContent!).sort());
      expect(top.slice().sort()).not.toEqual(currentTop.slice().sort());
      // Exactly one answer differs from the person's.
      const changed = Object.keys({ ...answers, ...opened.answers }).filter(
        (key) => String(answers[key as keyof Answers]) !== String(opened.answers[key as keyof Answers]),
      );
      expect(changed).toHaveLength(1);
    }
  });

  it('says so when no single change moves first place', () => {
    // The prebuilt question is asked for every task, and saying a prebuilt model does or does not
    // suit always moves first place, so real answers never reach this state: stub the decision.
    vi.mocked(whatIf).mockReturnValue([]);
    try {
      renderView({ task: 'tabular', prebuilt: 'no', language: 'python', ui: 'yes', existing: ['synapse'] });
      expect(whatIfLinks()).toEqual([]);
      expect(within(whatIfSection()).getByText(/No change to a single answer/)).toBeInTheDocument();
    } finally {
      vi.mocked(whatIf).mockReset();
    }
  });
});
