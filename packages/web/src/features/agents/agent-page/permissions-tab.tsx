import { byCategory, effectivePermissions, grantingGroups, groupsOf } from './permissions';
import { useAgentFormContext } from './use-agent-form';
import { AdminAccess } from './admin-access';
import type { TabProps } from './agent-page-types';

/**
 * Admin access (admins only), then the catalogue by category: the agent's own (direct) permissions as checkboxes, what its
 * groups grant, and the effective result, recomputed as the admin ticks boxes.
 */
export function PermissionsTab({ catalogs, readOnly, isViewer }: TabProps & { isViewer: boolean }) {
  const form = useAgentFormContext();
  const direct = form.values.permissions;
  const groups = groupsOf(form.values.permissionGroupIds, catalogs);
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
        Permissions add up: the agent can do what any of their groups or their own permissions grant.{' '}
        <strong data-testid="effective-summary">
          {effective.size} of {total} permissions granted
        </strong>
        {groups.length > 0 ? ` (groups: ${groups.map((g) => g.name).join(', ')}).` : ' (in no permission group).'}
      </p>
      {error && <p className="field-error">Permissions {error}</p>}
      {form.values.isAdmin && (
        <p className="alert alert-info">This agent is an administrator: admin access opens the whole admin interface whatever these say.</p>
      )}
      {byCategory(catalogs.permissionCatalog).map(([category, permissions]) => (
        <div className="table-wrap" key={category}>
          <table className="data-table permission-table">
            <caption className="table-title">{category}</caption>
            <thead>
              <tr>
                <th scope="col">Permission</th>
                <th scope="col">Direct</th>
                <th scope="col">From groups</th>
                <th scope="col">Effective</th>
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
                      {permission.label}
                      {permission.destructive && <span className="badge badge-destructive">Destructive</span>}
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
                    <td>{groupNames.length ? groupNames.join(', ') : <span className="muted">None</span>}</td>
                    <td>
                      <span className={`badge ${granted ? 'badge-active' : 'badge-disabled'}`}>{granted ? 'Granted' : 'Not granted'}</span>
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
