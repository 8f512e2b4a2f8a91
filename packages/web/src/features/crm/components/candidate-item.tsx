import type { ReactNode } from 'react';
import type { MergeCandidate } from '../merge-words';
import { UserRecordPopup } from './user-record-popup';

/** A user in a list of merge candidates: the name opens the pop-up record, details under it, an action on the right. */
export function CandidateItem({ user, detail, action }: { user: MergeCandidate; detail: ReactNode; action?: ReactNode }) {
  return (
    <li>
      <span className="crm-candidate-text">
        <UserRecordPopup userId={user.id} label={user.name} />
        <span className="crm-candidate-detail">{detail}</span>
      </span>
      {action}
    </li>
  );
}
