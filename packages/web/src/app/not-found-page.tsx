import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Trans i18nKey="notFound.body" t={t} components={{ to: <Link to="/agents" /> }} />
      </p>
    </section>
  );
}
