import { useEffect, useMemo, useRef } from 'react';
import { useLocation } from 'react-router';
import { countAnswered, parseShare, recommend } from '../../decision';
import { useAnswersStore } from '../answers/answers-store';
import { sameAnswers } from '../answers/sanitize-answers';
import { resultHref, shareUrl } from '../shared/paths';
import { usePageHeading } from '../shared/use-page-heading';
import { AnswersSummary } from './answers-summary';
import { LinkNotice } from './link-notice';
import { RecommendationView } from './recommendation/recommendation-view';
import { SharePanel } from './share-panel';
import { SharedAnswersNotice } from './shared-answers-notice';

/**
 * `#/result?<share query>`. The link is the source of truth here: it is read
 * through the allow-list once per address, and the store is only written when
 * it is empty or when the person explicitly takes the link's answers over.
 */
export function ResultPage() {
  const { search } = useLocation();
  const link = useMemo(() => parseShare(search), [search]);
  const recommendation = useMemo(() => recommend(link.answers), [link]);
  const saved = useAnswersStore((state) => state.answers);
  const loadFromLink = useAnswersStore((state) => state.loadFromLink);
  const heading = usePageHeading('Your recommendation');
  const answersHeading = useRef<HTMLHeadingElement>(null);

  const nothingSaved = countAnswered(saved) === 0;
  const showsSavedAnswers = nothingSaved || sameAnswers(saved, link.answers);

  useEffect(() => {
    // A link opened in a browser with nothing saved becomes the starting point, silently.
    if (nothingSaved && countAnswered(link.answers) > 0) loadFromLink(link.answers);
  }, [nothingSaved, link, loadFromLink]);

  function adoptLinkAnswers() {
    loadFromLink(link.answers);
    answersHeading.current?.focus();
  }

  return (
    <div className="result">
      <header className="page-header">
        <p className="eyebrow">Result</p>
        <h1 ref={heading} tabIndex={-1}>
          Your recommendation
        </h1>
        <p className="lead">The four services ranked for these answers, best first. Services that tie share a place.</p>
      </header>

      <LinkNotice problems={link.problems} />
      {!showsSavedAnswers && <SharedAnswersNotice savedAnswers={saved} onAdopt={adoptLinkAnswers} />}

      <RecommendationView
        recommendation={recommendation}
        answers={link.answers}
        shareUrl={shareUrl(link.answers)}
        resultHref={resultHref}
      />

      <div className="result-aside">
        <SharePanel url={shareUrl(link.answers)} />
        <AnswersSummary answers={link.answers} editable={showsSavedAnswers} headingRef={answersHeading} />
      </div>
    </div>
  );
}
