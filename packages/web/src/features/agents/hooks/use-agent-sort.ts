import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchParamsWriter } from '../../../lib/use-search-params-writer';
import type { AgentOrder, AgentOrderField } from '../../../gql/graphql';

/** The list's order in the address: `sort=email`, `sort=-name` (descending); none is name A-Z. */
export const SORT_PARAM = 'sort';
const FIELDS: Record<string, AgentOrderField> = { name: 'NAME', email: 'EMAIL' };

export function parseSort(value: string | null): AgentOrder {
  const desc = value?.startsWith('-') ?? false;
  const field = FIELDS[(desc ? value!.slice(1) : (value ?? '')).toLowerCase()] ?? 'NAME';
  return { field, direction: desc ? 'DESC' : 'ASC' };
}

export function formatSort(order: AgentOrder): string | null {
  if (order.field === 'NAME' && order.direction !== 'DESC') return null;
  return `${order.direction === 'DESC' ? '-' : ''}${order.field.toLowerCase()}`;
}

/** The order, and `sortBy(field)`: a new column sorts ascending, the sorted one flips. */
export function useAgentSort() {
  const [params] = useSearchParams();
  const writeParams = useSearchParamsWriter();
  const raw = params.get(SORT_PARAM);
  const order = useMemo(() => parseSort(raw), [raw]);
  const sortBy = useCallback(
    (field: AgentOrderField) => {
      const next: AgentOrder = { field, direction: order.field === field && order.direction === 'ASC' ? 'DESC' : 'ASC' };
      writeParams((current) => {
        const updated = new URLSearchParams(current);
        const value = formatSort(next);
        if (value) updated.set(SORT_PARAM, value);
        else updated.delete(SORT_PARAM);
        return updated;
      });
    },
    [order, writeParams],
  );
  return { order, sortBy };
}
