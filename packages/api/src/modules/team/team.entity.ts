import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

@Entity('team')
@ObjectType()
export class Team {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  @DateCol()
  createdAt: Date;
}

@Entity('team_member')
export class TeamMember {
  @PrimaryColumn()
  teamId: number;

  @PrimaryColumn()
  agentId: number;
}
