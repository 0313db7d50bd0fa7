import type { Answers, Recommendation } from '../../../decision';

export interface RecommendationViewProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL of this result, for export. */
  readonly shareUrl: string;
  /** In-app href (e.g. "#/result?v=1&…") of the result for other answers. */
  readonly resultHref: (answers: Answers) => string;
}

// Temporary minimal rendering; replaced by the full result view.
export function RecommendationView({ recommendation }: RecommendationViewProps) {
  return (
    <ol>
      {recommendation.services.map((service) => (
        <li key={service.id} data-service={service.id}>
          {service.name}
        </li>
      ))}
    </ol>
  );
}
