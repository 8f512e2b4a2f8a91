import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { CRM_MANAGE_ORGANIZATIONS_QUERY } from '../crm-manage.graphql';
import { CrmManagePage } from './crm-manage-page';

const org = (id: string, name: string, userCount: number) => ({ __typename: 'Organization' as const, id, name, userCount });

describe('CrmManagePage organizations', () => {
  it('says how many users deleting an organization removes from it', async () => {
    const orgs = [org('1', 'Acme', 12), org('2', 'Solo', 1), org('3', 'Empty', 0)];
    renderRoutes(
      [
        {
          path: '/crm/manage',
          element: (
            <ViewerContext value={viewer({ effectivePermissions: ['people.view', 'people.delete_organizations'] })}>
              <CrmManagePage />
            </ViewerContext>
          ),
        },
      ],
      '/crm/manage',
      [
        {
          request: { query: CRM_MANAGE_ORGANIZATIONS_QUERY, variables: { first: 50 } },
          result: {
            data: {
              organizations: {
                __typename: 'OrganizationConnection',
                totalCount: 3,
                edges: orgs.map((node) => ({ __typename: 'OrganizationEdge', node })),
              },
            },
          },
        },
      ] as never,
    );
    const expectations: [string, string][] = [
      ['Acme', '12 users are removed from Acme'],
      ['Solo', '1 user is removed from Solo'],
      ['Empty', 'No user is in Empty.'],
    ];
    for (const [name, words] of expectations) {
      await userEvent.click(await screen.findByRole('button', { name: `Delete ${name}` }));
      expect(await screen.findByRole('alertdialog', { name: `Delete organization ${name}?` })).toHaveTextContent(words);
      await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    }
  });
});
