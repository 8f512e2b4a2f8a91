// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { HelpdeskSetting } from './setting.entity';
export { CrmSettingsResolver } from './crm-settings.resolver';
export { SecuritySettingsResolver } from './security-settings.resolver';
export { isTeamScopedVisibilityOn, TEAM_SCOPED_VISIBILITY } from './crm-settings';
export { mustHaveSecondFactor, TwoStepRequirement } from './security-settings';
