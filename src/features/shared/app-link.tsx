import type { AnchorHTMLAttributes } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A router path such as "/result?v=1…"; the hash router writes it as "#/result?v=1…". */
  readonly to: string;
};

/**
 * An in-app link: a real anchor (open in a new tab, copy address) that
 * navigates without a reload on a plain click. Built on the router's hooks
 * rather than its <Link>, which carries prefetching for server-rendered apps
 * this one never uses (first-load size budget, decision 0005).
 */
export function AppLink({ to, onClick, target, children, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    >
      {children}
    </a>
  );
}
