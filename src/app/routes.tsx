import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { matchRoutes, useLocation, useRoutes } from 'react-router';
import { IntroPage } from '../features/intro/intro-page';
import { NotFoundPage } from '../features/shared/not-found-page';
import { Layout } from './layout';

// Only the start page is in the first download; each other screen loads when first visited.
const loadWizard = () => import('../features/wizard/question-page');
const loadResult = () => import('../features/result/result-page');
const QuestionPage = lazy(() => loadWizard().then((module) => ({ default: module.QuestionPage })));
const ResumeRedirect = lazy(() => loadWizard().then((module) => ({ default: module.ResumeRedirect })));
const ResultPage = lazy(() => loadResult().then((module) => ({ default: module.ResultPage })));
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })),
);

/**
 * The one route table, used by the hash router in the app and by a memory
 * router in tests. Paths are the share-link contract's: `#/result?…`.
 */
export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <IntroPage /> },
      { path: 'q', element: <ResumeRedirect /> },
      { path: 'q/:questionId', element: <QuestionPage /> },
      { path: 'result', element: <ResultPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Fetches the wizard and the result once the page is idle. Navigation waits
 * for a screen's code in a transition, showing the old screen meanwhile, so
 * without this a tap on "Start" over a slow network would seem to do nothing.
 */
export function prefetchScreens(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData === true) return;
  void loadWizard().catch(() => undefined);
  void loadResult().catch(() => undefined);
}

// Matches the "*" route; see AppRoutes.
const UNMATCHABLE = { pathname: '/not-found' };

export function AppRoutes() {
  const location = useLocation();
  // "*" cannot match every path: a hand-edited "#/%0A" (a newline) slips past it and would leave a blank
  // page. Such paths are routed as a known unknown one, so the layout stays mounted across them.
  return useRoutes(ROUTES, matchRoutes(ROUTES, location) === null ? UNMATCHABLE : undefined);
}
