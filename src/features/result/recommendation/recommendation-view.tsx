import { useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Answers, Recommendation, ServiceId } from '../../../decision';
import { visibleQuestions } from '../../../decision';
import { AppLink } from '../../shared/app-link';
import { comparePath, planTrainingPath } from '../../shared/paths';
import { Fold } from './fold';
import { Caveat, Notices } from './notices';
import type { CiteSource } from './notices';
import { ServiceRow } from './service-row';
import { useDetails } from './use-details';
import type { Details } from './use-details';
import { numberWord } from '../../shared/words';
import './recommendation.css';

interface RecommendationViewProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** A service whose details open with the page (`open=` in the link). */
  readonly open?: ServiceId;
  /** Edit links change the saved answers, so they are offered only when those are the ones shown. */
  readonly editable?: boolean;
  /** The "Your answers" heading, for the page's way to jump there. */
  readonly answersHeading?: RefObject<HTMLHeadingElement | null>;
  /** Ways to keep a copy of this result, from the app (the export tools); shown with the folded parts, or left out. */
  readonly keepACopy?: ReactNode;
}

/** Stands in for a folded part whose code is downloading (the browser tests wait for nothing to be busy). */
export function PartLoading() {
  return (
    <p className="rec-loading" aria-busy="true">
      Loading…
    </p>
  );
}

/** What a fold shows until its code is here, or when it could not come. */
function Pending({ details, children }: { readonly details: Details; readonly children: (module: NonNullable<Details['module']>) => ReactNode }) {
  if (details.module !== undefined) return children(details.module);
  if (details.failed) return <p className="rec-loading">Couldn’t load this part of the result. Close and open it again to retry, or reload the page.</p>;
  return <PartLoading />;
}

function SkippedTraining({ recommendation }: { readonly recommendation: Recommendation }) {
  const skipped = recommendation.notices.find((note) => note.id === 'training-not-planned');
  return (
    <section className="rec-training is-skipped" aria-labelledby="rec-training-h">
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

/**
 * The recommendation for one set of answers: the services ranked, one compact
 * row each, and below them, folded until asked for, each service's reasons,
 * training in Azure Machine Learning, the answers, what would change the
 * ranking, a comparison and the sources. The folded parts' code loads after
 * the ranking is on screen (decision 0009). It shows; it decides nothing.
 */
export function RecommendationView({ recommendation, answers, open, editable = true, answersHeading, keepACopy }: RecommendationViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const details = useDetails(open !== undefined);
  const { request, module } = details;
  const answered = visibleQuestions(answers).length;
  const cite: CiteSource = (source) => (module === undefined ? null : <module.Cite source={source} recommendation={recommendation} />);

  return (
    <div className="rec" ref={root}>
      {/* Paper unfolds everything; until the folded parts' code is here there is nothing to unfold. */}
      {module === undefined ? null : <module.PrintOpensDetails root={root} />}
      <Notices recommendation={recommendation} cite={cite} />

      <section className="rec-ranking" aria-labelledby="rec-services-h">
        <h2 id="rec-services-h">Services, best fit first</h2>
        <ol className="rec-svcs">
          {recommendation.services.map((service) => (
            <ServiceRow key={service.id} service={service} recommendation={recommendation} open={service.id === open} onToggle={request}>
              <Pending details={details}>
                {(module) => <module.ServiceDetails service={service} recommendation={recommendation} />}
              </Pending>
            </ServiceRow>
          ))}
        </ol>
        <Caveat recommendation={recommendation} cite={cite} />
      </section>

      {keepACopy === undefined ? null : (
        <section className="rec-keep" aria-labelledby="rec-keep-h">
          <h2 id="rec-keep-h">Keep a copy</h2>
          {/* Shown with the folded parts, whose chunk holds its code too: one download, one "Loading…". */}
          <Pending details={details}>{() => keepACopy}</Pending>
        </section>
      )}

      <div className="rec-folds">
        {recommendation.trainingApplies ? (
          <Fold
            id="rec-training-h"
            className="rec-training"
            title="Training in Azure Machine Learning"
            hint={`${numberWord(recommendation.methods.length)} methods and ${numberWord(recommendation.computeTargets.length)} compute targets, today’s names first`}
            onToggle={request}
          >
            <Pending details={details}>{(module) => <module.TrainingSection recommendation={recommendation} />}</Pending>
          </Fold>
        ) : (
          <SkippedTraining recommendation={recommendation} />
        )}

        <Fold id="your-answers" title="Your answers" hint={`${answered} ${answered === 1 ? 'question' : 'questions'}`} onToggle={request} headingRef={answersHeading}>
          <Pending details={details}>{(module) => <module.AnswersSummary answers={answers} editable={editable} />}</Pending>
        </Fold>

        <Fold id="rec-whatif-h" title="What would change this?" hint="one answer at a time" onToggle={request}>
          <Pending details={details}>{(module) => <module.WhatIfList answers={answers} />}</Pending>
        </Fold>

        <Fold id="rec-compare-h" title="How the services compare" hint="each guideline and the services it favours" onToggle={request}>
          <Pending details={details}>{(module) => <module.GuidelineGlance recommendation={recommendation} />}</Pending>
          <p className="no-print">
            <AppLink className="rec-inline-action" to={comparePath(answers)}>
              Open the full comparison, with training methods, frameworks and compute targets
            </AppLink>
          </p>
        </Fold>

        <Fold id="rec-sources-h" className="rec-sources" title="Sources" hint="each page cited above, listed once" onToggle={request}>
          <Pending details={details}>{(module) => <module.SourcesList recommendation={recommendation} />}</Pending>
        </Fold>
      </div>
    </div>
  );
}
