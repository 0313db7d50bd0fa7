import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers, MethodId } from '../../decision';
import {
  COMPUTE_TARGETS,
  METHODS,
  METHOD_IDS,
  METHOD_RULES,
  QUESTION_BY_ID,
  SERVICES,
  SERVICE_IDS,
  SERVICE_RULES,
  favouredBy,
  frameworkAdvice,
  rankComputeTargets,
} from '../../decision';
import { FULL_ANSWERS } from '../shared/testing/result-fixtures';
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

  it('sets the five services against every guideline and factor in a real table', () => {
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
      const favours = favouredBy(rule);
      const against = new Set(rule.cases.filter((ruleCase) => ruleCase.points < 0).flatMap((ruleCase) => ruleCase.options));
      const cells = within(rowFor(table, rule.id)).getAllByRole('cell');
      expect(cells.map((cell) => cell.textContent)).toEqual(
        SERVICE_IDS.map((id) =>
          favours.includes(id) ? (against.has(id) ? 'Favoursor counts against' : 'Favours') : against.has(id) ? 'Counts against' : '—Does not favour',
        ),
      );
    });
    expect(within(rowFor(table, 'already-owned')).getByRole('rowheader')).toHaveTextContent('Tie-breaker');
  });

  it('shows the rules that count against a service, and the answers that make them', () => {
    render(<ComparePage />);
    const table = serviceTable();
    const cells = (rule: string) => within(rowFor(table, rule)).getAllByRole('cell').map((cell) => cell.textContent);
    // A prebuilt model suits: for Foundry Tools when one would do, against it when you need your own.
    expect(cells('prebuilt-suits')).toEqual(['—Does not favour', '—Does not favour', '—Does not favour', 'Favoursor counts against', '—Does not favour']);
    const prebuilt = within(rowFor(table, 'prebuilt-suits')).getByRole('rowheader');
    expect(prebuilt).toHaveTextContent('Set off by Prebuilt model: “Yes, a prebuilt model would do”');
    expect(prebuilt).toHaveTextContent('Counts against when Prebuilt model: “No, we need a model of our own”');
    // A tie-breaker that only ever counts against Synapse.
    expect(cells('synapse-not-adopted')).toEqual(['—Does not favour', '—Does not favour', 'Counts against', '—Does not favour', '—Does not favour']);
    const notAdopted = within(rowFor(table, 'synapse-not-adopted')).getByRole('rowheader');
    expect(notAdopted).toHaveTextContent('Counts against when Services you already have: any answer but “Azure Synapse Analytics”');
    expect(notAdopted).not.toHaveTextContent('Set off by');
    // Conditions that must not hold are named too: large data counts only where PySpark is not ruled out.
    expect(within(rowFor(table, 'distributed-compute')).getByRole('rowheader')).toHaveTextContent(
      'Set off by Training data size: “Large — we hit capacity limits on standard compute”; Spark skills: not “No”',
    );
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
    // Every rule but the one about time to invest, which these answers leave alone, in the table's order.
    expect(yoursIn(table)).toEqual(SERVICE_RULES.map((rule) => rule.id).filter((id) => id !== 'time-to-invest'));
    expect(within(rowFor(table, 'python-first')).getByRole('rowheader')).toHaveTextContent('Applies to you');
    expect(rowFor(table, 'time-to-invest')).not.toHaveTextContent('Applies to you');
    // Needing a model of your own counts against Foundry Tools: the row says so, naming it, and never "Applies to you".
    const prebuilt = within(rowFor(table, 'prebuilt-suits')).getByRole('rowheader');
    expect(prebuilt).toHaveTextContent('Your answer goes against Foundry Tools');
    expect(prebuilt).not.toHaveTextContent('Applies to you');
    expect(within(rowFor(table, 'prebuilt-suits')).getAllByRole('cell')[3]).toHaveTextContent('Counts against on your answers');
    // Not on Synapse yet: the tie-breaker against it is set off, and says which service it goes against.
    const notAdopted = within(rowFor(table, 'synapse-not-adopted')).getByRole('rowheader');
    expect(notAdopted).toHaveTextContent('Your answer goes against Azure Synapse Analytics');
    expect(notAdopted).not.toHaveTextContent('Applies to you');
    const owned = within(rowFor(table, 'already-owned')).getAllByRole('cell');
    expect(owned.map((cell) => cell.textContent)).toEqual(['Favours', 'Favoursfor you', 'Favours', 'Favours', 'Favours']);

    // The phone cards say the same.
    const cards = screen.getByRole('list', { name: 'Which guideline favours which service' });
    const card = cards.querySelector<HTMLElement>('li[data-rule="prebuilt-suits"]')!;
    expect(card).toHaveTextContent('Your answer goes against Foundry Tools');
    expect(card).not.toHaveTextContent('Applies to you');
    expect(card).toHaveTextContent('Counts against, on your answers Foundry Tools');
  });

  it('does not mark a rule whose trigger another answer cancels', () => {
    const answers: Answers = { task: 'tabular', data: 'large', pyspark: 'no' };
    render(<ComparePage answers={answers} />);
    expect(yoursIn(serviceTable())).not.toContain('distributed-compute');
  });

  it('lists the five services by today’s name, with the Learn unit’s name where it differs and a first step', () => {
    render(<ComparePage />);
    const items = [...document.querySelectorAll<HTMLElement>('.cmp-services > [data-service]')];
    expect(items.map((item) => item.dataset.service)).toEqual([...SERVICE_IDS]);
    expect(screen.getByRole('heading', { level: 3, name: 'The five services' })).toBeInTheDocument();
    for (const item of items) {
      const service = SERVICES[item.dataset.service as keyof typeof SERVICES];
      expect(within(item).getByRole('heading', { level: 4 })).toHaveTextContent(service.name);
      expect(within(item).getByRole('link', { name: /^Get started: / })).toHaveAttribute('href', service.firstStep.url);
    }
    expect(items[3]).toHaveTextContent('In the Learn unit on choosing a service: Azure AI Services');
    expect(items[4]).toHaveTextContent(SERVICES.fabric.lineage.label);
    expect(items[0]).not.toHaveTextContent('In the Learn unit');
  });

  it('sets the four methods against pipeline features, setup, frameworks and compute', () => {
    render(<ComparePage answers={FULL_ANSWERS} />);
    const table = methodTable();
    const columns = within(table).getAllByRole('columnheader');
    // Today's name heads each column, the 2019 name beneath it.
    expect(columns.slice(1).map((header) => header.textContent)).toEqual(
      METHOD_IDS.map((id: MethodId) =>
        `${METHODS[id].name}2019: ${METHODS[id].lineage.name}`,
      ),
    );
    expect(columns[2]).toHaveTextContent('Command job with a curated environment2019: Estimator');
    expect(columns[4]).toHaveTextContent('Automated ML2019: Automated machine learning');
    expect(within(table).getAllByRole('rowheader').filter((header) => header.getAttribute('scope') === 'row')).toHaveLength(METHOD_RULES.length);
    expect(within(table).getByRole('rowheader', { name: 'Workflow and pipeline features' })).toHaveAttribute('scope', 'rowgroup');
    expect(within(table).getByRole('rowheader', { name: 'How your team works' })).toHaveAttribute('scope', 'rowgroup');
    expect(yoursIn(table)).toEqual([
      'multi-step-workflow',
      'unattended-runs',
      'tracking-and-versioning',
      'popular-framework',
      'low-level-control',
      'own-framework-code',
    ]);
    // Training your own PyTorch script counts against Automated ML: said as such, not as "Applies to you".
    const ownCode = within(rowFor(table, 'own-framework-code')).getByRole('rowheader');
    expect(ownCode).toHaveTextContent('Your answer goes against Automated ML');
    expect(ownCode).not.toHaveTextContent('Applies to you');
    expect(within(rowFor(table, 'own-framework-code')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '—Does not favour',
      '—Does not favour',
      '—Does not favour',
      'Counts against on your answers',
    ]);

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
    expect(within(frameworks).getByText(frameworkAdvice({ framework: 'chainer' })!.cautions[0]!.text)).toBeInTheDocument();

    const compute = screen.getByRole('table', { name: /Compute targets/ });
    const targets = within(compute).getAllByRole('rowheader');
    expect(targets.map((header) => header.querySelector('.cmp-rule-title')!.textContent)).toEqual(
      Object.values(COMPUTE_TARGETS).map((target) => target.name),
    );
    expect(yoursIn(compute)).toEqual(['aml-compute']);
    const hdinsight = within(compute).getAllByRole('rowheader')[3]!;
    expect(hdinsight).toHaveTextContent(/^Serverless Spark compute or an attached Synapse Spark pool/);
    expect(hdinsight).toHaveTextContent('In the 2019 guidance: Azure HDInsight');
    const legacy = rankComputeTargets({}).find((target) => target.id === 'hdinsight')!.cautions[0]!;
    expect(within(compute).getByText(legacy.text)).toBeInTheDocument();
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
