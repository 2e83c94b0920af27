import { useEffect, useState } from 'react';

/** The value as it was `delay` ms after it last changed, so typing does not fire a request per key. */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // Nothing to wait for when the value has not moved (no timer, no needless re-render).
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
