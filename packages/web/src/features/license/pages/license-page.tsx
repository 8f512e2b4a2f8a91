import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { QueryState } from '../../../components/query-state';
import { useSeatUsage } from '../use-seat-usage';
import { SeatLimitPrompt, SeatMeter, isFull } from '../components/seat-meter';

/** The API's edition names and their keys in the `license` namespace. */
const EDITIONS = { cloud: 'cloud', 'on-premise': 'onPremise' } as const;
const editionKey = (edition: string) => (Object.hasOwn(EDITIONS, edition) ? EDITIONS[edition as keyof typeof EDITIONS] : undefined);

export function LicensePage() {
  const { t } = useTranslation('license');
  useDocumentTitle(t('page.title'));
  const { license, usage, loading, error, refetch } = useSeatUsage();
  const edition = license && editionKey(license.edition);
  return (
    <section className="page" aria-labelledby="license-title">
      <header className="page-header">
        <h1 id="license-title">{t('page.title')}</h1>
      </header>
      <section className="panel" aria-labelledby="license-seats-title">
        <h2 id="license-seats-title">{t('page.seats')}</h2>
        <QueryState loading={loading} error={error} hasData={!!usage} what={t('page.what')} onRetry={() => void refetch()} />
        {license && usage && (
          <>
            <SeatMeter usage={usage} />
            {isFull(usage) && <SeatLimitPrompt />}
            <dl className="facts">
              <dt>{t('page.edition')}</dt>
              <dd>{edition ? t(`page.editions.${edition}`) : license.edition}</dd>
              <dt>{t('page.seatsFull')}</dt>
              <dd>{license.seats}</dd>
              <dt>{t('page.inUse')}</dt>
              <dd>{license.used}</dd>
              <dt>{t('page.available')}</dt>
              <dd>{license.available}</dd>
            </dl>
            <p>
              <Trans i18nKey="page.change" t={t} components={{ code: <code />, to: <Link to="/invitations" /> }} />
            </p>
          </>
        )}
      </section>
      {license && (
        <section className="panel" aria-labelledby="license-light-title">
          <h2 id="license-light-title">{t('light.title')}</h2>
          <p>{t('light.intro')}</p>
          <dl className="facts" data-testid="light-agent-counts">
            <dt>{t('light.count')}</dt>
            <dd>{license.lightUsed}</dd>
            <dt>{t('light.allowed')}</dt>
            <dd>{license.lightSeats ?? t('light.unlimited')}</dd>
            <dt>{t('light.available')}</dt>
            <dd>{license.lightAvailable ?? t('light.unlimited')}</dd>
          </dl>
          <p>
            <Trans i18nKey="light.limit" t={t} components={{ code: <code /> }} />
          </p>
        </section>
      )}
    </section>
  );
}
