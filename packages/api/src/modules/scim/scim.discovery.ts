import type { ServiceContext } from '../../common/service';
import { baseUrl, SCIM, SCIM_LIMITS, scimError } from './scim.resource';

// Discovery (RFC 7643 §5-7, RFC 7644 §4): what this service provider supports, its resource
// types and the schemas of Users and Groups as Roster maps them.

interface Attr {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued?: boolean;
  required?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned?: 'always' | 'never' | 'default';
  uniqueness?: 'none' | 'server';
  caseExact?: boolean;
  description: string;
  subAttributes?: Attr[];
  referenceTypes?: string[];
  canonicalValues?: string[];
}

/** An attribute with RFC 7643's defaults filled in. */
const attr = (a: Attr): Attr => ({
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...a,
});

const str = (name: string, description: string, more: Partial<Attr> = {}) => attr({ name, type: 'string', description, ...more });
const memberRef = (name: string, description: string, refType: string) =>
  attr({
    name,
    type: 'complex',
    multiValued: true,
    description,
    subAttributes: [
      str('value', 'The id of the resource'),
      str('display', 'Its name', { mutability: 'readOnly' }),
      attr({ name: '$ref', type: 'reference', referenceTypes: [refType], description: 'Its URI', mutability: 'readOnly' }),
    ],
  });

const USER_SCHEMA = {
  id: SCIM.USER,
  name: 'User',
  description: 'A Roster agent',
  attributes: [
    str('userName', "The agent's login email (unique, compared ignoring case)", { required: true, uniqueness: 'server' }),
    attr({
      name: 'name',
      type: 'complex',
      description: "The agent's name (Roster keeps one name: formatted, or given and family name joined)",
      subAttributes: [
        str('formatted', 'The full name'),
        str('givenName', 'First word of the name'),
        str('familyName', 'The rest of the name'),
      ],
    }),
    str('displayName', 'The full name (used when name is not given)'),
    attr({ name: 'active', type: 'boolean', description: 'false: the agent is disabled and signed out everywhere' }),
    attr({
      name: 'emails',
      type: 'complex',
      multiValued: true,
      description: "The login email (primary) and the agent's extra addresses",
      subAttributes: [
        str('value', 'An address'),
        str('type', 'work or other'),
        attr({ name: 'primary', type: 'boolean', description: 'The login' }),
      ],
    }),
    { ...memberRef('groups', "The agent's teams (change them through Groups)", 'Group'), mutability: 'readOnly' },
    str('password', 'Only on create; never returned', { mutability: 'writeOnly', returned: 'never' }),
  ],
};

const GROUP_SCHEMA = {
  id: SCIM.GROUP,
  name: 'Group',
  description: 'A Roster team',
  attributes: [
    str('displayName', "The team's name (unique, compared ignoring case)", { required: true, uniqueness: 'server' }),
    memberRef('members', "The team's agents", 'User'),
  ],
};

const ROSTER_USER_SCHEMA = {
  id: SCIM.ROSTER_USER,
  name: 'RosterUser',
  description: 'Roster agent attributes',
  attributes: [
    str(
      'agentType',
      'FULL (uses a license seat) or LIGHT (no seat: reads the CRM and adds notes, nothing else); absent: FULL, or unchanged',
      {
        canonicalValues: ['FULL', 'LIGHT'],
      },
    ),
  ],
};

const withSchemaMeta = (sc: ServiceContext, s: typeof USER_SCHEMA | typeof GROUP_SCHEMA | typeof ROSTER_USER_SCHEMA) => ({
  schemas: [SCIM.SCHEMA],
  ...s,
  meta: { resourceType: 'Schema', location: `${baseUrl(sc)}/Schemas/${s.id}` },
});

export function serviceProviderConfig(sc: ServiceContext) {
  return {
    schemas: [SCIM.SPC],
    documentationUri: `${sc.config.publicUrl.replace(/\/$/, '')}/#scim`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_LIMITS.maxCount },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'API token',
        description: "Authorization: Bearer <an administrator's API token with the scim scope>",
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl(sc)}/ServiceProviderConfig` },
  };
}

function resourceType(sc: ServiceContext, name: 'User' | 'Group', schema: string, description: string) {
  return {
    schemas: [SCIM.RESOURCE_TYPE],
    id: name,
    name,
    endpoint: `/${name}s`,
    description,
    schema,
    schemaExtensions: name === 'User' ? [{ schema: SCIM.ROSTER_USER, required: false }] : [],
    meta: { resourceType: 'ResourceType', location: `${baseUrl(sc)}/ResourceTypes/${name}` },
  };
}

const resourceTypesOf = (sc: ServiceContext) => [
  resourceType(sc, 'User', SCIM.USER, 'Agents'),
  resourceType(sc, 'Group', SCIM.GROUP, 'Teams'),
];

const list = (resources: object[]) => ({
  schemas: [SCIM.LIST],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

/** GET /ResourceTypes, or /ResourceTypes/:id. */
export function resourceTypes(sc: ServiceContext, id?: string) {
  const all = resourceTypesOf(sc);
  if (id === undefined) return list(all);
  const one = all.find((r) => r.id === id);
  if (!one) throw scimError(404, null, `ResourceType ${JSON.stringify(id.slice(0, 60))} not found`);
  return one;
}

/** GET /Schemas, or /Schemas/:urn. */
export function schemas(sc: ServiceContext, id?: string) {
  const all = [withSchemaMeta(sc, USER_SCHEMA), withSchemaMeta(sc, GROUP_SCHEMA), withSchemaMeta(sc, ROSTER_USER_SCHEMA)];
  if (id === undefined) return list(all);
  const one = all.find((s) => s.id === id);
  if (!one) throw scimError(404, null, `Schema ${JSON.stringify(id.slice(0, 100))} not found`);
  return one;
}
