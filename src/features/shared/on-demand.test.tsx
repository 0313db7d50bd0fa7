import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadsSettled, onDemand, whenIdleAfterFirstPaint } from './on-demand';

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello, {name}</p>;
}

class Catch extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message === undefined ? this.props.children : <p>Failed: {this.state.message}</p>;
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('onDemand', () => {
  it('shows the placeholder, then the component with its props, downloading once', async () => {
    const download = deferred<typeof Greeting>();
    const load = vi.fn(() => download.promise);
    const LazyGreeting = onDemand(load, { placeholder: <p>Loading…</p> });
    const { rerender } = render(<LazyGreeting name="Ada" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    await act(async () => download.resolve(Greeting));
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    rerender(<LazyGreeting name="Grace" />);
    expect(screen.getByText('Hello, Grace')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('renders at once, without a placeholder, when the code is already there', async () => {
    const LazyGreeting = onDemand(() => Promise.resolve(Greeting), { placeholder: <p>Loading…</p> });
    await LazyGreeting.preload();
    render(<LazyGreeting name="Ada" />);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows the component when its code arrives between the render and the effect', async () => {
    // Code whose chunk is already downloaded settles in a microtask, before React runs effects; only
    // outside act() does React leave that gap, as a browser does.
    const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = environment.IS_REACT_ACT_ENVIRONMENT;
    environment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      const LazyGreeting = onDemand(() => Promise.resolve(Greeting), { placeholder: <p>Loading…</p> });
      root.render(<LazyGreeting name="Ada" />);
      await vi.waitFor(() => expect(container).toHaveTextContent('Hello, Ada'));
    } finally {
      root.unmount();
      container.remove();
      environment.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });

  it('hands a failed download to the error boundary, and tries again on the next mount', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = deferred<typeof Greeting>();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(Greeting);
    const LazyGreeting = onDemand<{ name: string }>(load);
    const { unmount } = render(
      <Catch>
        <LazyGreeting name="Ada" />
      </Catch>,
    );
    await act(async () => first.reject(new Error('network down')));
    expect(screen.getByText('Failed: network down')).toBeInTheDocument();
    unmount();

    render(<LazyGreeting name="Ada" />);
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('waits for the browser to be idle when asked to', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    let unmount = () => {};
    try {
      const load = vi.fn(() => Promise.resolve(Greeting));
      const LazyGreeting = onDemand(load, { afterIdle: true, placeholder: <p>Later</p> });
      ({ unmount } = render(<LazyGreeting name="Ada" />));
      expect(load).not.toHaveBeenCalled();
      await act(async () => idle.forEach((task) => task()));
      expect(load).toHaveBeenCalledOnce();
      expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    } finally {
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('tells when no download is in flight', async () => {
    const download = deferred<typeof Greeting>();
    const LazyGreeting = onDemand(() => download.promise);
    void LazyGreeting.preload();
    let settled = false;
    void downloadsSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    download.resolve(Greeting);
    await downloadsSettled();
    expect(settled).toBe(true);
  });
});

describe('whenIdleAfterFirstPaint', () => {
  /** A stand-in for the browser's paint timing: `paint(name)` delivers one entry to every observer. */
  function fakePaintTiming() {
    const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
    class FakeObserver {
      static readonly supportedEntryTypes = ['paint'];
      constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {}
      observe() {
        observers.push(this.callback);
      }
      disconnect() {
        observers.splice(observers.indexOf(this.callback), 1);
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
    const paint = (name: string) => [...observers].forEach((callback) => callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }));
    return { paint, watching: () => observers.length };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, then for idle time', () => {
    vi.useFakeTimers();
    const { paint, watching } = fakePaintTiming();
    const task = vi.fn();
    whenIdleAfterFirstPaint(task);
    paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    expect(watching()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('goes ahead after a while when no paint is reported (a page opened in the background)', () => {
    vi.useFakeTimers();
    fakePaintTiming();
    const task = vi.fn();
    whenIdleAfterFirstPaint(task);
    vi.advanceTimersByTime(2999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    const { paint, watching } = fakePaintTiming();
    const task = vi.fn();
    whenIdleAfterFirstPaint(task).cancel();
    expect(watching()).toBe(0);
    paint('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
