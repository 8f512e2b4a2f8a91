import { DepartmentAccessHelp } from '../components/department-access-help';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CREATE_DEPARTMENT_MUTATION,
  DELETE_DEPARTMENT_MUTATION,
  DEPARTMENTS_QUERY,
  RENAME_DEPARTMENT_MUTATION,
} from '../departments.graphql';
import { ListPage } from '../../../components/list-page';
import { NameForm } from '../../../components/name-form';
import { NamedList } from '../../../components/named-list';
import { useToast } from '../../../components/toast';
import { departmentDeleteConsequence } from '../department-words';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { Building2 } from 'lucide-react';

export function DepartmentsPage() {
  useDocumentTitle('Departments');
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS_QUERY);
  const [create] = useMutation(CREATE_DEPARTMENT_MUTATION, { refetchQueries: ['Departments'], awaitRefetchQueries: true });
  const [rename] = useMutation(RENAME_DEPARTMENT_MUTATION);
  const [remove] = useMutation(DELETE_DEPARTMENT_MUTATION, { refetchQueries: ['Departments'] });
  const departments = data?.departments ?? [];
  const toast = useToast();

  return (
    <ListPage
      titleId="departments-title"
      title="Departments"
      actions={<DepartmentAccessHelp />}
      listPanel={{ titleId: 'department-list-title', title: 'All departments' }}
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what="departments"
      items={departments}
      empty={{
        icon: Building2,
        text: 'No departments yet',
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-department-title')}>
            Create a department
          </button>
        ),
      }}
      list={(items) => (
        <NamedList
          noun="department"
          items={items}
          onRename={(dept, name) => rename({ variables: { id: dept.id, name } })}
          onDelete={(dept) => remove({ variables: { id: dept.id } })}
          deleteConsequence={departmentDeleteConsequence}
        />
      )}
    >
      <section className="panel" aria-labelledby="new-department-title">
        <h2 id="new-department-title">New department</h2>
        <NameForm
          label="Department name"
          submitLabel="Create department"
          onSave={async (name) => {
            await create({ variables: { name } });
            toast.success(`Department ${name} created.`);
          }}
        />
      </section>
    </ListPage>
  );
}
