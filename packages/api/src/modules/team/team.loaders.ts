import type { DataSource } from 'typeorm';
import { byId, byName, manyToMany } from '../../common/dataloaders';
import { Agent } from '../agent/agent.entity';
import { Organization } from '../organization/organization.entity';
import { Team, TeamMember, TeamOrganization } from './team.entity';
import { inList } from '../../common/relations';

/** The team module's per-request loaders: teams, their members and organizations, and the teams of an organization. */
export function teamLoaders(ds: DataSource) {
  return {
    teamsById: byId(ds, Team),
    membersOfTeam: manyToMany(
      (ids) => ds.getRepository(TeamMember).findBy({ teamId: inList(ids) }),
      (l) => l.teamId,
      (l) => l.agentId,
      (ids) => ds.getRepository(Agent).findBy({ id: inList(ids) }),
      byName,
    ),
    organizationsOfTeam: manyToMany(
      (ids) => ds.getRepository(TeamOrganization).findBy({ teamId: inList(ids) }),
      (l) => l.teamId,
      (l) => l.organizationId,
      (ids) => ds.getRepository(Organization).findBy({ id: inList(ids) }),
      byName,
    ),
    teamsOfOrganization: manyToMany(
      (ids) => ds.getRepository(TeamOrganization).findBy({ organizationId: inList(ids) }),
      (l) => l.organizationId,
      (l) => l.teamId,
      (ids) => ds.getRepository(Team).findBy({ id: inList(ids) }),
      byName,
    ),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof teamLoaders> {}
}
