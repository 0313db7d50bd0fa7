import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Opens every closed <details> inside `root` while printing and closes them
 * again afterwards: paper has no disclosure buttons, so nothing that is part
 * of the result may stay hidden. Disclosures marked `.no-print` (extras for
 * exploring on screen) are left as they are. CSS alone cannot reveal closed
 * details content in every browser.
 */
export function usePrintOpensDetails(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      const closed = root.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [];
      opened = [...closed].filter((details) => details.closest('.no-print') === null);
      for (const details of opened) details.open = true;
    };
    const restore = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, [root]);
}

/** The hook as a component, rendered once the folded parts' code is here: paper only needs it then. */
export function PrintOpensDetails({ root }: { readonly root: RefObject<HTMLElement | null> }) {
  usePrintOpensDetails(root);
  return null;
}
