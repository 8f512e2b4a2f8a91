import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { toDisplayError } from '../../../lib/errors';
import { CRM_MERGE_SEARCH_QUERY, CRM_USER_DUPLICATES_QUERY } from '../crm-merge.graphql';
import { duplicateReasons, type MergeCandidate } from '../merge-words';
import { CandidateItem } from './candidate-item';

interface Props {
  targetId: string;
  onChoose: (candidate: MergeCandidate) => void;
}

/** Step one of a merge: suggested duplicates (with their reasons) and a search by name or email. */
export function MergePicker({ targetId, onChoose }: Props) {
  const { t } = useTranslation('crm');
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim());
  const duplicates = useQuery(CRM_USER_DUPLICATES_QUERY, { variables: { userId: targetId } });
  const found = useQuery(CRM_MERGE_SEARCH_QUERY, { variables: { search: term }, skip: term.length < 2 });
  const suggestions = duplicates.data?.userDuplicates ?? [];
  const results = (found.data?.users.edges ?? []).map((e) => e.node).filter((u) => u.id !== targetId);

  const choose = (u: MergeCandidate) => (
    <button type="button" className="button button-secondary button-small" onClick={() => onChoose({ id: u.id, name: u.name })}>
      {t('mergePicker.choose')} <span className="visually-hidden">{u.name}</span>
    </button>
  );

  return (
    <div className="crm-merge-picker">
      {suggestions.length > 0 && (
        <section aria-labelledby="crm-merge-suggested">
          <h3 id="crm-merge-suggested" className="crm-popup-heading">
            {t('duplicates.heading')}
          </h3>
          <ul className="crm-candidates">
            {suggestions.map((d) => (
              <CandidateItem
                key={d.user.id}
                user={d.user}
                detail={`${d.user.primaryEmail} · ${duplicateReasons(t, d.reasons)}`}
                action={choose(d.user)}
              />
            ))}
          </ul>
        </section>
      )}
      <div className="field">
        <label htmlFor="crm-merge-search">{t('mergePicker.find')}</label>
        <input id="crm-merge-search" type="search" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
      </div>
      {found.error && <p className="alert alert-error">{toDisplayError(found.error).message}</p>}
      {term.length >= 2 && found.data && (
        <>
          <p role="status" className="crm-count">
            {results.length === 0 ? t('mergePicker.noMatch') : t('mergePicker.found', { count: results.length })}
          </p>
          <ul className="crm-candidates" aria-label={t('mergePicker.matching')}>
            {results.map((u) => (
              <CandidateItem key={u.id} user={u} detail={u.primaryEmail} action={choose(u)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
