import { DepartmentAccessHelp } from '../../departments/components/department-access-help';
import { useToast } from '../../../components/toast';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../permission-labels';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState } from '../../../components/query-state';
import { FormDialog } from '../../../components/form-dialog';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { PERMISSION_GROUPS_QUERY, UPDATE_PERMISSION_GROUP_MUTATION } from '../permission-groups.graphql';
import { PermissionMatrix, type MatrixGroup } from '../components/permission-matrix';
import { NewGroupForm } from '../components/new-group-form';
import { GroupActions } from '../components/group-actions';
import { GroupDepartments } from '../components/group-departments';
import { departmentsOf, draftChanges, draftInput, type GroupDraft } from '../group-drafts';
import type { DepartmentAccessLevel } from '../../../gql/graphql';

export function PermissionGroupsPage() {
  const { t } = useTranslation('permissionGroups');
  const { groupName } = usePermissionLabels();
  useDocumentTitle(t('page.title'));
  const { data, loading, error, refetch } = useQuery(PERMISSION_GROUPS_QUERY);
  const [update] = useMutation(UPDATE_PERMISSION_GROUP_MUTATION);
  // Unsaved edits (permissions, department access) by group id.
  const [drafts, setDrafts] = useState<Record<string, GroupDraft>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<DisplayError | null>(null);
  const toast = useToast();
  const catalog = data?.permissionCatalog ?? [];
  const groups = data?.permissionGroups ?? [];
  const changed = groups.filter((g) => draftChanges(g, drafts[g.id]) > 0);
  const count = changed.reduce((sum, g) => sum + draftChanges(g, drafts[g.id]), 0);
  const guard = useUnsavedChangesGuard(count > 0, t('page.unsavedChanges', { count }));
  const grantedSets = new Map(groups.map((g) => [g.id, new Set(drafts[g.id]?.permissions ?? g.permissions)]));
  const accessOf = (group: MatrixGroup) => drafts[group.id]?.departments ?? departmentsOf(group);

  function edit(group: MatrixGroup, part: GroupDraft) {
    setDrafts({ ...drafts, [group.id]: { ...drafts[group.id], ...part } });
  }

  function toggle(group: MatrixGroup, key: string, on: boolean) {
    const current = drafts[group.id]?.permissions ?? group.permissions;
    // Kept in catalogue order, as the API answers.
    edit(group, { permissions: catalog.map((p) => p.key).filter((k) => (k === key ? on : current.includes(k))) });
  }

  function setAccess(group: MatrixGroup, departmentId: string, level: DepartmentAccessLevel | null) {
    const { [departmentId]: _previous, ...others } = accessOf(group);
    edit(group, { departments: level ? { ...others, [departmentId]: level } : others });
  }

  function announce(message: string) {
    setSaveError(null);
    toast.success(message);
  }

  async function save() {
    setSaving(true);
    setSaveError(null);
    const saved: string[] = [];
    try {
      for (const group of changed) {
        await update({ variables: { id: group.id, input: draftInput(group, drafts[group.id]) } });
        saved.push(group.id);
      }
      setDrafts({});
      toast.success(t('page.saved', { count: saved.length }));
    } catch (caught) {
      setDrafts(Object.fromEntries(Object.entries(drafts).filter(([id]) => !saved.includes(id))));
      setSaveError(toDisplayError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="page" aria-labelledby="groups-title">
      <header className="page-header page-header-row">
        <div>
          <h1 id="groups-title">{t('page.title')}</h1>
        </div>
        {data && (
          <FormDialog
            title={t('page.newGroupTitle')}
            description={t('page.newGroupDescription')}
            trigger={
              <button type="button" className="button button-primary">
                {t('page.newGroup')}
              </button>
            }
          >
            {(close) => (
              <NewGroupForm
                groups={groups}
                onCreated={(group) => {
                  close();
                  announce(t('page.created', { name: group.name }));
                }}
              />
            )}
          </FormDialog>
        )}
      </header>
      <QueryState loading={loading} error={error} hasData={!!data} what={t('page.what')} onRetry={() => void refetch()} />
      {data && (
        <section className="panel" aria-labelledby="matrix-title">
          <h2 id="matrix-title" className="visually-hidden">
            {t('page.matrixTitle')}
          </h2>
          <PermissionMatrix
            catalog={catalog}
            groups={groups}
            granted={(g) => grantedSets.get(g.id)!}
            onToggle={toggle}
            disabled={saving}
            groupActions={(group) => <GroupActions group={group} groups={groups} onDone={announce} />}
          />
          <div className="heading-with-help group-departments-title">
            <h2 id="group-departments-title">{t('page.departmentAccess')}</h2>
            <DepartmentAccessHelp />
          </div>
          <GroupDepartments departments={data.departments} groups={groups} access={accessOf} onChange={setAccess} disabled={saving} />
          <div className={changed.length ? 'save-bar matrix-save-bar' : 'save-bar'}>
            <FormAlert error={saveError} />
            <div className="save-bar-actions">
              {/* As the agent page's save bar: what waits on the left, Discard then Save on the right. */}
              <span className="muted save-status">
                {changed.length > 0 && t('page.unsavedChangesTo', { names: changed.map(groupName).join(', ') })}
              </span>
              <button type="button" className="button button-secondary" disabled={saving || !changed.length} onClick={() => setDrafts({})}>
                {t('page.discard')}
              </button>
              <button type="button" className="button button-primary" disabled={saving || !changed.length} onClick={() => void save()}>
                {saving ? t('page.saving') : t('page.save')}
              </button>
            </div>
          </div>
        </section>
      )}
      {guard.dialog}
    </section>
  );
}
