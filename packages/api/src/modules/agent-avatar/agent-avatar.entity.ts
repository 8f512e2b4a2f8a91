import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

/**
 * An agent's profile image: the WebP Roster encoded from the upload (never the uploaded bytes),
 * in the database with the agent (a few KB; it goes when the agent goes, in the same transaction).
 * Not a GraphQL type: Agent.avatarUrl names it, GET /agent-avatars/<agentId>/<hash> serves it.
 */
@Entity('agent_avatar')
export class AgentAvatar {
  @PrimaryColumn({ type: 'int' })
  agentId: number;

  /** The first 32 hex characters of the bytes' SHA-256: in the URL, so a new image is a new URL. */
  @Str(64)
  hash: string;

  @Str(100)
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  /** Read only by the download (lists read the hash alone). */
  @Column({ type: 'blob' })
  bytes: Buffer;

  @DateCol()
  updatedAt: Date;
}
