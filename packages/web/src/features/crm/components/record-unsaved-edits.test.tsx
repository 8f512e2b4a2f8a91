import { act, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ContactEditor } from '../../../components/contact-editor/contact-editor';
import { UnsavedEditsScope } from '../../../components/unsaved-edits';
import { LocationProbe, renderRoutes } from '../../../test/apollo-router';
import { CRM_ORGANIZATIONS_QUERY, CRM_USERGROUPS_QUERY } from '../crm.graphql';
import { OrganizationPicker } from './organization-picker';
import { RecordHeader } from './record-header';
import { SummaryEditor } from './summary-editor';
import { UserProperties } from './user-properties';
import { UsergroupsLine } from './usergroups-line';

const save = () => vi.fn().mockResolvedValue(undefined);
const USER = { id: '5', name: 'Uma User', primaryEmail: 'uma@example.com', isAutoResponder: false };
const PROPERTIES = { timezone: null, language: null, customFields: [] };
const USERGROUPS = {
  request: { query: CRM_USERGROUPS_QUERY },
  result: { data: { usergroups: [{ __typename: 'Usergroup' as const, id: '3', name: 'VIP' }] } },
};

const organizations = (search?: string) => ({
  request: { query: CRM_ORGANIZATIONS_QUERY, variables: { search, first: 10 } },
  result: { data: { organizations: { __typename: 'OrganizationConnection' as const, edges: [] } } },
  maxUsageCount: 5,
});

interface Case {
  what: string;
  element: ReactElement;
  /** Opens the section's editor from the pencil in its header and makes an edit there. */
  edit: (user: UserEvent) => Promise<void>;
}

const CASES: Case[] = [
  {
    what: 'the name',
    element: <RecordHeader user={USER} canEdit onSaveName={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit name' }));
      await user.type(screen.getByRole('textbox', { name: 'Name' }), ' Jr');
    },
  },
  {
    what: 'the summary',
    element: <SummaryEditor summary="Old" canEdit onSave={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit summary' }));
      await user.type(screen.getByRole('textbox', { name: 'Summary' }), ' and new');
    },
  },
  {
    what: 'contact information',
    element: <ContactEditor contact={{ phone: null }} canEdit onSave={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit contact information' }));
      await user.type(screen.getByRole('textbox', { name: 'Phone' }), '+44 20 7946 0000');
    },
  },
  {
    what: 'properties',
    element: <UserProperties user={PROPERTIES} fields={[]} canEdit onSave={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit properties' }));
      await user.type(screen.getByRole('combobox', { name: 'Time zone' }), 'tokyo{Enter}');
    },
  },
  {
    what: 'properties',
    element: <UserProperties user={PROPERTIES} fields={[]} canEdit onSave={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit properties' }));
      await user.type(screen.getByRole('combobox', { name: 'Language' }), 'german{Enter}');
    },
  },
  {
    what: 'the organization',
    element: <OrganizationPicker current={null} canEdit canCreate onChoose={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Change organization' }));
      await user.type(screen.getByRole('searchbox', { name: 'Find or create an organization' }), 'Acme');
    },
  },
  {
    what: 'the usergroups',
    element: <UsergroupsLine user={{ name: 'Uma', usergroups: [] }} canEdit canCreate={false} onSave={save()} />,
    edit: async (user) => {
      await user.click(screen.getByRole('button', { name: 'Edit usergroups' }));
      await user.click(await screen.findByRole('checkbox', { name: 'VIP' }));
    },
  },
];

describe('the CRM record editors and the page guard', () => {
  it.each(CASES)('an edit of $what opened from its pencil blocks leaving the page', async ({ what, element, edit }) => {
    const user = userEvent.setup();
    const { router } = renderRoutes(
      [
        { path: '/crm/users/5', element: <UnsavedEditsScope>{element}</UnsavedEditsScope> },
        { path: '/other', element: <LocationProbe name="other" /> },
      ],
      '/crm/users/5',
      [USERGROUPS, organizations(), organizations('Acme')],
    );
    await edit(user);
    await act(() => router.navigate('/other'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent(`You have unsaved changes to ${what} on this page`);
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/crm/users/5');
  });
});
