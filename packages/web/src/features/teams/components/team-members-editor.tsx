import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEMBER_CANDIDATES_QUERY, SET_TEAM_MEMBERS_MUTATION } from '../teams.graphql';
import { SearchChecklistEditor } from './search-checklist-editor';

interface Member {
  id: string;
  name: string;
  email: string;
}

interface TeamMembersEditorProps {
  teamId: string;
  members: readonly Member[];
  onSaved: () => void;
}

const toItem = (a: Member) => ({ id: a.id, name: a.name, detail: a.email });

function useAgentCandidates(search: string) {
  const { data, loading } = useQuery(MEMBER_CANDIDATES_QUERY, { variables: { search: search || undefined } });
  return { items: data?.agents.edges.map((e) => toItem(e.node)) ?? [], loading, loaded: !!data };
}

/** Tick agents to put them in the team; search narrows the list (the start of any word of the name or email). */
export function TeamMembersEditor({ teamId, members, onSaved }: TeamMembersEditorProps) {
  const { t } = useTranslation('teams');
  const [save] = useMutation(SET_TEAM_MEMBERS_MUTATION);
  return (
    <SearchChecklistEditor
      idPrefix={`member-${teamId}`}
      noun="agent"
      selectedNoun="member"
      searchPlaceholder={t('members.search')}
      initial={members.map(toItem)}
      useCandidates={useAgentCandidates}
      onSave={(agentIds) => save({ variables: { id: teamId, agentIds } })}
      saveLabel={t('members.save')}
      onSaved={onSaved}
    />
  );
}
