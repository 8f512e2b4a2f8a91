import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, JsonCol, Str } from '../../common/columns';

@Entity('api_token')
@ObjectType({ description: 'A scoped token for third-party integrations. The secret is shown once.' })
export class ApiToken {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200)
  @Field()
  name: string;

  @Str(64, { unique: true })
  tokenHash: string;

  @Str(16)
  @Field({ description: 'First characters of the token, to recognise it.' })
  prefix: string;

  @JsonCol()
  @Field(() => [String])
  scopes: string[];

  @Column()
  createdById: number;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  /** Its last write (read replicas, src/db/read-replicas.ts): its reads stay on the primary for a while after. */
  @DateCol({ nullable: true })
  lastWriteAt: Date | null;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'After this the token is refused; null: it never expires.' })
  expiresAt: Date | null;
}
