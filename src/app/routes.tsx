import type { ReactNode } from 'react';
import { lazy } from 'react';
import { matchPath, useLocation } from 'react-router';
import { IntroPage } from '../features/intro/intro-page';
import { NotFoundPage } from '../features/shared/not-found-page';
import { COMPARE_PATH, HOME_PATH, RESUME_PATH } from '../features/shared/paths';
import { Layout } from './layout';

// Only the start page is in the first download; each other screen loads when first visited.
const loadWizard = () => import('../features/wizard/question-page');
const loadResult = () => import('../features/result/result-page');
const QuestionPage = lazy(() => loadWizard().then((module) => ({ default: module.QuestionPage })));
const ResumeRedirect = lazy(() => loadWizard().then((module) => ({ default: module.ResumeRedirect })));
const ResultPage = lazy(() => loadResult().then((module) => ({ default: module.ResultPage })));
const CompareScreen = lazy(() =>
  import('../features/compare/compare-page').then((module) => ({ default: module.CompareScreen })),
);

/**
 * The one route table. Paths are the share-link contract's (`#/result?…`).
 * A plain switch over the router's location rather than a route-object tree:
 * it is all six screens need, and every path that matches none of them,
 * however mangled, gets the not-found page.
 */
function screenFor(pathname: string): ReactNode {
  switch (pathname) {
    case HOME_PATH:
      return <IntroPage />;
    case RESUME_PATH:
      return <ResumeRedirect />;
    case '/result':
      return <ResultPage />;
    case COMPARE_PATH:
      return <CompareScreen />;
  }
  const question = matchPath('/q/:questionId', pathname);
  if (question !== null) return <QuestionPage questionId={question.params.questionId} />;
  return <NotFoundPage />;
}

/**
 * Fetches the wizard and the result once the page is idle. Without this a tap
 * on "Start" over a slow network would show "Loading…" before the question.
 */
export function prefetchScreens(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData === true) return;
  void loadWizard().catch(() => undefined);
  void loadResult().catch(() => undefined);
}

/** Used by the hash router in the app and by a memory router in tests. */
export function AppRoutes() {
  const { pathname } = useLocation();
  // A trailing slash ("#/result/") is the same screen, as it was under the route-object router.
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return <Layout>{screenFor(normalized)}</Layout>;
}
