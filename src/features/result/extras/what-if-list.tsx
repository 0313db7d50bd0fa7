import { useId, useMemo } from 'react';
import type { Answers } from '../../../decision';
import { whatIf } from '../../../decision';
import { AppLink } from '../../shared/app-link';
import { Icon } from '../../shared/icon';
import { resultPath } from '../../shared/paths';
import type { WhatIfGroup } from './what-if-text';
import { changedAnswers, describeGroup, groupChanges } from './what-if-text';

/** Enough to show each kind of outcome for a typical result without a wall of links. */
export const WHAT_IF_SHOWN = 5;

const Arrow = () => (
  <Icon className="icon rec-whatif-arrow no-print" size={16}>
    <path d="M3 8h10M9 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.6" />
  </Icon>
);

/**
 * One sentence per group. A single alternative makes the whole line its
 * link; several get a link each, named by the answer and described by the
 * sentence, so every alternative result stays one step away.
 */
function GroupItem({ group, answers }: { readonly group: WhatIfGroup; readonly answers: Answers }) {
  const sentenceId = useId();
  const sentence = describeGroup(group);
  const [only, ...others] = group.alternatives;
  if (only !== undefined && others.length === 0) {
    return (
      <li data-question={group.question}>
        <AppLink className="rec-whatif-link box" to={resultPath(changedAnswers(answers, only.change))}>
          <span>{sentence}</span>
          <Arrow />
        </AppLink>
      </li>
    );
  }
  return (
    <li className="rec-whatif-group box stack gap-2" data-question={group.question}>
      <p id={sentenceId}>{sentence}</p>
      <ul className="rec-whatif-options cluster no-print">
        {group.alternatives.map((alternative) => (
          <li key={alternative.value}>
            <AppLink
              className="rec-whatif-option"
              to={resultPath(changedAnswers(answers, alternative.change))}
              aria-describedby={sentenceId}
            >
              {alternative.label}
              <Arrow />
            </AppLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

function GroupList({ groups, answers }: { readonly groups: readonly WhatIfGroup[]; readonly answers: Answers }) {
  return (
    <ul className="rec-whatif stack gap-2">
      {groups.map((group) => (
        <GroupItem key={`${group.question}|${group.move}|${group.top.join('+')}`} group={group} answers={answers} />
      ))}
    </ul>
  );
}

/** Every single-answer change that would change first place, grouped into sentences, each alternative a link to its result. */
export function WhatIfList({ answers }: { readonly answers: Answers }) {
  // About a hundred rankings: worth keeping between renders.
  const groups = useMemo(() => groupChanges(whatIf(answers)), [answers]);
  if (groups.length === 0) return <p>No change to a single answer would change which service comes first.</p>;
  const shown = groups.slice(0, WHAT_IF_SHOWN);
  const more = groups.slice(WHAT_IF_SHOWN);
  return (
    <>
      <p className="rec-section-lede muted">
        Each line changes one of your answers and leaves the rest as they are.
        <span className="no-print"> Follow a link to open that result.</span>
      </p>
      <GroupList groups={shown} answers={answers} />
      {more.length > 0 ? (
        // Alternatives beyond the first few are for exploring on screen; paper keeps the main ones.
        <details className="rec-more stack gap-2 no-print">
          <summary>
            Show {more.length} more {more.length === 1 ? 'change' : 'changes'}
          </summary>
          <GroupList groups={more} answers={answers} />
        </details>
      ) : null}
    </>
  );
}
