import { CRM_USER_CHANGE_LOG_QUERY } from '../crm.graphql';
import { userFieldLabel } from '../change-log-labels';
import { PagedChangeLog } from '../../../components/paged-change-log';

/** The user's change log, newest first, older entries on demand. */
export function UserChangeLog({ userId }: { userId: string }) {
  return <PagedChangeLog query={CRM_USER_CHANGE_LOG_QUERY} variables={{ entityId: userId }} label={userFieldLabel} />;
}
