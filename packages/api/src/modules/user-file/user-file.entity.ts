import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

@Entity('user_file')
@ObjectType({ description: 'A file on a user profile. Download: GET /users/<userId>/files/<id> (an attachment).' })
export class UserFile {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Str(255)
  @Field()
  fileName: string;

  @Str(100)
  @Field()
  contentType: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Bytes.' })
  size: number;

  /** The key in the file storage (never shown). */
  @Str(100)
  storageKey: string;

  @Str(200)
  @Field()
  uploadedByName: string;

  @DateCol()
  @Field()
  createdAt: Date;
}
