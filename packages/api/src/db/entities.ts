import { Agent } from '../modules/agent/agent.entity';
import { ApiToken } from '../modules/api-token/api-token.entity';
import { LoginAttempt, Session } from '../modules/auth/auth.entity';
import { ChangeLogEntry } from '../common/change-log.entity';
import { AgentDepartment, Department, GroupDepartment } from '../modules/department/department.entity';
import { Invitation } from '../modules/invitation/invitation.entity';
import { AppLock } from '../common/lock.entity';
import { OutboxMessage } from '../modules/mail/outbox.entity';
import { AgentPermissionGroup, PermissionGroup } from '../modules/permission/permission-group.entity';
import { Team, TeamMember } from '../modules/team/team.entity';

export const entities = [
  Agent, AgentPermissionGroup, PermissionGroup, Team, TeamMember, Department, AgentDepartment, GroupDepartment,
  Session, LoginAttempt, ApiToken, ChangeLogEntry, Invitation, OutboxMessage, AppLock,
];
