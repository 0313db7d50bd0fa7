import './tokens.css';
import './app.css';
import '../features/shared/ui.css';
// The result's styles ride in the first stylesheet: one request fewer on a cold share link.
import '../features/result/recommendation/recommendation.css';
import { useEffect } from 'react';
import { HashRouter } from 'react-router';
import { downloadsSettled, whenIdle, whenIdleAfterFirstPaint } from '../features/shared/on-demand';
import { AppRoutes, prefetchScreens } from './routes';

/**
 * Hash routing keeps share links working on any static host (decision 0002).
 * Navigation is synchronous: the wizard is prefetched when idle, and the
 * result's first screen is in the first download, so a step renders in the
 * frame of the click that asked for it.
 */
export function App() {
  useEffect(() => {
    // Only after the first screen is up, never competing with it: a cold share link downloads
    // the result's folded parts first, then, once the page is idle again, the wizard.
    let cancelled = false;
    let pending = whenIdleAfterFirstPaint(() => {
      void downloadsSettled().then(() => {
        if (!cancelled) pending = whenIdle(prefetchScreens);
      });
    });
    return () => {
      cancelled = true;
      pending.cancel();
    };
  }, []);

  return (
    <HashRouter useTransitions={false}>
      <AppRoutes />
    </HashRouter>
  );
}
