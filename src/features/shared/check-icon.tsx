import { Icon } from './icon';

// Apart from icon.tsx, which the result's first screen loads: these are for its folded parts and the comparison.

/** "Favours", "Supported": a tick. */
export function CheckIcon({ className }: { readonly className: string }) {
  return (
    <Icon className={className}>
      <path d="m2 6.5 2.5 2.5 5.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </Icon>
  );
}

/** "Counts against": a dash. */
export function MinusIcon({ className }: { readonly className: string }) {
  return (
    <Icon className={className}>
      <path d="M2 6h8" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </Icon>
  );
}
