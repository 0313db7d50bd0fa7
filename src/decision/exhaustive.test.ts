import { describe, expect, it } from 'vitest';
import type { Answers, QuestionId } from './answers';
import { ANSWER_SPACE, NONE, UNSURE, hasAnswer } from './answers';
import type { Condition, Rule } from './rank';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import type { ServiceId } from './services';
import { SERVICE_IDS } from './services';
import type { ComputeTargetId, MethodId } from './training';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';

/**
 * The whole service answer space is about 100 million combinations, too many
 * for a unit test. This enumerates a subspace that keeps every distinction the
 * service rules make. "Not sure" is left out because it ranks exactly like no
 * answer (a property test shows that). Values no service rule tells apart
 * from one another are represented by one of them: control "some" stands for
 * some/little, task "vision" for vision/language/speech/document/other. Values
 * no service rule tells apart from no answer at all are folded into
 * unanswered: effort moderate/lots and language r/scala/sql/nocode. Existing
 * "none" is kept: it counts as an answer that excludes Synapse.
 * 3·3·3·2·3·3·3·2·3·33 = 288,684 combinations (existing: unanswered, "none",
 * or any of the 31 non-empty sets of the five services). `npm run bench` times it.
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

export const EXISTING_CHOICES: readonly (readonly (ServiceId | typeof NONE)[] | undefined)[] = [undefined, [NONE], ...subsets(SERVICE_IDS)];

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
      const points = new Map(services.map((service) => [service, service.reasons.reduce((sum, reason) => (FACTORS.has(reason.guideline) ? sum : sum + reason.points), 0)]));
      const guidelinePoints = (service: (typeof services)[number]) => points.get(service)!;
      const guidelines = (service: (typeof services)[number]) =>
        service.reasons.filter((reason) => !FACTORS.has(reason.guideline)).map((reason) => `${reason.guideline}:${reason.points}`).join();
      // "none" counts; only unanswered (or "not sure", left out here) does not.
      const existingAnswered = used.existing !== undefined;
      const synapsePenalised = existingAnswered && !owned('synapse');

      if (services.length !== 5) fail(answers, 'not five services');
      if (used.prebuilt === 'yes' && (byId['ai-services'].rank !== 1 || byId['ai-services'].tied)) fail(answers, 'prebuilt suits but AI Services not alone first');
      if (used.prebuilt === 'no' && (byId['ai-services'].rank !== 5 || byId['ai-services'].tied)) fail(answers, 'no prebuilt fits but AI Services not alone last');
      // The kind of task never ranks: only whether a prebuilt model suits does.
      if (used.prebuilt === undefined && used.task === 'tabular' && !byId['ai-services'].cautions.some((caution) => caution.id === 'prebuilt-tabular-fit')) fail(answers, 'tabular task without the prebuilt-fit caution');
      // Synapse and Databricks share every guideline but full control.
      const fullControlGap = used.control === 'full' ? 10 : 0;
      if (guidelinePoints(byId.databricks) - guidelinePoints(byId.synapse) !== fullControlGap) fail(answers, 'Synapse and Databricks differ by more than full control');
      if (used.control !== 'full' && owned('synapse') === owned('databricks') && !synapsePenalised && byId.synapse.rank !== byId.databricks.rank) fail(answers, 'Synapse and Databricks not tied');
      if (used.control === 'full' && owned('synapse') === owned('databricks') && byId.databricks.rank >= byId.synapse.rank) fail(answers, 'full control did not lift Databricks over Synapse');
      // Synapse and Fabric share every guideline, so only the factors separate them.
      if (guidelines(byId.synapse) !== guidelines(byId.fabric)) fail(answers, 'Synapse and Fabric do not share every guideline');
      if (owned('synapse') === owned('fabric') && !synapsePenalised && byId.synapse.rank !== byId.fabric.rank) fail(answers, 'Synapse and Fabric not tied');
      // An organization that does not run Synapse is steered to Fabric or Databricks on a tie.
      if (synapsePenalised) {
        if (guidelinePoints(byId.synapse) === guidelinePoints(byId.fabric) && byId.synapse.rank <= byId.fabric.rank) fail(answers, 'Synapse not below an equal Fabric for an organization without Synapse');
        if (guidelinePoints(byId.synapse) === guidelinePoints(byId.databricks) && byId.synapse.rank <= byId.databricks.rank) fail(answers, 'Synapse not below an equal Databricks for an organization without Synapse');
        if (!byId.synapse.reasons.some((reason) => reason.guideline === 'synapse-not-adopted' && reason.points === -1)) fail(answers, 'no synapse-not-adopted penalty');
      } else if (byId.synapse.reasons.some((reason) => reason.guideline === 'synapse-not-adopted')) {
        fail(answers, 'synapse-not-adopted without an answer that excludes Synapse');
      }
      // Fabric is never below Synapse unless the organization runs Synapse and not Fabric.
      if (byId.fabric.rank > byId.synapse.rank && !(owned('synapse') && !owned('fabric'))) fail(answers, 'Fabric below Synapse');
      if (owned('synapse') && !owned('fabric') && byId.synapse.rank >= byId.fabric.rank) fail(answers, 'owning Synapse alone did not keep it above Fabric');
      // The Synapse card always says the Automated ML integration is retired.
      if (!byId.synapse.cautions.some((caution) => caution.id === 'synapse-automl-retired')) fail(answers, 'Synapse without the retired Automated ML caution');
      // With no guideline and no factor, nothing separates the services.
      if (services.every((service) => service.reasons.length === 0) && services.some((service) => service.rank !== 1)) fail(answers, 'no reasons but no tie');
      if (Object.keys(answers).length === 0 && services.some((service) => service.rank !== 1)) fail(answers, 'no answers but the five do not tie');
      // Factors break ties only: they never reorder services with different guideline points.
      for (const a of services) {
        for (const b of services) {
          if (guidelinePoints(a) > guidelinePoints(b) && a.rank >= b.rank) fail(answers, `a factor overturned a guideline (${a.id} vs ${b.id})`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBe(3 * 3 * 3 * 2 * 3 * 3 * 3 * 2 * 3 * 33);
    expect(count).toBe(288_684);
  }, 180_000);
});

/**
 * The whole training answer space, nothing folded: each single question
 * absent, "not sure" or any of its values, and the workflow needs absent,
 * "not sure", "none" or any of the 63 non-empty sets of the six features.
 * 4·66·8·4·6 = 50,688 combinations. The method rules also read three service
 * answers (language, ui, control); each is crossed in as unanswered or the one
 * value a method rule names, since no method rule tells the other values from
 * no answer: 50,688·2·2·2 = 405,504 combinations. None of those service answers
 * takes first place from Azure Machine Learning, so every training question applies.
 */
export const TRAINING_SPACE = {
  workflow: [undefined, UNSURE, ...ANSWER_SPACE.workflow.values],
  needs: [undefined, [UNSURE], [NONE], ...subsets(ANSWER_SPACE.needs.values.filter((value) => value !== NONE))],
  framework: [undefined, UNSURE, ...ANSWER_SPACE.framework.values],
  setup: [undefined, UNSURE, ...ANSWER_SPACE.setup.values],
  compute: [undefined, UNSURE, ...ANSWER_SPACE.compute.values],
} as const;
/** The service answers the method rules read, each unanswered or the value a rule names. */
export const METHOD_SERVICE_SPACE = {
  language: [undefined, 'nocode'],
  ui: [undefined, 'yes'],
  control: [undefined, 'little'],
} as const;

export function* enumerateTraining(): Generator<Answers> {
  for (const language of METHOD_SERVICE_SPACE.language)
    for (const ui of METHOD_SERVICE_SPACE.ui)
      for (const control of METHOD_SERVICE_SPACE.control)
        for (const workflow of TRAINING_SPACE.workflow)
          for (const needs of TRAINING_SPACE.needs)
            for (const framework of TRAINING_SPACE.framework)
              for (const setup of TRAINING_SPACE.setup)
                for (const compute of TRAINING_SPACE.compute) {
                  const answers: Record<string, unknown> = {};
                  if (control !== undefined) answers.control = control;
                  if (language !== undefined) answers.language = language;
                  if (ui !== undefined) answers.ui = ui;
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
const TRAINING_RULES: readonly Rule<string>[] = [...METHOD_RULES, ...COMPUTE_RULES];
const KEY_IDS = [...(Object.keys(METHOD_SERVICE_SPACE) as QuestionId[]), ...(Object.keys(TRAINING_SPACE) as QuestionId[])];

/** Whether a rule's condition holds, worked out here from the answers rather than by the ranking's own test. */
function conditionHolds(answers: Answers, condition: Condition): boolean {
  const values = 'is' in condition ? condition.is : condition.isNot;
  const hit = values.some((value) => hasAnswer(answers, condition.question, value as never));
  return 'is' in condition ? hit : !hit;
}

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
      const cautionIds = (item: { cautions: readonly { id: string }[] }) => item.cautions.map((caution) => caution.id).join();

      if (!result.trainingApplies) fail(answers, 'training does not apply');
      if (methods.length !== 4 || targets.length !== 4) fail(answers, 'not four methods and four targets');

      // Each case of each rule fires exactly when all its conditions hold, on each of its options, with its points and text.
      const options = [...methods, ...targets];
      let expectedReasons = 0;
      for (const rule of TRAINING_RULES) {
        for (const ruleCase of rule.cases) {
          if (!ruleCase.when.every((condition) => conditionHolds(answers, condition))) continue;
          for (const id of ruleCase.options) {
            expectedReasons += 1;
            const reason = options
              .find((option) => option.id === id)
              ?.reasons.find((candidate) => candidate.guideline === rule.id && candidate.text === ruleCase.text);
            if (reason?.points !== ruleCase.points) fail(answers, `${rule.id} did not move ${id} by ${ruleCase.points}`);
          }
        }
      }
      if (options.reduce((sum, option) => sum + option.reasons.length, 0) !== expectedReasons) fail(answers, 'a rule moved an option without its conditions');

      // Methods: any pipeline feature or several steps put the pipeline alone first.
      const pipelineWanted = answers.workflow === 'multi-step' || PIPELINE_NEEDS.some((need) => hasAnswer(answers, 'needs', need));
      const frameworkNamed = answers.framework !== undefined && answers.framework !== UNSURE;
      const automlWanted = answers.language === 'nocode' || (answers.ui === 'yes' && answers.control === 'little');
      const setupNamed = answers.setup !== undefined && answers.setup !== UNSURE;
      if (pipelineWanted && !aloneFirst(method.pipeline)) fail(answers, 'a pipeline feature but the pipeline not alone first');
      if (!pipelineWanted && method.pipeline.score !== 0) fail(answers, 'the pipeline scored without a pipeline feature');
      // Automated ML: never first, indeed last, for a team that trains its own framework code.
      if (frameworkNamed && (method.automl.rank === 1 || method.automl.rank !== 4 || method.automl.tied)) fail(answers, 'a framework is named but Automated ML is not alone last');
      if (!automlWanted && method.automl.score > 0) fail(answers, 'Automated ML lifted without a no-code or studio answer');
      if (automlWanted && !frameworkNamed && !pipelineWanted && !setupNamed && !aloneFirst(method.automl)) fail(answers, 'a no-code team with nothing else said, but Automated ML not alone first');
      // Otherwise the setup decides.
      const automlInPlay = automlWanted && !frameworkNamed;
      if (!pipelineWanted && !automlInPlay && answers.setup === 'low-level' && !aloneFirst(method['run-configuration'])) fail(answers, 'low-level control but the run configuration not alone first');
      if (!pipelineWanted && !automlInPlay && answers.setup === 'ready-made' && !aloneFirst(method.estimator)) fail(answers, 'a ready-made setup but the estimator not alone first');
      // The cautions on methods.
      if (cautionIds(method.estimator) !== 'estimator-retired') fail(answers, 'estimator cautions wrong');
      if (cautionIds(method['run-configuration']) !== 'run-configuration-v1') fail(answers, 'run configuration cautions wrong');
      const remoteOnly = answers.compute === 'local-first' || answers.compute === 'own-vm';
      if (cautionIds(method.automl) !== (remoteOnly ? 'automl-remote-compute' : '')) fail(answers, 'automl-remote-compute caution wrong');
      const pipelineCautions = [
        ...(answers.workflow === 'single' && !pipelineWanted ? ['pipeline-overhead'] : []),
        ...(answers.language === 'nocode' ? ['designer-classic-components'] : []),
      ].join();
      if (cautionIds(method.pipeline) !== pipelineCautions) fail(answers, 'pipeline cautions wrong');
      const perStep = method.pipeline.notes.some((note) => note.id === 'per-step-compute');
      if (perStep !== hasAnswer(answers, 'needs', 'mixed-compute')) fail(answers, 'per-step-compute note wrong');

      // Compute: the chosen target alone first; with no choice, all four tie, whatever the needs.
      const chosen = answers.compute === undefined || answers.compute === UNSURE ? undefined : COMPUTE_FOR[answers.compute];
      if (chosen !== undefined && !aloneFirst(target[chosen])) fail(answers, `compute=${answers.compute} but ${chosen} not alone first`);
      if (chosen === undefined && targets.some((item) => item.rank !== 1 || item.score !== 0)) fail(answers, 'no compute chosen but the targets do not tie');
      // HDInsight is legacy, and that is all: a run configuration ran a single script on it, so no caution says otherwise.
      if (cautionIds(target.hdinsight) !== 'hdinsight-legacy') fail(answers, 'HDInsight cautions other than hdinsight-legacy');

      // "Not sure" anywhere gives exactly the result of no answer there.
      const signature = [
        ...options.map(
          (item) =>
            `${item.id}:${item.rank}:${item.score}:${item.reasons.map((reason) => reason.guideline).join()}:${item.cautions.map((caution) => caution.id).join()}:${item.notes.map((note) => note.id).join()}`,
        ),
        result.frameworkAdvice?.framework,
        ...result.notices.map((notice) => notice.id),
      ].join('|');
      const key = KEY_IDS.map((id) => {
        const value: unknown = answers[id];
        return value === UNSURE || (Array.isArray(value) && value[0] === UNSURE) ? '' : String(value ?? '');
      }).join('|');
      const known = withoutUnsure.get(key);
      if (known === undefined) withoutUnsure.set(key, signature);
      else if (known !== signature) fail(answers, '"not sure" changed the result');
    }
    expect(failures).toEqual([]);
    expect(count).toBe(4 * 66 * 8 * 4 * 6 * 2 * 2 * 2);
    expect(count).toBe(405_504);
  }, 180_000);
});
