import { createContext, useContext } from 'react';
import type { SessionUser } from '#domain/schemas/session';

export const CurrentUserContext = createContext<SessionUser | null>(null);

/** The signed-in user inside the shell (the shell renders only once there is one). */
export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside the signed-in shell');
  return user;
}
