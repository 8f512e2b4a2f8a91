import { useTranslation } from 'react-i18next';

/**
 * Marks an entry a merge moved from the merged user (ChangeLogEntry.movedFrom, ActivityItem.movedFrom),
 * so the kept user's history does not claim the merged user's changes: the change log and the activity.
 */
export function MovedFromNote({ movedFrom }: { movedFrom: { name: string } | null | undefined }) {
  const { t } = useTranslation('common');
  if (!movedFrom) return null;
  return <div className="muted moved-from">{t('movedFrom', { name: movedFrom.name })}</div>;
}
