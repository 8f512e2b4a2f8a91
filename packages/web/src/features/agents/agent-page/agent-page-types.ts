import type { AgentPageFieldsFragment, AgentPageQuery } from '../../../gql/graphql';

export type AgentDetails = AgentPageFieldsFragment;
export type PageCatalogs = Omit<AgentPageQuery, 'agent' | '__typename'>;
export type CatalogPermission = PageCatalogs['permissionCatalog'][number];
export type GroupInfo = PageCatalogs['permissionGroups'][number];

/** What every form tab gets (the values come from the page's form): the catalogues, and whether the viewer may edit. */
export interface TabProps {
  catalogs: PageCatalogs;
  readOnly: boolean;
}
