import { useEffect } from 'react';

/**
 * Starts loading a module when the browser is next idle (at the latest after
 * three seconds), unless it is already loaded: code a click needs arrives
 * after the page is usable, yet is usually there by the time of the click.
 */
export function usePreloadWhenIdle(loaded: () => boolean, load: () => Promise<unknown>): void {
  useEffect(() => {
    if (loaded()) return;
    const preload = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return preload();
    const id = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(id);
    // Run once: both are module-level functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
