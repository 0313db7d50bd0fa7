import type { MouseEvent, ReactNode } from 'react';
import { useRef } from 'react';
import { useLocation } from 'react-router';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import * as SOURCES from '../decision/sources';
import { AppLink } from '../features/shared/app-link';
import { useAfterFirstPaint } from '../features/shared/use-after-first-paint';
import { COMPARE_PATH, HOME_PATH } from '../features/shared/paths';
import { ErrorBoundary } from './error-boundary';

/** Stands in for a screen whose code is still downloading. */
export function PageLoading() {
  return (
    <p className="page-loading muted" role="status">
      Loading…
    </p>
  );
}

/**
 * Header, main and footer around every screen. The footer renders once the
 * first screen has been painted, like what the result shows below its
 * ranking (decision 0014). The result asks first, being deeper in the tree,
 * so the footer never arrives before that part to be pushed down in view.
 */
export function Layout({ children }: { readonly children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const firstScreenPainted = useAfterFirstPaint();
  const { pathname } = useLocation();

  // "#main" would be read as a route by the hash router, so the skip link moves focus itself.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <AppLink className="brand" to={HOME_PATH}>
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 18 10.5 4h3L20 18h-3.2l-1.5-3.4H8.7L7.2 18Zm5.9-6.2h4.2L12 7Z" />
            </svg>
            <span>
              Azure ML <span className="brand-more">training</span> advisor
            </span>
          </AppLink>
          <nav aria-label="Main">
            <AppLink className="nav-link" to={COMPARE_PATH} aria-current={pathname === COMPARE_PATH ? 'page' : undefined}>
              {'Compare '}
              <span className="nav-link-more">services</span>
            </AppLink>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          {children}
        </ErrorBoundary>
      </main>
      {firstScreenPainted ? (
        <footer className="site-footer print-urls muted fs-14">
          <div className="site-footer-inner stack gap-2">
            <p>
              These are guidelines, not rules. Many factors can sway the choice, and the decision is yours and your
              organization’s to make.
            </p>
            <p>
              Based on Microsoft’s guidance, restated in our own words:{' '}
              <a href={SOURCES.chooseService.url} rel="noopener noreferrer">
                choosing a training service
              </a>{' '}
              and{' '}
              <a href={SOURCES.trainModels2019.url} rel="noopener noreferrer">
                training methods in Azure Machine Learning (2019)
              </a>
              , checked against today’s documentation. Not affiliated with Microsoft.
            </p>
          </div>
        </footer>
      ) : null}
    </div>
  );
}
