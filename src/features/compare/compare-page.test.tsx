import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../decision';
import { COMPUTE_TARGETS, METHODS, METHOD_RULES, QUESTION_BY_ID, SERVICES, SERVICE_IDS, SERVICE_RULES } from '../../decision';
import { FULL_ANSWERS } from '../result/recommendation/test-fixtures';
import { ComparePage } from './compare-page';

const serviceTable = () => screen.getByRole('table', { name: /Which guideline favours which service/ });
const methodTable = () => screen.getByRole('table', { name: /favours which training method/ });
const rowFor = (table: HTMLElement, rule: string) => table.querySelector<HTMLElement>(`tr[data-rule="${rule}"]`)!;
const yoursIn = (table: HTMLElement) =>
  [...table.querySelectorAll<HTMLElement>('tr.is-yours')].map((row) => row.dataset.rule ?? row.dataset.framework ?? row.dataset.compute);

describe('ComparePage', () => {
  it('works for someone who answered nothing', () => {
    render(<ComparePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Compare services and training methods' })).toBeInTheDocument();
    expect(screen.queryByText('Applies to you')).toBeNull();
    expect(screen.queryByText('Yours')).toBeNull();
  });

  it('sets the four services against every guideline and factor in a real table', () => {
    render(<ComparePage />);
    const table = serviceTable();
    const columns = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(columns).toEqual(['Guideline or factor', ...SERVICE_IDS.map((id) => SERVICES[id].name)]);
    for (const header of within(table).getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col');

    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(SERVICE_RULES.length);
    SERVICE_RULES.forEach((rule, index) => {
      expect(rowHeaders[index]).toHaveAttribute('scope', 'row');
      expect(rowHeaders[index]).toHaveTextContent(rule.title);
      expect(rowHeaders[index]).toHaveTextContent(rule.statement);
      const cells = within(rowFor(table, rule.id)).getAllByRole('cell');
      expect(cells.map((cell) => cell.textContent)).toEqual(
        SERVICE_IDS.map((id) => (rule.favours.includes(id) ? 'Favours' : '—Does not favour')),
      );
    });
    expect(within(rowFor(table, 'already-owned')).getByRole('rowheader')).toHaveTextContent('Tie-breaker');
  });

  it('lets the table scroll inside its own labelled, focusable region', () => {
    render(<ComparePage />);
    const region = serviceTable().closest('[role="region"]')!;
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleName(/Which guideline favours which service/);
  });

  it('marks the rows the person’s answers set off', () => {
    render(<ComparePage answers={FULL_ANSWERS} />);
    const table = serviceTable();
    expect(yoursIn(table)).toEqual([
      'prebuilt-suits',
      'one-data-platform',
      'distributed-compute',
      'full-control',
      'python-first',
      'visual-lifecycle',
      'already-owned',
    ]);
    expect(within(rowFor(table, 'python-first')).getByRole('rowheader')).toHaveTextContent('Applies to you');
    expect(rowFor(table, 'time-to-invest')).not.toHaveTextContent('Applies to you');
    // Needing a model of your own counts against AI Services: the cell says so in words.
    const aiCell = within(rowFor(table, 'prebuilt-suits')).getAllByRole('cell')[3]!;
    expect(aiCell).toHaveTextContent('Counts against');
    const owned = within(rowFor(table, 'already-owned')).getAllByRole('cell');
    expect(owned.map((cell) => cell.textContent)).toEqual(['Favours', 'Favoursfor you', 'Favours', 'Favours']);
  });

  it('does not mark a rule whose trigger another answer cancels', () => {
    const answers: Answers = { task: 'tabular', data: 'large', pyspark: 'no' };
    render(<ComparePage answers={answers} />);
    expect(yoursIn(serviceTable())).not.toContain('distributed-compute');
  });

  it('sets the three methods against pipeline features, setup, frameworks and compute', () => {
    render(<ComparePage answers={FULL_ANSWERS} />);
    const table = methodTable();
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.slice(1).map((header) => header.textContent)).toEqual(
      (['run-configuration', 'estimator', 'pipeline'] as const).map((id) => `${METHODS[id].name}Today: ${METHODS[id].today.equivalent}`),
    );
    expect(within(table).getAllByRole('rowheader').filter((header) => header.getAttribute('scope') === 'row')).toHaveLength(METHOD_RULES.length);
    expect(within(table).getByRole('rowheader', { name: 'Workflow and pipeline features' })).toHaveAttribute('scope', 'rowgroup');
    expect(yoursIn(table)).toEqual(['multi-step-workflow', 'unattended-runs', 'tracking-and-versioning', 'popular-framework', 'low-level-control']);

    const frameworks = screen.getByRole('table', { name: /Frameworks/ });
    expect(within(frameworks).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'scikit-learn',
      'TensorFlow',
      'Keras',
      'PyTorchYours',
      'Chainer',
      'Another framework',
    ]);
    expect(within(frameworks).getByText('The generic estimator, which works with any framework.')).toBeInTheDocument();
    expect(within(frameworks).getByText(/Chainer has been in maintenance-only mode/)).toBeInTheDocument();

    const compute = screen.getByRole('table', { name: /Compute targets/ });
    const targets = within(compute).getAllByRole('rowheader');
    expect(targets.map((header) => header.querySelector('.cmp-rule-title')!.textContent)).toEqual(
      Object.values(COMPUTE_TARGETS).map((target) => target.name),
    );
    expect(yoursIn(compute)).toEqual(['aml-compute']);
    expect(within(compute).getByText(/HDInsight is a training target for SDK v1 pipelines only/)).toBeInTheDocument();
    expect(QUESTION_BY_ID.compute.options).toHaveLength(4);
  });

  it('opens external documentation in a new tab and says so', () => {
    render(<ComparePage />);
    const links = screen.getAllByRole('link', { name: /opens in a new tab/ });
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });
});
