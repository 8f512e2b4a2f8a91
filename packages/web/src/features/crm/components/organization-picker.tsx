import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { SectionHeading } from '../../../components/section-heading';
import { useReportUnsavedEdits } from '../../../components/unsaved-edits';
import { toDisplayError } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { CRM_CREATE_ORGANIZATION, CRM_ORGANIZATIONS_QUERY } from '../crm.graphql';

interface Props {
  current: { id: string; name: string } | null;
  /** Saves the choice (null: no organization); rejects with the API's error. */
  onChoose: (organizationId: string | null) => Promise<void>;
  canEdit: boolean;
  canCreate: boolean;
}

/** The user's organization; "Change" opens a filter-as-you-type list with "Create" for a new name. */
export function OrganizationPicker({ current, onChoose, canEdit, canCreate }: Props) {
  const { t } = useTranslation('crm');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const search = useDebouncedValue(text.trim(), 200);
  const pencil = useRef<HTMLButtonElement>(null);
  // A typed name not yet chosen or created is an edit that leaving would lose.
  useReportUnsavedEdits('the organization', open && text.trim() !== '');
  const wasOpen = useRef(false);
  useEffect(() => {
    // Closing the picker gives focus back to the pencil.
    if (wasOpen.current && !open) pencil.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const { data, loading } = useQuery(CRM_ORGANIZATIONS_QUERY, { variables: { search: search || undefined, first: 10 }, skip: !open });
  const [createOrganization, creating] = useMutation(CRM_CREATE_ORGANIZATION, {
    update: (cache) => cache.evict({ fieldName: 'organizations' }),
  });
  const matches = data?.organizations.edges.map((e) => e.node) ?? [];
  const exact = matches.some((o) => o.name.toLowerCase() === text.trim().toLowerCase());

  async function choose(id: string | null) {
    setError(null);
    try {
      await onChoose(id);
      close();
    } catch (e) {
      setError(toDisplayError(e).message);
    }
  }

  function close() {
    setOpen(false);
    setText('');
  }

  async function create() {
    setError(null);
    try {
      const result = await createOrganization({ variables: { name: text.trim() } });
      if (result.data) await choose(result.data.createOrganization.id);
    } catch (e) {
      setError(toDisplayError(e).message);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-org-heading">
      <SectionHeading
        id="crm-org-heading"
        title={t('filters.organization')}
        editLabel={t('organization.change')}
        onEdit={canEdit && !open ? () => setOpen(true) : undefined}
        editRef={pencil}
      />
      <p data-testid="crm-organization">{current ? current.name : <span className="muted">{t('organization.none')}</span>}</p>
      {open && (
        <div className="crm-picker">
          <div className="field">
            <label htmlFor="crm-org-search">{t('organization.find')}</label>
            <input id="crm-org-search" type="search" value={text} autoFocus onChange={(event) => setText(event.target.value)} />
          </div>
          <p role="status" className="muted">
            {loading ? t('organization.searching') : search && !matches.length ? t('organization.noMatches') : ''}
          </p>
          <ul className="crm-picker-options" aria-label={t('manage.organizations')}>
            {matches.map((o) => (
              <li key={o.id}>
                <button type="button" className="button button-secondary button-small" onClick={() => void choose(o.id)}>
                  {o.name}
                </button>
              </li>
            ))}
          </ul>
          <div className="crm-picker-actions">
            {canCreate && text.trim() && !exact && !loading && (
              <button
                type="button"
                className="button button-primary button-small"
                disabled={creating.loading}
                onClick={() => void create()}
              >
                {t('organization.create', { name: text.trim() })}
              </button>
            )}
            {current && (
              <button type="button" className="button button-secondary button-small" onClick={() => void choose(null)}>
                {t('organization.none')}
              </button>
            )}
            <button type="button" className="button button-secondary button-small" onClick={close}>
              {t('cancel')}
            </button>
          </div>
          {error && (
            <p role="alert" className="alert alert-error">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
