import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

@Entity('usergroup')
@ObjectType({ description: 'A named group of users (memberships are set on the user).' })
export class Usergroup {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Str(200, { unique: true })
  @Field()
  name: string;

  @DateCol()
  createdAt: Date;
}

@Entity('user_usergroup')
export class UserUsergroup {
  @PrimaryColumn()
  userId: number;

  @PrimaryColumn()
  usergroupId: number;
}
