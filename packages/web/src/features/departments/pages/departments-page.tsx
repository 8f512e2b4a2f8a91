import { DepartmentAccessHelp } from '../components/department-access-help';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CREATE_DEPARTMENT_MUTATION,
  DELETE_DEPARTMENT_MUTATION,
  DEPARTMENTS_QUERY,
  RENAME_DEPARTMENT_MUTATION,
} from '../departments.graphql';
import { ListPage } from '../../../components/list-page';
import { NameForm } from '../../../components/name-form';
import { NamedList, useNamedListWords } from '../../../components/named-list';
import { useToast } from '../../../components/toast';
import { departmentDeleteConsequence } from '../department-words';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { Building2 } from 'lucide-react';

export function DepartmentsPage() {
  const { t } = useTranslation('departments');
  const listT = useNamedListWords('departments', 'list');
  useDocumentTitle(t('page.title'));
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS_QUERY);
  const [create] = useMutation(CREATE_DEPARTMENT_MUTATION, { refetchQueries: ['Departments'], awaitRefetchQueries: true });
  const [rename] = useMutation(RENAME_DEPARTMENT_MUTATION);
  const [remove] = useMutation(DELETE_DEPARTMENT_MUTATION, { refetchQueries: ['Departments'] });
  const departments = data?.departments ?? [];
  const toast = useToast();

  return (
    <ListPage
      titleId="departments-title"
      title={t('page.title')}
      actions={<DepartmentAccessHelp />}
      listPanel={{ titleId: 'department-list-title', title: t('page.allDepartments') }}
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('page.what')}
      items={departments}
      empty={{
        icon: Building2,
        text: t('page.empty'),
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-department-title')}>
            {t('page.create')}
          </button>
        ),
      }}
      list={(items) => (
        <NamedList
          words={listT}
          items={items}
          onRename={(dept, name) => rename({ variables: { id: dept.id, name } })}
          onDelete={(dept) => remove({ variables: { id: dept.id } })}
          deleteConsequence={(dept) => departmentDeleteConsequence(dept, t)}
        />
      )}
    >
      <section className="panel" aria-labelledby="new-department-title">
        <h2 id="new-department-title">{t('page.newDepartment')}</h2>
        <NameForm
          label={t('page.departmentName')}
          submitLabel={t('page.createDepartment')}
          onSave={async (name) => {
            await create({ variables: { name } });
            toast.success(t('page.created', { name }));
          }}
        />
      </section>
    </ListPage>
  );
}
