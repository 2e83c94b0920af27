import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from '#src/lib/query-client';
import { sessionKeys } from '#src/shared/queries/keys';

export function AppProviders({ children }: { children: ReactNode }) {
  const [client] = useState(() => {
    const qc = createQueryClient(() => {
      // The shell watches the session query and sends the person to sign in with a return path.
      qc.setQueryData(sessionKeys.current(), null);
    });
    return qc;
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
