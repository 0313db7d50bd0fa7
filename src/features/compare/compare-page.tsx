import type { ReactNode, RefObject } from 'react';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Answers } from '../../decision';
import { METHODS, SERVICES, SERVICE_IDS, SOURCES, countAnswered, parseShare, recommend } from '../../decision';
import { AppLink } from '../shared/app-link';
import { HOME_PATH, resultPath } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { ExternalLink } from '../result/recommendation/external-link';
import { ComputeTable, FrameworkTable, MethodRulesTable } from './method-tables';
import { ServiceRulesTable } from './service-rules-table';
import './compare.css';

interface ComparePageProps {
  /** When given, the rows these answers set off are marked as the person's own. */
  readonly answers?: Answers;
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Where to go from here, under the heading: in-app links, so the screen renders them within the router. */
  readonly nav?: ReactNode;
}

const TITLE = 'Compare services and training methods';

/**
 * `#/compare`, or `#/compare?<share query>` from a result, which marks that
 * result's answers. A query that holds no valid answer shows the plain page.
 */
export function CompareScreen() {
  const { search } = useLocation();
  const heading = usePageHeading(TITLE);
  const answers = useMemo(() => {
    const parsed = parseShare(search).answers;
    return countAnswered(parsed) > 0 ? parsed : undefined;
  }, [search]);
  const nav =
    answers === undefined ? (
      <AppLink to={HOME_PATH}>Start the questionnaire</AppLink>
    ) : (
      <>
        Your answers are marked in the tables. <AppLink to={resultPath(answers)}>Back to your result</AppLink>
      </>
    );
  return <ComparePage answers={answers} headingRef={heading} nav={nav} />;
}

/**
 * Side by side: the four services against every guideline and factor, and the
 * three training methods against pipeline features, frameworks and compute
 * targets. Works with no answers at all, for someone studying the options.
 */
export function ComparePage({ answers, headingRef, nav }: ComparePageProps = {}) {
  const recommendation = useMemo(() => (answers === undefined ? undefined : recommend(answers)), [answers]);
  const used = recommendation?.usedAnswers;
  const pipelineNotes = METHODS.pipeline.notes;

  return (
    <div className="cmp">
      <header className="cmp-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {TITLE}
        </h1>
        <p className="cmp-lede">
          Every guideline the advisor weighs, and which option it favours. The ranking adds these up; nothing else moves it.
        </p>
        {nav === undefined ? null : <p className="cmp-nav">{nav}</p>}
      </header>

      <section className="cmp-section" aria-labelledby="cmp-services">
        <h2 id="cmp-services">Services against the guidelines</h2>
        <p>
          Six guidelines come from the source; two factors only break ties.{' '}
          <ExternalLink href={SOURCES.chooseService.url}>{SOURCES.chooseService.title}</ExternalLink>
        </p>
        <ServiceRulesTable recommendation={recommendation} />

        <h3>The four services</h3>
        <ul className="cmp-services">
          {SERVICE_IDS.map((id) => {
            const service = SERVICES[id];
            return (
              <li key={id} className={`cmp-service svc-${id}`} data-service={id}>
                <h4 className="cmp-service-name">{service.name}</h4>
                <p>{service.summary}</p>
                <p className="cmp-service-today">
                  <strong>Today:</strong> {service.today.text}
                  {service.today.source === undefined ? null : (
                    <>
                      {' '}
                      <ExternalLink href={service.today.source.url}>{service.today.source.title}</ExternalLink>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="cmp-section" aria-labelledby="cmp-methods">
        <h2 id="cmp-methods">Training methods in Azure Machine Learning</h2>
        <p>
          The methods are named as in the 2019 guidance, and each table also says what to use today, because the 2019
          APIs are retired. <ExternalLink href={SOURCES.trainingMethods.url}>{SOURCES.trainingMethods.title}</ExternalLink>
        </p>
        {pipelineNotes.map((note) => (
          <p key={note.id} className="cmp-note">
            {note.text}
          </p>
        ))}
        <h3>Needs and preferences</h3>
        <MethodRulesTable recommendation={recommendation} />
        <h3>Frameworks</h3>
        <FrameworkTable chosen={recommendation?.trainingApplies ? used?.framework : undefined} />
        <h3>Compute targets</h3>
        <ComputeTable chosen={recommendation?.trainingApplies ? used?.compute : undefined} />
      </section>
    </div>
  );
}
