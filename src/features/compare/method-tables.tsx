import { useId } from 'react';
import type { ReactNode } from 'react';
import type { MethodId, QuestionId, Recommendation } from '../../decision';
import {
  COMPUTE_RULES,
  COMPUTE_TARGETS,
  COMPUTE_TARGET_IDS,
  METHODS,
  METHOD_IDS,
  METHOD_RULES,
  QUESTION_BY_ID,
  frameworkAdvice,
  rankComputeTargets,
} from '../../decision';
import { ExternalLink } from '../result/recommendation/external-link';
import { appliedMethodRules, describeTriggers } from './applied-rules';
import { RuleCards } from './rule-cards';
import './compare.css';

/** The questions a method rule listens to decide which group of rows it sits in. */
const METHOD_ROW_GROUPS: readonly { readonly title: string; readonly questions: readonly QuestionId[] }[] = [
  { title: 'Workflow and pipeline features', questions: ['workflow', 'needs'] },
  { title: 'Setup and frameworks', questions: ['setup', 'framework'] },
  { title: 'Where training runs', questions: ['compute'] },
];

function ScrollRegion({ labelledBy, children }: { readonly labelledBy: string; readonly children: ReactNode }) {
  return (
    // A focusable region lets keyboard users scroll a wide table sideways on a narrow screen.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="cmp-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/** The three training methods against the pipeline features, setup choices and compute preference. */
export function MethodRulesTable({ recommendation }: { readonly recommendation?: Recommendation }) {
  const applied = appliedMethodRules(recommendation);
  const captionId = useId();
  return (
    <div className="cmp-restack">
      <ScrollRegion labelledBy={captionId}>
        <table className="cmp-table cmp-table-matrix">
          <caption id={captionId}>
            Which workflow need or preference favours which training method
            {applied.size > 0 ? <span className="cmp-caption-note">Rows marked “Applies to you” are set off by your answers.</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="cmp-corner">
                Need or preference
              </th>
              {METHOD_IDS.map((id) => (
                <th key={id} scope="col" className="cmp-col">
                  {METHODS[id].name}
                  <span className="cmp-col-today">Today: {METHODS[id].today.equivalent}</span>
                </th>
              ))}
            </tr>
          </thead>
          {METHOD_ROW_GROUPS.map((group) => (
            <tbody key={group.title}>
              <tr className="cmp-group">
                <th scope="rowgroup" colSpan={METHOD_IDS.length + 1}>
                  {group.title}
                </th>
              </tr>
              {METHOD_RULES.filter((rule) => group.questions.includes(rule.triggers[0]?.question ?? 'workflow')).map((rule) => {
                const effects = applied.get(rule.id);
                return (
                  <tr key={rule.id} data-rule={rule.id} className={effects === undefined ? 'cmp-row' : 'cmp-row is-yours'}>
                    <th scope="row" className="cmp-rule">
                      <span className="cmp-rule-title">{rule.title}</span>
                      {effects === undefined ? null : <span className="cmp-tag cmp-tag-yours">Applies to you</span>}
                      <span className="cmp-rule-when">
                        <span className="cmp-when-label">Set off by</span> {describeTriggers(rule.triggers)}
                      </span>
                    </th>
                    {METHOD_IDS.map((id: MethodId) =>
                      rule.favours.includes(id) ? (
                        <td key={id} className={effects?.has(id) ? 'cmp-cell is-favours is-applied' : 'cmp-cell is-favours'}>
                          <svg className="cmp-check" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
                            <path d="m2 6.5 2.5 2.5 5.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />
                          </svg>
                          Favours
                          {effects?.has(id) ? <span className="cmp-cell-note">for you</span> : null}
                        </td>
                      ) : (
                        <td key={id} className="cmp-cell is-none">
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">Does not favour</span>
                        </td>
                      ),
                    )}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <RuleCards
        label="Which workflow need or preference favours which training method"
        cards={METHOD_RULES.map((rule) => ({
          id: rule.id,
          title: rule.title,
          yours: applied.has(rule.id),
          whenLabel: 'Set off by',
          when: describeTriggers(rule.triggers),
          favours: rule.favours.map((id) => `${METHODS[id].name} (today: ${METHODS[id].today.equivalent})`),
        }))}
      />
    </div>
  );
}

/** Every framework the source names, with what it offered in 2019 and what to use now. */
export function FrameworkTable({ chosen }: { readonly chosen?: string }) {
  const captionId = useId();
  const frameworks = QUESTION_BY_ID.framework.options;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="cmp-table cmp-table-text">
        <caption id={captionId}>Frameworks: the 2019 estimator and today’s way</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">In the 2019 guidance</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((option) => {
            const advice = frameworkAdvice({ framework: option.value });
            if (advice === undefined) return null;
            const yours = chosen === option.value;
            return (
              <tr key={option.value} data-framework={option.value} className={yours ? 'cmp-row is-yours' : 'cmp-row'}>
                <th scope="row" className="cmp-rule">
                  <span className="cmp-rule-title">{advice.name}</span>
                  {yours ? <span className="cmp-tag cmp-tag-yours">Yours</span> : null}
                </th>
                <td>{advice.then}</td>
                <td>
                  {advice.today}
                  {advice.cautions.map((caution) => (
                    <span key={caution.id} className="cmp-caution">
                      <strong>Watch out:</strong> {caution.text}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The four compute targets: what each is, which answer picks it, and today’s equivalent. */
export function ComputeTable({ chosen }: { readonly chosen?: string }) {
  const captionId = useId();
  // The cautions that hold whatever the answers come from ranking with no answers at all.
  const general = new Map(rankComputeTargets({}).map((target) => [target.id, target.cautions]));
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="cmp-table cmp-table-text">
        <caption id={captionId}>Compute targets: where any of the three methods can run</caption>
        <thead>
          <tr>
            <th scope="col">Compute target</th>
            <th scope="col">What it is</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {COMPUTE_TARGET_IDS.map((id) => {
            const target = COMPUTE_TARGETS[id];
            const picks = COMPUTE_RULES.filter((rule) => rule.favours.includes(id));
            const yours = picks.some((rule) => rule.triggers.some((trigger) => trigger.question === 'compute' && trigger.value === chosen));
            return (
              <tr key={id} data-compute={id} className={yours ? 'cmp-row is-yours' : 'cmp-row'}>
                <th scope="row" className="cmp-rule">
                  <span className="cmp-rule-title">{target.name}</span>
                  {yours ? <span className="cmp-tag cmp-tag-yours">Yours</span> : null}
                  <span className="cmp-rule-when">
                    <span className="cmp-when-label">Chosen by</span> {describeTriggers(picks.flatMap((rule) => rule.triggers))}
                  </span>
                </th>
                <td>{target.summary}</td>
                <td>
                  <strong>{target.today.equivalent}.</strong> {target.today.text}{' '}
                  <ExternalLink href={target.today.source.url}>{target.today.source.title}</ExternalLink>
                  {(general.get(id) ?? []).map((caution) => (
                    <span key={caution.id} className="cmp-caution">
                      <strong>Watch out:</strong> {caution.text}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
