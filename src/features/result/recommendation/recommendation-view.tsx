import { useRef } from 'react';
import type { Answers, Recommendation } from '../../../decision';
import { formatShare } from '../../../decision/share-link';
import { ExportTools } from '../../export/export-tools';
import { onDemand } from '../../shared/on-demand';
import { Notices } from './notices';
import { ServiceCard } from './service-card';
import { TrainingSection } from './training-section';
import { usePrintOpensDetails } from './use-print-opens-details';
import { WhatIfSection } from './what-if-section';
import './recommendation.css';

// Far below the fold and shared with the comparison page: fetched once the ranking is on screen.
const ServiceRulesTable = onDemand(
  () => import('../../compare/service-rules-table').then((module) => module.ServiceRulesTable),
  { placeholder: <p className="rec-loading">Loading the comparison…</p>, afterIdle: true },
);

export interface RecommendationViewProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL of this result, for export. */
  readonly shareUrl: string;
  /** In-app href (e.g. "#/result?v=1&…") of the result for other answers. */
  readonly resultHref: (answers: Answers) => string;
}

/**
 * Everything the decision module says about one set of answers: the services
 * ranked, training in Azure Machine Learning, what would change the ranking,
 * a comparison, and export. It shows the recommendation; it decides nothing.
 */
export function RecommendationView({ recommendation, answers, shareUrl, resultHref }: RecommendationViewProps) {
  const root = useRef<HTMLDivElement>(null);
  usePrintOpensDetails(root);
  // The comparison marks the guidelines these answers set off.
  const compareHref = `#/compare?${formatShare(answers)}`;

  return (
    <div className="rec" ref={root}>
      <Notices recommendation={recommendation} />

      <ExportTools recommendation={recommendation} answers={answers} shareUrl={shareUrl}>
        <a className="button button-secondary" href={compareHref}>
          Compare all services and methods
        </a>
      </ExportTools>

      <section className="rec-section" aria-labelledby="rec-services-h">
        <h2 id="rec-services-h">Services, best fit first</h2>
        <ol className="rec-svcs">
          {recommendation.services.map((service) => (
            <ServiceCard key={service.id} service={service} recommendation={recommendation} />
          ))}
        </ol>
      </section>

      <TrainingSection recommendation={recommendation} />

      <WhatIfSection answers={answers} resultHref={resultHref} />

      <section className="rec-section" aria-labelledby="rec-compare-h">
        <h2 id="rec-compare-h">How the services compare</h2>
        <p className="rec-section-lede">
          Each guideline and the services it favours. The ranking above adds up the ones your answers set off.
        </p>
        <ServiceRulesTable recommendation={recommendation} compact />
        <p>
          <a className="rec-inline-action" href={compareHref}>
            Open the full comparison, with training methods, frameworks and compute targets
          </a>
        </p>
      </section>
    </div>
  );
}
