/** Thrown when the API refuses an upload, with its message (too big, a refused type, no permission). */
export class FileUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileUploadError';
  }
}

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

/**
 * POSTs one file to one of the API's upload endpoints (user files, agent profile images) as
 * multipart/form-data with the session cookie, resolving with the 201's JSON body. XMLHttpRequest,
 * not fetch, because only it reports upload progress. The apollo-require-preflight header is what
 * the endpoints ask of multipart bodies (another site cannot send it without a preflight).
 */
export function uploadFile<T = unknown>(url: string, file: File, maxBytes: number, onProgress?: (fraction: number) => void): Promise<T> {
  // The server answers 413 and closes the connection without reading the rest, which a browser
  // may report as a network error: saying it here also spares sending the bytes for nothing.
  if (file.size > maxBytes) return Promise.reject(new FileUploadError(`The file is larger than ${sizeLabel(maxBytes)}.`));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new FileUploadError('Could not reach the server. Check your connection and try again.'));
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          return resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          return resolve(undefined as T);
        }
      }
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
