import type { EntityManager } from 'typeorm';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { readSetting, settingMeta, writeSetting } from './setting.store';

export const TWO_STEP_REQUIRED = 'security.twoStepSignInRequired';

/** Who must have two-step sign-in: an agent without a second factor who must is taken to enrolment after the password. */
export enum TwoStepRequirement {
  OFF = 'OFF',
  ADMINISTRATORS = 'ADMINISTRATORS',
  EVERYONE = 'EVERYONE',
}
registerEnumType(TwoStepRequirement, {
  name: 'TwoStepRequirement',
  description: 'Who must use two-step sign-in (API tokens are never affected).',
});

@ObjectType({ description: 'Helpdesk-wide sign-in security settings (admins change them with updateSecuritySettings).' })
export class SecuritySettings {
  @Field(() => TwoStepRequirement) twoStepSignInRequired: TwoStepRequirement;
  @Field(() => Date, { nullable: true, description: 'When an admin last changed twoStepSignInRequired.' }) updatedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last changed it (the change log has every change: entityType SETTING).' })
  updatedByName: string | null;
}

@InputType()
export class SecuritySettingsInput {
  @Field(() => TwoStepRequirement, { nullable: true, description: 'Omitted: unchanged.' })
  twoStepSignInRequired?: TwoStepRequirement | null;
}

export const twoStepRequirement = (em: EntityManager) => readSetting(em, TWO_STEP_REQUIRED, TwoStepRequirement.OFF);

/** Whether an agent with these rights must have a second factor under the current setting. */
export async function mustHaveSecondFactor(em: EntityManager, agent: { isAdmin: boolean }): Promise<boolean> {
  const required = await twoStepRequirement(em);
  return required === TwoStepRequirement.EVERYONE || (required === TwoStepRequirement.ADMINISTRATORS && agent.isAdmin);
}

export async function securitySettings(sc: ServiceContext): Promise<SecuritySettings> {
  return { twoStepSignInRequired: await twoStepRequirement(sc.em), ...(await settingMeta(sc.em, TWO_STEP_REQUIRED)) };
}

export async function updateSecuritySettings(sc: ServiceContext, input: SecuritySettingsInput): Promise<SecuritySettings> {
  if (input.twoStepSignInRequired === null) throw badInput({ 'input.twoStepSignInRequired': 'must be OFF, ADMINISTRATORS or EVERYONE' });
  if (input.twoStepSignInRequired !== undefined)
    await writeSetting(sc, TWO_STEP_REQUIRED, input.twoStepSignInRequired, TwoStepRequirement.OFF);
  return securitySettings(sc);
}
