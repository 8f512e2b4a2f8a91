import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { VIEWER_QUERY } from './auth.graphql';
import { errorCode, toDisplayError } from '../../lib/errors';
import { ViewerContext } from './viewer-context';
import { useLanguage } from '../../i18n/use-language';

export const CHANGE_PASSWORD_PATH = '/change-password';
export const TWO_STEP_SETUP_PATH = '/two-step-setup';

/** Route guard: loads the signed-in agent and hands it to child routes through ViewerContext. */
export function RequireViewer() {
  const { t } = useTranslation('common');
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(VIEWER_QUERY);
  // The signed-in agent's language is the SPA's: nothing renders in another one first.
  const languageReady = useLanguage(data?.viewer.language);

  if ((loading && !data) || (data && !languageReady)) {
    return (
      <p className="page-status" role="status">
        {t('loading')}
      </p>
    );
  }
  if (error || !data) {
    if (errorCode(error) === 'UNAUTHENTICATED') {
      return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
    }
    if (errorCode(error) === 'SECOND_FACTOR_REQUIRED') {
      return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search, secondStep: true }} />;
    }
    return (
      <div className="page-status">
        <p role="alert" className="alert alert-error">
          {toDisplayError(error).message}
        </p>
        <button type="button" className="button" onClick={() => void refetch()}>
          {t('tryAgain')}
        </button>
      </div>
    );
  }

  const { viewer } = data;
  if (viewer.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  if (!viewer.mustChangePassword && viewer.mustEnrolSecondFactor && location.pathname !== TWO_STEP_SETUP_PATH) {
    return <Navigate to={TWO_STEP_SETUP_PATH} replace />;
  }
  return (
    <ViewerContext value={viewer}>
      <Outlet />
    </ViewerContext>
  );
}
