import { useApolloClient, useMutation } from '@apollo/client/react';
import { CRM_ADD_NOTE, CRM_USER_NOTES_PAGE } from '../crm.graphql';
import type { CrmUserFieldsFragment } from '../../../gql/graphql';
import { NotesSection } from './notes-section';
import { notesPage } from './notes-page';

/** A user's notes (NotesSection), added with addUserNote, older ones read through noteConnection. */
export function UserNotes({ user, canAdd }: { user: Pick<CrmUserFieldsFragment, 'id' | 'notes' | 'noteConnection'>; canAdd: boolean }) {
  const [addNote] = useMutation(CRM_ADD_NOTE);
  const client = useApolloClient();
  return (
    <NotesSection
      notes={user.notes}
      page={user.noteConnection.pageInfo}
      loadOlder={async (after) => {
        // Not cached: users' and agents' notes share ids (apollo.ts), and the record keeps its own newest ones.
        const { data } = await client.query({ query: CRM_USER_NOTES_PAGE, variables: { userId: user.id, after }, fetchPolicy: 'no-cache' });
        return notesPage(data?.user?.noteConnection);
      }}
      canAdd={canAdd}
      onAdd={(text) => addNote({ variables: { userId: user.id, text } })}
    />
  );
}
