import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="content">
      <h1>Something went wrong</h1>
      <p>This page could not be shown: {message}</p>
      <p>
        <Link to="/">Go to Home</Link> or reload the page.
      </p>
    </main>
  );
}
