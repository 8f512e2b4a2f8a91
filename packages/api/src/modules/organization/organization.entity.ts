import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

@Entity('organization')
@ObjectType({ description: 'A company or other body that users belong to (at most one per user).' })
export class Organization {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200)
  @Field()
  name: string;

  /** sortKey(name): order, prefix search and uniqueness (binary collation on MySQL). */
  @Str(255, { unique: true })
  nameKey: string;

  @DateCol()
  @Field()
  createdAt: Date;
}
