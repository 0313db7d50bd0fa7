import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type * as decision from '../../../decision';
import type { Answers, WhatIfChange } from '../../../decision';
import { parseShare, recommend, topServices, whatIf } from '../../../decision';
import { RESULT_PATH } from '../../shared/paths';
import { FULL_ANSWERS } from '../../shared/testing/result-fixtures';
import { WHAT_IF_SHOWN, WhatIfList } from './what-if-list';
import { describeChange, describeGroup, groupChanges, outcomeText } from './what-if-text';

// whatIf stays the real one; one test replaces its answer (see "says so when no single change …").
vi.mock('../../../decision', async (importOriginal) => {
  const actual = await importOriginal<typeof decision>();
  return { ...actual, whatIf: vi.fn(actual.whatIf) };
});

/** Azure ML alone first on Python, ahead of Databricks on full control: every other language ties them. */
const PYTHON_FIRST: Answers = { prebuilt: 'no', control: 'full', language: 'python' };

function renderList(answers: Answers) {
  return render(
    <MemoryRouter>
      <WhatIfList answers={answers} />
    </MemoryRouter>,
  );
}

/** The answers a what-if link opens, read back through the share-link codec. */
function opened(link: HTMLElement): Answers {
  const href = link.getAttribute('href')!;
  expect(href.startsWith(`${RESULT_PATH}?v=1`)).toBe(true);
  const parsed = parseShare(href.slice(href.indexOf('?') + 1));
  expect(parsed.problems).toEqual([]);
  return parsed.answers;
}

const sorted = (items: readonly string[]) => [...items].sort();

describe('what would change this, in words', () => {
  it('words a single change plainly', () => {
    expect(describeChange({ question: 'data', from: 'large', to: 'standard', top: ['azure-ml'] })).toBe(
      'If you didn’t need distributed compute, Azure Machine Learning would rank first.',
    );
    expect(describeChange({ question: 'prebuilt', from: 'no', to: 'yes', top: ['ai-services'] })).toBe(
      'If a prebuilt model would meet your requirements, Foundry Tools would rank first.',
    );
    expect(describeChange({ question: 'control', from: undefined, to: 'full', top: ['azure-ml', 'databricks'] })).toBe(
      'If you needed full control over training, Azure Machine Learning and Azure Databricks would be joint first.',
    );
    expect(describeChange({ question: 'data', from: 'large', to: 'unsure', top: ['azure-ml'] })).toBe(
      'If you weren’t sure about “Training data size”, Azure Machine Learning would rank first.',
    );
    expect(outcomeText(['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric'])).toBe('all five services would be joint first');
    expect(outcomeText(['azure-ml', 'databricks', 'synapse', 'ai-services'])).toBe(
      'Azure Machine Learning, Azure Databricks, Azure Synapse Analytics and Foundry Tools would be joint first',
    );
  });

  it('words a ticked or unticked box of a multiple-choice question as what the organization has', () => {
    const from = ['databricks'] as const;
    expect(describeChange({ question: 'existing', from, to: ['azure-ml', 'databricks'], top: ['azure-ml', 'databricks'] })).toBe(
      'If your organization already used Azure Machine Learning, Azure Machine Learning and Azure Databricks would be joint first.',
    );
    expect(describeChange({ question: 'existing', from: ['databricks', 'synapse'], to: ['synapse'], top: ['synapse'] })).toBe(
      'If your organization didn’t use Azure Databricks, Azure Synapse Analytics would rank first.',
    );
    expect(describeChange({ question: 'existing', from, to: ['none'], top: ['azure-ml'] })).toBe(
      'If your organization used none of these services, Azure Machine Learning would rank first.',
    );
  });

  it('gathers changes to one question with the same outcome into one sentence, keeping every change', () => {
    const changes = whatIf(PYTHON_FIRST);
    const groups = groupChanges(changes);
    const languages = groups.filter((group) => group.question === 'language');
    expect(languages.map(describeGroup)).toEqual([
      'If your team preferred R, Scala, SQL or no code, Azure Machine Learning and Azure Databricks would be joint first.',
      'If you weren’t sure about “Preferred language”, Azure Machine Learning and Azure Databricks would be joint first.',
    ]);
    expect(languages[0]!.alternatives.map((alternative) => alternative.label)).toEqual(['R', 'Scala', 'SQL', 'We prefer not to code']);

    // Nothing is lost or counted twice, and a group never mixes questions or outcomes.
    const grouped: WhatIfChange[] = groups.flatMap((group) => group.alternatives.map((alternative) => alternative.change));
    expect(sorted(grouped.map((change) => `${change.question}=${String(change.to)}`))).toEqual(
      sorted(changes.map((change) => `${change.question}=${String(change.to)}`)),
    );
    for (const group of groups) {
      for (const { change } of group.alternatives) {
        expect(change.question).toBe(group.question);
        expect(sorted(change.top)).toEqual(sorted(group.top));
      }
    }
  });

  it('puts one group per outcome first and "Not sure" last', () => {
    const groups = groupChanges(whatIf(FULL_ANSWERS));
    const outcomes = groups.map((group) => sorted(group.top).join('+'));
    const firstRepeat = outcomes.findIndex((outcome, index) => outcomes.indexOf(outcome) !== index);
    expect(new Set(outcomes.slice(0, firstRepeat)).size).toBe(firstRepeat);
    expect(groups.at(-1)!.move).toBe('unsure');
  });
});

describe('what would change this, on the page', () => {
  it('shows a group as one sentence with a link for each alternative, named by the answer and described by the sentence', () => {
    renderList(PYTHON_FIRST);
    const sentence = 'If your team preferred R, Scala, SQL or no code, Azure Machine Learning and Azure Databricks would be joint first.';
    const item = screen.getByText(sentence).closest('li')!;
    const links = within(item).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['R', 'Scala', 'SQL', 'We prefer not to code']);
    for (const link of links) expect(link).toHaveAccessibleDescription(sentence);
    expect(opened(links[1]!).language).toBe('scala');
  });

  it('makes a single change one link, the sentence its name', () => {
    renderList(FULL_ANSWERS);
    const link = screen.getByRole('link', { name: 'If you didn’t need distributed compute, Azure Machine Learning would rank first.' });
    expect(opened(link)).toEqual({ ...FULL_ANSWERS, data: 'standard' });
  });

  it.each<[string, Answers]>([
    ['full answers', FULL_ANSWERS],
    ['no answers', {}],
    ['a prebuilt model', { task: 'vision', prebuilt: 'yes' }],
    ['Python first', PYTHON_FIRST],
  ])('reaches every change by a link that really puts the stated services first (%s)', (_label, answers) => {
    renderList(answers);
    const changes = whatIf(answers);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(changes.length);
    const groups = groupChanges(changes);
    const currentTop = sorted(topServices(recommend(answers)));
    for (const link of links) {
      const answersThere = opened(link);
      // Exactly one answer differs from the person's.
      const changed = Object.keys({ ...answers, ...answersThere }).filter(
        (key) => String(answers[key as keyof Answers]) !== String(answersThere[key as keyof Answers]),
      );
      expect(changed).toHaveLength(1);
      // The sentence it belongs to names the services that really come first there.
      const top = sorted(topServices(recommend(answersThere)));
      expect(top).not.toEqual(currentTop);
      const sentence = link.closest('li[data-question]')!.querySelector('p, span')!.textContent!;
      const group = groups.find((candidate) => describeGroup(candidate) === sentence)!;
      expect(sorted(group.top)).toEqual(top);
    }
  });

  it('shows the first groups and keeps the rest behind a disclosure that does not print', async () => {
    renderList({});
    const groups = groupChanges(whatIf({}));
    expect(groups.length).toBeGreaterThan(WHAT_IF_SHOWN);
    const more = screen.getByText(`Show ${groups.length - WHAT_IF_SHOWN} more changes`);
    const details = more.closest('details')!;
    expect(details).toHaveClass('no-print');
    expect(details).not.toHaveAttribute('open');
    await userEvent.setup().click(more);
    expect(details).toHaveAttribute('open');
  });

  it('says so when no single change moves first place', () => {
    // Saying a prebuilt model does or does not suit always moves first place, so real answers never
    // reach this state: stub the decision.
    vi.mocked(whatIf).mockReturnValue([]);
    try {
      renderList(FULL_ANSWERS);
      expect(screen.queryAllByRole('link')).toEqual([]);
      expect(screen.getByText(/No change to a single answer/)).toBeInTheDocument();
    } finally {
      vi.mocked(whatIf).mockReset();
    }
  });
});
