import { type KeyboardEvent, useCallback, useRef, useState } from 'react';

/**
 * Roving focus over a grid of cells: one cell is in the tab order, and the arrow keys, Home and
 * End move between cells, so a keyboard reaches any cell without tabbing through all of them.
 */
export function useGridFocus(rows: number, cols: number) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const cells = useRef(new Map<string, HTMLElement>());
  const moveTo = useCallback((r: number, c: number) => {
    setActive([r, c]);
    cells.current.get(`${r}:${c}`)?.focus();
  }, []);
  const onKeyDown = (r: number, c: number) => (e: KeyboardEvent) => {
    const to: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(rows - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(cols - 1, c + 1)],
      Home: [r, 0],
      End: [r, cols - 1],
    };
    const next = to[e.key];
    if (!next) return;
    e.preventDefault();
    moveTo(...next);
  };
  const cellProps = (r: number, c: number) => ({
    ref: (el: HTMLElement | null) => {
      if (el) cells.current.set(`${r}:${c}`, el);
      else cells.current.delete(`${r}:${c}`);
    },
    tabIndex: active[0] === r && active[1] === c ? 0 : -1,
    onKeyDown: onKeyDown(r, c),
    onFocus: () => setActive([r, c]),
  });
  return { cellProps, moveTo };
}
