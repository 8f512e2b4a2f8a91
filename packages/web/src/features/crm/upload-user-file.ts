/** Thrown when the API refuses an upload, with its message (too big, a refused type, no permission). */
export class FileUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileUploadError';
  }
}

/** The API's limit (MAX_USER_FILE_BYTES in modules/user-file): a bigger file is refused before it is sent. */
export const MAX_USER_FILE_BYTES = 10 * 1024 * 1024;

export const userFileUrl = (userId: string, fileId: string) => `/users/${encodeURIComponent(userId)}/files/${encodeURIComponent(fileId)}`;

/**
 * POSTs one file to /users/:id/files as multipart/form-data with the session cookie. XMLHttpRequest,
 * not fetch, because only it reports upload progress. The apollo-require-preflight header is what
 * the endpoint asks of multipart bodies (another site cannot send it without a preflight).
 */
export function uploadUserFile(userId: string, file: File, onProgress?: (fraction: number) => void): Promise<void> {
  // The server answers 413 and closes the connection without reading the rest, which a browser
  // may report as a network error: saying it here also spares sending 10 MB for nothing.
  if (file.size > MAX_USER_FILE_BYTES) return Promise.reject(new FileUploadError('The file is larger than 10 MB.'));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/users/${encodeURIComponent(userId)}/files`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new FileUploadError('Could not reach the server. Check your connection and try again.'));
    xhr.onload = () => {
      if (xhr.status === 201) return resolve();
      let message = `The upload failed (HTTP ${xhr.status}).`;
      try {
        const body = JSON.parse(xhr.responseText) as { errors?: { message: string; extensions?: { fields?: Record<string, string> } }[] };
        const first = body.errors?.[0];
        const field = first?.extensions?.fields?.file;
        if (field) message = `The file ${field}.`;
        else if (first?.message) message = first.message;
      } catch {
        if (xhr.status === 413) message = 'The file is too large.';
      }
      reject(new FileUploadError(message));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** 1536 -> "1.5 KB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
