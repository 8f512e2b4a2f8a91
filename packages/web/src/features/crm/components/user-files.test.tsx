import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { CRM_DELETE_USER_FILE, CRM_USER_FILES_QUERY } from '../crm-merge.graphql';
import { UserFiles } from './user-files';

const file = {
  __typename: 'UserFile' as const,
  id: '3',
  fileName: 'contract.pdf',
  contentType: 'application/pdf',
  size: 1536,
  uploadedByName: 'Ann Agent',
  createdAt: '2026-12-01T10:00:00Z',
};
const filesMock = (files: (typeof file)[]) => ({
  request: { query: CRM_USER_FILES_QUERY, variables: { id: '5' } },
  result: { data: { user: { __typename: 'User', id: '5', files } } },
});

function renderFiles(mocks: object[], canEdit = true) {
  renderRoutes([{ path: '/', element: <UserFiles userId="5" canEdit={canEdit} /> }], '/', mocks as never[]);
}

/** An XMLHttpRequest that answers every upload with `status` and `body`. */
function fakeXhr(status: number, body: unknown) {
  const sent: FormData[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload = { onprogress: null as ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    withCredentials = false;
    open() {}
    setRequestHeader() {}
    send(form: FormData) {
      sent.push(form);
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('UserFiles', () => {
  it('lists files with size, uploader and a download link', async () => {
    renderFiles([filesMock([file])]);
    const link = await screen.findByRole('link', { name: 'contract.pdf' });
    expect(link).toHaveAttribute('href', '/users/5/files/3');
    expect(link.closest('li')).toHaveTextContent('1.5 KB · Ann Agent');
  });

  it('says when there are none, and offers no upload or delete without people.edit', async () => {
    renderFiles([filesMock([])], false);
    expect(await screen.findByText('No files.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload a file')).toBeNull();
  });

  it("shows the server's reason for a refused upload", async () => {
    const sent = fakeXhr(413, { errors: [{ message: 'The file is larger than 10 MB', extensions: { code: 'BAD_USER_INPUT' } }] });
    renderFiles([filesMock([])]);
    await screen.findByText('No files.');
    await userEvent.upload(screen.getByLabelText('Upload a file'), new File(['x'], 'big.bin'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is larger than 10 MB');
    expect((sent[0].get('file') as File).name).toBe('big.bin');
  });

  it('refuses a file over 10 MB without sending it', async () => {
    const sent = fakeXhr(201, { id: '3' });
    renderFiles([filesMock([])]);
    await screen.findByText('No files.');
    await userEvent.upload(screen.getByLabelText('Upload a file'), new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.bin'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is larger than 10 MB.');
    expect(sent).toHaveLength(0);
  });

  it('words a refused type from the field error', async () => {
    fakeXhr(400, {
      errors: [
        { message: 'Invalid input', extensions: { fields: { file: 'evil.sh cannot be uploaded: programs and scripts are not allowed' } } },
      ],
    });
    renderFiles([filesMock([])]);
    await screen.findByText('No files.');
    await userEvent.upload(screen.getByLabelText('Upload a file'), new File(['x'], 'evil.sh'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file evil.sh cannot be uploaded: programs and scripts are not allowed.',
    );
  });

  it('uploads and shows the new list', async () => {
    fakeXhr(201, { id: '3' });
    renderFiles([filesMock([]), filesMock([file])]);
    await screen.findByText('No files.');
    await userEvent.upload(screen.getByLabelText('Upload a file'), new File(['x'], 'contract.pdf'));
    expect(await screen.findByRole('link', { name: 'contract.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes a file after a confirmation', async () => {
    const deleted = vi.fn(() => ({ data: { deleteUserFile: { __typename: 'User', id: '5', files: [] } } }));
    renderFiles([
      filesMock([file]),
      { request: { query: CRM_DELETE_USER_FILE, variables: { userId: '5', fileId: '3' } }, result: deleted },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete contract.pdf' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete contract.pdf?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete file' }));
    await vi.waitFor(() => expect(deleted).toHaveBeenCalled());
    expect(await screen.findByText('No files.')).toBeInTheDocument();
  });
});
