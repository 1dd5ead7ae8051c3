/** Errors the user can fix (bad flag, bad input value), kept apart from bugs so adapters can answer in one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A key blob or container that does not decode. Messages never quote the material itself. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

/** Why a report file could not be written, in words (node's errno code, e.g. `ENOENT`, when there are none). */
export function writeErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && WRITE_ERRORS[code]) ?? code ?? 'unknown error';
}
