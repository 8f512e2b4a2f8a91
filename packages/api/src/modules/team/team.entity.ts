import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

@Entity('team')
@Index('ix_team_external_id', ['externalId'])
@ObjectType()
export class Team {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  /** The identity provider's id of this team (SCIM Group.externalId); never shown in GraphQL. */
  @Str(255, { nullable: true })
  externalId: string | null;

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

/** Organizations assigned to a team: with team-scoped visibility on, its members see those organizations' users. */
@Entity('team_organization')
export class TeamOrganization {
  @PrimaryColumn()
  teamId: number;

  @PrimaryColumn()
  organizationId: number;
}
