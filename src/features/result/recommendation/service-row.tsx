import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { ServicePlace, Ranking } from '../../../decision';
import { ExternalLink } from '../../shared/external-link';
import { bestFitLabel, rankLabel } from '../../shared/rank-label';
import { WHY_LABEL, whyLine } from './why-line';

interface ServiceRowProps {
  readonly service: ServicePlace;
  readonly ranking: Ranking;
  /** Opens the details with the page (`open=` in the link). */
  readonly open: boolean;
  readonly onToggle: () => void;
  /** The reasons, watch-outs, today's note and "why not", or a placeholder while their code loads. */
  readonly children: ReactNode;
}

function WhyText({ service, ranking }: Omit<ServiceRowProps, 'open' | 'onToggle' | 'children'>) {
  const why = whyLine(ranking, service);
  if (why.kind === 'none') return <p className="rec-svc-why muted italic">No answer you gave moves this service.</p>;
  const items = why.more > 0 ? [...why.named, `${why.more} more`] : why.named;
  return (
    <p className={`rec-svc-why muted is-${why.kind}`}>
      <span className="rec-why-label">{WHY_LABEL[why.kind]}:</span>{' '}
      {items.map((item, index) => (
        // A dot after each name but the last (drawn by the styles: guideline names keep their own
        // capitals, which would jar after a comma); a comma, or "and", to listen to.
        <Fragment key={item}>
          {index === 0 ? null : ' '}
          <span className="rec-why-item">
            {item}
            {index === items.length - 1 ? null : <span className="visually-hidden">{index === items.length - 2 ? ' and' : ','}</span>}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

/**
 * One service in the ranking, compact: its place (ties written as ties), its
 * name, one line of why and its first step. The reasons in full, the
 * watch-outs, today's note and "why not" are folded beneath.
 */
export function ServiceRow({ service, ranking, open, onToggle, children }: ServiceRowProps) {
  const best = bestFitLabel(service);
  const id = `rec-svc-${service.id}`;
  return (
    <li
      className={`rec-svc panel pick cluster svc-${service.id}${best === undefined ? '' : ' is-first pick-top'}${service.tied ? ' is-tied' : ''}`}
      data-service={service.id}
      data-rank={service.rank}
    >
      <div className="rec-svc-top cluster">
        <h3 className="rec-svc-name" id={`${id}-name`}>
          <span className="rec-rank">{rankLabel(service)}</span>
          <span className="visually-hidden">:</span> {service.name}
        </h3>
        {best === undefined ? null : (
          <p className="rec-svc-badge">
            <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
              <path d="m8 1.5 1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.2l-3.9 2.3 1-4.4-3.4-3 4.5-.5z" fill="currentColor" />
            </svg>
            {best}
          </p>
        )}
      </div>
      <WhyText service={service} ranking={ranking} />
      <details className="rec-svc-more" open={open} onToggle={onToggle}>
        <summary className="chevron no-print">
          Reasons and details<span className="visually-hidden"> for {service.name}</span>
        </summary>
        {children}
      </details>
      <p className="rec-first-step fs-15 fw-600">
        {/* On a phone the page's title stays in the link's name only: the row keeps to one line. */}
        <ExternalLink href={service.firstStep.url}>
          Get started<span className="rec-first-step-title fw-400">: {service.firstStep.title}</span>
        </ExternalLink>
      </p>
    </li>
  );
}
