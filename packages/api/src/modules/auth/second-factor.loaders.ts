import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { agentsWithSecondFactor } from './second-factor.service';

/** The auth module's per-request loaders: whether agents have two-step sign-in (one query per page of agents). */
export function secondFactorLoaders(ds: DataSource) {
  return {
    agentHasSecondFactor: new DataLoader<number, boolean>(async (ids) => {
      const withFactor = await agentsWithSecondFactor(ds.manager, ids);
      return ids.map((id) => withFactor.has(id));
    }),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof secondFactorLoaders> {}
}
