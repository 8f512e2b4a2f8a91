import type { AgentOrder, AgentOrderField } from '../../../gql/graphql';
import { ArrowDown, ArrowUp } from 'lucide-react';

interface SortHeaderProps {
  field: AgentOrderField;
  label: string;
  order: AgentOrder;
  onSort: (field: AgentOrderField) => void;
}

/**
 * A column header that sorts: a button named after the column inside the <th>, which carries
 * aria-sort (read out by screen readers) when the list is sorted by it.
 */
export function SortHeader({ field, label, order, onSort }: SortHeaderProps) {
  const active = order.field === field;
  const descending = active && order.direction === 'DESC';
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span aria-hidden="true" className={active ? 'sort-arrow sort-arrow-active' : 'sort-arrow'}>
          {descending ? <ArrowDown /> : <ArrowUp />}
        </span>
      </button>
    </th>
  );
}
