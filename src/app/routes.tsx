import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { IntroPage } from '../features/intro/intro-page';
import { NotFoundPage } from '../features/shared/not-found-page';
import { Layout } from './layout';

// Only the start page is in the first download; each other screen loads when first visited.
const QuestionPage = lazy(() =>
  import('../features/wizard/question-page').then((module) => ({ default: module.QuestionPage })),
);
const ResumeRedirect = lazy(() =>
  import('../features/wizard/resume-redirect').then((module) => ({ default: module.ResumeRedirect })),
);
const ResultPage = lazy(() =>
  import('../features/result/result-page').then((module) => ({ default: module.ResultPage })),
);
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })),
);

/**
 * The one route table, used by the hash router in the app and by a memory
 * router in tests. Paths are the share-link contract's: `#/result?…`.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<IntroPage />} />
        <Route path="q" element={<ResumeRedirect />} />
        <Route path="q/:questionId" element={<QuestionPage />} />
        <Route path="result" element={<ResultPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
