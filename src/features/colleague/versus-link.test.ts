import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../decision';
import { formatShare } from '../../decision';
import { canonicalAnswers } from '../../decision/share-link';
import { answersArbitrary } from '../../decision/testing/arbitraries';
import { colleaguePath } from '../shared/paths';
import { MAX_PASTED_LENGTH, readPastedLink, readVersusLink, shareQueryOf, versusPath } from './versus-link';

const queryOf = (path: string) => path.slice(path.indexOf('?'));

describe('the comparison link', () => {
  it('carries both sets of answers, each read back exactly and with nothing ignored', () => {
    fc.assert(
      fc.property(answersArbitrary, answersArbitrary, (mine, theirs) => {
        const link = readVersusLink(queryOf(versusPath(mine, theirs)));
        expect(link.mine.answers).toEqual(canonicalAnswers(mine));
        expect(link.theirs?.answers).toEqual(canonicalAnswers(theirs));
        expect([...link.problems, ...link.mine.problems, ...(link.theirs?.problems ?? [])]).toEqual([]);
      }),
    );
  });

  it('is a share link with one more parameter: mine first, in canonical form, then theirs percent-encoded', () => {
    const mine: Answers = { task: 'vision', prebuilt: 'yes', existing: ['synapse', 'databricks'] };
    expect(colleaguePath(mine)).toBe('/versus?v=1&task=vision&prebuilt=yes&existing=databricks,synapse');
    expect(versusPath(mine, { task: 'tabular', prebuilt: 'no' })).toBe(
      '/versus?v=1&task=vision&prebuilt=yes&existing=databricks,synapse&with=v%3D1%26task%3Dtabular%26prebuilt%3Dno',
    );
  });

  it('opened from a result, has no colleague yet', () => {
    const link = readVersusLink('?v=1&task=speech');
    expect(link.mine.answers).toEqual({ task: 'speech' });
    expect(link.theirs).toBeUndefined();
  });

  it('names what it ignores: a repeated "with", bad encoding, unknown parts on either side, and its length', () => {
    const repeated = readVersusLink('?v=1&task=speech&WITH=task%3Dvision&with=task%3Dlanguage&colour=red');
    expect(repeated.theirs?.answers).toEqual({ task: 'vision' });
    expect(repeated.problems).toEqual(['Ignored a second “with” in the comparison link; the first colleague’s link in it was read.']);
    expect(repeated.mine.problems).toEqual(['Ignored the unknown setting “colour”.']);

    const broken = readVersusLink('?v=1&task=speech&with=%E0%A4%A');
    expect(broken.theirs?.answers).toEqual({});
    expect(broken.theirs?.problems).toEqual(['Ignored the colleague’s link “%E0%A4%A”: it is not valid link encoding.']);

    const long = readVersusLink(`?v=1&task=speech&${'x=1&'.repeat(5000)}with=task%3Dvision`);
    expect(long.problems[0]).toMatch(/^The comparison link is longer than 8,192 characters, so only its first 8,\d{3} were read\.$/);
    expect(long.theirs).toBeUndefined();
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const link = readVersusLink(text);
        for (const problem of [...link.problems, ...link.mine.problems, ...(link.theirs?.problems ?? [])]) expect(typeof problem).toBe('string');
      }),
    );
  });
});

describe('a pasted link', () => {
  const answers: Answers = { task: 'language', prebuilt: 'no', existing: ['fabric'] };
  const query = formatShare(answers);

  it.each([
    ['a whole address', `https://advisor.example/tools/ml/#/result?${query}`],
    ['with spaces around it', `   https://advisor.example/#/result?${query}\n`],
    ['the fragment', `#/result?${query}`],
    ['a router path', `/result?${query}`],
    ['the query with "?"', `?${query}`],
    ['the query alone', query],
    ['a comparison of services', `https://advisor.example/#/compare?${query}`],
    ['an address with a second fragment', `https://advisor.example/#/result?${query}#section`],
  ])('is read from %s', (_label, text) => {
    const read = readPastedLink(text);
    expect(read.answers).toEqual(answers);
    expect(read.problems).toEqual([]);
  });

  it('drops what a result link says about showing it (open=…), without naming it', () => {
    const read = readPastedLink(`https://advisor.example/#/result?${query}&open=databricks`);
    expect(read.answers).toEqual(answers);
    expect(read.problems).toEqual([]);
    expect(readVersusLink(`?${query}&OPEN=fabric`).mine.problems).toEqual([]);
  });

  it('that holds no query reads as no answers', () => {
    expect(shareQueryOf('https://advisor.example/#/result')).toBe('');
    expect(shareQueryOf('just some words')).toBe('');
    expect(readPastedLink('').answers).toEqual({});
  });

  it('is cut when very long, and says so', () => {
    const read = readPastedLink(`${query}&${'a'.repeat(MAX_PASTED_LENGTH * 10)}`);
    expect(read.answers).toEqual(answers);
    expect(read.problems[0]).toBe('The pasted text is longer than 8,192 characters, so only its first 8,192 were read.');
    expect(read.problems.length).toBeLessThan(5);
  });

  it('never throws, whatever was pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(() => readPastedLink(text)).not.toThrow();
      }),
    );
  });
});
