import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown for unknown addresses and for anything a page throws: never a blank page or a stack trace. */
export function RouteError() {
  const error = useRouteError();
  return <PageProblem notFound={isRouteErrorResponse(error) && error.status === 404} />;
}

export function NotFoundPage() {
  return <PageProblem notFound />;
}

function PageProblem({ notFound }: { notFound: boolean }) {
  return (
    <section className="page-message" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p>
        {notFound
          ? 'There is nothing at this address.'
          : 'This page could not be shown. Your maps are not affected.'}
      </p>
      <p>
        <Link to="/">Go to the map library</Link>
      </p>
    </section>
  );
}
