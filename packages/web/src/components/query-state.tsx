import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../lib/errors';

interface QueryStateProps {
  loading: boolean;
  error: unknown;
  hasData: boolean;
  /** What is loading, for the status line ("Loading teams…"). */
  what: string;
  onRetry: () => void;
}

/** The loading line or the error with a retry button; null once there is data to show. */
export function QueryState({ loading, error, hasData, what, onRetry }: QueryStateProps) {
  const { t } = useTranslation('common');
  if (hasData) return null;
  if (loading) return <p role="status">{t('loadingWhat', { what })}</p>;
  if (!error) return null;
  return (
    <div role="alert" className="alert alert-error">
      <p>{toDisplayError(error).message}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
