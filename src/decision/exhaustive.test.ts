import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import type { ServiceId } from './services';

/**
 * The whole service answer space is about 27 million combinations, too many
 * for a unit test. This enumerates a subspace that keeps every distinction the
 * rules make: "not sure" is left out because it ranks exactly like no answer
 * (a property test shows that), and values no rule tells apart are folded into
 * one (control some/little, effort moderate/lots, language r/scala/sql/nocode,
 * task vision/language/speech/document/other, existing "none"/absent).
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
const OWNABLE: readonly ServiceId[] = ['azure-ml', 'databricks', 'synapse', 'ai-services'];
export const EXISTING_CHOICES: readonly (readonly ServiceId[] | undefined)[] = [
  undefined,
  ...Array.from({ length: 16 }, (_, mask) => OWNABLE.filter((_, bit) => mask & (1 << bit))).filter((set) => set.length > 0),
];

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
