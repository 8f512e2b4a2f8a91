import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, i18n } from '../../../i18n';
import { NavLink } from 'react-router';
import { useInfiniteVirtualizer } from '../../../lib/use-infinite-virtualizer';
import type { useUsersPages } from '../hooks/use-users-pages';
import { Avatar } from '../../../components/avatar';

type UserPages = ReturnType<typeof useUsersPages>;

/** A row: the name over the email (and organization chip); measured once rendered. */
const ROW_HEIGHT = 58;

/** A search counts at most 1,000 matches: then "1,000+ users". */
export const countLabel = (n: number, exact = true) =>
  i18n.t(exact ? 'crm:list.count' : 'crm:list.countAtLeast', { count: n, formatted: n.toLocaleString(currentLocale()) });

/**
 * The list pane: the users as links, only those in view (plus a few) rendered however long the
 * list, the next cursor page fetched when scrolling nears the end. Tab and the arrow keys move
 * through the links (Home / End: first / last loaded); the count is a live status.
 */
export function UserList({
  list,
  empty,
}: {
  list: UserPages;
  /** With no filter on and no users at all: the next step. */ empty?: ReactNode;
}) {
  const { t } = useTranslation('crm');
  const scrollRef = useRef<HTMLDivElement>(null);
  const { users, hasNextPage, loadMoreFailed, loadMore } = list;
  const { virtualizer, items, paddingTop, paddingBottom } = useInfiniteVirtualizer({
    scrollRef,
    ids: users.map((u) => u.id),
    more: hasNextPage || loadMoreFailed,
    hasNextPage,
    loadMoreFailed,
    onNeedMore: loadMore,
    estimateSize: ROW_HEIGHT,
    overscan: 8,
  });

  /** Arrow keys: the row may not be rendered yet, so scroll to it first and focus it once it is. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).closest('li')?.dataset.index;
    if (current === undefined) return;
    const moves: Record<string, number> = { ArrowDown: Number(current) + 1, ArrowUp: Number(current) - 1, Home: 0, End: users.length - 1 };
    const to = moves[event.key];
    if (to === undefined || to < 0 || to >= users.length) return;
    event.preventDefault();
    const link = () => scrollRef.current?.querySelector<HTMLAnchorElement>(`li[data-index="${to}"] a`);
    // A rendered row (the next one usually is) takes focus at once, so that held or quick keys
    // each move one row; another is scrolled to first and focused once rendered.
    const now = link();
    if (now) return now.focus();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const focus = (tries: number) => {
      const l = link();
      if (l) l.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(10));
  };

  return (
    <>
      <p className="crm-count" role="status">
        {list.loading ? t('list.loading') : countLabel(list.totalCount, list.totalCountIsExact)}
      </p>
      {list.error && !users.length && (
        <div role="alert" className="alert alert-error">
          <p>{list.error.message}</p>
          <button type="button" className="button button-secondary" onClick={list.retry}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {users.length > 0 && (
        // The padding stands in for the rows not rendered (on the list: a scroll box's own padding would stretch it).
        <div ref={scrollRef} className="crm-list-scroll" onKeyDown={onKeyDown}>
          <ul style={{ paddingTop, paddingBottom }}>
            {items.map((item) => {
              const user = users[item.index];
              if (!user) {
                return (
                  <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="crm-list-more">
                    {loadMoreFailed ? (
                      <span role="alert">
                        {t('list.moreFailed')}{' '}
                        <button type="button" className="button button-subtle button-small" onClick={loadMore}>
                          {t('tryAgain')}
                        </button>
                      </span>
                    ) : (
                      t('list.loadingMore')
                    )}
                  </li>
                );
              }
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={!hasNextPage ? users.length : list.totalCountIsExact ? list.totalCount || -1 : -1}
                  aria-posinset={item.index + 1}
                >
                  <NavLink to={`/crm/users/${user.id}`} className="crm-list-item">
                    <Avatar id={user.id} name={user.name} email={user.primaryEmail} />
                    <span className="crm-list-text">
                      <span className="crm-list-name" title={user.name}>
                        {user.name}
                      </span>
                      <span className="crm-list-line">
                        <span className="crm-list-detail" title={user.primaryEmail}>
                          {user.primaryEmail}
                        </span>
                        {user.organization && (
                          <span className="chip" title={user.organization.name}>
                            {user.organization.name}
                          </span>
                        )}
                      </span>
                    </span>
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!list.loading && !users.length && !list.error && (empty ?? <p className="empty-state crm-no-match">{t('list.noMatch')}</p>)}
    </>
  );
}
