// A hash router with the react-router API this app uses (HashRouter,
// useLocation, useNavigate, useHref, useLinkClickHandler, matchPath, plus the
// route-object and component APIs it used before decision 0005), for the
// `tiny-router` experiment in bench/lib/variants.mjs: how many bytes and
// milliseconds react-router costs, measured by building the app against
// this instead. Navigation is synchronous (history.pushState, then a state
// update inside the click), so a step renders within the click's frame.
//
// It is a measuring device, not a tested library; moving it into src/app
// would need the route table's tests and the e2e suite to pass over it.
import { Children, Fragment, createContext, createElement, isValidElement, useCallback, useContext, useEffect, useMemo, useState } from 'react';

const RouterContext = createContext(null);
const RouteContext = createContext({ params: {}, outlet: null });

function toPath(to) {
  if (typeof to === 'string') return to;
  return `${to.pathname ?? ''}${to.search ?? ''}`;
}

function readLocation() {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const query = raw.indexOf('?');
  const pathname = query < 0 ? raw : raw.slice(0, query);
  const state = window.history.state;
  return {
    pathname: pathname.startsWith('/') ? pathname : `/${pathname}`,
    search: query < 0 ? '' : raw.slice(query),
    hash: '',
    state: state?.usr ?? null,
    key: state?.key ?? 'default',
  };
}

let keys = 0;

export function HashRouter({ children }) {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const sync = () =>
      setLocation((current) => {
        const next = readLocation();
        return next.pathname === current.pathname && next.search === current.search && next.key === current.key ? current : next;
      });
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);
  const navigate = useCallback((to, options = {}) => {
    if (typeof to === 'number') {
      window.history.go(to);
      return;
    }
    keys += 1;
    const state = { usr: options.state ?? null, key: `k${keys}-${Date.now().toString(36)}` };
    window.history[options.replace ? 'replaceState' : 'pushState'](state, '', `#${toPath(to)}`);
    setLocation(readLocation());
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return createElement(RouterContext.Provider, { value }, children);
}

const split = (path) => path.split('/').filter(Boolean);

/** Route elements (<Route path element>…) as route objects, the form useRoutes takes. */
function routesFromChildren(children) {
  const routes = [];
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    if (child.type === Fragment) {
      routes.push(...routesFromChildren(child.props.children));
      return;
    }
    const { path, index, element, children: nested } = child.props;
    routes.push({ path, index, element, children: nested ? routesFromChildren(nested) : undefined });
  });
  return routes;
}

/** Every leaf route with its full path and the elements from the outermost layout in. */
function flatten(routes, parentPath = '', chain = [], out = []) {
  for (const route of routes) {
    const full = route.path === undefined ? parentPath : route.path.startsWith('/') ? route.path : `${parentPath}/${route.path}`;
    const nextChain = [...chain, route.element ?? createElement(Outlet)];
    if (route.children) flatten(route.children, full, nextChain, out);
    if (route.index || route.path !== undefined) out.push({ route, segments: split(full), chain: nextChain });
  }
  return out;
}

const ranked = new WeakMap();
function rank(routes) {
  if (!ranked.has(routes)) {
    const all = flatten(routes);
    // Splat routes last, as react-router ranks them.
    ranked.set(routes, [...all.filter((leaf) => !leaf.segments.includes('*')), ...all.filter((leaf) => leaf.segments.includes('*'))]);
  }
  return ranked.get(routes);
}

function matchSegments(segments, pathname) {
  const parts = split(pathname);
  const params = {};
  for (const [index, segment] of segments.entries()) {
    if (segment === '*') {
      params['*'] = parts.slice(index).join('/');
      return params;
    }
    const part = parts[index];
    if (part === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(part);
    else if (segment !== part) return null;
  }
  return parts.length === segments.length ? params : null;
}

function firstMatch(routes, pathname) {
  for (const leaf of rank(routes)) {
    const params = matchSegments(leaf.segments, pathname);
    if (params !== null) return { leaf, params };
  }
  return null;
}

/** Like react-router's: the matched route (one entry), or null. */
export function matchRoutes(routes, location) {
  const pathname = typeof location === 'string' ? location : location.pathname;
  const found = firstMatch(routes, pathname);
  return found === null ? null : [{ route: found.leaf.route, params: found.params, pathname }];
}

export function useRoutes(routes, locationOverride) {
  const { location } = useContext(RouterContext);
  const pathname = (locationOverride ?? location).pathname;
  const found = firstMatch(routes, pathname);
  if (found === null) return null;
  let outlet = null;
  for (let index = found.leaf.chain.length - 1; index >= 0; index -= 1) {
    outlet = createElement(RouteContext.Provider, { value: { params: found.params, outlet } }, found.leaf.chain[index]);
  }
  return outlet;
}

export function Routes({ children }) {
  const routes = useMemo(() => routesFromChildren(children), [children]);
  return useRoutes(routes);
}

/** Configuration only: Routes reads its props. */
export function Route() {
  return null;
}

export function Outlet() {
  return useContext(RouteContext).outlet;
}

/** Like react-router's for a string pattern: `{ params, pathname }`, or null. */
export function matchPath(pattern, pathname) {
  const params = matchSegments(split(pattern), pathname);
  return params === null ? null : { params, pathname };
}

export const useHref = (to) => `#${toPath(to)}`;

export function useLinkClickHandler(to, { replace, state, target } = {}) {
  const { navigate } = useContext(RouterContext);
  const path = toPath(to);
  return useCallback(
    (event) => {
      if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      if (target && target !== '_self') return;
      event.preventDefault();
      navigate(path, { replace, state });
    },
    [navigate, path, replace, state, target],
  );
}

export const useLocation = () => useContext(RouterContext).location;
export const useNavigate = () => useContext(RouterContext).navigate;
export const useParams = () => useContext(RouteContext).params;

export function useSearchParams() {
  const { location, navigate } = useContext(RouterContext);
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (next, options) => {
      const value = new URLSearchParams(typeof next === 'function' ? next(params) : next).toString();
      navigate(`${location.pathname}${value ? `?${value}` : ''}`, options);
    },
    [location.pathname, navigate, params],
  );
  return [params, setParams];
}

export function Link({ to, replace, state, onClick, target, ...rest }) {
  const { navigate } = useContext(RouterContext);
  const path = toPath(to);
  return createElement('a', {
    ...rest,
    target,
    href: `#${path}`,
    onClick: (event) => {
      onClick?.(event);
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      if (target && target !== '_self') return;
      event.preventDefault();
      navigate(path, { replace, state });
    },
  });
}

export function NavLink({ className, style, children, end, ...rest }) {
  const { location } = useContext(RouterContext);
  const target = toPath(rest.to).split('?')[0];
  const isActive = location.pathname === target || (!end && target !== '/' && location.pathname.startsWith(`${target}/`));
  const status = { isActive, isPending: false, isTransitioning: false };
  return createElement(
    Link,
    {
      ...rest,
      'aria-current': isActive ? 'page' : undefined,
      className: typeof className === 'function' ? className(status) : [className, isActive ? 'active' : ''].filter(Boolean).join(' ') || undefined,
      style: typeof style === 'function' ? style(status) : style,
    },
    typeof children === 'function' ? children(status) : children,
  );
}

export function Navigate({ to, replace, state }) {
  const { navigate } = useContext(RouterContext);
  const path = toPath(to);
  useEffect(() => {
    navigate(path, { replace, state });
  }, [navigate, path, replace, state]);
  return null;
}
