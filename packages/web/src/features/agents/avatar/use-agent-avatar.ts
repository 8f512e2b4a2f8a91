import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { FileUploadError, uploadFile } from '../../../lib/upload-file';
import { toDisplayError } from '../../../lib/errors';
import { DELETE_AGENT_AVATAR } from './avatar.graphql';

/** The API's limit (MAX_AVATAR_UPLOAD_BYTES in modules/agent-avatar): a bigger file is refused before it is sent. */
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
/** What the file picker offers; the server decides by the bytes, not by this. */
export const AVATAR_ACCEPT = 'image/png,image/jpeg,image/webp';
/** Change logs that show the upload or delete (refetched when on screen). */
const LOGS = ['AgentChangeLog', 'CrmAgentChangeLog'];

/** The server's refusal of an upload as it worded it; a GraphQL or network failure as toDisplayError words it. */
export const avatarErrorMessage = (error: unknown): string =>
  error instanceof FileUploadError ? error.message : toDisplayError(error).message;

/** POST /agent-avatars/:id; resolves with the new image's URL. */
export const uploadAgentAvatar = (agentId: string, file: File) =>
  uploadFile<{ avatarUrl: string }>(`/agent-avatars/${encodeURIComponent(agentId)}`, file, MAX_AVATAR_BYTES).then((r) => r.avatarUrl);

/** Upload and delete of one agent's image, with the busy state and the server's refusal as a message. */
export function useAgentAvatar(agentId: string) {
  const client = useApolloClient();
  const [deleteAvatar] = useMutation(DELETE_AGENT_AVATAR, { refetchQueries: LOGS });
  const [busy, setBusy] = useState<'upload' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: 'upload' | 'delete', work: () => Promise<unknown>) {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(avatarErrorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  const upload = (file: File) =>
    run('upload', async () => {
      const url = await uploadAgentAvatar(agentId, file);
      // The agent appears in many places (list, page, CRM, the account menu): its one cache entry updates them all.
      client.cache.modify({ id: client.cache.identify({ __typename: 'Agent', id: agentId }), fields: { avatarUrl: () => url } });
      await client.refetchQueries({ include: LOGS });
    });
  const remove = () => run('delete', () => deleteAvatar({ variables: { agentId } }));
  return { upload, remove, busy, error };
}
