import type { FormEvent, RefObject } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Answers } from '../../decision';
import { countAnswered } from '../../decision';
import { useAnswersStore } from '../shared/answers/answers-store';
import { AppLink } from '../shared/app-link';
import { IgnoredNotice } from '../shared/ignored-notice';
import { RESUME_PATH, resultPath } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import type { DifferenceRow, Side } from './comparison';
import { differenceRows, sameTop, sideOf } from './comparison';
import { readPastedLink, readVersusLink, shareQueryOf, versusPath } from './versus-link';
import './colleague.css';

const TITLE = 'Compare with a colleague’s link';
const READ_THE_REST = 'Everything else in it was read, and the comparison uses it.';

/** Carried in the history entry of a comparison made by pasting: what the pasted text had that was ignored. */
interface PastedState {
  readonly pastedProblems: readonly string[];
}

function pastedProblemsFrom(state: unknown): readonly string[] | undefined {
  const problems = (state as Partial<PastedState> | null)?.pastedProblems;
  return Array.isArray(problems) && problems.every((problem) => typeof problem === 'string') ? problems : undefined;
}

/**
 * `#/versus?<my share query>&with=<theirs>`: two people's answers side by
 * side. Opened from a result, the link's answers are "mine"; a link without
 * any uses the answers saved in this browser. The colleague's link is pasted
 * here, and the comparison that results is itself a link that carries both.
 */
export function ColleagueScreen() {
  const { search, state, key } = useLocation();
  const link = useMemo(() => readVersusLink(search), [search]);
  const saved = useAnswersStore((store) => store.answers);
  const heading = usePageHeading(TITLE);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const mineFromLink = countAnswered(link.mine.answers) > 0;
  const mine = mineFromLink ? link.mine.answers : saved;
  const theirs = link.theirs;
  // A comparison made by pasting carries the canonical answers; what the pasted text had besides is in the history entry.
  const pasted = pastedProblemsFrom(state);
  const theirProblems = pasted ?? theirs?.problems ?? [];

  useEffect(() => {
    // After a paste, start reading at the comparison rather than at the top of the page (runs after usePageHeading's focus).
    if (pasted !== undefined) resultsHeading.current?.focus();
  }, [key, pasted]);

  const haveMine = countAnswered(mine) > 0;
  const haveTheirs = theirs !== undefined && countAnswered(theirs.answers) > 0;

  return (
    <div className="vs stack">
      <header className="page-header">
        <p className="eyebrow caps">Compare</p>
        <h1 ref={heading} tabIndex={-1}>
          {TITLE}
        </h1>
        <p className="lead">
          Paste the link to a colleague’s result to see both top picks side by side, and which answers differ.
        </p>
      </header>

      <IgnoredNotice title="Part of this comparison link was ignored" problems={link.problems}>
        {READ_THE_REST}
      </IgnoredNotice>
      <IgnoredNotice title="Part of your answers’ link was ignored" problems={link.mine.problems}>
        {mineFromLink || !haveMine ? READ_THE_REST : 'None of it could be used, so the answers saved in this browser are compared instead.'}
      </IgnoredNotice>
      <IgnoredNotice title="Part of your colleague’s link was ignored" problems={theirProblems}>
        {READ_THE_REST}
      </IgnoredNotice>

      {!haveMine ? (
        <NoAnswersYet theirs={haveTheirs ? theirs.answers : undefined} />
      ) : haveTheirs ? (
        <>
          <Comparison mine={mine} theirs={theirs.answers} headingRef={resultsHeading} />
          <PasteForm mine={mine} again />
        </>
      ) : (
        <>
          {theirs === undefined ? null : (
            <p className="notice notice-warning">No answers could be read from your colleague’s link in this address.</p>
          )}
          <PasteForm mine={mine} />
        </>
      )}
    </div>
  );
}

function NoAnswersYet({ theirs }: { readonly theirs: Answers | undefined }) {
  return (
    <div className="card vs-empty">
      <h2>You have no answers to compare yet</h2>
      <p>
        Answer the questions first, or open this page from your result with “Compare with a colleague’s link”. Nothing is
        saved in this browser yet.
      </p>
      <div className="actions">
        <AppLink className="button" to={RESUME_PATH}>
          Answer the questions
        </AppLink>
        {theirs === undefined ? null : (
          <AppLink className="button button-secondary" to={resultPath(theirs)}>
            Open your colleague’s result
          </AppLink>
        )}
      </div>
    </div>
  );
}

/** Where a colleague's link is pasted. Reading it never throws; a link with no answers in it stays here and says why. */
function PasteForm({ mine, again = false }: { readonly mine: Answers; readonly again?: boolean }) {
  const navigate = useNavigate();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<{ readonly message: string; readonly problems: readonly string[] }>();
  const input = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === '') {
      setError({ message: 'Paste your colleague’s link first.', problems: [] });
      input.current?.focus();
      return;
    }
    const theirs = readPastedLink(text);
    if (countAnswered(theirs.answers) === 0) {
      const message =
        shareQueryOf(text) === ''
          ? 'That is not a share link: the address of a result has “#/result?v=1&” and the answers in it.'
          : 'No answers could be read from that link, so there is nothing to compare.';
      setError({ message, problems: theirs.problems });
      input.current?.focus();
      return;
    }
    setError(undefined);
    setText('');
    void navigate(versusPath(mine, theirs.answers), { state: { pastedProblems: theirs.problems } satisfies PastedState });
  }

  return (
    <form className={`vs-form card stack gap-2 no-print${again ? ' vs-form-again' : ''}`} onSubmit={submit} noValidate>
      <label className="fs-17 fw-700" htmlFor={inputId}>
        {again ? 'Compare with another link' : 'Your colleague’s link'}
      </label>
      <p className="vs-form-hint muted fs-14" id={hintId}>
        The address of their result, such as <code className="fs-13">https://…/#/result?v=1&amp;task=vision&amp;prebuilt=no</code>, or just
        the part after the “?”.
      </p>
      <div className="vs-form-row">
        <input
          ref={input}
          id={inputId}
          className="text-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={error === undefined ? hintId : `${hintId} ${errorId}`}
          aria-invalid={error === undefined ? undefined : true}
        />
        <button type="submit" className="button">
          Compare
        </button>
      </div>
      {error === undefined ? null : (
        <div className="vs-form-error note note-small stack gap-2" id={errorId} role="alert">
          <p className="fw-600">{error.message}</p>
          {error.problems.length > 0 ? (
            <ul>
              {error.problems.slice(0, 5).map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
              {error.problems.length > 5 ? <li>…and {error.problems.length - 5} more.</li> : null}
            </ul>
          ) : null}
        </div>
      )}
    </form>
  );
}

interface ComparisonProps {
  readonly mine: Answers;
  readonly theirs: Answers;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

function Comparison({ mine, theirs, headingRef }: ComparisonProps) {
  const mySide = useMemo(() => sideOf(mine), [mine]);
  const theirSide = useMemo(() => sideOf(theirs), [theirs]);
  const rows = useMemo(() => differenceRows(mine, theirs), [mine, theirs]);
  const same = sameTop(mySide, theirSide);
  const decisive = rows.filter((row) => row.changesTop).length;

  return (
    <>
      <section className="vs-section stack gap-4" aria-labelledby="vs-tops">
        <h2 id="vs-tops" ref={headingRef} tabIndex={-1}>
          {same ? 'You both have the same top pick' : 'Your top picks differ'}
        </h2>
        <div className="vs-sides">
          <SideCard side={mySide} whose="mine" />
          <SideCard side={theirSide} whose="theirs" />
        </div>
      </section>

      <section className="vs-section stack gap-4" aria-labelledby="vs-differences">
        <h2 id="vs-differences">Where your answers differ</h2>
        {rows.length === 0 ? (
          <p className="panel-dashed">No differences: you answered every question that applies the same way.</p>
        ) : (
          <>
            <p className="muted">{summaryText(rows.length, decisive, same)}</p>
            <ul className="vs-diffs stack plain-list">
              {rows.map((row) => (
                <DifferenceItem key={row.question} row={row} />
              ))}
            </ul>
          </>
        )}
        <p className="muted fs-14">
          This page’s address carries both sets of answers: share it to show someone this comparison.
        </p>
      </section>
    </>
  );
}

/** What the list below adds up to, and what the flag means. */
function summaryText(differing: number, decisive: number, sameTop: boolean): string {
  const count = differing === 1 ? 'One answer differs' : `${differing} answers differ`;
  const alone = 'with your colleague’s answer there and yours everywhere else, your top pick would be different.';
  if (decisive === 0) {
    if (!sameTop) return `${count}. None of them changes your top pick on its own; together they do.`;
    return `${count}. ${differing === 1 ? 'It does not change' : 'None of them changes'} your top pick on its own.`;
  }
  if (differing === 1) return `${count}, and it changes your top pick on its own: ${alone}`;
  if (decisive === differing) return `${count}. Each of them changes your top pick on its own: ${alone}`;
  const which = decisive === 1 ? 'One of them, flagged below, changes' : `${decisive} of them, flagged below, change`;
  return `${count}. ${which} your top pick on ${decisive === 1 ? 'its' : 'their'} own: ${alone}`;
}

const SIDE_WORDS = {
  mine: { who: 'Yours', name: 'Your top pick', link: 'Open your result' },
  theirs: { who: 'Theirs', name: 'Your colleague’s top pick', link: 'Open their result' },
} as const;

function SideCard({ side, whose }: { readonly side: Side; readonly whose: keyof typeof SIDE_WORDS }) {
  const { who, name, link } = SIDE_WORDS[whose];
  const only = side.top.length === 1 ? side.top[0] : undefined;
  return (
    <article className={`vs-side panel pick pick-top${only === undefined ? '' : ` svc-${only}`}`} aria-label={name} data-side={whose}>
      <p className="vs-side-who caps">{who}</p>
      <p className="vs-side-verdict fw-600 muted">
        <span>{side.label}:</span> <strong data-top={side.top.join(' ')}>{side.names}</strong>
      </p>
      <p className="vs-side-meta muted fs-14">
        {countAnswered(side.answers) === 1 ? '1 question answered' : `${countAnswered(side.answers)} questions answered`}
      </p>
      <AppLink className="vs-side-link fw-600" to={resultPath(side.answers)}>
        {link}
      </AppLink>
    </article>
  );
}

function DifferenceItem({ row }: { readonly row: DifferenceRow }) {
  return (
    <li className={`vs-diff panel${row.changesTop ? ' is-decisive' : ''}`} data-question={row.question} data-changes-top={row.changesTop}>
      <h3 className="vs-diff-title cluster">
        {row.title}
        {row.changesTop ? <span className="vs-flag pill">Changes your top pick</span> : null}
      </h3>
      <dl className="vs-diff-answers">
        <div>
          <dt className="caps">You</dt>
          <dd>{row.mine}</dd>
        </div>
        <div>
          <dt className="caps">Your colleague</dt>
          <dd>{row.theirs}</dd>
        </div>
      </dl>
    </li>
  );
}
