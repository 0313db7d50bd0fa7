import type { RankedComputeTarget, RankedMethod, Recommendation } from '../../../decision';
import { Cite } from './cite';
import { ExternalLink } from '../../shared/external-link';
import { noPreferenceText, noneSeparated } from '../../shared/no-preference';
import { rankLabel } from '../../shared/rank-label';
import { CautionList, ReasonList } from './reason-list';
import { SourceLinks } from './source-links';

type Option = RankedMethod | RankedComputeTarget;

interface OptionCardProps {
  readonly option: Option;
  readonly kind: 'method' | 'compute';
  /** False when every option shares first place: the list says so once instead of a badge on each. */
  readonly ranked: boolean;
  readonly recommendation: Recommendation;
}

/**
 * Where an option comes from: its name in the 2019 guidance and what that
 * guidance said of it, then what has changed since. Beneath today's name,
 * never instead of it.
 */
function Lineage({ option, recommendation }: { readonly option: Option; readonly recommendation: Recommendation }) {
  const { lineage, today } = option;
  const source = <Cite source={lineage.source} recommendation={recommendation} />;
  return (
    <div className="rec-opt-lineage note note-small note-quiet stack gap-2">
      <p className="rec-lineage-then fs-13 fw-600 muted">
        {lineage.label}: <span className="rec-lineage-name fw-700">{lineage.name}</span>
      </p>
      <p className="rec-lineage-summary muted">
        {lineage.summary}
        {source}
      </p>
      <p className="rec-opt-changed" data-today={today.id}>
        <strong>What changed:</strong> {today.text}
        <Cite source={today.source} recommendation={recommendation} />
      </p>
    </div>
  );
}

/**
 * One training method or compute target, headed by what to use today, with
 * the 2019 name and guidance beneath as lineage, so nobody leaves with only
 * the name of a retired API.
 */
function OptionCard({ option, kind, ranked, recommendation }: OptionCardProps) {
  // The place stays in data-rank for tools and tests, whether or not it is shown.
  const data = kind === 'method' ? { 'data-method': option.id } : { 'data-compute': option.id };
  const first = ranked && option.rank === 1;
  return (
    <li className={`rec-opt panel stack${first ? ' is-first' : ''}`} {...data} data-rank={option.rank}>
      <div className="rec-opt-head stack gap-1">
        <h4 className="rec-opt-name cluster">
          {ranked ? (
            <>
              <span className="rec-rank">{rankLabel(option)}</span>
              <span className="visually-hidden">:</span>{' '}
            </>
          ) : null}
          {option.name}
        </h4>
        <p className="rec-opt-summary muted">{option.summary}</p>
      </div>
      <Lineage option={option} recommendation={recommendation} />
      {option.neutral ? (
        <p className="rec-neutral muted italic">No answer you gave moves this {kind === 'method' ? 'method' : 'compute target'}.</p>
      ) : (
        <ReasonList reasons={option.reasons} recommendation={recommendation} />
      )}
      {option.cautions.length > 0 ? <CautionList cautions={option.cautions} recommendation={recommendation} /> : null}
      {option.notes.length > 0 ? (
        <ul className="rec-opt-notes">
          {option.notes.map((note) => (
            <li key={note.id} data-note={note.id}>
              <strong>Note:</strong> {note.text}
              <Cite source={note.source} recommendation={recommendation} />
            </li>
          ))}
        </ul>
      ) : null}
      {option.firstStep === undefined ? null : (
        <p className="fs-15 fw-600">
          <ExternalLink href={option.firstStep.url}>Get started: {option.firstStep.title}</ExternalLink>
        </p>
      )}
    </li>
  );
}

interface OptionListProps {
  readonly title: string;
  readonly kind: OptionCardProps['kind'];
  readonly options: readonly Option[];
  readonly recommendation: Recommendation;
}

function OptionList({ title, kind, options, recommendation }: OptionListProps) {
  const ranked = !noneSeparated(options);
  return (
    <>
      <h3>{title}</h3>
      {ranked ? null : <p className="note note-small note-quiet muted">{noPreferenceText(kind)}</p>}
      <ol className={kind === 'compute' ? 'rec-opts rec-opts-compute stack' : 'rec-opts stack'}>
        {options.map((option) => (
          <OptionCard key={option.id} option={option} kind={kind} ranked={ranked} recommendation={recommendation} />
        ))}
      </ol>
    </>
  );
}

/** Methods, compute target and framework advice for Azure Machine Learning: the training fold's content. */
export function TrainingSection({ recommendation }: { readonly recommendation: Recommendation }) {
  const framework = recommendation.frameworkAdvice;
  return (
    <div className="rec-training-body stack gap-4">
      <p className="rec-section-lede muted">
        Each method and compute target is headed by what to use today. Beneath it: its name in the 2019 guidance, and
        what has changed since.
      </p>

      <OptionList title="Training methods, best fit first" kind="method" options={recommendation.methods} recommendation={recommendation} />
      <OptionList title="Compute target, best fit first" kind="compute" options={recommendation.computeTargets} recommendation={recommendation} />

      {framework === undefined ? null : (
        <div className="rec-framework panel stack" data-framework={framework.framework}>
          <h3>Framework: {framework.name}</h3>
          <dl className="rec-then-now stack">
            <div className="rec-now box">
              <dt className="caps">Use today</dt>
              <dd>{framework.today}</dd>
            </div>
            <div className="rec-then box">
              <dt className="caps">In the 2019 guidance</dt>
              <dd>{framework.then}</dd>
            </div>
          </dl>
          {framework.cautions.length > 0 ? <CautionList cautions={framework.cautions} recommendation={recommendation} /> : null}
          <SourceLinks sources={framework.sources} />
        </div>
      )}
    </div>
  );
}
