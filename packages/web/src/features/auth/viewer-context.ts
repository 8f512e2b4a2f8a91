import { createContext, use } from 'react';
import type { ViewerFieldsFragment as Viewer } from '../../gql/graphql';

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in agent, for any component rendered below RequireViewer. */
export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer() must be used below <RequireViewer>');
  return viewer;
}
