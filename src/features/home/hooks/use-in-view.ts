import { type RefObject, useEffect, useState } from 'react';

/**
 * True once the element has scrolled into view, and from then on. Where IntersectionObserver does
 * not exist (old browsers, jsdom) it stays false: what waits for it is an enhancement, such as a
 * chart whose figures are already on the page as text.
 */
export function useInView(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (seen || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
