import { useMemo, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Answers, Ranking, Recommendation, ServiceId } from '../../../decision';
import { walkQuestions } from '../../../decision';
import { AppLink } from '../../shared/app-link';
import { comparePath, planTrainingPath } from '../../shared/paths';
import { useAfterFirstPaint } from '../../shared/use-after-first-paint';
import { Fold } from './fold';
import { Caveat, Notices } from './notices';
import type { CiteSource } from './notices';
import { ServiceRow } from './service-row';
import { useDetails } from './use-details';
import type { Details } from './use-details';
import { numberWord } from '../../shared/words';
import './recommendation.css';

interface RecommendationViewProps {
  readonly ranking: Ranking;
  readonly answers: Answers;
  /** A service whose details open with the page (`open=` in the link). */
  readonly open?: ServiceId;
  /** Edit links change the saved answers, so they are offered only when those are the ones shown. */
  readonly editable?: boolean;
  /** The "Your answers" heading, for the page's way to jump there. */
  readonly answersHeading?: RefObject<HTMLHeadingElement | null>;
  /** Ways to keep a copy of this result, from the app (the export tools), given the explained result; shown with the folded parts, or left out. */
  readonly keepACopy?: (recommendation: Recommendation) => ReactNode;
  /** What the page says about the ranking once it has been read, such as answers that differ from the saved ones. */
  readonly afterRanking?: ReactNode;
}

/** Stands in for a folded part whose code is downloading (the browser tests wait for nothing to be busy). */
export function PartLoading() {
  return (
    <p className="rec-loading muted no-print" aria-busy="true">
      Loading…
    </p>
  );
}

type DetailsModule = NonNullable<Details['module']>;

/** The folded parts' code, and the ranking explained by it, once they are here. */
interface Explained {
  readonly module: DetailsModule;
  readonly recommendation: Recommendation;
}

/** What a fold shows until its code is here, or when it could not come. */
function Pending({
  details,
  explained,
  children,
}: {
  readonly details: Details;
  readonly explained: Explained | undefined;
  readonly children: (module: DetailsModule, recommendation: Recommendation) => ReactNode;
}) {
  if (explained !== undefined) return children(explained.module, explained.recommendation);
  if (details.failed) return <p className="rec-loading muted no-print">Couldn’t load this part of the result. Close and open it again to retry, or reload the page.</p>;
  return <PartLoading />;
}

function SkippedTraining({ ranking }: { readonly ranking: Ranking }) {
  const skipped = ranking.notices.find((note) => note.id === 'training-not-planned');
  return (
    <section className="rec-training panel-dashed stack gap-2" aria-labelledby="rec-training-h">
      <h2 id="rec-training-h">Training in Azure Machine Learning</h2>
      <p>
        {skipped?.text ?? 'Training methods are not shown for these answers.'}{' '}
        <AppLink className="fw-600 no-print" to={planTrainingPath()}>
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
 * the ranking is on screen (decision 0009), and what is below the ranking
 * renders once the ranking has been painted (decision 0014). It shows; it
 * decides nothing.
 */
export function RecommendationView({ ranking, answers, open, editable = true, answersHeading, keepACopy, afterRanking }: RecommendationViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const rankingPainted = useAfterFirstPaint();
  const details = useDetails(open !== undefined);
  const { request, module } = details;
  // The words behind the ranking come with the folded parts' code.
  const explained = useMemo(() => (module === undefined ? undefined : { module, recommendation: module.explain(ranking) }), [module, ranking]);
  const answered = walkQuestions(answers).visible.length;
  const cite: CiteSource = (source) =>
    explained === undefined ? null : <explained.module.Cite source={source} recommendation={explained.recommendation} />;

  return (
    <div className="rec stack" ref={root}>
      {/* Paper unfolds everything; until the folded parts' code is here there is nothing to unfold. */}
      {explained === undefined ? null : <explained.module.PrintOpensDetails root={root} />}
      <Notices ranking={ranking} cite={cite} />

      <section className="rec-ranking stack" aria-labelledby="rec-services-h">
        <h2 id="rec-services-h">Services, best fit first</h2>
        <ol className="rec-svcs stack gap-2">
          {ranking.services.map((service, index) => (
            <ServiceRow key={service.id} service={service} ranking={ranking} open={service.id === open} onToggle={request}>
              <Pending details={details} explained={explained}>
                {(module, recommendation) => <module.ServiceDetails service={recommendation.services[index]!} recommendation={recommendation} />}
              </Pending>
            </ServiceRow>
          ))}
        </ol>
        {rankingPainted ? <Caveat ranking={ranking} cite={cite} /> : null}
      </section>
      {afterRanking}

      {!rankingPainted || keepACopy === undefined ? null : (
        <section className="rec-keep cluster" aria-labelledby="rec-keep-h">
          <h2 className="caps" id="rec-keep-h">Keep a copy</h2>
          {/* Shown with the folded parts, whose chunk holds its code too: one download, one "Loading…". */}
          <Pending details={details} explained={explained}>
            {(_module, recommendation) => keepACopy(recommendation)}
          </Pending>
        </section>
      )}

      {rankingPainted ? (
        <div className="rec-folds stack">
          {ranking.trainingApplies ? (
            <Fold
              id="rec-training-h"
              className="rec-training"
              title="Training in Azure Machine Learning"
              hint={`${numberWord(ranking.methods.length)} methods and ${numberWord(ranking.computeTargets.length)} compute targets, today’s names first`}
              onToggle={request}
            >
              <Pending details={details} explained={explained}>
                {(module, recommendation) => <module.TrainingSection recommendation={recommendation} />}
              </Pending>
            </Fold>
          ) : (
            <SkippedTraining ranking={ranking} />
          )}

          <Fold id="your-answers" title="Your answers" hint={`${answered} ${answered === 1 ? 'question' : 'questions'}`} onToggle={request} headingRef={answersHeading}>
            <Pending details={details} explained={explained}>
              {(module) => <module.AnswersSummary answers={answers} editable={editable} />}
            </Pending>
          </Fold>

          <Fold id="rec-whatif-h" title="What would change this?" hint="one answer at a time" onToggle={request}>
            <Pending details={details} explained={explained}>
              {(module) => <module.WhatIfList answers={answers} />}
            </Pending>
          </Fold>

          <Fold id="rec-compare-h" title="How the services compare" hint="each guideline and the services it favours" onToggle={request}>
            <Pending details={details} explained={explained}>
              {(module, recommendation) => <module.GuidelineGlance recommendation={recommendation} />}
            </Pending>
            <p className="no-print">
              <AppLink className="fw-600 no-print" to={comparePath(answers)}>
                Open the full comparison, with training methods, frameworks and compute targets
              </AppLink>
            </p>
          </Fold>

          <Fold id="rec-sources-h" className="rec-sources" title="Sources" hint="each page cited above, listed once" onToggle={request}>
            <Pending details={details} explained={explained}>
              {(module, recommendation) => <module.SourcesList recommendation={recommendation} />}
            </Pending>
          </Fold>
        </div>
      ) : null}
    </div>
  );
}
