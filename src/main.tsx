import { StrictMode } from 'react';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
