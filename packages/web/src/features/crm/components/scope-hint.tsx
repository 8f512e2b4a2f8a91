import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../auth/viewer-context';
import { CRM_SETTINGS_QUERY } from '../../crm-settings/crm-settings.graphql';

/** Tells an agent whose list is narrowed by team-scoped visibility why some users are missing. */
export function ScopeHint() {
  const viewer = useViewer();
  const { data } = useQuery(CRM_SETTINGS_QUERY, { skip: viewer.isAdmin });
  if (viewer.isAdmin || !data?.crmSettings.teamScopedUserVisibility) return null;
  return <p className="crm-scope-hint muted">You see the users of your teams&apos; organizations only.</p>;
}
