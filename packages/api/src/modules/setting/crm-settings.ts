import type { EntityManager } from 'typeorm';
import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ADDRESS_MAP_URL_MAX_LENGTH, addressMapUrlProblem, DEFAULT_ADDRESS_MAP_URL } from '@roster/shared';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { readSetting, settingMeta, writeSetting } from './setting.store';

export const TEAM_SCOPED_VISIBILITY = 'crm.teamScopedUserVisibility';
export const ADDRESS_MAP_URL = 'crm.addressMapUrl';

@ObjectType({ description: 'Helpdesk-wide CRM settings (admins change them with updateCrmSettings).' })
export class CrmSettings {
  @Field({
    description:
      'On: agents who are not administrators see and edit only users of the organizations assigned to their teams (Team.organizations); users without an organization are hidden from them.',
  })
  teamScopedUserVisibility: boolean;

  @Field({
    description:
      "The map link of a user's mailing address: an https URL pattern whose {query} the SPA replaces with the URL-encoded address (nothing else is substituted). Default: an OpenStreetMap search. Roster fetches no map itself.",
  })
  addressMapUrl: string;

  @Field(() => Date, { nullable: true, description: 'When an admin last changed teamScopedUserVisibility.' })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who last changed it (the change log has every change: entityType SETTING).' })
  updatedByName: string | null;
}

@InputType()
export class CrmSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Omitted: unchanged.' })
  teamScopedUserVisibility?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `Omitted: unchanged; null or empty: back to the OpenStreetMap default. https only, must contain {query}, at most ${ADDRESS_MAP_URL_MAX_LENGTH} characters.`,
  })
  @MaxLength(ADDRESS_MAP_URL_MAX_LENGTH)
  addressMapUrl?: string | null;
}

export const isTeamScopedVisibilityOn = (em: EntityManager) => readSetting(em, TEAM_SCOPED_VISIBILITY, false);

export async function crmSettings(sc: ServiceContext): Promise<CrmSettings> {
  return {
    teamScopedUserVisibility: await isTeamScopedVisibilityOn(sc.em),
    addressMapUrl: await readSetting(sc.em, ADDRESS_MAP_URL, DEFAULT_ADDRESS_MAP_URL),
    ...(await settingMeta(sc.em, TEAM_SCOPED_VISIBILITY)),
  };
}

export async function updateCrmSettings(sc: ServiceContext, input: CrmSettingsInput): Promise<CrmSettings> {
  if (input.teamScopedUserVisibility === null) throw badInput({ 'input.teamScopedUserVisibility': 'must be true or false' });
  let mapUrl: string | undefined;
  if (input.addressMapUrl !== undefined) {
    mapUrl = (input.addressMapUrl ?? '').trim() || DEFAULT_ADDRESS_MAP_URL;
    const problem = addressMapUrlProblem(mapUrl);
    if (problem) throw badInput({ 'input.addressMapUrl': problem });
  }
  if (input.teamScopedUserVisibility !== undefined) await writeSetting(sc, TEAM_SCOPED_VISIBILITY, input.teamScopedUserVisibility, false);
  if (mapUrl !== undefined) await writeSetting(sc, ADDRESS_MAP_URL, mapUrl, DEFAULT_ADDRESS_MAP_URL);
  return crmSettings(sc);
}
