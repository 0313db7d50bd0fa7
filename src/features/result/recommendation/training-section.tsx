import type { RankedComputeTarget, RankedMethod, Recommendation } from '../../../decision';
import { AppLink } from '../../shared/app-link';
import { planTrainingPath } from '../../shared/paths';
import { noPreferenceText, noneSeparated } from './no-preference';
import { rankLabel } from './rank-label';
import { CautionList, ReasonList } from './reason-list';
import { SourceLink } from './source-link';

type Option = RankedMethod | RankedComputeTarget;

interface OptionCardProps {
  readonly option: Option;
  readonly kind: 'method' | 'compute';
  /** False when every option shares first place: the list says so once instead of a badge on each. */
  readonly ranked: boolean;
}

/**
 * One training method or compute target. Today's equivalent sits right beside
 * the 2019 name, so nobody leaves with only the name of a retired API.
 */
function OptionCard({ option, kind, ranked }: OptionCardProps) {
  // The place stays in data-rank for tools and tests, whether or not it is shown.
  const data = kind === 'method' ? { 'data-method': option.id } : { 'data-compute': option.id };
  const first = ranked && option.rank === 1;
  return (
    <li className={`rec-opt${first ? ' is-first' : ''}`} {...data} data-rank={option.rank}>
      <div className="rec-opt-top">
        <div className="rec-opt-then">
          <h4 className="rec-opt-name">
            {ranked ? (
              <>
                <span className="rec-rank">{rankLabel(option)}</span>
                <span className="visually-hidden">:</span>{' '}
              </>
            ) : null}
            {option.name}
          </h4>
          <p className="rec-opt-era">{kind === 'method' ? 'Name in the 2019 guidance (SDK v1)' : 'Compute target named in the 2019 guidance'}</p>
          <p className="rec-opt-summary">{option.summary}</p>
        </div>
        <div className="rec-opt-now">
          <p className="rec-opt-now-label">Use today</p>
          <p className="rec-opt-now-name">{option.today.equivalent}</p>
          <p className="rec-opt-today-text">
            {option.today.text} <SourceLink source={option.today.source} prefix="" />
          </p>
        </div>
      </div>
      {option.neutral ? (
        <p className="rec-neutral">No answer you gave moves this {kind === 'method' ? 'method' : 'compute target'}.</p>
      ) : (
        <ReasonList reasons={option.reasons} />
      )}
      {option.cautions.length > 0 ? <CautionList cautions={option.cautions} /> : null}
      {option.notes.length > 0 ? (
        <ul className="rec-opt-notes">
          {option.notes.map((note) => (
            <li key={note.id} data-note={note.id}>
              <strong>Note:</strong> {note.text} <SourceLink source={note.source} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

interface OptionListProps {
  readonly title: string;
  readonly kind: OptionCardProps['kind'];
  readonly options: readonly Option[];
}

function OptionList({ title, kind, options }: OptionListProps) {
  const ranked = !noneSeparated(options);
  return (
    <>
      <h3>{title}</h3>
      {ranked ? null : <p className="rec-no-pref">{noPreferenceText(kind)}</p>}
      <ol className={kind === 'compute' ? 'rec-opts rec-opts-compute' : 'rec-opts'}>
        {options.map((option) => (
          <OptionCard key={option.id} option={option} kind={kind} ranked={ranked} />
        ))}
      </ol>
    </>
  );
}

/** Methods, compute target and framework advice for Azure Machine Learning, or a way in when they do not apply. */
export function TrainingSection({ recommendation }: { readonly recommendation: Recommendation }) {
  if (!recommendation.trainingApplies) {
    const skipped = recommendation.notices.find((note) => note.id === 'training-not-planned');
    return (
      <section className="rec-section rec-training is-skipped" aria-labelledby="rec-training-h">
        <h2 id="rec-training-h">Training in Azure Machine Learning</h2>
        <p>
          {skipped?.text ?? 'Training methods are not shown for these answers.'}{' '}
          <AppLink className="rec-inline-action" to={planTrainingPath()}>
            Plan training in Azure Machine Learning anyway
          </AppLink>
        </p>
      </section>
    );
  }

  const framework = recommendation.frameworkAdvice;
  return (
    <section className="rec-section rec-training" aria-labelledby="rec-training-h">
      <h2 id="rec-training-h">Training in Azure Machine Learning</h2>
      <p className="rec-section-lede">
        The 2019 guidance names three methods and four compute targets. Each keeps its 2019 name here, with what to use
        today beside it.
      </p>

      <OptionList title="Training methods, best fit first" kind="method" options={recommendation.methods} />
      <OptionList title="Compute target, best fit first" kind="compute" options={recommendation.computeTargets} />

      {framework === undefined ? null : (
        <div className="rec-framework" data-framework={framework.framework}>
          <h3>Framework: {framework.name}</h3>
          <dl className="rec-then-now">
            <div className="rec-then">
              <dt>In the 2019 guidance</dt>
              <dd>{framework.then}</dd>
            </div>
            <div className="rec-now">
              <dt>Use today</dt>
              <dd>{framework.today}</dd>
            </div>
          </dl>
          {framework.cautions.length > 0 ? <CautionList cautions={framework.cautions} /> : null}
          <ul className="rec-links">
            {framework.sources.map((source) => (
              <li key={source.url}>
                <SourceLink source={source} prefix="" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
