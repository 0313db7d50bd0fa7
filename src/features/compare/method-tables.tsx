import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { MethodId, MethodRule, Note, QuestionId, Recommendation, Source, Support, SupportRow } from '../../decision';
import {
  COMPUTE_RULES,
  COMPUTE_SUPPORT,
  COMPUTE_TARGETS,
  COMPUTE_TARGET_IDS,
  FRAMEWORK_SUPPORT,
  METHODS,
  METHOD_IDS,
  METHOD_RULES,
  QUESTION_BY_ID,
  favouredBy,
  frameworkAdvice,
  rankComputeTargets,
  triggersOf,
} from '../../decision';
import { SourceLink } from '../shared/external-link';
import { lineageText } from '../shared/words';
import { describeConditions } from '../shared/rule-effects';
import { CheckIcon } from '../shared/check-icon';
import { Icon } from '../shared/icon';
import { RestackTable } from '../shared/restack-table';
import { appliedMethodRules } from '../shared/applied-rules';
import { RuleCards, ruleCard } from './rule-cards';
import { RuleRow, ruleRows } from './rule-row';
import './compare.css';

/** Method rules grouped by the question their first condition asks, in the order the table shows them. */
const METHOD_ROW_GROUPS: readonly { readonly title: string; readonly questions: readonly QuestionId[] }[] = [
  { title: 'Workflow and pipeline features', questions: ['workflow', 'needs'] },
  { title: 'Setup and frameworks', questions: ['setup', 'framework'] },
  { title: 'How your team works', questions: ['language', 'ui', 'control'] },
  { title: 'Where training runs', questions: ['compute'] },
];

const firstQuestion = (rule: MethodRule): QuestionId | undefined => rule.cases[0]?.when[0]?.question;

/** Today's name, with the method's name in the 2019 guidance beneath it. */
function MethodHeading({ id }: { readonly id: MethodId }) {
  const method = METHODS[id];
  return (
    <>
      {method.name}
      <span className="block fs-12 fw-500 muted">{`2019: ${method.lineage.name}`}</span>
    </>
  );
}

const METHOD_CAPTION = 'Which workflow need or preference favours which training method';

/** The training methods against the pipeline features, setup choices, how the team works and compute preference. */
export function MethodRulesTable({ recommendation }: { readonly recommendation?: Recommendation }) {
  const applied = appliedMethodRules(recommendation);
  const nameOf = (id: MethodId) => METHODS[id].name;
  const rows = ruleRows(METHOD_RULES, METHOD_IDS, nameOf, applied);
  return (
    <RestackTable
      caption={METHOD_CAPTION}
      marksYours={applied.size > 0}
      tableClassName="cmp-table-matrix cmp-table-methods"
      corner="Need or preference"
      columns={<MethodColumnHeaders />}
      bodies={METHOD_ROW_GROUPS.map((group) => (
        <tbody key={group.title}>
          <tr className="cmp-group">
            <th scope="rowgroup" colSpan={METHOD_IDS.length + 1}>
              {group.title}
            </th>
          </tr>
          {rows
            .filter(({ rule }) => group.questions.includes(firstQuestion(rule) ?? 'workflow'))
            .map((row) => (
              <RuleRow key={row.rule.id} row={row} ids={METHOD_IDS} />
            ))}
        </tbody>
      ))}
      cards={<RuleCards cards={rows.map((row) => ruleCard(row, nameOf))} />}
    />
  );
}

/** A support cell's mark: an icon for the eye, and words that carry the meaning on their own. */
function SupportMark({ support }: { readonly support: Support }) {
  return (
    <span className={`cmp-support is-${support.level}`}>
      {support.level === 'yes' ? (
        <CheckIcon className="cmp-support-icon" />
      ) : (
        <Icon className="cmp-support-icon">
          {support.level === 'through-steps' ? (
            <path d="M3 1.5v5.5h6.5M7 4.5 9.5 7 7 9.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          ) : (
            <path d="m3 3 6 6M9 3 3 9" fill="none" stroke="currentColor" strokeWidth="1.5" />
          )}
        </Icon>
      )}
      {support.label}
    </span>
  );
}

/** A mark with a page of its own differs from its row's page: it says why, and cites that page. */
function OwnSource({ support }: { readonly support: Support }) {
  if (support.source === undefined) return null;
  return (
    <span className="cmp-support-note muted">
      {support.text} <SourceLink source={support.source} />
    </span>
  );
}

/** The pages behind a framework's "today": its sources after the 2019 one. */
function TodayLinks({ sources }: { readonly sources: readonly Source[] }) {
  return sources.slice(1).map((source, index) => (
    <Fragment key={source.url}>
      {index > 0 ? ' · ' : null}
      <SourceLink source={source} />
    </Fragment>
  ));
}

/** Where a row's marks come from. */
function RowSource({ row }: { readonly row: SupportRow }) {
  return (
    <span className="cmp-support-note muted">
      Marks from <SourceLink source={row.source} />
    </span>
  );
}

function SupportCells({ row, notes = {} }: { readonly row: SupportRow; readonly notes?: Partial<Record<MethodId, string>> }) {
  return METHOD_IDS.map((id) => (
    <td key={id} className="cmp-support-cell">
      <SupportMark support={row.methods[id]} />
      {/* A mark with a page of its own says the same in its own words. */}
      {notes[id] === undefined || row.methods[id].source !== undefined ? null : <span className="cmp-support-note muted">{notes[id]}</span>}
      <OwnSource support={row.methods[id]} />
    </td>
  ));
}

/** The same marks as a list, for the narrow-screen card of one row. */
function SupportList({ row }: { readonly row: SupportRow }) {
  return (
    <dl className="cmp-support-list stack gap-1">
      {METHOD_IDS.map((id) => (
        <div key={id} className="cmp-support-item">
          <dt className="muted">
            <MethodHeading id={id} />
          </dt>
          <dd className="fs-14">
            <SupportMark support={row.methods[id]} />
            <OwnSource support={row.methods[id]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Cautions({ cautions }: { readonly cautions: readonly Note[] }) {
  return cautions.map((caution) => (
    <span key={caution.id} className="cmp-caution fs-14">
      <strong>Watch out:</strong> {caution.text} <SourceLink source={caution.source} />
    </span>
  ));
}

/** A column heading per training method, for every table with the methods across. */
function MethodColumnHeaders() {
  return METHOD_IDS.map((id) => (
    <th key={id} scope="col" className="cmp-col cmp-col-method">
      <MethodHeading id={id} />
    </th>
  ));
}

interface SupportMatrixProps {
  readonly caption: string;
  /** What the rows are, as the first column's header. */
  readonly rowsAre: string;
  /** One `<tr>` per row: its header, a cell per method, then today's advice. */
  readonly tableRows: ReactNode;
  /** The same rows as cards, for narrow screens. */
  readonly cards: ReactNode;
}

/** A table of rows against the training methods, with a card list that replaces it on narrow screens. */
function SupportMatrix({ caption, rowsAre, tableRows, cards }: SupportMatrixProps) {
  return (
    <RestackTable
      caption={caption}
      className="cmp-restack-wide"
      tableClassName="cmp-table-support"
      corner={rowsAre}
      columns={
        <>
          <MethodColumnHeaders />
          <th scope="col" className="cmp-col-today-text">
            Today
          </th>
        </>
      }
      bodies={<tbody>{tableRows}</tbody>}
      cards={cards}
    />
  );
}

const FRAMEWORK_CAPTION = 'Frameworks: which training method supports which, and what to use today';

/** Every framework the source names against the training methods, with what to use today. */
export function FrameworkTable({ chosen }: { readonly chosen?: string }) {
  const rows = QUESTION_BY_ID.framework.options.flatMap((option) => {
    const advice = frameworkAdvice({ framework: option.value });
    return advice === undefined ? [] : [{ advice, support: FRAMEWORK_SUPPORT[option.value], yours: chosen === option.value }];
  });
  return (
    <SupportMatrix
      caption={FRAMEWORK_CAPTION}
      rowsAre="Framework"
      tableRows={rows.map(({ advice, support, yours }) => (
        <tr key={advice.framework} data-framework={advice.framework} className={yours ? 'cmp-row is-yours' : 'cmp-row'}>
          <th scope="row" className="cmp-rule">
            <span className="cmp-rule-title">{advice.name}</span>
            {yours ? <span className="tag tag-yours">Yours</span> : null}
          </th>
          {/* What the 2019 guidance offered for it is the estimator's story, so it sits in that column. */}
          <SupportCells row={support} notes={{ estimator: advice.then }} />
          <td className="cmp-today fs-14">
            {advice.today} <TodayLinks sources={advice.sources} />
            <Cautions cautions={advice.cautions} />
            <RowSource row={support} />
          </td>
        </tr>
      ))}
      cards={rows.map(({ advice, support, yours }) => (
        <li key={advice.framework} className={yours ? 'table-card panel stack gap-2 is-yours' : 'table-card panel stack gap-2'} data-framework={advice.framework}>
          <p className="table-card-title cluster">
            <strong>{advice.name}</strong>
            {yours ? <span className="tag tag-yours">Yours</span> : null}
          </p>
          <SupportList row={support} />
          <p className="muted fs-14">
            <span className="cmp-when-label">In 2019</span> {advice.then}
          </p>
          <p className="fs-14">
            <span className="cmp-when-label">Today</span> {advice.today} <TodayLinks sources={advice.sources} />
            <Cautions cautions={advice.cautions} />
            <RowSource row={support} />
          </p>
        </li>
      ))}
    />
  );
}

const COMPUTE_CAPTION = 'Compute targets: which training method can run where';

/** The compute targets against the training methods: what each is today, what it was in 2019, which answer picks it, and what changed. */
export function ComputeTable({ chosen }: { readonly chosen?: string }) {
  // The cautions that hold whatever the answers come from ranking with no answers at all.
  const general = new Map(rankComputeTargets({}).map((target) => [target.id, target.cautions]));
  const rows = COMPUTE_TARGET_IDS.map((id) => {
    const picks = COMPUTE_RULES.filter((rule) => favouredBy(rule).includes(id));
    return {
      id,
      target: COMPUTE_TARGETS[id],
      support: COMPUTE_SUPPORT[id],
      chosenBy: picks.map((rule) => describeConditions(rule, 'for')).join('; '),
      yours: picks.some((rule) => triggersOf(rule).some((trigger) => trigger.question === 'compute' && trigger.value === chosen)),
      cautions: general.get(id) ?? [],
    };
  });
  return (
    <SupportMatrix
      caption={COMPUTE_CAPTION}
      rowsAre="Compute target"
      tableRows={rows.map(({ id, target, support, chosenBy, yours, cautions }) => (
        <tr key={id} data-compute={id} className={yours ? 'cmp-row is-yours' : 'cmp-row'}>
          <th scope="row" className="cmp-rule">
            <span className="cmp-rule-title">{target.name}</span>
            {yours ? <span className="tag tag-yours">Yours</span> : null}
            <span className="cmp-rule-then fw-500 muted">{lineageText(target.lineage)}</span>
            <span className="cmp-rule-statement muted">{target.summary}</span>
            <span className="cmp-rule-when muted">
              <span className="cmp-when-label">Chosen by</span> {chosenBy}
            </span>
          </th>
          <SupportCells row={support} />
          <td className="cmp-today fs-14">
            {target.today.text} <SourceLink source={target.today.source} />
            <Cautions cautions={cautions} />
            <RowSource row={support} />
          </td>
        </tr>
      ))}
      cards={rows.map(({ id, target, support, chosenBy, yours, cautions }) => (
        <li key={id} className={yours ? 'table-card panel stack gap-2 is-yours' : 'table-card panel stack gap-2'} data-compute={id}>
          <p className="table-card-title cluster">
            <strong>{target.name}</strong>
            {yours ? <span className="tag tag-yours">Yours</span> : null}
          </p>
          <p className="fs-13 fw-500 muted">{lineageText(target.lineage)}</p>
          <p className="muted fs-14">{target.summary}</p>
          <SupportList row={support} />
          <p className="fs-14">
            <span className="cmp-when-label">What changed</span> {target.today.text}{' '}
            <SourceLink source={target.today.source} />
            <Cautions cautions={cautions} />
            <RowSource row={support} />
          </p>
          <p className="muted fs-14">
            <span className="cmp-when-label">Chosen by</span> {chosenBy}
          </p>
        </li>
      ))}
    />
  );
}
