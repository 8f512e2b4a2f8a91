import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId } from '../../common/dataloaders';
import { Agent } from './agent.entity';
import { relationBatches } from './agent-relations';

/** The agent module's per-request loaders (src/graphql/loaders.ts composes every module's). */
export function agentLoaders(ds: DataSource) {
  const rel = relationBatches(ds);
  return {
    agentsById: byId(ds, Agent),
    groupsOfAgent: new DataLoader(rel.groupsOfAgent),
    teamsOfAgent: new DataLoader(rel.teamsOfAgent),
    departmentsOfAgent: new DataLoader(rel.departmentsOfAgent),
    departmentsOfGroup: new DataLoader(rel.departmentsOfGroup),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof agentLoaders> {}
}
