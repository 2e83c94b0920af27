import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** A 401 anywhere means the session is gone: the shell sends the person to sign in again. */
export function createQueryClient(onUnauthenticated: () => void) {
  const onError = (error: unknown) => {
    if (isApiError(error, 401)) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !isApiError(error) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
