import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { usePrintOpensDetails } from './use-print-opens-details';

function Page() {
  const root = useRef<HTMLDivElement>(null);
  usePrintOpensDetails(root);
  return (
    <div ref={root}>
      <details data-testid="closed">
        <summary>More reasons</summary>
        <p>Part of the result</p>
      </details>
      <details data-testid="open" open>
        <summary>Already open</summary>
      </details>
      <details data-testid="screen-only" className="no-print">
        <summary>More alternatives</summary>
      </details>
    </div>
  );
}

const details = (id: string) => screen.getByTestId<HTMLDetailsElement>(id);
const print = (phase: 'beforeprint' | 'afterprint') => window.dispatchEvent(new Event(phase));

describe('usePrintOpensDetails', () => {
  it('opens closed disclosures for printing and closes them again afterwards, leaving open ones open', () => {
    render(<Page />);
    print('beforeprint');
    expect(details('closed').open).toBe(true);
    expect(details('open').open).toBe(true);
    print('afterprint');
    expect(details('closed').open).toBe(false);
    expect(details('open').open).toBe(true);
  });

  it('leaves disclosures that are not for paper closed', () => {
    render(<Page />);
    print('beforeprint');
    expect(details('screen-only').open).toBe(false);
    print('afterprint');
  });

  it('stops listening when the page goes', () => {
    const { unmount } = render(<Page />);
    const closed = details('closed');
    unmount();
    print('beforeprint');
    expect(closed.open).toBe(false);
  });
});
