import { useQuery } from '@apollo/client/react';
import { plural } from '../../../lib/format';
import { GROUP_MEMBER_COUNT_QUERY } from '../permission-groups.graphql';

/** What deleting the group does to its agents; asks the API how many there are. */
export function GroupDeleteConsequence({ groupId }: { groupId: string }) {
  const { data, error } = useQuery(GROUP_MEMBER_COUNT_QUERY, { variables: { id: groupId }, fetchPolicy: 'network-only' });
  if (error) return <p>The agents in this group lose what it grants (their change logs say so). The agents themselves stay.</p>;
  if (!data) return <p role="status">Counting the agents in this group…</p>;
  const count = data.agents.totalCount;
  return (
    <p data-testid="group-member-count">
      {count === 0
        ? 'No agent is in this group.'
        : `${plural(count, 'agent')} ${count === 1 ? 'is' : 'are'} in this group and will lose what it grants (their change logs say so). The agents themselves stay.`}
    </p>
  );
}
