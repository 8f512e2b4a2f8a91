import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsIn } from '../../common/dataloaders';

/** The avatar module's per-request loaders: the image hash of agents (never the bytes), one IN query per batch, kept prepared. */
export function agentAvatarLoaders(ds: DataSource) {
  return { avatarHashOfAgent: new DataLoader<number, string | null>((ids) => avatarHashes(ds, ids)) };
}

/** The image hash of each agent (null: none), in the order of `ids`. */
export async function avatarHashes(ds: DataSource, ids: readonly number[]): Promise<(string | null)[]> {
  const hashes = new Map<number, string>();
  for (const r of await rowsIn(ds, 'SELECT v.agent_id, v.hash FROM agent_avatar v WHERE v.agent_id IN (', ids)) {
    hashes.set(Number(r.agent_id), r.hash as string);
  }
  return ids.map((id) => hashes.get(id) ?? null);
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof agentAvatarLoaders> {}
}
