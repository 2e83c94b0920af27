import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

type Options = {
  count: number;
  rowHeight: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/**
 * Windowing for a real <table>: only the rows in view are rendered, with padding rows above and
 * below to keep the full height, and the next page is asked for as the reader nears the end.
 */
export function useVirtualRows({ count, rowHeight, hasMore, loadingMore, onLoadMore }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= count - 40) onLoadMore();
  }, [lastIndex, count, hasMore, loadingMore, onLoadMore]);

  return { scrollRef, items, padTop, padBottom };
}
