import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/keys';

/** The signed-in user, or null when nobody is signed in (a 401 is an answer here, not an error). */
export async function getSession() {
  try {
    return (await unwrap(api.GET('/session'))).user;
  } catch (err) {
    if (isApiError(err, 401)) return null;
    throw err;
  }
}

export const sessionQuery = () =>
  queryOptions({ queryKey: sessionKeys.current(), queryFn: getSession, staleTime: 60_000 });

export const useSession = () => useQuery(sessionQuery());
