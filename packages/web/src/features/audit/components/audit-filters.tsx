import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SearchCombobox } from '../../../components/search-combobox';
import { SelectFilter } from '../../../components/select-filter';
import { AUDIT_ACTOR_OPTIONS_QUERY } from '../audit.graphql';
import { auditActionOptions, auditTargetTypeOptions, type AuditFilterParams } from '../audit-labels';

interface AuditFiltersProps {
  value: AuditFilterParams;
  onChange: (change: Partial<AuditFilterParams>) => void;
}

function useActorOptions(search: string, skip: boolean) {
  const { data, previousData, loading } = useQuery(AUDIT_ACTOR_OPTIONS_QUERY, {
    variables: { search: search || undefined, first: 20 },
    skip,
  });
  const agents = (data ?? previousData)?.agents.edges.map((e) => e.node) ?? [];
  return { options: agents.map((a) => ({ id: a.id, name: `${a.name} (${a.email})` })), loading };
}

function Day({ id, label, value, onChange }: { id: string; label: string; value: string | null; onChange: (v: string | null) => void }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
    </div>
  );
}

/** The audit page's filters: actor, action, target type, and a range of days. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const actions = useMemo(() => auditActionOptions(t), [t]);
  const targetTypes = useMemo(() => auditTargetTypeOptions(t), [t]);
  return (
    <>
      <SearchCombobox
        id="audit-actor"
        label={t('filters.actor')}
        any={t('filters.anyone')}
        value={value.actor}
        onChange={(actor) => onChange({ actor })}
        useOptions={useActorOptions}
      />
      <SelectFilter
        id="audit-action"
        label={t('filters.action')}
        any={t('filters.anyAction')}
        options={actions}
        value={value.action}
        onChange={(action) => onChange({ action })}
      />
      <SelectFilter
        id="audit-target-type"
        label={t('filters.target')}
        any={t('filters.anyTarget')}
        options={targetTypes}
        value={value.targetType}
        onChange={(targetType) => onChange({ targetType })}
      />
      <Day id="audit-from" label={t('filters.from')} value={value.from} onChange={(from) => onChange({ from })} />
      <Day id="audit-to" label={t('filters.to')} value={value.to} onChange={(to) => onChange({ to })} />
    </>
  );
}
