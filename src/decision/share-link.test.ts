import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, QUESTION_IDS, allowedValues, isMultiQuestion } from './answers';
import { MAX_QUERY_LENGTH, canonicalAnswers, formatShare, parseShare } from './share-link';
import { answersArbitrary } from './testing/arbitraries';

describe('parseShare reads the contract', () => {
  it.each<{ label: string; query: string; answers: Answers; problems: number }>([
    { label: 'the example from the contract', query: 'v=1&task=vision&prebuilt=yes&existing=synapse,databricks', answers: { task: 'vision', prebuilt: 'yes', existing: ['databricks', 'synapse'] }, problems: 0 },
    { label: 'a leading "?"', query: '?v=1&ui=yes', answers: { ui: 'yes' }, problems: 0 },
    { label: 'no version: read as version 1', query: 'ui=no', answers: { ui: 'no' }, problems: 0 },
    { label: 'an empty query', query: '', answers: {}, problems: 0 },
    { label: '"unsure" for a single choice', query: 'task=unsure', answers: { task: 'unsure' }, problems: 0 },
    { label: '"unsure" for a multi choice', query: 'needs=unsure', answers: { needs: ['unsure'] }, problems: 0 },
    { label: '"none" alone', query: 'existing=none', answers: { existing: ['none'] }, problems: 0 },
    { label: 'Fabric, added within version 1', query: 'v=1&existing=fabric,synapse', answers: { existing: ['synapse', 'fabric'] }, problems: 0 },
    { label: 'a link from before Fabric opens with its answers unchanged', query: 'v=1&existing=ai-services,synapse,databricks,azure-ml&framework=keras', answers: { existing: ['azure-ml', 'databricks', 'synapse', 'ai-services'], framework: 'keras' }, problems: 0 },
    { label: 'Automated ML is a method, not an answer: a link cannot set it', query: 'framework=automl', answers: {}, problems: 1 },
    { label: 'multi values in any order come out in contract order', query: 'needs=batch-scoring,unattended', answers: { needs: ['unattended', 'batch-scoring'] }, problems: 0 },
    { label: 'repeats inside a multi value are dropped quietly', query: 'existing=synapse,synapse', answers: { existing: ['synapse'] }, problems: 0 },
    { label: 'percent-encoded commas', query: 'existing=synapse%2Cazure-ml', answers: { existing: ['azure-ml', 'synapse'] }, problems: 0 },
    { label: 'upper case is read leniently', query: 'TASK=Vision', answers: { task: 'vision' }, problems: 0 },
    { label: 'an unknown parameter is named and skipped', query: 'task=vision&colour=blue', answers: { task: 'vision' }, problems: 1 },
    { label: 'an unknown value is named and skipped', query: 'task=banana&ui=yes', answers: { ui: 'yes' }, problems: 1 },
    { label: 'a value from another question is refused', query: 'task=python', answers: {}, problems: 1 },
    { label: 'a repeated parameter keeps the first', query: 'ui=yes&ui=no', answers: { ui: 'yes' }, problems: 1 },
    { label: 'a repeated parameter keeps the first valid value', query: 'ui=banana&ui=no', answers: { ui: 'no' }, problems: 1 },
    { label: 'a repeated parameter after an empty one keeps the valid one', query: 'ui=&ui=no', answers: { ui: 'no' }, problems: 1 },
    { label: 'every repeat after the kept value is named', query: 'ui=yes&ui=no&ui=unsure', answers: { ui: 'yes' }, problems: 2 },
    { label: 'a repeated multi parameter keeps the first valid selection', query: 'existing=sagemaker&existing=synapse&existing=databricks', answers: { existing: ['synapse'] }, problems: 2 },
    { label: 'a repeated version keeps the first valid one', query: 'v=abc&v=2&v=1&ui=yes', answers: { ui: 'yes' }, problems: 3 },
    { label: 'a value without a name is named', query: '=yes&ui=yes', answers: { ui: 'yes' }, problems: 1 },
    { label: 'an empty value', query: 'ui=', answers: {}, problems: 1 },
    { label: 'one bad value in a multi keeps the rest', query: 'existing=synapse,sagemaker', answers: { existing: ['synapse'] }, problems: 1 },
    { label: '"none" mixed with services keeps the services', query: 'existing=none,synapse', answers: { existing: ['synapse'] }, problems: 1 },
    { label: '"none" with "unsure" keeps neither', query: 'needs=none,unsure', answers: {}, problems: 1 },
    { label: 'a larger version is read with a notice', query: 'v=2&ui=yes', answers: { ui: 'yes' }, problems: 1 },
    { label: 'a nonsense version is named', query: 'v=abc&ui=yes', answers: { ui: 'yes' }, problems: 1 },
    { label: 'broken percent-encoding is named', query: 'ui=yes&task=%E0%A4%A', answers: { ui: 'yes' }, problems: 1 },
    { label: 'markup is just an unknown value', query: 'task=<script>alert(1)</script>', answers: {}, problems: 1 },
  ])('$label', ({ query, answers, problems }) => {
    const parsed = parseShare(query);
    expect(parsed.answers).toEqual(answers);
    expect(parsed.problems).toHaveLength(problems);
  });

  it('remembers a newer version', () => {
    expect(parseShare('v=7').version).toBe(7);
    expect(parseShare('').version).toBe(1);
  });

  it('reads only the whole parameters before the cut of an over-long query, and names every parameter after it', () => {
    const query = `ui=yes&${'x=1&'.repeat(5000)}task=vision&control=full&data=large`;
    const parsed = parseShare(query);
    expect(parsed.answers).toEqual({ ui: 'yes' });
    const read = query.lastIndexOf('&', MAX_QUERY_LENGTH);
    expect(parsed.problems[0]).toBe(
      `Ignored “x”, “task”, “control”, “data”: the link is longer than ${MAX_QUERY_LENGTH} characters, so only the parameters in its first ${read} characters were read.`,
    );
  });

  it('reads nothing from a link whose first parameter alone is over-long, and says so', () => {
    const parsed = parseShare(`existing=azure-ml,${'x'.repeat(MAX_QUERY_LENGTH)}&ui=yes`);
    expect(parsed.answers).toEqual({});
    expect(parsed.problems).toEqual([
      `Ignored “existing”, “ui”: the link is longer than ${MAX_QUERY_LENGTH} characters and its first parameter alone is longer than that, so none of it was read.`,
    ]);
  });

  it('past the cut, always names the contract parameters and lists unknown names up to a bound', () => {
    const junk = Array.from({ length: 80 }, (_, index) => `junk${index}=1`).join('&');
    const parsed = parseShare(`ui=yes&${'a'.repeat(MAX_QUERY_LENGTH)}&${junk}&compute=own-vm&v=1`);
    const [message] = parsed.problems;
    expect(message).toMatch(/^Ignored “a{40}…”, “junk0”, /);
    expect(message).toContain('“junk48”, “compute”, “v”, 31 more unknown parameters: the link is longer');
    expect(parsed.problems).toHaveLength(1);
  });

  it('says when nothing but separators lay past the cut', () => {
    expect(parseShare(`ui=yes${'&'.repeat(MAX_QUERY_LENGTH)}`).problems).toEqual([
      `The link is longer than ${MAX_QUERY_LENGTH} characters, but past its first ${MAX_QUERY_LENGTH} there were only empty separators, so nothing was lost.`,
    ]);
  });

  it('names every ignored thing, however many', () => {
    const parsed = parseShare(Array.from({ length: 40 }, (_, index) => `junk${index}=1`).join('&'));
    expect(parsed.problems).toHaveLength(40);
    parsed.problems.forEach((problem, index) => expect(problem).toBe(`Ignored the unknown setting “junk${index}”.`));
  });

  it('names a problem met many times once, with how often', () => {
    expect(parseShare('colour=1&colour=2&colour=3&ui=yes&ui=no&ui=no').problems).toEqual([
      'Ignored the unknown setting “colour” (3 times).',
      'Ignored “no” for “ui”: “ui” is repeated in the link, and its first valid answer, “yes”, was kept (2 times).',
    ]);
  });

  it('says which value of a repeated parameter was kept and which was not', () => {
    expect(parseShare('existing=synapse,azure-ml&existing=databricks').problems).toEqual([
      'Ignored “databricks” for “existing”: “existing” is repeated in the link, and its first valid answer, “azure-ml,synapse”, was kept.',
    ]);
  });

  it('quotes hostile input shortened, never whole', () => {
    const parsed = parseShare(`task=${'a'.repeat(500)}`);
    expect(parsed.problems[0]!.length).toBeLessThan(120);
  });
});

describe('formatShare writes the canonical link', () => {
  it('starts with v=1 and follows contract order', () => {
    expect(formatShare({ compute: 'own-vm', task: 'vision', existing: ['synapse', 'azure-ml'] })).toBe(
      'v=1&task=vision&existing=azure-ml,synapse&compute=own-vm',
    );
  });

  it('writes even the longest set of answers in under 400 characters, far inside MAX_QUERY_LENGTH', () => {
    const longest = Object.fromEntries(
      QUESTION_IDS.map((id) => {
        const values = ANSWER_SPACE[id].values.filter((value) => value !== 'none');
        return [id, isMultiQuestion(id) ? values : [...values].sort((a, b) => b.length - a.length)[0]];
      }),
    ) as Answers;
    const query = formatShare(longest);
    expect(parseShare(query).answers).toEqual(longest);
    expect(query.length).toBeLessThan(400);
    expect(MAX_QUERY_LENGTH).toBeGreaterThan(4 * query.length);
  });

  it('writes Fabric after the four services of the Learn unit, in contract order', () => {
    expect(formatShare({ existing: ['fabric', 'azure-ml'] })).toBe('v=1&existing=azure-ml,fabric');
  });

  it('writes only v=1 for no answers', () => {
    expect(formatShare({})).toBe('v=1');
  });

  it('leaves out values that are not allowed', () => {
    expect(formatShare({ task: 'banana' } as unknown as Answers)).toBe('v=1');
  });
});

describe('properties', () => {
  it('round-trips every valid set of answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const parsed = parseShare(formatShare(answers));
        expect(parsed.answers).toEqual(answers);
        expect(parsed.problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes parameters in contract order with lowercase values', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const query = formatShare(answers);
        const keys = query.split('&').map((pair) => pair.split('=')[0]);
        expect(keys[0]).toBe('v');
        const order = keys.slice(1).map((key) => QUESTION_IDS.indexOf(key as QuestionId));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(query).toBe(query.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  const pieces = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...QUESTION_IDS, 'v', '%', '%E0%A4%A', '&', '=', ',', '+', '<script>', '"><img src=x onerror=alert(1)>', 'none', 'unsure', '__proto__', 'constructor', 'toString'),
    ...QUESTION_IDS.map((id) => fc.constantFrom(...allowedValues(id))),
  );
  const hostileQuery = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(fc.tuple(pieces, pieces), { maxLength: 20 }).map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
    fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it('never throws and returns only allowed values, over 10,000 hostile queries', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { answers, problems } = parseShare(query);
        expect(Array.isArray(problems)).toBe(true);
        for (const [key, value] of Object.entries(answers)) {
          expect(Object.keys(ANSWER_SPACE)).toContain(key);
          const id = key as QuestionId;
          if (isMultiQuestion(id)) {
            expect(Array.isArray(value)).toBe(true);
            expect((value as string[]).length).toBeGreaterThan(0);
            for (const item of value as string[]) expect(allowedValues(id)).toContain(item);
          } else {
            expect(allowedValues(id)).toContain(value);
          }
        }
        // Whatever was read survives a second trip unchanged.
        expect(parseShare(formatShare(answers)).answers).toEqual(answers);
      }),
      { numRuns: 10_000 },
    );
  });

  const token = fc.oneof(fc.stringMatching(/^[a-z-]{1,8}$/), fc.constantFrom('yes', 'no', 'vision', 'full', 'python', 'unsure'));
  const key = fc.oneof(fc.constantFrom(...QUESTION_IDS.filter((id) => !isMultiQuestion(id))), fc.stringMatching(/^[a-z]{1,8}$/));

  it('names every parameter and value it did not use', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, token), { maxLength: 12 }), (pairs) => {
        const { answers, problems } = parseShare(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
        const said = problems.join('\n');
        const used = new Set<string>();
        for (const [k, v] of pairs) {
          if (k === 'v') continue;
          const answer = (answers as Record<string, unknown>)[k];
          if (answer === v && !used.has(k)) {
            used.add(k);
            continue;
          }
          expect(said).toContain(QUESTION_IDS.includes(k as QuestionId) ? `“${v}” for “${k}”` : `“${k}”`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on inputs that are not even strings', () => {
    for (const input of [undefined, null, 42, {}, []]) {
      expect(() => parseShare(input as unknown as string)).not.toThrow();
    }
  });
});

describe('canonicalAnswers', () => {
  it.each([undefined, null, 'task=vision', 7, [], { task: 7 }, { existing: 'synapse,none' }])('never lets %j through as-is', (value) => {
    const result = canonicalAnswers(value);
    for (const [, answer] of Object.entries(result)) {
      expect(typeof answer === 'string' || Array.isArray(answer)).toBe(true);
    }
    expect(result).not.toHaveProperty('task');
  });
});
describe('canonicalAnswers', () => {
  it('puts answers in canonical form and is what a link round trip gives', () => {
    const messy = { existing: ['synapse', 'azure-ml', 'synapse'], task: 'vision', bogus: 'x' } as unknown;
    expect(canonicalAnswers(messy)).toEqual({ task: 'vision', existing: ['azure-ml', 'synapse'] });
    expect(canonicalAnswers(canonicalAnswers(messy))).toEqual(canonicalAnswers(messy));
  });
});
