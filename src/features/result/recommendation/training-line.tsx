import type { ComputePlace, MethodPlace, Ranking } from '../../../decision';

/** As no-preference.ts says it, kept here so the first screen does not load the wording of the training section. */
const noneSeparated = (options: readonly { readonly rank: number }[]) => options.length > 1 && options.every((option) => option.rank === 1);

function leaders(options: readonly (MethodPlace | ComputePlace)[], nothingYet: string) {
  if (noneSeparated(options)) return <span className="italic muted">{nothingYet}</span>;
  const names = options.filter((option) => option.rank === 1).map((option) => option.name);
  return names.map((name, index) => (
    <span key={name}>
      {index === 0 ? '' : index === names.length - 1 ? ' or ' : ', '}
      <strong>{name}</strong>
    </span>
  ));
}

/**
 * Today's training method and compute target in one line, under the verdict,
 * whenever Azure Machine Learning is in the running. The ranked methods and
 * targets, with their 2019 names, are in the training section below.
 */
export function TrainingLine({ ranking }: { readonly ranking: Ranking }) {
  if (!ranking.trainingApplies) return null;
  const { methods, computeTargets } = ranking;
  return (
    <p className="result-training note note-small" data-training-line>
      <span className="fw-600 muted">How to train in Azure ML:</span>{' '}
      {leaders(methods, 'no method stands out yet')}
      {noneSeparated(computeTargets) ? ', ' : ', on '}
      {leaders(computeTargets, 'any compute target so far')}
    </p>
  );
}
