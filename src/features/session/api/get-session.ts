import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '#src/lib/api-client';
import { sessionKeys } from '#src/shared/queries/session-keys';

/**
 * The signed-in user, or null when nobody is signed in: the server answers null without a session
 * cookie, and 401 for one that has ended (expired, signed out elsewhere), which means nobody too.
 */
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
