import { MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_PERMISSION_KEYS, MaxItems } from '../../common/input-limits';
import { DepartmentAccessInput } from '../department/department.inputs';
import type { CreateGroupFields, GroupFields } from './permission.service';

@InputType()
export class PermissionGroupInput implements CreateGroupFields {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Permission keys from permissionCatalog.' })
  @MaxItems(MAX_PERMISSION_KEYS)
  permissions?: string[];

  @Field(() => [DepartmentAccessInput], { nullable: true })
  departments?: DepartmentAccessInput[];

  @Field(() => [ID], { nullable: true, description: 'Agents to put in the group.' })
  memberIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Start as a copy of this group (permissions and departments).' })
  copyFromGroupId?: string;
}

@InputType()
export class UpdatePermissionGroupInput implements GroupFields {
  @Field({ nullable: true })
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field(() => [String], { nullable: true })
  @MaxItems(MAX_PERMISSION_KEYS)
  permissions?: string[];

  @Field(() => [DepartmentAccessInput], { nullable: true })
  departments?: DepartmentAccessInput[];

  @Field(() => [ID], { nullable: true })
  memberIds?: string[];
}
