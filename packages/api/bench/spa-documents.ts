import { Kind, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
// The SPA's own operations, from its generated types (never edited by hand: `pnpm schema`).
import { AgentsPageDocument, CrmUsersDocument } from '../../web/src/gql/graphql';

// The documents the SPA sends, as Apollo Client sends them: its cache adds `__typename` at the end
// of every selection set below the root (addTypenameToDocument), the same here. AgentsPage
// (packages/web/src/features/agents/agents.graphql.ts, 50 a page, the list's default filter and
// order), CrmUsers (crm/crm.graphql.ts, 50 a page), and the smallest viewer query.
// `pnpm bench concurrent` drives each through 10 pages with the cursors the answers give.

export interface SpaDocument {
  operationName: string;
  query: string;
  /** The first page's variables; later pages add `after`. */
  variables: Record<string, unknown>;
  /** The connection whose pageInfo.endCursor continues (none: a single answer). */
  connection?: string;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The document's text with `__typename` appended to every selection set but the operation's. */
function asApolloSends(doc: DocumentNode): string {
  return print(
    visit(doc, {
      SelectionSet: {
        leave(node: SelectionSetNode, _key, parent) {
          const root = parent && !Array.isArray(parent) && (parent as { kind: string }).kind === Kind.OPERATION_DEFINITION;
          const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
          return root || has ? node : { ...node, selections: [...node.selections, TYPENAME] };
        },
      },
    }),
  );
}

export const DOCUMENTS = {
  agents: {
    operationName: 'AgentsPage',
    query: asApolloSends(AgentsPageDocument as DocumentNode),
    variables: { filter: {}, first: 50, orderBy: { field: 'NAME', direction: 'ASC' } },
    connection: 'agents',
  },
  users: {
    operationName: 'CrmUsers',
    query: asApolloSends(CrmUsersDocument as DocumentNode),
    variables: { filter: {}, first: 50 },
    connection: 'users',
  },
  viewer: {
    operationName: 'ViewerName',
    query: `query ViewerName {
  viewer {
    id
    name
    __typename
  }
}`,
    variables: {},
  },
} satisfies Record<string, SpaDocument>;
