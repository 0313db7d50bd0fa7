// Child process: `node decision-worker.mjs <bundle> <calls> <seed>`; prints JSON.
// Answer sets are generated before the clock starts, so only recommend() is timed.
const [bundlePath, callsArg = '100000', seedArg = '7'] = process.argv.slice(2);
const decision = await import(bundlePath);
const { recommend, ANSWER_SPACE, UNSURE, QUESTION_IDS, isMultiQuestion, normalizeMulti } = decision;
const calls = Number(callsArg);

let state = Number(seedArg) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Each question: absent (1/4), unsure (1/4) or a random allowed value (1/2); multi: a random subset, normalised. */
function randomAnswers() {
  const answers = {};
  for (const id of QUESTION_IDS) {
    const roll = random();
    if (roll < 0.25) continue;
    const values = ANSWER_SPACE[id].values;
    if (isMultiQuestion(id)) {
      const picked = roll < 0.5 ? [UNSURE] : values.filter(() => random() < 0.4);
      const normal = normalizeMulti(id, picked);
      if (normal !== undefined) answers[id] = normal;
    } else {
      answers[id] = roll < 0.5 ? UNSURE : values[Math.floor(random() * values.length)];
    }
  }
  return answers;
}

const FULL = {
  task: 'tabular',
  control: 'full',
  data: 'large',
  pyspark: 'yes',
  unified: 'yes',
  language: 'python',
  ui: 'yes',
  existing: ['databricks'],
  workflow: 'multi-step',
  needs: ['unattended', 'versioning'],
  framework: 'pytorch',
  setup: 'low-level',
  compute: 'managed-cluster',
};

let sink = 0;
// Timed in CPU time (process.cpuUsage) as well as wall time: on a shared
// machine the wall clock also counts time other processes held the core, while
// CPU time counts only this one. Several rounds; the fastest is the figure
// (what the code costs when nothing else interferes: noise only adds time),
// the median is reported next to it.
function clock() {
  const cpu = process.cpuUsage();
  return { wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000 };
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function timeCalls(sets, rounds) {
  const wall = [];
  const cpu = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = clock();
    for (const answers of sets) sink += recommend(answers).services.length;
    const end = clock();
    wall.push(end.wall - start.wall);
    cpu.push(end.cpu - start.cpu);
  }
  const cpuMs = Math.min(...cpu);
  return {
    calls: sets.length,
    rounds,
    cpuMs,
    perSecond: (sets.length / cpuMs) * 1000,
    medianPerSecond: (sets.length / median(cpu)) * 1000,
    perWallSecond: (sets.length / median(wall)) * 1000,
  };
}

const sets = Array.from({ length: calls }, randomAnswers);
// Warm up the JIT on a slice of the same data.
for (let i = 0; i < 5000; i += 1) sink += recommend(sets[i % sets.length]).services.length;
const randomSets = timeCalls(sets, 5);
const fullSets = timeCalls(Array.from({ length: 20000 }, () => FULL), 5);
const emptySets = timeCalls(Array.from({ length: 20000 }, () => ({})), 5);

// The subspace the exhaustive test enumerates, through its own exported
// enumerator when it has one; otherwise the same subspace as documented there:
// the service questions with "not sure" left out and values no rule tells
// apart folded into one; `existing` absent or any non-empty subset of the four
// services.
const SERVICES = ANSWER_SPACE.existing.values.filter((value) => value !== 'none');
const FALLBACK = [
  ['task', [undefined, 'vision', 'tabular']],
  ['prebuilt', [undefined, 'yes', 'no']],
  ['control', [undefined, 'full', 'some']],
  ['effort', [undefined, 'little']],
  ['data', [undefined, 'standard', 'large']],
  ['pyspark', [undefined, 'yes', 'no']],
  ['unified', [undefined, 'yes', 'no']],
  ['language', [undefined, 'python']],
  ['ui', [undefined, 'yes', 'no']],
  [
    'existing',
    [undefined, ...Array.from({ length: 15 }, (_, index) => SERVICES.filter((_, bit) => (index + 1) & (1 << bit)))],
  ],
];
function* fallbackSubspace() {
  const answers = {};
  function* walk(depth) {
    if (depth === FALLBACK.length) {
      yield { ...answers };
      return;
    }
    const [id, values] = FALLBACK[depth];
    for (const value of values) {
      if (value === undefined) delete answers[id];
      else answers[id] = value;
      yield* walk(depth + 1);
    }
    delete answers[id];
  }
  yield* walk(0);
}
const fromTest = typeof decision.exhaustive?.enumerateSubspace === 'function';
const enumerate = fromTest ? decision.exhaustive.enumerateSubspace : fallbackSubspace;
const enumerationStart = clock();
let enumerated = 0;
for (const answers of enumerate()) {
  sink += recommend(answers).services.length;
  enumerated += 1;
}
const enumerationEnd = clock();
const enumerationMs = enumerationEnd.cpu - enumerationStart.cpu;

// The whole answer space, for scale: per question, absent + unsure + each
// value; multi questions: absent, unsure, "none", or any non-empty subset.
const wholeSpace = QUESTION_IDS.reduce((product, id) => {
  const values = ANSWER_SPACE[id].values.filter((value) => value !== 'none');
  const options = isMultiQuestion(id) ? 2 ** values.length - 1 + 3 : values.length + 2;
  return product * options;
}, 1);

process.stdout.write(
  `${JSON.stringify({
    node: process.version,
    random: randomSets,
    full: fullSets,
    empty: emptySets,
    subspace: {
      source: fromTest ? 'exhaustive.test.ts enumerateSubspace()' : 'bench fallback (same subspace as documented)',
      enumerated,
      ms: enumerationMs,
      wallMs: enumerationEnd.wall - enumerationStart.wall,
      perSecond: (enumerated / enumerationMs) * 1000,
    },
    wholeSpace: { size: wholeSpace, estimatedHours: wholeSpace / randomSets.perSecond / 3600 },
    sink,
  })}\n`,
);
