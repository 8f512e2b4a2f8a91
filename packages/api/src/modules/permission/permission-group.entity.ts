import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, JsonCol, Str } from '../../common/columns';

@Entity('permission_group')
@ObjectType({ description: 'id 1 All Permissions, id 2 All Non-Destructive Permissions (built in).' })
export class PermissionGroup {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  @Bool(false)
  @Field()
  builtIn: boolean;

  // Built-in groups keep [] here: their permissions are derived from the catalogue on read.
  @JsonCol()
  storedPermissions: string[];

  @DateCol()
  createdAt: Date;
}

@Entity('agent_permission_group')
export class AgentPermissionGroup {
  @PrimaryColumn()
  agentId: number;

  @PrimaryColumn()
  groupId: number;
}
