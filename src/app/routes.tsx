import type { ReactNode } from 'react';
import { isValidElement } from 'react';
import { matchPath, useLocation } from 'react-router';
import { IntroPage } from '../features/intro/intro-page';
import { NotFoundPage } from '../features/shared/not-found-page';
import { onDemand } from '../features/shared/on-demand';
import { COMPARE_PATH, HOME_PATH, QUESTION_ROUTE, RESULT_PATH, RESUME_PATH, VERSUS_PATH } from '../features/shared/paths';
import { Layout, PageLoading } from './layout';
import { ResultScreen } from './result-screen';

// The start page and the result's first screen are in the first download (decision 0011); each
// other screen loads when first needed.
const loadWizard = () => import('../features/wizard/question-page');
const placeholder = <PageLoading />;
const QuestionPage = onDemand(() => loadWizard().then((module) => module.QuestionPage), { placeholder });
const ResumeRedirect = onDemand(() => loadWizard().then((module) => module.ResumeRedirect), { placeholder });
const CompareScreen = onDemand(() => import('../features/compare/compare-page').then((module) => module.CompareScreen), {
  placeholder,
});
const ColleagueScreen = onDemand(() => import('../features/colleague/colleague-page').then((module) => module.ColleagueScreen), {
  placeholder,
});

/**
 * The one route table. Paths are the share-link contract's (`#/result?…`).
 * A plain switch over the router's location rather than a route-object tree:
 * it is all seven screens need, and every path that matches none of them,
 * however mangled, gets the not-found page.
 */
function screenFor(pathname: string): ReactNode {
  switch (pathname) {
    case HOME_PATH:
      return <IntroPage />;
    case RESUME_PATH:
      return <ResumeRedirect />;
    case RESULT_PATH:
      return <ResultScreen />;
    case COMPARE_PATH:
      return <CompareScreen />;
    case VERSUS_PATH:
      return <ColleagueScreen />;
  }
  const question = matchPath(QUESTION_ROUTE, pathname);
  if (question !== null) return <QuestionPage questionId={question.params.questionId} />;
  return <NotFoundPage />;
}

/**
 * Fetches the wizard once the first screen is up and the page is idle, so
 * "Start" never waits for a download.
 */
export function prefetchScreens(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData === true) return;
  void QuestionPage.preload().catch(() => undefined);
}

/** A trailing slash ("#/result/") is the same screen. */
function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/**
 * Starts downloading the screen that an address opens on, before React has
 * rendered anything, and resolves when it is there (at once for the start
 * page, whose code is already loaded). A failed download resolves too: the
 * screen itself reports it when it renders.
 */
export function preloadScreenFor(hash: string): Promise<void> {
  const pathname = hash.replace(/^#/, '').split(/[?#]/)[0] || HOME_PATH;
  const screen = screenFor(withoutTrailingSlash(pathname));
  const preload = isValidElement(screen) ? (screen.type as { readonly preload?: () => Promise<unknown> }).preload : undefined;
  if (typeof preload !== 'function') return Promise.resolve();
  return preload().then(
    () => undefined,
    () => undefined,
  );
}

/** Used by the hash router in the app and by a memory router in tests. */
export function AppRoutes() {
  const { pathname } = useLocation();
  return <Layout>{screenFor(withoutTrailingSlash(pathname))}</Layout>;
}
