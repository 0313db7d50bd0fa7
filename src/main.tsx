import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadScreenFor } from './app/routes';

/** Past this, the page shows its loading placeholder rather than stay blank. */
const FIRST_SCREEN_WAIT_MS = 1500;

const root = createRoot(document.getElementById('root')!);
let rendered = false;
function render() {
  if (rendered) return;
  rendered = true;
  // Rendered in slices that yield to the browser: a large first screen (a shared result) never
  // blocks input in one long task.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// A cold link to a question (or another screen that loads on demand) paints that screen first, not
// a "Loading…" placeholder that is replaced a moment later: its code is fetched before the first
// render, which waits for it briefly. The start page's and the result's code are already here.
void preloadScreenFor(window.location.hash).then(render);
setTimeout(render, FIRST_SCREEN_WAIT_MS);
