import type { RankedService, Recommendation, ServiceId } from '../../../decision';
import { SERVICE_RULES } from '../../../decision';
import { ExternalLink } from './external-link';
import { bestFitLabel, rankLabel } from './rank-label';
import { CautionList, ReasonList } from './reason-list';
import { SourceLink } from './source-link';
import { WhyNot } from './why-not';

/** Decorative monograms: the service name is always written beside them. */
const MONOGRAM: Record<ServiceId, string> = {
  'azure-ml': 'ML',
  databricks: 'DB',
  synapse: 'SY',
  'ai-services': 'FT',
  fabric: 'FA',
};

const TIE_BREAKERS: ReadonlySet<string> = new Set(SERVICE_RULES.filter((rule) => rule.kind === 'factor').map((rule) => rule.id));

/**
 * Where the service comes from in the Learn unit, when that differs from its
 * heading: the name the unit used (Azure AI Services, now Foundry Tools), or
 * why a service the unit does not name is ranked at all (Fabric).
 */
function ServiceLineage({ service }: { readonly service: RankedService }) {
  const { lineage } = service;
  if (lineage.name === service.name) return null;
  return (
    <p className="rec-svc-lineage">
      {lineage.name === undefined ? (
        lineage.label
      ) : (
        <>
          {lineage.label}: <span className="rec-lineage-name">{lineage.name}</span>
        </>
      )}{' '}
      <SourceLink source={lineage.source} compact />
    </p>
  );
}

interface ServiceCardProps {
  readonly service: RankedService;
  readonly recommendation: Recommendation;
}

export function ServiceCard({ service, recommendation }: ServiceCardProps) {
  const best = bestFitLabel(service);
  const id = `rec-svc-${service.id}`;
  return (
    <li
      className={`rec-svc svc-${service.id}${best === undefined ? '' : ' is-first'}`}
      data-service={service.id}
      data-rank={service.rank}
    >
      {best === undefined ? null : (
        <p className="rec-svc-badge">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
            <path d="m8 1.5 1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.2l-3.9 2.3 1-4.4-3.4-3 4.5-.5z" fill="currentColor" />
          </svg>
          {best}
        </p>
      )}
      <div className="rec-svc-head">
        <span className="rec-svc-mono" aria-hidden="true">
          {MONOGRAM[service.id]}
        </span>
        <div className="rec-svc-heading">
          <h3 className="rec-svc-name" id={`${id}-name`}>
            <span className="rec-rank">{rankLabel(service)}</span>
            <span className="visually-hidden">:</span> {service.name}
          </h3>
          <ServiceLineage service={service} />
          <p className="rec-svc-summary">{service.summary}</p>
        </div>
      </div>

      <div className="rec-svc-body">
        <div className="rec-block">
          <h4>Why</h4>
          {service.neutral ? (
            <p className="rec-neutral">No answer you gave moves this service.</p>
          ) : (
            <ReasonList reasons={service.reasons} tieBreakers={TIE_BREAKERS} />
          )}
        </div>
        {service.cautions.length > 0 ? (
          <div className="rec-block">
            <h4>Watch out</h4>
            <CautionList cautions={service.cautions} />
          </div>
        ) : null}
      </div>

      <div className="rec-today">
        <h4>
          Today <span className="rec-today-tag">checked against current documentation</span>
        </h4>
        <p>
          {service.today.text} <SourceLink source={service.today.source} prefix="" />
        </p>
      </div>

      <WhyNot recommendation={recommendation} service={service.id} headingId={`${id}-whynot`} />

      <div className="rec-learn">
        <p className="rec-first-step">
          <ExternalLink href={service.firstStep.url}>Get started: {service.firstStep.title}</ExternalLink>
        </p>
        <h4>Learn more</h4>
        <ul className="rec-links">
          {service.learnMore.map((source) => (
            <li key={source.url}>
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
