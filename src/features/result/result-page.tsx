import { useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import { useLocation } from 'react-router';
import type { Answers, Recommendation } from '../../decision';
import { countAnswered, rank } from '../../decision';
import { useAnswersStore } from '../shared/answers/answers-store';
import type { AnswersState } from '../shared/answers/answers-store';
import { sameAnswers } from '../shared/answers/sanitize-answers';
import { AppLink } from '../shared/app-link';
import { IgnoredNotice } from '../shared/ignored-notice';
import { colleaguePath, comparePath, shareUrl } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { readResultLink } from './open-param';
import { verdictText } from '../shared/rank-label';
import { RecommendationView } from './recommendation/recommendation-view';
import { TrainingLine } from './recommendation/training-line';
import { SharePanel } from './share-panel';
import { onDemand } from '../shared/on-demand';

// Only someone with other answers saved sees it, and it names the questions, whose words the first screen need not download.
const SharedAnswersNotice = onDemand(() => import('./shared-answers-notice').then((module) => module.SharedAnswersNotice));

/** What the app's "Keep a copy" tools (the exports) are given. */
interface KeepACopyProps {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** The result's absolute address, which the copies link. */
  readonly shareUrl: string;
}

interface ResultPageProps {
  /** Ways to keep a copy of the result, under the ranking; the app composes them in (the export feature). */
  readonly keepACopy?: ComponentType<KeepACopyProps>;
}

/**
 * `#/result?<share query>`. The link is the source of truth here: it is read
 * through the allow-list once per address, and the store is only written when
 * it is empty or when the person explicitly takes the link's answers over.
 * The first screen is the decision (verdict, training in one line, the ranked
 * services, the link); everything else is folded below it.
 */
export function ResultPage({ keepACopy: KeepACopy }: ResultPageProps) {
  const { search } = useLocation();
  const link = useMemo(() => readResultLink(search), [search]);
  const ranking = useMemo(() => rank(link.answers), [link]);
  // A boolean, not the answers: when a cold link's answers become the saved ones it stays true, and
  // the page does not render again before its first paint.
  const showsSavedAnswers = useAnswersStore((state) => countAnswered(state.answers) === 0 || sameAnswers(state.answers, link.answers));
  const loadFromLink = useAnswersStore((state) => state.loadFromLink);
  const heading = usePageHeading('Your recommendation');
  const answersHeading = useRef<HTMLHeadingElement>(null);
  const adoptedNote = useRef<HTMLParagraphElement>(null);
  // The address whose answers the person just took over, for the confirmation shown in the notice's place.
  const [adoptedAt, setAdoptedAt] = useState<string>();

  const adopted = adoptedAt === search && showsSavedAnswers;
  const verdict = verdictText(ranking.services);
  const url = shareUrl(link.answers);

  useEffect(() => {
    // A link opened in a browser with nothing saved becomes the starting point, silently, and again
    // if the saved answers are cleared while it is open.
    const startFromLinkIfNothingSaved = ({ answers }: AnswersState) => {
      if (countAnswered(answers) === 0 && countAnswered(link.answers) > 0) loadFromLink(link.answers);
    };
    startFromLinkIfNothingSaved(useAnswersStore.getState());
    return useAnswersStore.subscribe(startFromLinkIfNothingSaved);
  }, [link, loadFromLink]);

  useEffect(() => {
    // The button just pressed has gone with its notice; the confirmation takes its place and the focus.
    if (adopted) adoptedNote.current?.focus();
  }, [adopted]);

  function adoptLinkAnswers() {
    loadFromLink(link.answers);
    setAdoptedAt(search);
  }

  function reviewAnswers() {
    // Unfolds "Your answers" and moves there; a "#…" href would be read as a route by the hash router.
    const answers = answersHeading.current;
    const fold = answers?.closest('details');
    if (fold) fold.open = true;
    answers?.focus();
  }

  return (
    <div className="result">
      <header className="page-header result-header">
        <p className="eyebrow caps">Result</p>
        <h1 ref={heading} tabIndex={-1}>
          Your recommendation
        </h1>
        <p className="result-verdict cluster muted" data-verdict>
          {verdict.label}: <strong>{verdict.names}</strong>
        </p>
        <TrainingLine ranking={ranking} />
        <section className="result-tools" aria-label="Share this result">
          <SharePanel url={url} />
        </section>
        <p className="result-jumps no-print cluster">
          <button type="button" className="link-button" onClick={reviewAnswers}>
            {showsSavedAnswers ? 'Edit your answers' : 'See these answers'}
          </button>
          <AppLink to={comparePath(link.answers)}>Compare all services</AppLink>
          <AppLink to={colleaguePath(link.answers)}>Compare with a colleague’s link</AppLink>
        </p>
      </header>

      <IgnoredNotice title="Part of this link was ignored" problems={link.problems}>
        Everything else in the link was read, and the result below uses it.
      </IgnoredNotice>
      <RecommendationView
        ranking={ranking}
        answers={link.answers}
        open={link.open}
        editable={showsSavedAnswers}
        answersHeading={answersHeading}
        keepACopy={KeepACopy === undefined ? undefined : (recommendation) => <KeepACopy recommendation={recommendation} answers={link.answers} shareUrl={url} />}
        // Below the ranking: the decision comes first, then how its answers differ from the saved ones.
        afterRanking={
          <>
            {showsSavedAnswers ? null : <SharedAnswersNotice linkAnswers={link.answers} onAdopt={adoptLinkAnswers} />}
            {adopted ? (
              <p className="notice no-print" role="status" tabIndex={-1} ref={adoptedNote}>
                These are now your saved answers. Change any of them under “Your answers”.
              </p>
            ) : null}
          </>
        }
      />
    </div>
  );
}
