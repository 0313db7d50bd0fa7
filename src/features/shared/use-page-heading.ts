import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const PRODUCT_NAME = 'Azure ML training advisor';

/**
 * Titles the page and, after an in-app navigation, moves focus to its main
 * heading so keyboard and screen-reader users start reading at the new
 * content instead of being left on a link that no longer exists. A cold page
 * load keeps the browser's own focus (location key "default").
 */
export function usePageHeading<T extends HTMLElement = HTMLHeadingElement>(title: string) {
  const ref = useRef<T>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = title === '' ? PRODUCT_NAME : `${title} – ${PRODUCT_NAME}`;
  }, [title]);

  useEffect(() => {
    if (key === 'default') return;
    // A long page scrolled down (the result) would otherwise leave the header out of view.
    document.documentElement.scrollTop = 0;
    ref.current?.focus({ preventScroll: true });
  }, [key]);

  return ref;
}
