import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, QUESTION_IDS, UNSURE } from './answers';
import type { QuestionDefinition } from './questions';
import { effectiveAnswers } from './question-flow';
import { QUESTIONS, QUESTION_BY_ID, optionLabel, visibleQuestions } from './questions';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';

const ids = (answers: Answers) => visibleQuestions(answers).map((question) => question.id);

describe('the question table', () => {
  it('has exactly one question per contract parameter, in contract order', () => {
    expect(QUESTIONS.map((question) => question.id)).toEqual(QUESTION_IDS);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s offers exactly the contract values', (id, question) => {
    expect(question.options.map((option) => option.value)).toEqual([...ANSWER_SPACE[id].values]);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s reads as a friendly question with help', (_id, question) => {
    expect(question.prompt).toMatch(/\?$/);
    expect(question.help.length).toBeGreaterThan(10);
    expect(question.title.length).toBeGreaterThan(2);
    for (const option of question.options) expect(option.label.trim()).not.toBe("");
  });

  it('labels answers as a person saw them', () => {
    expect(optionLabel('data', 'large')).toMatch(/^Large/);
    expect(optionLabel('task', UNSURE)).toBe('Not sure');
    expect(QUESTION_BY_ID.pyspark.title).toBe('Spark skills');
  });
});

describe('show-conditions', () => {
  const SERVICE_QUESTIONS = ['task', 'prebuilt', 'control', 'effort', 'data', 'unified', 'language', 'ui', 'existing'];
  const TRAINING_QUESTIONS = ['workflow', 'needs', 'framework', 'setup', 'compute'];

  it.each<{ label: string; answers: Answers; expected: string[] }>([
    { label: 'with no answers, everything but PySpark (Azure ML shares first place)', answers: {}, expected: [...SERVICE_QUESTIONS, ...TRAINING_QUESTIONS] },
    { label: 'PySpark appears once the data is large', answers: { data: 'large' }, expected: ['task', 'prebuilt', 'control', 'effort', 'data', 'pyspark', 'unified', 'language', 'ui', 'existing'] },
    { label: 'prebuilt is asked for a tabular task too', answers: { task: 'tabular' }, expected: [...SERVICE_QUESTIONS, ...TRAINING_QUESTIONS] },
    { label: 'training questions disappear when Azure ML is not first', answers: { prebuilt: 'yes' }, expected: SERVICE_QUESTIONS },
    { label: 'training questions stay when Azure ML shares first place', answers: { control: 'full' }, expected: [...SERVICE_QUESTIONS, ...TRAINING_QUESTIONS] },
    { label: 'training questions come back when the person asked for them', answers: { prebuilt: 'yes', workflow: 'single' }, expected: [...SERVICE_QUESTIONS, ...TRAINING_QUESTIONS] },
    { label: '"not sure" to a training question does not bring them back', answers: { prebuilt: 'yes', workflow: 'unsure', needs: ['unsure'] }, expected: SERVICE_QUESTIONS },
  ])('$label', ({ answers, expected }) => {
    expect(ids(answers)).toEqual(expected);
  });

  it('keeps answers to hidden questions but leaves them out of the ranking', () => {
    const answers: Answers = { data: 'standard', pyspark: 'yes', ui: 'yes' };
    expect(effectiveAnswers(answers)).toEqual({ data: 'standard', ui: 'yes' });
    expect(answers.pyspark).toBe('yes');
    expect(effectiveAnswers({ ...answers, data: 'large' })).toEqual({ data: 'large', pyspark: 'yes', ui: 'yes' });
  });
});

/**
 * Walks the wizard as a person would: at each step the next question that
 * applies, answered with each value of a representative domain or skipped.
 */
const SKIP = Symbol('skip');
type Choice = Answers[QuestionId] | typeof SKIP;
const SERVICE_DOMAIN: Partial<Record<QuestionId, Choice[]>> = {
  task: ['vision', 'tabular', UNSURE],
  prebuilt: ['yes', 'no', SKIP],
  control: ['full', 'little'],
  effort: ['little', 'lots'],
  data: ['standard', 'large'],
  pyspark: ['yes', 'no'],
  unified: ['yes', SKIP],
  language: ['python', 'sql'],
  ui: ['yes', 'no'],
  existing: [['none'], ['azure-ml'], ['databricks', 'synapse'], ['ai-services'], ['fabric']],
};
const TRAINING_DOMAIN: Partial<Record<QuestionId, Choice[]>> = {
  workflow: ['single', 'multi-step'],
  needs: [['none'], ['unattended', 'mixed-compute'], ['publish', 'versioning', 'collaboration', 'batch-scoring']],
  framework: ['pytorch', 'other'],
  setup: ['ready-made', 'low-level'],
  compute: ['local-first', 'managed-cluster', 'own-vm', 'spark-cluster'],
};

interface Leaf {
  readonly answers: Answers;
  readonly steps: number;
}

function walk(start: Answers, domain: Partial<Record<QuestionId, Choice[]>>): { leaves: Leaf[]; asked: Set<QuestionId> } {
  const leaves: Leaf[] = [];
  const asked = new Set<QuestionId>();
  const step = (answers: Answers, after: number, steps: number) => {
    const next = visibleQuestions(answers).find(
      (question: QuestionDefinition) => QUESTION_IDS.indexOf(question.id) > after,
    );
    if (next === undefined || steps > QUESTION_IDS.length) {
      leaves.push({ answers, steps });
      return;
    }
    asked.add(next.id);
    const position = QUESTION_IDS.indexOf(next.id);
    for (const choice of domain[next.id] ?? [SKIP]) {
      step(choice === SKIP ? answers : { ...answers, [next.id]: choice }, position, steps + 1);
    }
  };
  step(start, -1, 0);
  return { leaves, asked };
}

describe('walking the question graph', () => {
  const serviceWalk = walk({}, SERVICE_DOMAIN);
  const trainingWalk = walk({ task: 'tabular', control: 'full', language: 'python' }, { ...TRAINING_DOMAIN });
  // A team that prefers not to code, in the studio with little control: Automated ML and the designer's rules.
  const noCodeWalk = walk({ task: 'tabular', control: 'little', language: 'nocode', ui: 'yes' }, { ...TRAINING_DOMAIN, framework: [SKIP, 'pytorch'] });

  it('reaches a result on every path, in no more steps than there are questions', () => {
    expect(serviceWalk.leaves.length).toBeGreaterThan(1000);
    for (const leaf of [...serviceWalk.leaves, ...trainingWalk.leaves, ...noCodeWalk.leaves]) {
      expect(leaf.steps).toBeLessThanOrEqual(QUESTION_IDS.length);
      expect(recommend(leaf.answers).services).toHaveLength(5);
      expect(recommend(leaf.answers).methods).toHaveLength(4);
    }
  });

  it('reaches every question', () => {
    expect([...new Set([...serviceWalk.asked, ...trainingWalk.asked])].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('skips the questions that do not apply on the way, and asks about prebuilt models whatever the task', () => {
    const withoutPyspark = serviceWalk.leaves.filter((leaf) => leaf.answers.data === 'standard');
    expect(withoutPyspark.every((leaf) => leaf.answers.pyspark === undefined)).toBe(true);
    const tabular = serviceWalk.leaves.filter((leaf) => leaf.answers.task === 'tabular');
    expect(tabular.some((leaf) => leaf.answers.prebuilt === 'yes')).toBe(true);
  });

  it('fires every service rule on some path', () => {
    const fired = new Set(
      serviceWalk.leaves.flatMap((leaf) => recommend(leaf.answers).services.flatMap((service) => service.reasons.map((reason) => reason.guideline))),
    );
    expect([...fired].sort()).toEqual(SERVICE_RULES.map((rule) => rule.id).sort());
  });

  it('fires every method and compute rule on some path', () => {
    const fired = new Set(
      [...trainingWalk.leaves, ...noCodeWalk.leaves].flatMap((leaf) => {
        const result = recommend(leaf.answers);
        return [...result.methods, ...result.computeTargets].flatMap((option) => option.reasons.map((reason) => reason.guideline));
      }),
    );
    expect([...fired].sort()).toEqual([...METHOD_RULES, ...COMPUTE_RULES].map((rule) => rule.id).sort());
  });
});
