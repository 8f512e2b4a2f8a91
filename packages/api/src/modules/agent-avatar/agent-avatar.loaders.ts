import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { chunks } from '../../common/relations';
import { AgentAvatar } from './agent-avatar.entity';

/** The avatar module's per-request loaders: the image hash of agents (never the bytes), one IN query per batch. */
export function agentAvatarLoaders(ds: DataSource) {
  return {
    avatarHashOfAgent: new DataLoader<number, string | null>(async (ids) => {
      const hashes = new Map<number, string>();
      for (const part of chunks(ids)) {
        const rows = await ds.getRepository(AgentAvatar).find({ select: { agentId: true, hash: true }, where: { agentId: In(part) } });
        for (const r of rows) hashes.set(r.agentId, r.hash);
      }
      return ids.map((id) => hashes.get(id) ?? null);
    }),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof agentAvatarLoaders> {}
}
