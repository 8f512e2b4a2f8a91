// Set-up for the agent-administration specs: teams, departments and agents made through the
// API with the admin's bearer token, so the browser's session is left alone.
import { gqlOk, randomSuffix } from './graphql';

const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id name email } } }
`;
const CREATE_TEAM = `mutation CreateTeam($name: String!) { createTeam(name: $name) { id name } }`;
const CREATE_GROUP = `mutation CreateGroup($input: PermissionGroupInput!) { createPermissionGroup(input: $input) { id name } }`;
const CREATE_DEPARTMENT = `mutation CreateDepartment($name: String!) { createDepartment(name: $name) { id name } }`;

export interface Named {
  id: string;
  name: string;
}

export class Setup {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async agent(name: string, input: Record<string, unknown> = {}): Promise<Named & { email: string }> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomSuffix()}@example.com`;
    const data = await gqlOk(
      this.baseUrl,
      CREATE_AGENT,
      { input: { email, name, sendWelcomeEmail: false, forcePasswordChange: false, ...input } },
      this.token,
    );
    return data.createAgent.agent;
  }

  async team(name: string): Promise<Named> {
    return (await gqlOk(this.baseUrl, CREATE_TEAM, { name: `${name} ${randomSuffix()}` }, this.token)).createTeam;
  }

  async permissionGroup(name: string, permissions: string[] = []): Promise<Named> {
    const input = { name: `${name} ${randomSuffix()}`, permissions };
    return (await gqlOk(this.baseUrl, CREATE_GROUP, { input }, this.token)).createPermissionGroup;
  }

  async department(name: string): Promise<Named> {
    return (await gqlOk(this.baseUrl, CREATE_DEPARTMENT, { name: `${name} ${randomSuffix()}` }, this.token)).createDepartment;
  }

  /** The agent as the API sees it now (null once deleted). */
  async read(id: string) {
    const data = await gqlOk(
      this.baseUrl,
      `query Agent($id: ID!) {
        agent(id: $id) {
          id name status isAdmin isReportsAdmin teams { id } permissionGroups { id } permissions
          departments { access department { id } } ticketNotifications { event email browser }
        }
      }`,
      { id },
      this.token,
    );
    return data.agent as {
      id: string;
      name: string;
      status: string;
      isAdmin: boolean;
      isReportsAdmin: boolean;
      departments: { access: 'FULL' | 'ASSIGN'; department: { id: string } }[];
      ticketNotifications: { event: string; email: boolean; browser: boolean }[];
      teams: { id: string }[];
      permissionGroups: { id: string }[];
      permissions: string[];
    } | null;
  }
}
