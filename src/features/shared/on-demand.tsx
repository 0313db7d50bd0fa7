import type { ComponentType, ReactNode } from 'react';
import { startTransition, useEffect, useState } from 'react';

interface OnDemandOptions {
  /** Shown until the code has arrived. */
  readonly placeholder?: ReactNode;
  /** Fetch only once the browser is idle, for things below the fold. */
  readonly afterIdle?: boolean;
}

type OnDemandComponent<P> = ComponentType<P> & {
  /** Starts fetching the code (once); resolves when it is there. */
  readonly preload: () => Promise<unknown>;
};

const inFlight = new Set<Promise<unknown>>();

/** Runs `task` when the browser is next idle (or after a short delay where it cannot tell). */
export function whenIdle(task: () => void): { readonly cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 3000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(task, 1000);
  return { cancel: () => clearTimeout(id) };
}

/** How long a download that waits for the first paint waits at most: a page opened in the background reports none. */
const FIRST_PAINT_WAIT_MS = 3000;

/**
 * Runs `task` when the browser is idle after the page's first contentful paint: for downloads
 * that follow the first screen. Started before that paint, they would compete with it, and
 * Lighthouse counts a download that finished before the paint into the paint's time.
 */
export function whenIdleAfterFirstPaint(task: () => void): { readonly cancel: () => void } {
  let idle: { readonly cancel: () => void } | undefined;
  let observer: PerformanceObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const proceed = () => {
    observer?.disconnect();
    clearTimeout(timer);
    idle ??= whenIdle(task);
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) proceed();
    });
    observer.observe({ type: 'paint', buffered: true });
    timer = setTimeout(proceed, FIRST_PAINT_WAIT_MS);
  } else {
    proceed();
  }
  return {
    cancel: () => {
      observer?.disconnect();
      clearTimeout(timer);
      idle?.cancel();
    },
  };
}

/** Resolves once no on-demand code is downloading (failures included). */
export async function downloadsSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/**
 * A component whose code is fetched the first time it is needed. Unlike
 * React.lazy it never suspends: until the code is there it renders a
 * placeholder, then itself. React 19 holds back content that would replace a
 * Suspense fallback within 300 ms of it appearing, which left a cold share
 * link showing "Loading…" long after the result was ready (decision 0005).
 * A failed download is thrown to the nearest error boundary; the next mount
 * tries again.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { placeholder = null, afterIdle = false }: OnDemandOptions = {},
): OnDemandComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;

  function preload(): Promise<ComponentType<P>> {
    if (pending !== undefined) return pending;
    const download = load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    pending = download;
    inFlight.add(download);
    const done = () => void inFlight.delete(download);
    download.then(done, done);
    return download;
  }

  function OnDemand(props: P) {
    const [failure, setFailure] = useState<{ readonly error: unknown }>();
    const [, setArrived] = useState(false);
    const Loaded = loaded;
    const waiting = Loaded === undefined;

    useEffect(() => {
      // Whether this render had the code, not whether it is here now: code already downloaded can
      // arrive between a render and its effect (a promise settles first), and must still be shown.
      if (!waiting) return;
      let mounted = true;
      const fetchCode = () =>
        preload().then(
          // A transition renders the arrived screen in slices that yield to the browser, so a large
          // screen (the result) never blocks input in one long task.
          () => mounted && startTransition(() => setArrived(true)),
          (error: unknown) => mounted && setFailure({ error }),
        );
      const idle = afterIdle ? whenIdle(() => void fetchCode()) : (void fetchCode(), undefined);
      return () => {
        mounted = false;
        idle?.cancel();
      };
    }, [waiting]);

    // Start the download during the first render rather than after it: the effect above only waits for it.
    if (waiting && !afterIdle) void preload().catch(() => undefined);
    if (failure !== undefined) throw failure.error;
    return Loaded === undefined ? placeholder : <Loaded {...props} />;
  }

  return Object.assign(OnDemand, { preload });
}
