import type { EntityManager } from 'typeorm';
import { Field, InputType, ObjectType } from 'type-graphql';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { readSetting, settingMeta, writeSetting } from './setting.store';

export const TEAM_SCOPED_VISIBILITY = 'crm.teamScopedUserVisibility';

@ObjectType({ description: 'Helpdesk-wide CRM settings (admins change them with updateCrmSettings).' })
export class CrmSettings {
  @Field({
    description:
      'On: agents who are not administrators see and edit only users of the organizations assigned to their teams (Team.organizations); users without an organization are hidden from them.',
  })
  teamScopedUserVisibility: boolean;

  @Field(() => Date, { nullable: true, description: 'When an admin last changed teamScopedUserVisibility.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who last changed it (the change log has every change: entityType SETTING).' })
  updatedByName: string | null;
}

@InputType()
export class CrmSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Omitted: unchanged.' })
  teamScopedUserVisibility?: boolean | null;
}

export const isTeamScopedVisibilityOn = (em: EntityManager) => readSetting(em, TEAM_SCOPED_VISIBILITY, false);

export async function crmSettings(sc: ServiceContext): Promise<CrmSettings> {
  return { teamScopedUserVisibility: await isTeamScopedVisibilityOn(sc.em), ...(await settingMeta(sc.em, TEAM_SCOPED_VISIBILITY)) };
}

export async function updateCrmSettings(sc: ServiceContext, input: CrmSettingsInput): Promise<CrmSettings> {
  if (input.teamScopedUserVisibility === null) throw badInput({ 'input.teamScopedUserVisibility': 'must be true or false' });
  if (input.teamScopedUserVisibility !== undefined) await writeSetting(sc, TEAM_SCOPED_VISIBILITY, input.teamScopedUserVisibility, false);
  return crmSettings(sc);
}
