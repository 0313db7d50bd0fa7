import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, parseShare } from '../../decision';
import { MAX_QUERY_LENGTH } from '../../decision/share-link';
import { readResultLink, resultPathOpening, takeOpenParameter } from './open-param';

const FULL = 'v=1&task=tabular&prebuilt=no&control=full';

describe('the "open" parameter of a result link', () => {
  it.each(SERVICE_IDS)('opens %s, and leaves the answers as the reader reads them without it', (id) => {
    const taken = takeOpenParameter(`?${FULL}&open=${id}`);
    expect(taken.open).toBe(id);
    expect(taken.problems).toEqual([]);
    expect(parseShare(taken.query)).toEqual(parseShare(FULL));
  });

  it('is read like every other parameter: any case, spaces trimmed, anywhere in the link', () => {
    expect(takeOpenParameter(`OPEN=%20Databricks%20&${FULL}`).open).toBe('databricks');
    expect(takeOpenParameter(`${FULL.replace('&', '&open=fabric&')}`).open).toBe('fabric');
  });

  it('is optional: a link without it opens nothing and loses nothing', () => {
    expect(takeOpenParameter(FULL)).toEqual({ query: FULL, open: undefined, problems: [] });
  });

  it('names what it cannot use, as the page names every other ignored part, and keeps the first service', () => {
    const taken = takeOpenParameter(`${FULL}&open=&open=mainframe&open=synapse&open=fabric&open=%E0%A4%A&open=mainframe`);
    expect(taken.open).toBe('synapse');
    expect(taken.problems).toEqual([
      'Ignored an empty “open”.',
      'Ignored “mainframe” for “open”: it is not one of the services (2 times).',
      'Ignored “fabric” for “open”: only one service opens with the page, and “synapse” came first.',
      'Ignored “open=%E0%A4%A”: it is not valid link encoding.',
    ]);
    expect(parseShare(taken.query)).toEqual(parseShare(FULL));
  });

  it('quotes a hostile value short and as it came', () => {
    const taken = takeOpenParameter(`open=${'%3Cscript%3E'.repeat(20)}`);
    expect(taken.open).toBeUndefined();
    expect(taken.problems).toHaveLength(1);
    expect(taken.problems[0]).toMatch(/^Ignored “%3Cscript%3E%3Cscript%3E%3Cscript%3E%3Cs…” for “open”/);
  });

  it('leaves every other parameter where it was, so an over-long link is cut at the same place', () => {
    const padding = Array.from({ length: 60 }, (_, index) => `x${index}=${'1'.repeat(30)}`).join('&');
    const query = `open=fabric&${FULL}&${padding}&open=databricks&task=vision`;
    expect(query.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    const taken = takeOpenParameter(query);
    expect(taken.open).toBe('fabric');
    expect(taken.query).toHaveLength(query.length);
    const read = parseShare(taken.query);
    // What lies past the cut is named by the reader, "open" included, as an older copy would name it.
    expect(read.answers).toEqual(parseShare(FULL).answers);
    expect(read.problems.find((problem) => problem.includes('longer than'))).toMatch(
      /^Ignored “x\d+”.*, “open”, “task”: the link is longer than 2048 characters/,
    );
    expect(taken.problems).toEqual([]);
  });

  it.each(SERVICE_IDS)('is written by resultPathOpening, which reads back as the same answers with %s open', (id) => {
    const answers = parseShare(FULL).answers;
    const path = resultPathOpening(answers, id);
    expect(readResultLink(path.slice(path.indexOf('?')))).toEqual({ answers, open: id, problems: [] });
  });
});
