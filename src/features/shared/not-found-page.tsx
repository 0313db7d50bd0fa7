import { HOME_PATH } from './paths';
import { usePageHeading } from './use-page-heading';
import { AppLink } from './app-link';

export function NotFoundPage({ title = 'Page not found' }: { readonly title?: string }) {
  const heading = usePageHeading(title);
  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">There is nothing at this address. The link may be mistyped or from an older version of the advisor.</p>
      <p>
        <AppLink className="button" to={HOME_PATH}>
          Go to the start page
        </AppLink>
      </p>
    </div>
  );
}
