import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useSearchParamsWriter } from '../../../lib/use-search-params-writer';
import type { AgentFilter, AgentStatus, AgentType } from '../../../gql/graphql';
import { SORT_PARAM } from './use-agent-sort';

/** The list's filters as they appear in the address, so a filtered list can be bookmarked or shared. */
export interface AgentFilterValues {
  search: string;
  teamId: string;
  permissionGroupId: string;
  status: '' | AgentStatus;
  admin: '' | 'yes' | 'no';
  type: '' | AgentType;
  businessUnitId: string;
}

const PARAMS: Record<keyof AgentFilterValues, string> = {
  search: 'q',
  teamId: 'team',
  permissionGroupId: 'group',
  status: 'status',
  admin: 'admin',
  type: 'type',
  businessUnitId: 'unit',
};

const SEARCH_DELAY_MS = 250;
const STATUSES = new Set<string>(['ACTIVE', 'DISABLED']);
const TYPES = new Set<string>(['FULL', 'LIGHT']);

export function toAgentFilter(values: AgentFilterValues): AgentFilter {
  const filter: AgentFilter = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (values.teamId) filter.teamId = values.teamId;
  if (values.permissionGroupId) filter.permissionGroupId = values.permissionGroupId;
  if (values.status) filter.status = values.status;
  if (values.admin) filter.isAdmin = values.admin === 'yes';
  if (values.type) filter.type = values.type;
  if (values.businessUnitId) filter.businessUnitId = values.businessUnitId;
  return filter;
}

/**
 * A search typed but not yet in the address, with the history entry it was typed on. The list can
 * remount before the delay is over (the page re-rendering from its route while it first loads): the
 * remounted list takes the typed search back and writes it, instead of losing it. Another entry (the
 * page opened again later) does not.
 */
let unwritten: { key: string; search: string } | null = null;

export function useAgentFilters() {
  const { key } = useLocation();
  const [params] = useSearchParams();
  const writeParams = useSearchParamsWriter();
  const values = useMemo<AgentFilterValues>(() => {
    const status = params.get(PARAMS.status) ?? '';
    const admin = params.get(PARAMS.admin) ?? '';
    const type = params.get(PARAMS.type) ?? '';
    return {
      search: params.get(PARAMS.search) ?? '',
      teamId: params.get(PARAMS.teamId) ?? '',
      permissionGroupId: params.get(PARAMS.permissionGroupId) ?? '',
      status: STATUSES.has(status) ? (status as AgentStatus) : '',
      admin: admin === 'yes' || admin === 'no' ? admin : '',
      type: TYPES.has(type) ? (type as AgentType) : '',
      businessUnitId: params.get(PARAMS.businessUnitId) ?? '',
    };
  }, [params]);

  // Built on the router's latest address: a team picked while the search waits, then the search, both stay.
  const setValue = useCallback(
    <K extends keyof AgentFilterValues>(key: K, value: AgentFilterValues[K]) => {
      writeParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(PARAMS[key], value);
        else next.delete(PARAMS[key]);
        return next;
      });
    },
    [writeParams],
  );

  // The search box shows what is typed at once; the address (and the query) follow once typing pauses.
  const [searchDraft, setSearchDraft] = useState(() => (unwritten?.key === key ? unwritten.search : values.search));
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // A filter or order picked meanwhile replaces the history entry: the unwritten search moves along.
  const lastKey = useRef(key);
  useEffect(() => {
    if (unwritten?.key === lastKey.current) unwritten = { ...unwritten, key };
    lastKey.current = key;
  }, [key]);
  const writeLater = useCallback(
    (search: string) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        unwritten = null;
        setValue('search', search);
      }, SEARCH_DELAY_MS);
    },
    [setValue],
  );
  const setSearch = useCallback(
    (search: string) => {
      setSearchDraft(search);
      unwritten = { key: lastKey.current, search };
      writeLater(search);
    },
    [writeLater],
  );
  useEffect(() => {
    // Remounted with a search typed before: write it once the delay is over.
    if (unwritten?.key === lastKey.current) writeLater(unwritten.search);
  }, [writeLater]);

  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    unwritten = null;
    setSearchDraft('');
    // The order is not a filter: it stays.
    writeParams((current) => new URLSearchParams([...current].filter(([key]) => key === SORT_PARAM)));
  }, [writeParams]);
  const active = Object.values(values).some(Boolean);
  return { values, setValue, searchDraft, setSearch, clear, active };
}
