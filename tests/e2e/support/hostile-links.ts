import fc from 'fast-check';
import { ANSWER_SPACE, QUESTION_IDS, UNSURE } from '../../../src/decision';

/**
 * Every injected fragment carries one of these markers. If any of them ever
 * shows up as an element, an attribute or a global, the app rendered or ran
 * text from a link.
 */
export const MARKER_ATTRIBUTE = 'data-pwned';
export const MARKER_ELEMENT = 'pwned-el';
export const MARKER_GLOBAL = '__pwned';

/** Script and HTML that must only ever appear as text. */
export const INJECTIONS: readonly string[] = [
  `<script>window.${MARKER_GLOBAL}=1</script>`,
  `<img src=x ${MARKER_ATTRIBUTE} onerror="window.${MARKER_GLOBAL}=1;alert(1)">`,
  `"><svg ${MARKER_ATTRIBUTE} onload=alert(1)>`,
  `'><${MARKER_ELEMENT}>boom</${MARKER_ELEMENT}>`,
  `<iframe ${MARKER_ATTRIBUTE} src="javascript:alert(1)"></iframe>`,
  `javascript:window.${MARKER_GLOBAL}=1//`,
  `</title><${MARKER_ELEMENT} ${MARKER_ATTRIBUTE}>`,
  `<a ${MARKER_ATTRIBUTE} href="https://evil.example/">click</a>`,
  `<style>*{display:none}</style>`,
  `<math><mi ${MARKER_ATTRIBUTE} xlink:href="javascript:alert(1)">x</mi></math>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${alert(1)}`,
  `__proto__`,
  `constructor`,
];

export interface HostileLink {
  /** What kind of damage this link does, for failure messages. */
  readonly kind: string;
  /** Everything after the app's URL, starting with "#". */
  readonly hash: string;
}

const SEED = 0x5eed_2026;

const keys = [...QUESTION_IDS, 'v'];
const valuesOf = (key: string): readonly string[] =>
  key === 'v' ? ['1'] : [...(ANSWER_SPACE[key as keyof typeof ANSWER_SPACE]?.values ?? []), UNSURE];

const knownKey = fc.constantFrom(...keys);
const validPair = fc
  .constantFrom(...QUESTION_IDS)
  .chain((key) => fc.constantFrom(...valuesOf(key)).map((value) => `${key}=${value}`));
const junkText = fc.string({ unit: 'binary', maxLength: 24 });
const injection = fc.constantFrom(...INJECTIONS);
/** An injection as a person would paste it, percent-encoded, or half-encoded. */
const encodedInjection = fc.tuple(injection, fc.nat(2)).map(([text, how]) =>
  how === 0 ? text : how === 1 ? encodeURIComponent(text) : text.replace(/</g, '%3C').replace(/"/g, '%22'),
);
const percentGarbage = fc.constantFrom(
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%0A%0D',
  '%25',
  '%2',
  '%u0041',
  '%EF%BB%BF',
  '%F4%90%80%80',
);

/** Broken addresses that are always tried, on top of the generated ones. */
export const FIXED_BROKEN_ROUTES: readonly string[] = [
  '#',
  '#/',
  '#//evil.example/',
  '#/\\evil.example',
  '#/result',
  '#/result?',
  '#/result?&&&&',
  '#/result?=',
  '#/result??v=1&task=vision',
  '#/result?v=1#task=vision',
  '#/result/../../etc/passwd',
  '#/RESULT?v=1&task=vision',
  '#/q/',
  '#/q/__proto__',
  '#/q/constructor',
  '#/q/task/extra/segments',
  '#/compare?x=<b>',
  '#javascript:alert(1)',
  '#/result?v=1&task=vision&%3Cscript%3E',
  '#/%E0%A4%A',
  // A decoded line break in the path: a route pattern's "." does not match it.
  '#/%0A',
  '#/%0D%0A',
  '#/a%0Ab',
  '#/result%0A?v=1&task=vision',
  '#/q/task%0A',
  '#/compare%0D',
];

const query = (pairs: fc.Arbitrary<string[]>) => pairs.map((parts) => parts.join('&'));
const result = (q: string) => `#/result?${q}`;

const CATEGORIES: readonly (readonly [string, number, fc.Arbitrary<string>])[] = [
  [
    'random parameters',
    30,
    query(fc.array(fc.oneof(validPair, fc.tuple(knownKey, junkText).map(([k, v]) => `${k}=${encodeURIComponent(v)}`)), { maxLength: 16 })).map(result),
  ],
  [
    'unknown keys and values',
    25,
    query(
      fc.array(
        fc.oneof(
          fc.tuple(fc.stringMatching(/^[a-z_-]{1,12}$/), fc.stringMatching(/^[a-z0-9,-]{0,20}$/)).map(([k, v]) => `${k}=${v}`),
          fc.tuple(knownKey, fc.stringMatching(/^[a-z0-9,-]{1,20}$/)).map(([k, v]) => `${k}=${v}`),
          fc.constantFrom('__proto__=yes', 'constructor=1', 'toString=x', 'hasOwnProperty=1', 'TASK=VISION', ' task = vision '),
        ),
        { minLength: 1, maxLength: 12 },
      ),
    ).map(result),
  ],
  [
    'repeated keys',
    25,
    fc
      .tuple(knownKey, fc.array(fc.oneof(junkText.map(encodeURIComponent), fc.constantFrom('vision', 'yes', 'none', 'unsure', 'azure-ml,none')), { minLength: 2, maxLength: 6 }), fc.array(validPair, { maxLength: 5 }))
      .map(([key, values, rest]) => result([...values.map((value) => `${key}=${value}`), ...rest, ...rest].join('&'))),
  ],
  [
    '10 kB query',
    20,
    fc
      .tuple(fc.array(validPair, { maxLength: 6 }), fc.oneof(validPair, injection.map(encodeURIComponent), fc.constant('existing=azure-ml,databricks,synapse')), fc.integer({ min: 10_000, max: 12_000 }))
      .map(([head, filler, length]) => {
        const parts = [...head];
        while (parts.join('&').length < length) parts.push(filler);
        return result(parts.join('&'));
      }),
  ],
  [
    'percent-encoding garbage',
    30,
    query(
      fc.array(
        fc.oneof(
          fc.tuple(knownKey, percentGarbage).map(([k, g]) => `${k}=${g}`),
          fc.tuple(percentGarbage, fc.constantFrom('vision', '', 'yes')).map(([g, v]) => `${g}=${v}`),
          percentGarbage,
          validPair,
        ),
        { minLength: 1, maxLength: 10 },
      ),
    ).map(result),
  ],
  [
    'script and HTML fragments',
    50,
    fc
      .tuple(
        fc.constantFrom('task', 'existing', 'needs', 'v', 'unknown', 'framework'),
        encodedInjection,
        fc.array(validPair, { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([key, payload, rest, asKey]) => result([...rest, asKey ? `${payload}=vision` : `${key}=${payload}`].join('&'))),
  ],
  [
    'larger or broken v',
    20,
    fc
      .tuple(
        fc.constantFrom('2', '3', '99', '999999', '1000000', '1e3', '-1', '0', '', '1.5', 'one', 'Infinity', 'NaN', '０'),
        fc.array(validPair, { maxLength: 8 }),
      )
      .map(([v, rest]) => result([`v=${v}`, ...rest].join('&'))),
  ],
  [
    'broken routes',
    25,
    fc.oneof(
      encodedInjection.map((payload) => `#/q/${payload}`),
      encodedInjection.map((payload) => `#/${payload}`),
      junkText.map((text) => `#/${encodeURIComponent(text)}`),
    ),
  ],
];

/** The hostile links, the same on every run (a fixed seed), at least 200 of them. */
export function hostileLinks(): HostileLink[] {
  return [
    ...CATEGORIES.flatMap(([kind, count, arbitrary], index) =>
      fc.sample(arbitrary, { seed: SEED + index, numRuns: count }).map((hash) => ({ kind, hash })),
    ),
    ...FIXED_BROKEN_ROUTES.map((hash) => ({ kind: 'broken routes', hash })),
  ];
}

/**
 * The share query a hash carries, as the app's router reads it: after the
 * first "?" and before any later "#" (react-router's parsePath).
 */
export function shareQueryOf(hash: string): string | undefined {
  const path = hash.replace(/^#/, '');
  const beforeFragment = path.split('#')[0] ?? '';
  const question = beforeFragment.indexOf('?');
  return question === -1 ? undefined : beforeFragment.slice(question);
}
