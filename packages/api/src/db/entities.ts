import { Agent, AgentEmail, AgentWord } from '../modules/agent';
import { ImportJob, ImportRow, ImportRowError } from '../modules/import';
import { ApiToken } from '../modules/api-token';
import { LoginAttempt, Passkey, PasskeyChallenge, PasswordLink, RecoveryCode, SecondFactor, Session, TrustedDevice } from '../modules/auth';
import { ChangeLogEntry } from '../common/change-log.entity';
import { AuditEvent } from '../common/audit-event.entity';
import { AgentDepartment, Department, GroupDepartment } from '../modules/department';
import { BusinessUnit } from '../modules/business-unit';
import { Invitation } from '../modules/invitation';
import { AppLock } from '../common/lock.entity';
import { OutboxMessage } from '../modules/mail';
import { AgentPermissionGroup, PermissionGroup } from '../modules/permission';
import { Team, TeamMember, TeamOrganization } from '../modules/team';
import { HelpdeskSetting } from '../modules/setting';
import { Note, User, UserEmail, UserMerge, UserMergeMoved, UserWord } from '../modules/user';
import { Organization } from '../modules/organization';
import { Usergroup, UserUsergroup } from '../modules/usergroup';
import { UserFile } from '../modules/user-file';
import { AgentAvatar } from '../modules/agent-avatar';
import { AgentCrmNote, AgentCrmProfile } from '../modules/agent-crm';
import { UserCustomField, UserCustomValue } from '../modules/custom-field';
import { AgentSsoLink, SsoLoginState, SsoProvider } from '../modules/sso';
import { SamlAssertion, SamlRequest } from '../modules/sso/saml';

export const entities = [
  Agent,
  AgentEmail,
  AgentWord,
  AgentPermissionGroup,
  PermissionGroup,
  Team,
  TeamMember,
  TeamOrganization,
  HelpdeskSetting,
  Department,
  BusinessUnit,
  AgentDepartment,
  GroupDepartment,
  Session,
  LoginAttempt,
  TrustedDevice,
  SecondFactor,
  RecoveryCode,
  Passkey,
  PasskeyChallenge,
  ApiToken,
  ChangeLogEntry,
  AuditEvent,
  Invitation,
  OutboxMessage,
  AppLock,
  ImportJob,
  ImportRow,
  ImportRowError,
  PasswordLink,
  Organization,
  Usergroup,
  UserUsergroup,
  User,
  UserEmail,
  UserWord,
  Note,
  UserMerge,
  UserMergeMoved,
  UserFile,
  AgentAvatar,
  AgentCrmProfile,
  AgentCrmNote,
  UserCustomField,
  UserCustomValue,
  SsoProvider,
  AgentSsoLink,
  SsoLoginState,
  SamlRequest,
  SamlAssertion,
];
