/** Errors the user can fix (bad flag, bad input value), kept apart from bugs so adapters can answer in one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A key blob or container that does not decode. Messages never quote the material itself. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}
