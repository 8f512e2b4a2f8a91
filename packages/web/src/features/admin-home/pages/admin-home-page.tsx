import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSeatUsage } from '../../license/use-seat-usage';
import { SeatLimitPrompt, SeatMeter, isFull } from '../../license/components/seat-meter';
import { QueryState } from '../../../components/query-state';
import { InviteAgentForm } from '../../invitations/components/invite-agent-form';
import { AdminsAtAGlance } from '../components/admins-at-a-glance';
import { ADMIN_NAV } from '../../../app/nav-items';
import { CrmSettingsPanel } from '../../crm-settings/components/crm-settings-panel';
import { SecuritySettingsPanel } from '../../two-step/security-settings-panel';
import { PageHeader } from '../../../components/page-header';

export function AdminHomePage() {
  const { t } = useTranslation('adminHome');
  const { t: tApp } = useTranslation('app');
  useDocumentTitle(t('title'));
  const { usage, loading, error, refetch } = useSeatUsage();
  return (
    <section className="page" aria-labelledby="admin-title">
      <PageHeader titleId="admin-title" title={t('title')} />
      <div className="panel-grid">
        <section aria-labelledby="seats-title" className="panel">
          <h2 id="seats-title">{t('seats')}</h2>
          <QueryState loading={loading} error={error} hasData={!!usage} what={t('seats')} onRetry={() => void refetch()} />
          {usage && <SeatMeter usage={usage} />}
          {usage && isFull(usage) && <SeatLimitPrompt />}
          <p>
            <Link to="/license">{t('licenseDetails')}</Link> · <Link to="/invitations">{t('pendingInvitations')}</Link>
          </p>
        </section>
        <section aria-labelledby="invite-title" className="panel">
          <h2 id="invite-title">{t('invite')}</h2>
          <InviteAgentForm />
        </section>
        <section aria-labelledby="admins-title" className="panel">
          <h2 id="admins-title">{t('administrators')}</h2>
          <AdminsAtAGlance />
        </section>
        <section aria-labelledby="crm-settings-title" className="panel">
          <h2 id="crm-settings-title">{t('crm')}</h2>
          <CrmSettingsPanel />
        </section>
        <section aria-labelledby="security-settings-title" className="panel">
          <h2 id="security-settings-title">{t('security')}</h2>
          <SecuritySettingsPanel />
        </section>
        <nav aria-labelledby="admin-screens-title" className="panel">
          <h2 id="admin-screens-title">{t('manage')}</h2>
          <ul className="plain-list">
            {ADMIN_NAV.filter((link) => link.to !== '/admin').map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="icon-link">
                  {link.icon && <link.icon aria-hidden="true" />}
                  {tApp(`nav.${link.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </section>
  );
}
