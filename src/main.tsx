import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { sessionQuery } from '#src/features/session/api/get-session';
import { ownerQuery } from '#src/shared/queries/get-owner';
import { AppProviders, createAppQueryClient } from './app/providers';
import { createRouter } from './app/router';
import './styles.css';

const queryClient = createAppQueryClient();
// Who is signed in, and then the named owner in the header, are asked for at once, while the
// page's own code is still downloading, rather than after it (docs/architecture.md, "Loading").
void queryClient
  .fetchQuery(sessionQuery())
  .then((user) => (user ? queryClient.prefetchQuery(ownerQuery()) : undefined))
  .catch(() => undefined);

const router = createRouter();

// The first render is a transition, as the router's own updates are: React renders it a few
// milliseconds at a time and yields in between, rather than in one task the page cannot answer
// during (docs/decisions/019-what-loads-first.md).
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders client={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
