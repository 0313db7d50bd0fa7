import type { RankedService, Recommendation } from '../../../decision';
import { SERVICE_RULES } from '../../../decision';
import { Cite } from './cite';
import { SourceLinks } from './source-links';
import { CautionList, ReasonList } from './reason-list';
import { WhyNot } from './why-not';

const TIE_BREAKERS: ReadonlySet<string> = new Set(SERVICE_RULES.filter((rule) => rule.kind === 'factor').map((rule) => rule.id));

interface ServiceDetailsProps {
  readonly service: RankedService;
  readonly recommendation: Recommendation;
}

/**
 * Where the service comes from in the Learn unit, when that differs from its
 * heading: the name the unit used (Azure AI Services, now Foundry Tools), or
 * why a service the unit does not name is ranked at all (Fabric).
 */
function ServiceLineage({ service, recommendation }: ServiceDetailsProps) {
  const { lineage } = service;
  if (lineage.name === service.name) return null;
  return (
    <p className="rec-svc-lineage muted fs-14">
      {lineage.name === undefined ? (
        lineage.label
      ) : (
        <>
          {lineage.label}: <span className="rec-lineage-name fw-700">{lineage.name}</span>
        </>
      )}
      <Cite source={lineage.source} recommendation={recommendation} />
    </p>
  );
}

/** What a service's row folds away: what it is, every reason, the watch-outs, today's note, why it is not first, and more to read. */
export function ServiceDetails({ service, recommendation }: ServiceDetailsProps) {
  const id = `rec-svc-${service.id}`;
  return (
    <div className="rec-svc-body stack gap-4">
      <div className="rec-svc-about stack gap-1">
        <p className="rec-svc-summary muted">{service.summary}</p>
        <ServiceLineage service={service} recommendation={recommendation} />
      </div>

      <div className="rec-svc-columns stack gap-4">
        <div className="rec-block">
          <h4 className="caps">Why</h4>
          {service.neutral ? (
            <p className="rec-neutral muted italic">No answer you gave moves this service.</p>
          ) : (
            <ReasonList reasons={service.reasons} recommendation={recommendation} tieBreakers={TIE_BREAKERS} />
          )}
        </div>
        {service.cautions.length > 0 ? (
          <div className="rec-block">
            <h4 className="caps">Watch out</h4>
            <CautionList cautions={service.cautions} recommendation={recommendation} />
          </div>
        ) : null}
      </div>

      <div className="rec-today box">
        <h4 className="caps cluster">
          Today <span className="rec-today-tag no-print">checked against current documentation</span>
        </h4>
        <p>
          {service.today.text}
          <Cite source={service.today.source} recommendation={recommendation} />
        </p>
      </div>

      <WhyNot recommendation={recommendation} service={service.id} headingId={`${id}-whynot`} />

      <div className="rec-learn">
        <h4 className="caps">Learn more</h4>
        <SourceLinks sources={service.learnMore} />
      </div>
    </div>
  );
}
