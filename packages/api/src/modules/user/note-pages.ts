import { ConnectionType } from '../../common/pagination';
import { Note } from './user.entity';

/** Users' and agents' notes in keyset pages, newest first (`noteConnection`, `crmNoteConnection`). */
export const NoteConnection = ConnectionType('Note', Note);

/** What `notes` / `crmNotes` answer without `first`: one screen of a record. */
export const DEFAULT_NOTES = 50;

export const USER_NOTES = { entity: Note, owner: 'userId' as const };
