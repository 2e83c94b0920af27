import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from '#src/lib/query-client';
import { sessionKeys } from '#src/shared/queries/session-keys';

/** The app's query client: a 401 anywhere means nobody is signed in any more. */
export function createAppQueryClient(): QueryClient {
  const qc = createQueryClient(() => {
    // The shell watches the session query and sends the person to sign in with a return path.
    qc.setQueryData(sessionKeys.current(), null);
  });
  return qc;
}

/** Given a client, uses it (the app's entry starts its first queries early); otherwise makes one. */
export function AppProviders({ client: given, children }: { client?: QueryClient; children: ReactNode }) {
  const [client] = useState(() => given ?? createAppQueryClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
