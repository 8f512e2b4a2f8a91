import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field';
import { useViewer } from '../../auth/viewer-context';
import { CRM_SETTINGS_QUERY } from '../../crm-settings/crm-settings.graphql';
import { CRM_ORGANIZATIONS_QUERY } from '../crm.graphql';

/** Whether team-scoped visibility narrows what the viewer sees (on, and not an administrator). */
export function useScopedViewer(): boolean {
  const viewer = useViewer();
  const { data } = useQuery(CRM_SETTINGS_QUERY, { skip: viewer.isAdmin });
  return !viewer.isAdmin && !!data?.crmSettings.teamScopedUserVisibility;
}

/** Tells an agent whose list is narrowed by team-scoped visibility why some users are missing. */
export function ScopeHint() {
  const { t } = useTranslation('crm');
  if (!useScopedViewer()) return null;
  return <p className="crm-scope-hint muted">{t('scope.hint')}</p>;
}

interface ScopedOrganizationFieldProps {
  value: string;
  onChange: (id: string) => void;
  error?: string;
}

/**
 * A scoped agent's new users need one of their organizations (else they would not see them): the
 * organizations they may pick (the API lists only theirs). Nothing for other agents.
 */
export function ScopedOrganizationField({ value, onChange, error }: ScopedOrganizationFieldProps) {
  const { t } = useTranslation('crm');
  const scoped = useScopedViewer();
  const { data } = useQuery(CRM_ORGANIZATIONS_QUERY, { variables: { first: 100 }, skip: !scoped });
  if (!scoped) return null;
  return (
    <FormField label={t('filters.organization')} error={error} hint={t('scope.organizationHint')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('scope.chooseOrganization')}</option>
          {data?.organizations.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
