import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

export interface EmptyStateProps {
  icon: LucideIcon;
  /** One line: what is empty. */
  text: ReactNode;
  /** The next step: a button or a button-styled link. */
  action?: ReactNode;
}

/** An empty list that says what to do next. */
export function EmptyState({ icon: Icon, text, action }: EmptyStateProps) {
  return (
    <div className="empty-block">
      <Icon aria-hidden="true" className="empty-block-icon" />
      <p className="empty-block-text">{text}</p>
      {action && <div className="empty-block-actions">{action}</div>}
    </div>
  );
}

/** Moves focus to the first field of the section labelled by `headingId` (an empty list's "Create" next to the page's own form). */
export function focusFormOf(headingId: string) {
  document.getElementById(headingId)?.closest('section')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}
