import type { ReactNode, RefObject } from 'react';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Answers } from '../../decision';
import { METHODS, SERVICES, SERVICE_IDS, SERVICE_RULES, SOURCES, recommend } from '../../decision';
import { AppLink } from '../shared/app-link';
import { HOME_PATH, readCompareAnswers, resultPath } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { ExternalLink, SourceLink } from '../shared/external-link';
import { lineageText, numberWord } from '../shared/words';
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
  const answers = useMemo(() => readCompareAnswers(search), [search]);
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

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Side by side: the services against every guideline and factor, and the
 * training methods against pipeline features, frameworks and compute
 * targets. Works with no answers at all, for someone studying the options.
 */
export function ComparePage({ answers, headingRef, nav }: ComparePageProps = {}) {
  const recommendation = useMemo(() => (answers === undefined ? undefined : recommend(answers)), [answers]);
  const used = recommendation?.usedAnswers;
  const pipelineNotes = METHODS.pipeline.notes;
  const guidelines = SERVICE_RULES.filter((rule) => rule.kind === 'guideline').length;
  const factors = SERVICE_RULES.length - guidelines;

  return (
    <div className="cmp print-urls stack">
      <header className="cmp-header stack gap-2">
        <h1 ref={headingRef} tabIndex={-1}>
          {TITLE}
        </h1>
        <p className="cmp-lede muted">
          Every guideline the advisor weighs, and which option it favours. The ranking adds these up; nothing else moves it.
        </p>
        {nav === undefined ? null : <p className="cmp-nav no-print">{nav}</p>}
      </header>

      <section className="cmp-section stack gap-4" aria-labelledby="cmp-services">
        <h2 id="cmp-services">Services against the guidelines</h2>
        <p>
          {capitalise(numberWord(guidelines))} guidelines come from the Learn unit; {numberWord(factors)} factors only break
          ties.{' '}
          <SourceLink source={SOURCES.chooseService} />
        </p>
        <ServiceRulesTable recommendation={recommendation} />

        <h3>The {numberWord(SERVICE_IDS.length)} services</h3>
        <ul className="cmp-services stack plain-list">
          {SERVICE_IDS.map((id) => {
            const service = SERVICES[id];
            return (
              <li key={id} className={`cmp-service panel stack gap-2 svc-${id}`} data-service={id}>
                <h4 className="fs-17">{service.name}</h4>
                {service.lineage.name === service.name ? null : <p className="muted fs-14">{lineageText(service.lineage)}</p>}
                <p>{service.summary}</p>
                <p className="muted fs-14">
                  <strong>Today:</strong> {service.today.text}{' '}
                  <SourceLink source={service.today.source} />
                </p>
                <p className="fw-600">
                  <ExternalLink href={service.firstStep.url}>Get started: {service.firstStep.title}</ExternalLink>
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="cmp-section stack gap-4" aria-labelledby="cmp-methods">
        <h2 id="cmp-methods">Training methods in Azure Machine Learning</h2>
        <p>
          Each method is headed by what to use today, with its name in the 2019 guidance beneath it.{' '}
          <SourceLink source={SOURCES.trainModels2019} />
          {' · '}
          <SourceLink source={SOURCES.trainModelsToday} />
        </p>
        {pipelineNotes.map((note) => (
          <p key={note.id} className="note">
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
