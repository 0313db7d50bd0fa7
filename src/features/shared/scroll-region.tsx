import type { ReactNode } from 'react';

interface ScrollRegionProps {
  readonly className: string;
  /** The id of what names the region: the caption of the table inside. */
  readonly labelledBy: string;
  readonly children: ReactNode;
}

/** A wide table's frame: on a narrow screen it scrolls sideways, and keyboard users can focus it to scroll. */
export function ScrollRegion({ className, labelledBy, children }: ScrollRegionProps) {
  return (
    // Focusable, so that the arrow keys scroll it; a region, so that focus lands on something with a name.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={className} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
