import type { ImportErrorMode, ImportExistingMode } from '../../gql/graphql';
import { i18n } from '../../i18n';

export interface UploadOptions {
  dryRun: boolean;
  onError: ImportErrorMode;
  existing: ImportExistingMode;
}

/** Thrown when the upload endpoint refuses the file (with the API's message when it gave one). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** POSTs the file to an import endpoint (/imports/agents, /imports/users; streamed, up to 50 MB) and answers the queued job's id. */
export async function uploadCsv(
  path: string,
  file: Blob,
  { dryRun, onError, existing }: UploadOptions,
): Promise<{ id: string; status: string }> {
  const query = new URLSearchParams({ dryRun: String(dryRun), onError, existing });
  let response: Response;
  try {
    response = await fetch(`${path}?${query.toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'text/csv' },
      credentials: 'same-origin',
    });
  } catch {
    throw new UploadError(i18n.t('common:errors.unreachable'));
  }
  const body = (await response.json().catch(() => null)) as {
    id?: string;
    status?: string;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (response.status !== 202 || !body?.id) {
    const first = body?.errors?.[0];
    throw new UploadError(first?.message ?? i18n.t('common:csvImport.uploadFailed', { status: response.status }), first?.extensions?.code);
  }
  return { id: body.id, status: body.status ?? 'QUEUED' };
}
