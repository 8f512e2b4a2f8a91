import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

/** A business unit an agent may be assigned to (guide 004), managed by administrators; names unique ignoring case. */
@Entity('business_unit')
@ObjectType({ description: 'A business unit an agent may be assigned to (Agent.businessUnitId); administrators manage the list.' })
export class BusinessUnit {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  @DateCol()
  @Field()
  createdAt: Date;
}
