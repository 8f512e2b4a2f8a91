import { useMutation } from '@apollo/client/react';
import { CRM_ADD_NOTE } from '../crm.graphql';
import type { CrmUserFieldsFragment } from '../../../gql/graphql';
import { NotesSection } from './notes-section';

/** A user's notes (NotesSection), added with addUserNote. */
export function UserNotes({ user, canAdd }: { user: Pick<CrmUserFieldsFragment, 'id' | 'notes'>; canAdd: boolean }) {
  const [addNote] = useMutation(CRM_ADD_NOTE);
  return <NotesSection notes={user.notes} canAdd={canAdd} onAdd={(text) => addNote({ variables: { userId: user.id, text } })} />;
}
