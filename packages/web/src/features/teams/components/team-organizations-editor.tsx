import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_CANDIDATES_QUERY, SET_TEAM_ORGANIZATIONS_MUTATION } from '../teams.graphql';
import { SearchChecklistEditor } from './search-checklist-editor';

interface Organization {
  id: string;
  name: string;
}

interface TeamOrganizationsEditorProps {
  teamId: string;
  organizations: readonly Organization[];
  onSaved: () => void;
}

function useOrganizationCandidates(search: string) {
  const { data, loading } = useQuery(ORGANIZATION_CANDIDATES_QUERY, { variables: { search: search || undefined } });
  return { items: data?.organizations.edges.map((e) => e.node) ?? [], loading, loaded: !!data };
}

/** Tick the organizations whose users the team's members see when team-scoped visibility is on. */
export function TeamOrganizationsEditor({ teamId, organizations, onSaved }: TeamOrganizationsEditorProps) {
  const { t } = useTranslation('teams');
  const [save] = useMutation(SET_TEAM_ORGANIZATIONS_MUTATION);
  return (
    <SearchChecklistEditor
      idPrefix={`organization-${teamId}`}
      noun="organization"
      searchPlaceholder={t('organizations.search')}
      initial={organizations}
      useCandidates={useOrganizationCandidates}
      onSave={(organizationIds) => save({ variables: { id: teamId, organizationIds } })}
      saveLabel={t('organizations.save')}
      onSaved={onSaved}
    />
  );
}
