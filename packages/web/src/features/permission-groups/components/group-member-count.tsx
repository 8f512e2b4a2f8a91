import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GROUP_MEMBER_COUNT_QUERY } from '../permission-groups.graphql';

/** What deleting the group does to its agents; asks the API how many there are. */
export function GroupDeleteConsequence({ groupId }: { groupId: string }) {
  const { t } = useTranslation('permissionGroups');
  const { data, error } = useQuery(GROUP_MEMBER_COUNT_QUERY, { variables: { id: groupId }, fetchPolicy: 'network-only' });
  if (error) return <p>{t('deleteConsequence.unknown')}</p>;
  if (!data) return <p role="status">{t('deleteConsequence.counting')}</p>;
  const count = data.agents.totalCount;
  return <p data-testid="group-member-count">{count === 0 ? t('deleteConsequence.none') : t('deleteConsequence.members', { count })}</p>;
}
