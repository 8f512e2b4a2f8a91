// Every namespace of the SPA's English messages (the source and the fallback of every other language).
import { common } from './common';
import { app } from './app';
import { auth } from './auth';
import { twoStep } from './two-step';
import { preferences } from './preferences';
import { sessions } from './sessions';
import { home } from './home';
import { adminHome } from './admin-home';
import { agents } from './agents';
import { invitations } from './invitations';
import { businessUnits } from './business-units';
import { teams } from './teams';
import { departments } from './departments';
import { license } from './license';
import { crm } from './crm';
import { crmSettings } from './crm-settings';
import { customFields } from './custom-fields';
import { userImport } from './user-import';
import { permissionGroups } from './permission-groups';
import { permissions } from './permissions';
import { sso } from './sso';
import { apiTokens } from './api-tokens';
import { audit } from './audit';
import { outbox } from './outbox';

export const en = {
  common,
  app,
  auth,
  twoStep,
  preferences,
  sessions,
  home,
  adminHome,
  agents,
  invitations,
  businessUnits,
  teams,
  departments,
  license,
  crm,
  crmSettings,
  customFields,
  userImport,
  permissionGroups,
  permissions,
  sso,
  apiTokens,
  audit,
  outbox,
};
