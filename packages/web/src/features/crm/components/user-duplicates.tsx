import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CRM_USER_DUPLICATES_QUERY } from '../crm-merge.graphql';
import { duplicateReasons, type MergeCandidate } from '../merge-words';
import { CandidateItem } from './candidate-item';

interface Props {
  userId: string;
  /** Opens the merge dialog with the duplicate chosen; absent without people.merge. */
  onMerge?: (candidate: MergeCandidate) => void;
}

/** Users who may be the same person (the same phone, or a similar name on the same email domain). */
export function UserDuplicates({ userId, onMerge }: Props) {
  const { t } = useTranslation('crm');
  const { data } = useQuery(CRM_USER_DUPLICATES_QUERY, { variables: { userId } });
  const duplicates = data?.userDuplicates ?? [];
  // Nothing to say most of the time: the panel appears only with candidates.
  if (duplicates.length === 0) return null;
  return (
    <section className="crm-section crm-duplicates" aria-labelledby="crm-duplicates-heading">
      <h3 id="crm-duplicates-heading">{t('duplicates.heading')}</h3>
      <ul className="crm-candidates">
        {duplicates.map((d) => (
          <CandidateItem
            key={d.user.id}
            user={d.user}
            detail={
              <>
                {[d.user.primaryEmail, d.user.organization?.name].filter(Boolean).join(' · ')}
                <br />
                {duplicateReasons(t, d.reasons)}
              </>
            }
            action={
              onMerge && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onMerge({ id: d.user.id, name: d.user.name })}
                >
                  {t('duplicates.merge')} <span className="visually-hidden">{t('duplicates.mergeWhat', { name: d.user.name })}</span>
                </button>
              )
            }
          />
        ))}
      </ul>
    </section>
  );
}
