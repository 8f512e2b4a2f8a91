import { Entity, PrimaryColumn } from 'typeorm';
import { DateCol, Str, TextCol } from '../../common/columns';

/** One helpdesk setting: a name and a JSON value (typed by the module that owns it). */
@Entity('helpdesk_setting')
export class HelpdeskSetting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @TextCol({ nullable: false })
  value: string;

  @Str(200, { nullable: true })
  updatedByName: string | null;

  @DateCol()
  updatedAt: Date;
}
