import { Field, ID, InputType } from 'type-graphql';
import { DepartmentAccessLevel } from './department.entity';

@InputType()
export class DepartmentAccessInput {
  @Field(() => ID)
  departmentId: string;

  @Field(() => DepartmentAccessLevel)
  access: DepartmentAccessLevel;
}
