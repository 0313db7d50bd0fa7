import type { ReactNode } from 'react';

interface IconProps {
  readonly className?: string;
  /** Width and height in CSS pixels, and the drawing's own square grid. */
  readonly size?: 12 | 16 | 20;
  /** The drawing: paths in currentColor. */
  readonly children: ReactNode;
}

/** A drawn icon beside words. It is decoration: the words carry the meaning, so screen readers skip it. */
export function Icon({ className, size = 12, children }: IconProps) {
  return (
    <svg className={className} aria-hidden="true" focusable="false" viewBox={`0 0 ${size} ${size}`} width={size} height={size}>
      {children}
    </svg>
  );
}
