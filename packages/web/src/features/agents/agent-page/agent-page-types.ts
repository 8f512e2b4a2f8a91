import type { AgentPageFieldsFragment, AgentPageQuery } from '../../../gql/graphql';

export type AgentDetails = AgentPageFieldsFragment;
export type PageCatalogs = Omit<AgentPageQuery, 'agent' | '__typename'>;
export type CatalogPermission = PageCatalogs['permissionCatalog'][number];
export type GroupInfo = PageCatalogs['permissionGroups'][number];

/** What every tab gets: the agent, the catalogues, and whether the viewer may edit. */
export interface TabProps {
  agent: AgentDetails;
  catalogs: PageCatalogs;
  readOnly: boolean;
}
