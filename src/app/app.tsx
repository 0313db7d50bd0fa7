import './tokens.css';
import './app.css';
import { useEffect } from 'react';
import { HashRouter } from 'react-router';
import { AppRoutes, prefetchScreens } from './routes';

/**
 * Hash routing keeps share links working on any static host (decision 0002).
 * Navigation is synchronous: every screen but the start page is prefetched
 * when idle, so a step renders in the frame of the click that asked for it.
 */
export function App() {
  useEffect(() => {
    // After the first screen is up, never competing with it.
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prefetchScreens, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(prefetchScreens, 2000);
    return () => clearTimeout(id);
  }, []);

  return (
    <HashRouter useTransitions={false}>
      <AppRoutes />
    </HashRouter>
  );
}
