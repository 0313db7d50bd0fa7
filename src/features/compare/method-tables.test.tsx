import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { METHODS, METHOD_IDS } from '../../decision';
import { ComparePage } from './compare-page';

const METHOD_NAMES = METHOD_IDS.map((id) => METHODS[id].name);

const frameworkTable = () => screen.getByRole('table', { name: /^Frameworks: which training method supports which/ });
const computeTable = () => screen.getByRole('table', { name: /^Compute targets: which training method can run where/ });
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
/** The three method cells of a row, as words. */
const marks = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(0, 3)
    .map((cell) => cell.querySelector('.cmp-support')!.textContent);

describe('the training methods against frameworks', () => {
  it('has a column per method, then today’s way', () => {
    render(<ComparePage />);
    const headers = within(frameworkTable()).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Framework', ...METHOD_NAMES, 'Today']);
  });

  it('says in words which method supports which framework', () => {
    render(<ComparePage />);
    const table = frameworkTable();
    for (const name of ['scikit-learn', 'TensorFlow', 'Keras', 'PyTorch', 'Chainer']) {
      expect(marks(rowOf(table, name))).toEqual(['Any framework', 'Own estimator', 'Through its steps']);
    }
    expect(marks(rowOf(table, 'Another framework'))).toEqual(['Any framework', 'Generic estimator', 'Through its steps']);
    // The 2019 estimator's detail sits in the estimator's column; today's way in the last.
    const pytorch = within(rowOf(table, 'PyTorch')).getAllByRole('cell');
    expect(pytorch[1]).toHaveTextContent('The PyTorch estimator, including distributed training.');
    expect(pytorch[3]).toHaveTextContent(/command job with a curated PyTorch environment/);
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
      ...METHOD_NAMES,
      'Today',
    ]);
    expect(screen.queryByText(/where any of the three methods can run/)).not.toBeInTheDocument();
  });

  it.each([
    ['Local machine', ['Runs here', 'Runs here', 'Not supported']],
    ['Azure Machine Learning Compute', ['Runs here', 'Runs here', 'Runs here']],
    ['Remote virtual machine', ['Runs here', 'Runs here', 'Runs here']],
    ['Azure HDInsight', ['Not supported', 'Not supported', 'Pipelines only']],
  ])('%s: %j', (target, expected) => {
    render(<ComparePage />);
    expect(marks(rowOf(computeTable(), target))).toEqual(expected);
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
    expect(within(other).getAllByRole('term').map((term) => term.textContent)).toEqual(METHOD_NAMES);
    expect(within(other).getAllByRole('definition').map((mark) => mark.textContent)).toEqual([
      'Any framework',
      'Generic estimator',
      'Through its steps',
    ]);

    const compute = screen.getByRole('list', { name: /^Compute targets: which training method can run where/ });
    const hdinsight = within(compute).getAllByRole('listitem')[3]!;
    expect(hdinsight).toHaveTextContent('Azure HDInsight');
    expect(within(hdinsight).getAllByRole('definition').map((mark) => mark.textContent)).toEqual([
      'Not supported',
      'Not supported',
      'Pipelines only',
    ]);
    expect(hdinsight).toHaveTextContent(/Legacy/);
  });
});
