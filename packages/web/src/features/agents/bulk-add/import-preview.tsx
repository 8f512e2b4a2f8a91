import type { AgentImportQuery } from '../../../gql/graphql';
import * as Shared from '../../../components/csv-import/import-preview';
import { AGENT_IMPORT } from './agent-import-kind';

// The shared import result screens bound to the agent import.

export type AgentImportJob = NonNullable<AgentImportQuery['agentImport']>;

export const ImportErrors = Shared.ImportErrors;
export const ImportPreview = ({ job }: { job: AgentImportJob }) => <Shared.ImportPreview kind={AGENT_IMPORT} job={job} />;
export const ImportSummary = ({ job }: { job: AgentImportJob }) => <Shared.ImportSummary kind={AGENT_IMPORT} job={job} />;
