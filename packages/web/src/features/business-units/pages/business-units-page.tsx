import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BriefcaseBusiness } from 'lucide-react';
import {
  BUSINESS_UNITS_QUERY,
  CREATE_BUSINESS_UNIT_MUTATION,
  DELETE_BUSINESS_UNIT_MUTATION,
  RENAME_BUSINESS_UNIT_MUTATION,
} from '../business-units.graphql';
import { businessUnitDeleteConsequence, businessUnitDeleted } from '../business-unit-words';
import { ListPage } from '../../../components/list-page';
import { NameForm } from '../../../components/name-form';
import { NamedList, useNamedListWords } from '../../../components/named-list';
import { useToast } from '../../../components/toast';
import { focusFormOf } from '../../../components/empty-state';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** Administrators' list of business units (guide 004): agent counts, create, rename, delete with a count of the agents who lose it. */
export function BusinessUnitsPage() {
  const { t } = useTranslation('businessUnits');
  const listT = useNamedListWords('businessUnits', 'list');
  useDocumentTitle(t('page.title'));
  const { data, loading, error, refetch } = useQuery(BUSINESS_UNITS_QUERY);
  const [create] = useMutation(CREATE_BUSINESS_UNIT_MUTATION, { refetchQueries: ['BusinessUnits'], awaitRefetchQueries: true });
  const [rename] = useMutation(RENAME_BUSINESS_UNIT_MUTATION);
  const [remove] = useMutation(DELETE_BUSINESS_UNIT_MUTATION, {
    refetchQueries: ['BusinessUnits'],
    // Agents that had the unit show it no more: cached agent lists and pages are stale.
    update(cache) {
      cache.evict({ fieldName: 'agents' });
      cache.gc();
    },
  });
  const units = data?.businessUnits ?? [];
  const toast = useToast();

  return (
    <ListPage
      titleId="business-units-title"
      title={t('page.title')}
      listPanel={{ titleId: 'business-unit-list-title', title: t('page.allUnits') }}
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('page.what')}
      items={units}
      empty={{
        icon: BriefcaseBusiness,
        text: t('page.empty'),
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-business-unit-title')}>
            {t('page.create')}
          </button>
        ),
      }}
      list={(items) => (
        <NamedList
          words={listT}
          items={items}
          columns={[{ header: t('page.agents'), cell: (unit) => t('page.agentCount', { count: unit.agentCount }) }]}
          onRename={(unit, name) => rename({ variables: { id: unit.id, name } })}
          onDelete={async (unit) => {
            const result = await remove({ variables: { id: unit.id } });
            toast.success(businessUnitDeleted(unit.name, result.data?.deleteBusinessUnit ?? 0, t));
          }}
          deleteConsequence={(unit) => businessUnitDeleteConsequence(unit, t)}
        />
      )}
    >
      <section className="panel" aria-labelledby="new-business-unit-title">
        <h2 id="new-business-unit-title">{t('page.newUnit')}</h2>
        <NameForm
          label={t('page.unitName')}
          submitLabel={t('page.createUnit')}
          onSave={async (name) => {
            await create({ variables: { name } });
            toast.success(t('page.created', { name }));
          }}
        />
      </section>
    </ListPage>
  );
}
