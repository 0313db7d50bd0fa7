import { useDeferredValue, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Answers, Recommendation } from '../../../decision';
import { formatShare } from '../../../decision/share-link';
import { AppLink } from '../../shared/app-link';
import { onDemand } from '../../shared/on-demand';
import { COMPARE_PATH } from '../../shared/paths';
import { Notices } from './notices';
import { ServiceCard } from './service-card';
import { TrainingSection } from './training-section';
import { usePrintOpensDetails } from './use-print-opens-details';
import './recommendation.css';

/** Shown where the page's extras will be until their code is there (browser tests wait for it to go). */
export const COMPARISON_PLACEHOLDER = 'Loading the comparison…';

// Far below the fold: fetched once the ranking is on screen and the page is idle.
const loadExtras = () => import('../../result-extras');
const WhatIfList = onDemand(() => loadExtras().then((module) => module.WhatIfList), {
  placeholder: <p className="rec-loading">Working out what would change this…</p>,
  afterIdle: true,
});
const GuidelineGlance = onDemand(() => loadExtras().then((module) => module.GuidelineGlance), {
  placeholder: <p className="rec-loading">{COMPARISON_PLACEHOLDER}</p>,
  afterIdle: true,
});

/** The comparison page marking the guidelines these answers set off. */
export function comparePath(answers: Answers): string {
  return `${COMPARE_PATH}?${formatShare(answers)}`;
}

export interface RecommendationViewProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Shown after the ranking and training, before what would change it (the page puts "Your answers" here). */
  readonly children?: ReactNode;
}

/**
 * Everything the decision module says about one set of answers: the services
 * ranked, training in Azure Machine Learning, what would change the ranking,
 * and a comparison. It shows the recommendation; it decides nothing.
 */
export function RecommendationView({ recommendation, answers, children }: RecommendationViewProps) {
  const root = useRef<HTMLDivElement>(null);
  usePrintOpensDetails(root);
  // The first frame holds the ranking only; everything below it renders straight after, in the
  // background, so a cold share link paints its answer without laying out the whole page first.
  const belowRanking = useDeferredValue(true, false);

  return (
    <div className="rec" ref={root} aria-busy={belowRanking ? undefined : true}>
      <Notices recommendation={recommendation} />

      <section className="rec-section" aria-labelledby="rec-services-h">
        <h2 id="rec-services-h">Services, best fit first</h2>
        <ol className="rec-svcs">
          {recommendation.services.map((service) => (
            <ServiceCard key={service.id} service={service} recommendation={recommendation} />
          ))}
        </ol>
      </section>

      {belowRanking ? <BelowRanking recommendation={recommendation} answers={answers}>{children}</BelowRanking> : null}
    </div>
  );
}

function BelowRanking({ recommendation, answers, children }: RecommendationViewProps) {
  return (
    <>
      <TrainingSection recommendation={recommendation} />

      {children}

      <section className="rec-section" aria-labelledby="rec-whatif-h">
        <h2 id="rec-whatif-h">What would change this?</h2>
        <WhatIfList answers={answers} />
      </section>

      <section className="rec-section" aria-labelledby="rec-compare-h">
        <h2 id="rec-compare-h">How the services compare</h2>
        <p className="rec-section-lede">
          Each guideline and the services it favours. The ranking above adds up the ones your answers set off.
        </p>
        <GuidelineGlance recommendation={recommendation} />
        <p className="no-print">
          <AppLink className="rec-inline-action" to={comparePath(answers)}>
            Open the full comparison, with training methods, frameworks and compute targets
          </AppLink>
        </p>
      </section>
    </>
  );
}
