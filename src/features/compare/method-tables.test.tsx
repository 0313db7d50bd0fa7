import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComputeTargetId } from '../../decision';
import { COMPUTE_SUPPORT, COMPUTE_TARGETS, COMPUTE_TARGET_IDS, FRAMEWORK_SUPPORT, METHODS, METHOD_IDS, QUESTION_BY_ID, frameworkAdvice } from '../../decision';
import { ComparePage } from './compare-page';

/** Each method column: today's name, then its 2019 name. */
const METHOD_HEADERS = METHOD_IDS.map((id) => `${METHODS[id].name}2019: ${METHODS[id].lineage.name}`);

const frameworkTable = () => screen.getByRole('table', { name: /^Frameworks: which training method supports which/ });
const computeTable = () => screen.getByRole('table', { name: /^Compute targets: which training method can run where/ });
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
/** The four method cells of a row, as words. */
const marks = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(0, METHOD_IDS.length)
    .map((cell) => cell.querySelector('.cmp-support')!.textContent);
/** The same marks as levels, from their classes: "y" where the method runs, "n" where it does not, "s" through steps. */
const supportLevels = (element: HTMLElement) =>
  [...element.querySelectorAll('.cmp-support')]
    .slice(0, METHOD_IDS.length)
    .map((mark) => (mark.classList.contains('is-yes') ? 'y' : mark.classList.contains('is-no') ? 'n' : 's'))
    .join(' ');

describe('the training methods against frameworks', () => {
  it('links the pages behind each framework’s today and behind its marks', () => {
    render(<ComparePage />);
    for (const option of QUESTION_BY_ID.framework.options) {
      const advice = frameworkAdvice({ framework: option.value });
      if (advice === undefined) continue;
      const row = rowOf(frameworkTable(), advice.name);
      const links = within(row).getAllByRole('link').map((link) => link.getAttribute('href'));
      expect(links).toEqual(expect.arrayContaining([...advice.sources.slice(1).map((source) => source.url), FRAMEWORK_SUPPORT[option.value as keyof typeof FRAMEWORK_SUPPORT].source.url]));
    }
  });

  it('has a column per method, then today’s way', () => {
    render(<ComparePage />);
    const headers = within(frameworkTable()).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Framework', ...METHOD_HEADERS, 'Today']);
  });

  it('says in words which method supports which framework', () => {
    render(<ComparePage />);
    const table = frameworkTable();
    // Each framework row: the grid's own words in the method columns, in column order. Levels: y supported,
    // s through a pipeline's steps, n not (Automated ML trains its own algorithms, never your framework code).
    for (const option of QUESTION_BY_ID.framework.options) {
      const row = rowOf(table, option.label);
      expect(marks(row)).toEqual(METHOD_IDS.map((method) => FRAMEWORK_SUPPORT[option.value].methods[method].label));
      expect(supportLevels(row), option.label).toBe('y y s n');
    }
    // The 2019 estimator's detail sits in the estimator's column; today's way in the last.
    const pytorch = within(rowOf(table, 'PyTorch')).getAllByRole('cell');
    expect(pytorch[1]).toHaveTextContent('The PyTorch estimator.');
    expect(pytorch[4]).toHaveTextContent(/command job with a curated PyTorch environment/);
  });

  it('marks the person’s framework', () => {
    render(<ComparePage answers={{ prebuilt: 'no', control: 'full', language: 'python', framework: 'keras', workflow: 'single' }} />);
    expect(rowOf(frameworkTable(), 'Keras')).toHaveTextContent('Yours');
    expect(rowOf(frameworkTable(), 'PyTorch')).not.toHaveTextContent('Yours');
  });
});

describe('the training methods against compute targets', () => {
  it('has a column per method, and its caption does not claim every method runs everywhere', () => {
    render(<ComparePage />);
    const table = computeTable();
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Compute target',
      ...METHOD_HEADERS,
      'Today',
    ]);
    expect(screen.queryByText(/where any of the (three|four) methods can run/)).not.toBeInTheDocument();
  });

  // Rows are headed by today's name; the 2019 target is named beneath it. Levels: y runs there, n does not.
  it.each<[ComputeTargetId, string, string]>([
    // Headed "Your own machine, or a compute instance": pipelines and Automated ML run on the instance.
    ['local', 'Local machine', 'y y y y'],
    ['aml-compute', 'Azure Machine Learning Compute', 'y y y y'],
    ['remote-vm', 'Remote virtual machine', 'y y y n'],
    // Spark in Azure Machine Learning runs pipelines' Spark components, not command jobs.
    ['hdinsight', 'Azure HDInsight', 'n n y n'],
  ])('%s (%s in 2019): %s', (id, then, levels) => {
    render(<ComparePage />);
    const row = rowOf(computeTable(), COMPUTE_TARGETS[id].name);
    expect(marks(row)).toEqual(METHOD_IDS.map((method) => COMPUTE_SUPPORT[id].methods[method].label));
    expect(supportLevels(row)).toBe(levels);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(`In the 2019 guidance: ${then}`);
  });

  it('cites the page behind each row’s marks, and a mark that differs from it says why and cites its own', () => {
    render(<ComparePage />);
    const linksIn = (element: HTMLElement) => within(element).getAllByRole('link').map((link) => link.getAttribute('href'));
    for (const id of COMPUTE_TARGET_IDS) {
      const row = rowOf(computeTable(), COMPUTE_TARGETS[id].name);
      expect(linksIn(row)).toContain(COMPUTE_SUPPORT[id].source.url);
    }
    for (const id of ['local', 'remote-vm'] as const) {
      const automl = COMPUTE_SUPPORT[id].methods.automl;
      const cell = within(rowOf(computeTable(), COMPUTE_TARGETS[id].name)).getAllByRole('cell')[METHOD_IDS.indexOf('automl')]!;
      expect(cell).toHaveTextContent(automl.text);
      expect(linksIn(cell)).toEqual([automl.source!.url]);
    }
  });

  it('cites each caution beside it, not under the row’s page', () => {
    render(<ComparePage />);
    const vm = within(rowOf(computeTable(), COMPUTE_TARGETS['remote-vm'].name)).getAllByRole('cell').at(-1)!;
    const warnings = [...vm.querySelectorAll<HTMLElement>('.cmp-caution')];
    expect(warnings.length).toBeGreaterThan(1);
    for (const warning of warnings) expect(within(warning).getAllByRole('link')).toHaveLength(1);
    expect(within(vm).getByText(/must run Ubuntu/).closest('.cmp-caution')!.querySelector('a')!.getAttribute('href')).toBe(
      'https://learn.microsoft.com/azure/machine-learning/how-to-train-model?view=azureml-api-1',
    );
  });
});

describe('on a narrow screen', () => {
  // CSS shows the cards below a tablet's width and the table above it; both carry the same facts.
  it('the same facts restack into one card per framework and per compute target', () => {
    render(<ComparePage />);
    const frameworks = screen.getByRole('list', { name: /^Frameworks: which training method supports which/ });
    const cards = within(frameworks).getAllByRole('listitem');
    expect(cards).toHaveLength(6);
    const other = cards[5]!;
    expect(within(other).getAllByRole('term').map((term) => term.textContent)).toEqual(METHOD_HEADERS);
    const otherMarks = within(other).getAllByRole('definition');
    METHOD_IDS.forEach((method, index) => expect(otherMarks[index]).toHaveTextContent(FRAMEWORK_SUPPORT.other.methods[method].label));
    expect(supportLevels(other)).toBe('y y s n');

    const compute = screen.getByRole('list', { name: /^Compute targets: which training method can run where/ });
    const hdinsight = within(compute).getAllByRole('listitem')[3]!;
    expect(hdinsight).toHaveTextContent('Serverless Spark compute or an attached Synapse Spark pool');
    expect(hdinsight).toHaveTextContent('In the 2019 guidance: Azure HDInsight');
    const hdinsightMarks = within(hdinsight).getAllByRole('definition');
    METHOD_IDS.forEach((method, index) => expect(hdinsightMarks[index]).toHaveTextContent(COMPUTE_SUPPORT.hdinsight.methods[method].label));
    expect(supportLevels(hdinsight)).toBe('n n y n');
    expect(hdinsight).toHaveTextContent(/Legacy/);
  });
});
