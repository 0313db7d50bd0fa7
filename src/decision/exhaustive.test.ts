import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { ANSWER_SPACE, NONE, UNSURE, hasAnswer } from './answers';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import type { ServiceId } from './services';
import { SERVICE_IDS } from './services';
import type { ComputeTargetId, MethodId } from './training';
import { COMPUTE_RULES, METHOD_RULES } from './training';

/**
 * The whole service answer space is about 27 million combinations, too many
 * for a unit test. This enumerates a subspace that keeps every distinction the
 * ranking rules make. "Not sure" is left out because it ranks exactly like no
 * answer (a property test shows that). Values no rule tells apart from one
 * another are represented by one of them: control "some" stands for
 * some/little, task "vision" for vision/language/speech/document/other. Values
 * no rule tells apart from no answer at all are folded into unanswered: effort
 * moderate/lots, language r/scala/sql/nocode, and existing "none".
 * 3·3·3·2·3·3·3·2·3·16 = 139,968 combinations. `npm run bench` times it.
 */
export const SUBSPACE = {
  task: [undefined, 'vision', 'tabular'],
  prebuilt: [undefined, 'yes', 'no'],
  control: [undefined, 'full', 'some'],
  effort: [undefined, 'little'],
  data: [undefined, 'standard', 'large'],
  pyspark: [undefined, 'yes', 'no'],
  unified: [undefined, 'yes', 'no'],
  language: [undefined, 'python'],
  ui: [undefined, 'yes', 'no'],
} as const;
/** Every non-empty subset of a list, in mask order. */
const subsets = <T,>(items: readonly T[]): T[][] =>
  Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, bit) => mask & (1 << bit))).filter((set) => set.length > 0);

export const EXISTING_CHOICES: readonly (readonly ServiceId[] | undefined)[] = [undefined, ...subsets(SERVICE_IDS)];

export function* enumerateSubspace(): Generator<Answers> {
  const keys = Object.keys(SUBSPACE) as (keyof typeof SUBSPACE)[];
  const walk = function* (index: number, partial: Record<string, unknown>): Generator<Answers> {
    if (index === keys.length) {
      for (const existing of EXISTING_CHOICES) {
        yield (existing === undefined ? { ...partial } : { ...partial, existing }) as Answers;
      }
      return;
    }
    const key = keys[index]!;
    for (const value of SUBSPACE[key]) {
      yield* walk(index + 1, value === undefined ? partial : { ...partial, [key]: value });
    }
  };
  yield* walk(0, {});
}

const FACTORS = new Set(SERVICE_RULES.filter((rule) => rule.kind === 'factor').map((rule) => rule.id));

describe('every combination of the service subspace', () => {
  it('ranks consistently with the guidelines', () => {
    let count = 0;
    const failures: string[] = [];
    const fail = (answers: Answers, why: string) => {
      if (failures.length < 5) failures.push(`${why}: ${JSON.stringify(answers)}`);
    };
    for (const answers of enumerateSubspace()) {
      count += 1;
      const { services, usedAnswers: used } = recommend(answers);
      const byId = Object.fromEntries(services.map((service) => [service.id, service])) as Record<ServiceId, (typeof services)[number]>;
      const owned = (id: ServiceId) => (used.existing ?? []).includes(id as never);

      if (services.length !== 4) fail(answers, 'not four services');
      if (used.prebuilt === 'yes' && (byId['ai-services'].rank !== 1 || byId['ai-services'].tied)) fail(answers, 'prebuilt suits but AI Services not alone first');
      if (used.prebuilt === 'no' && byId['ai-services'].rank !== 4) fail(answers, 'no prebuilt fits but AI Services not last');
      // The kind of task never ranks: only whether a prebuilt model suits does.
      if (used.prebuilt === undefined && used.task === 'tabular' && !byId['ai-services'].cautions.some((caution) => caution.id === 'prebuilt-tabular-fit')) fail(answers, 'tabular task without the prebuilt-fit caution');
      // Synapse and Databricks share every guideline but full control; only that or ownership separates them.
      if (used.control !== 'full' && owned('synapse') === owned('databricks') && byId.synapse.rank !== byId.databricks.rank) fail(answers, 'Synapse and Databricks not tied');
      if (used.control === 'full' && owned('synapse') === owned('databricks') && byId.databricks.rank >= byId.synapse.rank) fail(answers, 'full control did not lift Databricks over Synapse');
      // With no guideline and no factor, nothing separates the services.
      if (services.every((service) => service.reasons.length === 0) && services.some((service) => service.rank !== 1)) fail(answers, 'no reasons but no tie');
      // Ownership breaks ties only: removing it never reorders services with different guideline points.
      const guidelinePoints = services.map((service) => ({
        service,
        points: service.reasons.reduce((sum, reason) => (FACTORS.has(reason.guideline) ? sum : sum + reason.points), 0),
      }));
      for (const a of guidelinePoints) {
        for (const b of guidelinePoints) {
          if (a.points > b.points && a.service.rank >= b.service.rank) fail(answers, `a factor overturned a guideline (${a.service.id} vs ${b.service.id})`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBe(139_968);
  }, 60_000);
});

/**
 * The whole training answer space, nothing folded: each single question
 * absent, "not sure" or any of its values, and the workflow needs absent,
 * "not sure", "none" or any of the 63 non-empty sets of the six features.
 * 4·66·8·4·6 = 50,688 combinations. The service questions stay unanswered, so
 * Azure Machine Learning shares first place and every training question applies.
 */
export const TRAINING_SPACE = {
  workflow: [undefined, UNSURE, ...ANSWER_SPACE.workflow.values],
  needs: [undefined, [UNSURE], [NONE], ...subsets(ANSWER_SPACE.needs.values.filter((value) => value !== NONE))],
  framework: [undefined, UNSURE, ...ANSWER_SPACE.framework.values],
  setup: [undefined, UNSURE, ...ANSWER_SPACE.setup.values],
  compute: [undefined, UNSURE, ...ANSWER_SPACE.compute.values],
} as const;

export function* enumerateTraining(): Generator<Answers> {
  for (const workflow of TRAINING_SPACE.workflow)
    for (const needs of TRAINING_SPACE.needs)
      for (const framework of TRAINING_SPACE.framework)
        for (const setup of TRAINING_SPACE.setup)
          for (const compute of TRAINING_SPACE.compute) {
            const answers: Record<string, unknown> = {};
            if (workflow !== undefined) answers.workflow = workflow;
            if (needs !== undefined) answers.needs = needs;
            if (framework !== undefined) answers.framework = framework;
            if (setup !== undefined) answers.setup = setup;
            if (compute !== undefined) answers.compute = compute;
            yield answers as Answers;
          }
}

const COMPUTE_FOR: Record<string, ComputeTargetId> = {
  'local-first': 'local',
  'managed-cluster': 'aml-compute',
  'own-vm': 'remote-vm',
  'spark-cluster': 'hdinsight',
};
const PIPELINE_NEEDS = ANSWER_SPACE.needs.values.filter((value) => value !== NONE);
const TRAINING_RULES = [...METHOD_RULES, ...COMPUTE_RULES];
const TRAINING_IDS = Object.keys(TRAINING_SPACE) as (keyof typeof TRAINING_SPACE)[];

describe('every combination of the training answers', () => {
  it('ranks methods and compute targets by their rules, and "not sure" like no answer', () => {
    let count = 0;
    const failures: string[] = [];
    const fail = (answers: Answers, why: string) => {
      if (failures.length < 5) failures.push(`${why}: ${JSON.stringify(answers)}`);
    };
    // The result for each set of answers with "not sure" taken out, to compare the "not sure" variants with.
    const withoutUnsure = new Map<string, string>();

    for (const answers of enumerateTraining()) {
      count += 1;
      const result = recommend(answers);
      const { methods, computeTargets: targets } = result;
      const method = Object.fromEntries(methods.map((item) => [item.id, item])) as Record<MethodId, (typeof methods)[number]>;
      const target = Object.fromEntries(targets.map((item) => [item.id, item])) as Record<ComputeTargetId, (typeof targets)[number]>;
      const aloneFirst = (item: { rank: number; tied: boolean }) => item.rank === 1 && !item.tied;

      if (!result.trainingApplies) fail(answers, 'training does not apply');
      if (methods.length !== 3 || targets.length !== 4) fail(answers, 'not three methods and four targets');

      // Each rule fires exactly when one of its triggers is answered, on each option it favours, with its points.
      const options = [...methods, ...targets];
      let expectedReasons = 0;
      for (const rule of TRAINING_RULES) {
        if (!rule.triggers.some((trigger) => hasAnswer(answers, trigger.question, trigger.value as never))) continue;
        for (const id of rule.favours) {
          expectedReasons += 1;
          const reason = options.find((option) => option.id === id)?.reasons.find((candidate) => candidate.guideline === rule.id);
          if (reason?.points !== rule.points) fail(answers, `${rule.id} did not move ${id} by ${rule.points}`);
        }
      }
      if (options.reduce((sum, option) => sum + option.reasons.length, 0) !== expectedReasons) fail(answers, 'a rule moved an option without its trigger');

      // Methods: any pipeline feature or several steps put the pipeline alone first; otherwise the setup decides.
      const pipelineWanted = answers.workflow === 'multi-step' || PIPELINE_NEEDS.some((need) => hasAnswer(answers, 'needs', need));
      if (pipelineWanted && !aloneFirst(method.pipeline)) fail(answers, 'a pipeline feature but the pipeline not alone first');
      if (!pipelineWanted && method.pipeline.score !== 0) fail(answers, 'the pipeline scored without a pipeline feature');
      if (!pipelineWanted && answers.setup === 'low-level' && !aloneFirst(method['run-configuration'])) fail(answers, 'low-level control but the run configuration not alone first');
      if (!pipelineWanted && answers.setup === 'ready-made' && !aloneFirst(method.estimator)) fail(answers, 'a ready-made setup but the estimator not alone first');
      const overhead = method.pipeline.cautions.some((caution) => caution.id === 'pipeline-overhead');
      if (overhead !== (answers.workflow === 'single' && !pipelineWanted)) fail(answers, 'pipeline-overhead caution wrong');
      const perStep = method.pipeline.notes.some((note) => note.id === 'per-step-compute');
      if (perStep !== hasAnswer(answers, 'needs', 'mixed-compute')) fail(answers, 'per-step-compute note wrong');

      // Compute: the chosen target alone first; with no choice, all four tie, whatever the needs.
      const chosen = answers.compute === undefined || answers.compute === UNSURE ? undefined : COMPUTE_FOR[answers.compute];
      if (chosen !== undefined && !aloneFirst(target[chosen])) fail(answers, `compute=${answers.compute} but ${chosen} not alone first`);
      if (chosen === undefined && targets.some((item) => item.rank !== 1 || item.score !== 0)) fail(answers, 'no compute chosen but the targets do not tie');
      const singleOnHdinsight = target.hdinsight.cautions.some((caution) => caution.id === 'hdinsight-single-script');
      if (singleOnHdinsight !== (answers.workflow === 'single' && answers.compute === 'spark-cluster')) fail(answers, 'hdinsight-single-script caution wrong');

      // "Not sure" anywhere gives exactly the result of no answer there.
      const signature = [
        ...options.map(
          (item) =>
            `${item.id}:${item.rank}:${item.score}:${item.reasons.map((reason) => reason.guideline).join()}:${item.cautions.map((caution) => caution.id).join()}:${item.notes.map((note) => note.id).join()}`,
        ),
        result.frameworkAdvice?.framework,
        ...result.notices.map((notice) => notice.id),
      ].join('|');
      const key = TRAINING_IDS.map((id) => {
        const value: unknown = answers[id];
        return value === UNSURE || (Array.isArray(value) && value[0] === UNSURE) ? '' : String(value ?? '');
      }).join('|');
      const known = withoutUnsure.get(key);
      if (known === undefined) withoutUnsure.set(key, signature);
      else if (known !== signature) fail(answers, '"not sure" changed the result');
    }
    expect(failures).toEqual([]);
    expect(count).toBe(50_688);
  }, 60_000);
});
