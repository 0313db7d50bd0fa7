import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_RULES } from './service-rules';
import { productTexts } from './testing/product-text';

/** Every piece of text the product shows about the guidance. */
const TEXTS = productTexts();
/** The same as one lowercase text, to look phrases up in. */
const productText = TEXTS.join('\n').toLowerCase();

describe('everything the source documents name appears in the product', () => {
  it.each([
    // The five factors
    ['factor: type of model', 'what does your model need to do'],
    ['factor: full control', 'control over training'],
    ['factor: time to invest', 'how much time do you want to spend on training'],
    ['factor: services already in the organization', 'already use'],
    ['factor: programming language', 'which language is your team most comfortable with'],
    // The four services
    ['service', 'azure machine learning'],
    ['service', 'azure databricks'],
    ['service', 'azure synapse analytics'],
    ['service', 'azure ai services'],
    // The caveat
    ['caveat', 'guidelines, not rules'],
    // The three methods
    ['method', 'run configuration'],
    ['method', 'estimator'],
    ['method', 'machine learning pipeline'],
    // Frameworks and the generic estimator
    ['framework', 'scikit-learn'],
    ['framework', 'tensorflow'],
    ['framework', 'keras'],
    ['framework', 'pytorch'],
    ['framework', 'chainer'],
    ['framework', 'generic estimator'],
    // Pipeline features and uses
    ['pipeline feature', 'unattended'],
    ['pipeline feature', 'different compute'],
    ['pipeline feature', 'rest endpoint'],
    ['pipeline feature', 'versioned'],
    ['pipeline feature', 'several people'],
    ['pipeline use', 'prepare data'],
    ['pipeline use', 'deploy models'],
    ['pipeline use', 'batch scoring'],
    ['pipeline steps', 'run configuration or an estimator'],
    // Compute targets
    ['compute target', 'local machine'],
    ['compute target', 'azure machine learning compute'],
    ['compute target', 'azure hdinsight'],
    ['compute target', 'remote virtual machine'],
    // Other facts from the sources
    ['PySpark for distributed compute', 'pyspark'],
    ['Synapse trains with MLlib', 'mllib'],
    ['Synapse’s Automated ML, named and flagged as retired', 'automated ml integration the learn unit mentions'],
    ['run configuration: local first, cloud later', 'without touching the script'],
  ])('%s: “%s”', (_what, phrase) => {
    expect(productText).toContain(phrase);
  });

  it('has a rule for each of the six guidelines', () => {
    expect(SERVICE_RULES.filter((rule) => rule.kind === 'guideline').map((rule) => rule.id)).toEqual([
      'prebuilt-suits', 'one-data-platform', 'distributed-compute', 'full-control', 'python-first', 'visual-lifecycle',
    ]);
  });
});

/** Shorter runs are everyday phrases ("a machine learning model", "with your own data"). */
const COPY_RUN = 6;

describe('the guidance is restated, not copied', () => {
  const seeds = ['000_0e6be943dee7e70f.txt', '004_606d07bb71a26333.txt'].map((name) => {
    try {
      return readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
    } catch {
      return '';
    }
  });
  if (seeds.some((seed) => seed === '')) {
    // The sources live beside the repository (shared/seeds), as they do in CI; without them the copy check cannot run.
    console.warn('Skipping the copy check: the source documents were not found in ../shared/seeds/ beside this repository.');
  }
  const words = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean);

  it('checks a good deal of text', () => {
    expect(TEXTS.length).toBeGreaterThan(200);
  });

  it.skipIf(seeds.some((seed) => seed === ''))(`shares no run of ${COPY_RUN} or more words with the sources`, () => {
    const runs = new Set<string>();
    for (const seed of seeds) {
      const seedWords = words(seed);
      for (let index = 0; index + COPY_RUN <= seedWords.length; index += 1) runs.add(seedWords.slice(index, index + COPY_RUN).join(' '));
    }
    const copied: string[] = [];
    // Text by text, so a run never spans two separate pieces of text.
    for (const text of TEXTS) {
      const ours = words(text);
      for (let index = 0; index + COPY_RUN <= ours.length; index += 1) {
        const run = ours.slice(index, index + COPY_RUN).join(' ');
        if (runs.has(run)) copied.push(`“${run}” in: ${text}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
