// Renders routes inside Apollo's MockedProvider and a memory router, as the app nests them.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider, useLocation, type InitialEntry, type RouteObject } from 'react-router';
import { ToastProvider } from '../components/toast';
import type { ViewerFieldsFragment } from '../gql/graphql';

export function renderRoutes(routes: RouteObject[], initialEntry: InitialEntry, mocks: MockLink.MockedResponse[] = []) {
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const view = render(
    <MockedProvider mocks={mocks}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </MockedProvider>,
  );
  return { ...view, router };
}

/** A route element that shows where the router went and with which state. */
export function LocationProbe({ name }: { name: string }) {
  const location = useLocation();
  return (
    <p data-testid="location">
      {name} {location.pathname}
      {location.search} {JSON.stringify(location.state ?? null)}
    </p>
  );
}

export function viewer(over: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment & { __typename: 'Agent' } {
  return {
    __typename: 'Agent',
    id: '7',
    email: 'ann@example.com',
    name: 'Ann Agent',
    avatarUrl: null,
    language: 'en',
    isAdmin: false,
    mustChangePassword: false,
    mustEnrolSecondFactor: false,
    effectivePermissions: [],
    ...over,
  };
}

/** A GraphQL error answer as the API words it (`extensions.code`, optional `extensions.fields`). */
export function errorResult(message: string, code: string, fields?: Record<string, string>) {
  return { errors: [new GraphQLError(message, { extensions: { code, ...(fields ? { fields } : {}) } })] };
}
