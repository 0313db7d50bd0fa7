import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useLayoutEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from './routes';

// Screens are lazy chunks, transformed on first import: give findBy* time for that.
configure({ asyncUtilTimeout: 5000 });

const lastLocation = { current: '' };

/** Records where the memory router is, so tests can assert on the URL as a person would see it. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  // Layout effect: recorded in the same commit as the new screen, before a test can look at it.
  useLayoutEffect(() => {
    lastLocation.current = `${pathname}${search}`;
  }, [pathname, search]);
  return null;
}

/**
 * Renders the whole app at a router path (`/result?v=1&task=vision`), with
 * the same routes as production over a memory router instead of the hash.
 */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </StrictMode>,
  );
  return { user, ...view, location: () => lastLocation.current };
}
