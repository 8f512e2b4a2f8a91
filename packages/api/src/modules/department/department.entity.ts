import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

export enum DepartmentAccessLevel {
  FULL = 'FULL',
  ASSIGN = 'ASSIGN',
}
registerEnumType(DepartmentAccessLevel, {
  name: 'DepartmentAccessLevel',
  description: 'FULL: see and work the tickets (implies ASSIGN). ASSIGN: may assign tickets to it only.',
});

@Entity('department')
@ObjectType()
export class Department {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  @DateCol()
  createdAt: Date;
}

/** A department and the access level to it (an agent's or a permission group's). */
@ObjectType()
export class DepartmentAccess {
  @Field(() => Department) department: Department;
  @Field(() => DepartmentAccessLevel) access: DepartmentAccessLevel;
}

@Entity('agent_department')
export class AgentDepartment {
  @PrimaryColumn()
  agentId: number;

  @PrimaryColumn()
  departmentId: number;

  @Str(16)
  access: DepartmentAccessLevel;
}

@Entity('group_department')
export class GroupDepartment {
  @PrimaryColumn()
  groupId: number;

  @PrimaryColumn()
  departmentId: number;

  @Str(16)
  access: DepartmentAccessLevel;
}
