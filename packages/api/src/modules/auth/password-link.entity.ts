import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

/** A single-use link that lets an imported agent (who has no password) choose one. */
@Entity('password_link')
export class PasswordLink {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  @Index()
  agentId: number;

  @Str(64, { unique: true })
  tokenHash: string;

  @DateCol()
  createdAt: Date;

  @DateCol()
  expiresAt: Date;

  @DateCol({ nullable: true })
  usedAt: Date | null;
}
