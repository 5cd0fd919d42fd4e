// Reading files for the command-line tools: plain reasons for read errors, and UTF-8 text.

const READ_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export function describeReadError(error: unknown): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const reason = READ_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
  return `can't read the file: ${reason}`;
}

/** UTF-8 text, and whether every byte was valid UTF-8 (a BOM is passed on for parseMap to accept). */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), valid: false };
  }
}
