import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import { byCategory, effectivePermissions, grantingGroups, groupsOf } from './permissions';
import { useAgentFormContext } from './use-agent-form';
import { AdminAccess } from './admin-access';
import type { TabProps } from './agent-page-types';

/**
 * Admin access (admins only), then the catalogue by category: the agent's own (direct) permissions as checkboxes, what its
 * groups grant, and the effective result, recomputed as the admin ticks boxes.
 */
export function PermissionsTab({ catalogs, readOnly, isViewer }: TabProps & { isViewer: boolean }) {
  const { t } = useTranslation('agents');
  const labels = usePermissionLabels();
  const form = useAgentFormContext();
  const direct = form.values.permissions;
  // Built-in groups by their names in the current language.
  const groups = groupsOf(form.values.permissionGroupIds, catalogs).map((g) => ({ ...g, name: labels.groupName(g) }));
  const fromGroups = grantingGroups(groups);
  const effective = effectivePermissions(direct, groups);
  const total = catalogs.permissionCatalog.length;
  const error = form.errorOf('permissions');

  function toggle(key: string, on: boolean) {
    form.set('permissions', on ? [...direct, key] : direct.filter((k) => k !== key));
  }

  return (
    <div className="tab-body">
      {!readOnly && <AdminAccess isViewer={isViewer} />}
      <p className="tab-intro">
        {t('permissionsTab.intro')}{' '}
        <strong data-testid="effective-summary">{t('permissionsTab.summary', { granted: effective.size, total })}</strong>
        {groups.length > 0 ? t('permissionsTab.inGroups', { names: groups.map((g) => g.name).join(', ') }) : t('permissionsTab.inNoGroup')}
      </p>
      {error && <p className="field-error">{t('permissionsTab.error', { error })}</p>}
      {form.values.isAdmin && <p className="alert alert-info">{t('permissionsTab.adminNote')}</p>}
      {byCategory(catalogs.permissionCatalog).map(([category, permissions]) => (
        <div className="table-wrap" key={category}>
          <table className="data-table permission-table">
            <caption className="table-title">{labels.categoryLabel(category)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('permissionsTab.permission')}</th>
                <th scope="col">{t('permissionsTab.direct')}</th>
                <th scope="col">{t('permissionsTab.fromGroups')}</th>
                <th scope="col">{t('permissionsTab.effective')}</th>
              </tr>
            </thead>
            <tbody>
              {permissions.map((permission) => {
                const groupNames = fromGroups.get(permission.key) ?? [];
                const granted = effective.has(permission.key);
                const rowId = `permission-${permission.key.replace(/\W/g, '-')}`;
                return (
                  <tr key={permission.key}>
                    <th scope="row" id={rowId}>
                      {labels.permissionLabel(permission.key, permission.label)}
                      {permission.destructive && <span className="badge badge-destructive">{labels.destructive}</span>}
                    </th>
                    <td>
                      <input
                        type="checkbox"
                        aria-labelledby={rowId}
                        checked={direct.includes(permission.key)}
                        disabled={readOnly}
                        onChange={(event) => toggle(permission.key, event.target.checked)}
                      />
                    </td>
                    <td>{groupNames.length ? groupNames.join(', ') : <span className="muted">{t('shared.none')}</span>}</td>
                    <td>
                      <span className={`badge ${granted ? 'badge-active' : 'badge-disabled'}`}>
                        {granted ? t('permissionsTab.granted') : t('permissionsTab.notGranted')}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
