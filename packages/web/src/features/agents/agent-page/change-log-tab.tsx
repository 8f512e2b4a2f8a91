import { PagedChangeLog } from '../../../components/paged-change-log';
import { AGENT_CHANGE_LOG_QUERY } from './agent-page.graphql';
import { fieldLabel, formatLogValue } from './change-log-format';
import type { PageCatalogs } from './agent-page-types';

/** The agent's change log, newest first, with older entries fetched on demand. */
export function ChangeLogTab({ agentId, catalogs }: { agentId: string; catalogs: PageCatalogs }) {
  return (
    <PagedChangeLog
      query={AGENT_CHANGE_LOG_QUERY}
      variables={{ entityId: agentId }}
      label={fieldLabel}
      format={(field, value) => formatLogValue(field, value, catalogs)}
      showLoadedCount
    />
  );
}
