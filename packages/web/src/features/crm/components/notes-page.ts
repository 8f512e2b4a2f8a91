import type { NoteItem, NotesPage } from './notes-section';

interface NoteConnectionData {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: NoteItem }[];
}

/** A noteConnection / crmNoteConnection answer as NotesSection's page (an absent record: nothing more). */
export const notesPage = (c: NoteConnectionData | null | undefined): NotesPage => ({
  notes: c?.edges.map((e) => e.node) ?? [],
  hasNextPage: !!c?.pageInfo.hasNextPage,
  endCursor: c?.pageInfo.endCursor ?? null,
});
