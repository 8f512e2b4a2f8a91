import { uploadFile } from '../../lib/upload-file';
import { currentLocale } from '../../i18n';

/** The API's limit (MAX_USER_FILE_BYTES in modules/user-file): a bigger file is refused before it is sent. */
export const MAX_USER_FILE_BYTES = 10 * 1024 * 1024;

export const userFileUrl = (userId: string, fileId: string) => `/users/${encodeURIComponent(userId)}/files/${encodeURIComponent(fileId)}`;

/** POSTs one file to /users/:id/files (lib/upload-file.ts: progress, the server's refusal as a FileUploadError). */
export async function uploadUserFile(userId: string, file: File, onProgress?: (fraction: number) => void): Promise<void> {
  await uploadFile(`/users/${encodeURIComponent(userId)}/files`, file, MAX_USER_FILE_BYTES, onProgress);
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
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`;
}
