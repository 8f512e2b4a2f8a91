import { useTranslation } from 'react-i18next';
import { Avatar } from './avatar';
import { MovedFromNote } from './moved-from-note';
import { EMPTY_VALUE, formatChangeValue } from './change-log-value';
import { formatDateTime } from '../lib/format';

export interface ChangeLogRow {
  id: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  createdAt: string;
  actorName: string;
  /** When selected, a token's or the system's change says so after the name. */
  actorKind?: string;
  /** When selected: the acting agent's profile image (initials of the name without one). */
  actorAvatarUrl?: string | null;
  /** When selected: the merged user a user's entry came from (a merge moved it here). */
  movedFrom?: { name: string } | null;
}

interface ChangeLogTableProps {
  rows: ChangeLogRow[];
  totalCount: number;
  hasOlder: boolean;
  loading: boolean;
  onLoadOlder(): void;
  label(field: string): string;
  /** The page's own wording of a value (ids as names) before the common one (formatChangeValue). */
  format?(field: string, value: string | null): string | null;
  /** Add "(showing N)" to the caption while older entries are not loaded. */
  showLoadedCount?: boolean;
}

function Value({ value }: { value: string | null }) {
  const { t } = useTranslation('common');
  return value === null ? (
    <span className="muted">
      <span aria-hidden="true">{EMPTY_VALUE}</span>
      <span className="visually-hidden">{t('changeLog.empty')}</span>
    </span>
  ) : (
    <span className="log-value">{value}</span>
  );
}

/** A change log (agent or user), newest first, with a button for older entries. */
export function ChangeLogTable({ rows, totalCount, hasOlder, loading, onLoadOlder, label, format, showLoadedCount }: ChangeLogTableProps) {
  const { t } = useTranslation('common');
  const shown = (field: string, value: string | null | undefined) =>
    formatChangeValue(field, format ? format(field, value ?? null) : value);
  return (
    <div className="tab-body">
      {/* Focusable: on a phone the table scrolls sideways, and keyboard users must reach that too. */}
      <div className="table-wrap" tabIndex={0} role="group" aria-label={t('changeLog.label')}>
        <table className="data-table change-log">
          <caption>
            {t('changeLog.caption', { count: totalCount })}
            {showLoadedCount && rows.length < totalCount && ` ${t('changeLog.showing', { count: rows.length })}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('changeLog.when')}</th>
              <th scope="col">{t('changeLog.field')}</th>
              <th scope="col">{t('changeLog.change')}</th>
              <th scope="col">{t('changeLog.by')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((node) => (
              <tr key={node.id}>
                <td>
                  <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
                </td>
                <th scope="row">{label(node.field)}</th>
                <td>
                  <Value value={shown(node.field, node.oldValue)} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> {t('changeLog.changedTo')} </span>
                  <Value value={shown(node.field, node.newValue)} />
                  <MovedFromNote movedFrom={node.movedFrom} />
                </td>
                <td>
                  <span className="person">
                    {node.actorAvatarUrl !== undefined && (
                      <Avatar id={node.actorName} name={node.actorName} size="sm" src={node.actorAvatarUrl} />
                    )}
                    <span>
                      {node.actorName}
                      {node.actorKind && node.actorKind !== 'AGENT' && (
                        <span className="muted"> ({node.actorKind === 'API_TOKEN' ? t('changeLog.apiToken') : t('changeLog.system')})</span>
                      )}
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasOlder && (
        <button type="button" className="button button-secondary" disabled={loading} onClick={onLoadOlder}>
          {loading ? t('loading') : t('changeLog.showOlder')}
        </button>
      )}
    </div>
  );
}
