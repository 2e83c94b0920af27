import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page while there are unsaved changes: in-app navigation is held by the
 * router's blocker (moving between the wizard's own steps is not leaving), a reload or closed tab
 * by the browser's own prompt.
 */
export function useLeaveGuard(when: boolean, skip: { readonly current: boolean }) {
  // `skip` is read at navigation time: the navigation that follows filing must never be held.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && !skip.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers only show the prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  return blocker;
}
