import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `then` once the browser has painted what the page just committed: the next frame's
 * callback runs before that frame is painted, and a task queued from it runs after. A hidden tab
 * paints no frames, so there it runs at once. Returns a cancel.
 */
export function afterPaint(then: () => void): () => void {
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') {
    const id = setTimeout(then, 0);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * False until the page's first screen has been painted. Code for what is below it (or what the
 * first screen does not need to show) is asked for only then, so the first paint neither waits
 * for it nor shares the processor with it. What it renders then is a transition: React renders it
 * a few milliseconds at a time, yielding in between, rather than in one long task
 * (docs/decisions/019-what-loads-first.md).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
