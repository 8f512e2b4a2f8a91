import { useTranslation } from 'react-i18next';

/** Marks a light agent (no license seat; reads the CRM and adds notes only) in lists and on the agent page. */
export function LightBadge({ type }: { type: string | null | undefined }) {
  const { t } = useTranslation('agents');
  if (type !== 'LIGHT') return null;
  return (
    <span className="badge badge-light" title={t('light.badgeTitle')}>
      {t('light.badge')}
    </span>
  );
}
