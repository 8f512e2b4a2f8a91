import { useEffect, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

interface InfiniteVirtualizerOptions {
  scrollRef: RefObject<HTMLElement | null>;
  /** Ids of the loaded rows, in order. */
  ids: string[];
  /** One more row follows the loaded ones (loading, or "try again"). */
  more: boolean;
  hasNextPage: boolean;
  loadMoreFailed: boolean;
  onNeedMore: () => void;
  estimateSize: number;
  overscan: number;
  /** Ask for the next page when the last rendered row is this close to the end of what is loaded. */
  prefetchRows?: number;
}

/**
 * A list or table that renders only the rows in view (plus `overscan`) of a cursor-paged list:
 * the rows above and below are stand-in space (`paddingTop` / `paddingBottom`), and scrolling
 * near the end of what is loaded asks for the next page.
 */
export function useInfiniteVirtualizer({
  scrollRef,
  ids,
  more,
  hasNextPage,
  loadMoreFailed,
  onNeedMore,
  estimateSize,
  overscan,
  prefetchRows = 15,
}: InfiniteVirtualizerOptions) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({
    count: more ? ids.length + 1 : ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (index) => ids[index] ?? 'more',
    // A list hidden with display: none (the CRM list while a record is open on a narrow window)
    // measures its rows as 0 high; keeping that would leave nothing to render once it is shown.
    measureElement: (element, entry) => (entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height) || estimateSize,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1].index : -1;
  useEffect(() => {
    if (hasNextPage && !loadMoreFailed && lastIndex >= ids.length - prefetchRows) onNeedMore();
  }, [hasNextPage, loadMoreFailed, lastIndex, ids.length, onNeedMore, prefetchRows]);
  const total = virtualizer.getTotalSize();
  return {
    virtualizer,
    items,
    paddingTop: items.length ? items[0].start : 0,
    // Before the first measure nothing is rendered: the full height gives the list a size to measure.
    paddingBottom: items.length ? total - items[items.length - 1].end : total,
  };
}
