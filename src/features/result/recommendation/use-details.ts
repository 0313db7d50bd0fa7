import { startTransition, useCallback, useEffect, useState } from 'react';
import { whenIdleAfterFirstPaint } from '../../shared/on-demand';

/**
 * Everything the result folds away until asked for: each service's reasons,
 * training, your answers, what would change the ranking, the comparison and
 * the sources. One chunk (vite.config.ts), with the ways to keep a copy that
 * the app puts below the ranking, fetched once the page has painted and is
 * idle, or at once when a fold is opened first.
 */
const importDetails = () => Promise.all([import('../details'), import('../extras')]).then(([details, extras]) => ({ ...details, ...extras }));

type DetailsModule = Awaited<ReturnType<typeof importDetails>>;

let loaded: DetailsModule | undefined;
let pending: Promise<DetailsModule> | undefined;

function loadDetails(): Promise<DetailsModule> {
  pending ??= importDetails().then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

export interface Details {
  /** The folded parts' code, once it is here. */
  readonly module: DetailsModule | undefined;
  /** The download failed; asking again (opening a fold) retries. */
  readonly failed: boolean;
  /** Fetches the code now rather than when the page is idle. */
  readonly request: () => void;
}

/** The folded parts' code: fetched when idle, or at once when `eager` (a link that opens a service) or on request. */
export function useDetails(eager: boolean): Details {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);

  const request = useCallback(() => {
    // Through the promise even once loaded: this view may have mounted while another one's download was on its way.
    loadDetails().then(
      // A transition: the folded content renders in slices that yield to the browser.
      (arrived) =>
        startTransition(() => {
          setFailed(false);
          setModule(arrived);
        }),
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    if (module !== undefined) return;
    if (eager || loaded !== undefined) {
      request();
      return;
    }
    const idle = whenIdleAfterFirstPaint(request);
    return () => idle.cancel();
  }, [eager, module, request]);

  return { module, failed, request };
}
