import { fieldSentence } from '../../../lib/errors';
import { useTranslation } from 'react-i18next';
import { errorLabel, fieldOfPath, tabOfField } from './agent-form';
import { AGENT_TABS } from './agent-tabs';
import type { PageCatalogs } from './agent-page-types';
import type { AgentForm } from './use-agent-form';

const tabLabel = (path: string) => {
  const field = fieldOfPath(path);
  return field && AGENT_TABS.find((tab) => tab.value === tabOfField(field))?.label;
};

interface SaveBarProps {
  form: AgentForm;
  /** Names of teams, groups, departments and permissions, for errors about one of them. */
  catalogs?: Partial<PageCatalogs>;
}

/**
 * Why the last save failed: each field error in words with the tab that holds it (never the
 * API's paths such as `input.teamIds.2`), or the server's message when it is not about fields.
 */
function SaveError({ form, catalogs }: SaveBarProps) {
  const { t } = useTranslation('agents');
  const { error, errors, values } = form;
  if (!error) return null;
  const listed = Object.entries(errors).flatMap(([path, fragment]) => {
    const label = errorLabel(t, path, values, catalogs);
    return label ? [{ path, label, fragment }] : [];
  });
  // A message made of field paths ("input.teamIds.2: …") is not for people.
  const aboutFields = Object.keys(error.fields).length > 0;
  const summary =
    error.code !== 'BAD_USER_INPUT' ? error.message : listed.length ? t('save.correct') : aboutFields ? t('save.invalid') : error.message;
  return (
    <div role="alert" className="alert alert-error">
      <p>{summary}</p>
      {listed.length > 0 && (
        <ul>
          {listed.map(({ path, label, fragment }) => (
            <li key={path}>
              {fieldSentence(label, fragment)} <span className="muted">({tabLabel(path) && t(tabLabel(path)!)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The agent page's one save bar, sticky at the bottom of the window: how many changes wait, on
 * which tabs they are marked, Save (every tab in one updateAgent) and Discard.
 */
export function SaveBar({ form, catalogs }: SaveBarProps) {
  const { t } = useTranslation('agents');
  const { total } = form.changes;
  // A save is told by a toast; the bar says only what waits.
  const status = form.saving ? t('save.saving') : total ? t('page.unsaved', { count: total }) : t('save.noChanges');
  return (
    <section className="save-bar agent-save-bar" aria-label={t('save.region')} data-dirty={total > 0}>
      <SaveError form={form} catalogs={catalogs} />
      <div className="save-bar-actions">
        <p role="status" className={`save-status ${total ? 'save-status-pending' : 'save-status-idle'}`}>
          {total > 0 && <span className="tab-marker tab-marker-unsaved" aria-hidden="true" />}
          {status}
        </p>
        <button type="button" className="button button-secondary" disabled={form.saving || !total} onClick={form.discard}>
          {t('save.discard')}
        </button>
        <button type="submit" className="button button-primary" disabled={form.saving || !total}>
          {t('save.save')}
        </button>
      </div>
    </section>
  );
}
