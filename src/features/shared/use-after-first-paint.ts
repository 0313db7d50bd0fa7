import { startTransition, useEffect, useState } from 'react';

/** How long to wait for a frame before rendering anyway: a background tab paints none. */
const NO_FRAME_WAIT_MS = 200;

/**
 * False on a component's first render, true once the browser has painted the
 * frame that shows it. For what sits below the first screen: rendered with
 * it, it would hold that first paint back by its own render and layout
 * (decision 0014). The render it then asks for runs in a transition's slices.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setPainted(true));
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    // A task posted from a frame callback runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      clearTimeout(noFrame);
      afterFrame = setTimeout(show);
    });
    const noFrame = setTimeout(() => {
      cancelAnimationFrame(frame);
      show();
    }, NO_FRAME_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(noFrame);
      clearTimeout(afterFrame);
    };
  }, []);
  return painted;
}
