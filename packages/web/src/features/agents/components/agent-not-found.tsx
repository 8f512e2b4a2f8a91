import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** An address under /agents/ that names no agent: say so, and lead back to the list. */
export function AgentNotFound() {
  const { t } = useTranslation('agents');
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page page-status" aria-labelledby="agent-not-found-title">
      <h1 id="agent-not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/agents">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
