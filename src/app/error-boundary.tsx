import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface ErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * The last line of defence against a blank page: a screen that fails to load
 * (say, a stale tab asking for code a new release replaced) or to render.
 * Plain links, not router links, because the router may be what failed.
 */
interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** A change (the address) clears the failure, without remounting screens that did not fail. */
  readonly resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="narrow">
        <h1>Something went wrong</h1>
        <p className="lead">This page could not be shown. Reloading usually fixes it; your answers are kept.</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <a className="button button-secondary" href="#/">
            Go to the start page
          </a>
        </p>
      </div>
    );
  }
}
