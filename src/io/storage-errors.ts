/**
 * A storage operation that did not happen, with a message written for the person using the app.
 * `storeAsNew`: the stored copy is gone (site data cleared, the database deleted), so the next try
 * stores the map afresh rather than expecting a revision that no longer exists.
 */
export type StorageFailure = { ok: false; reason: 'storage'; message: string; storeAsNew?: true };

const KEEP_WORK = 'Your map is still open here: download a backup of it to keep your work safe.';

export const UNAVAILABLE_MESSAGE = `This browser doesn't let Pathway Studio store maps on this device (private browsing or privacy settings can turn storage off). ${KEEP_WORK}`;

const MESSAGES: Readonly<Record<string, string>> = {
  QuotaExceededError:
    "The browser's storage for this site is full. Download a backup of this map, then free space by deleting maps you no longer need.",
  InvalidStateError: `The browser closed this site's storage while Pathway Studio was using it (this happens when site data is cleared, or in some private windows). ${KEEP_WORK}`,
  VersionError: `The maps on this device were saved by a newer version of Pathway Studio, so this older version can't save them. ${KEEP_WORK}`,
  SecurityError: UNAVAILABLE_MESSAGE,
  UnknownError: `The browser's storage for this site reported a problem (the disk may be full or the browser profile damaged). ${KEEP_WORK}`,
};

/** Thrown inside this folder only, for problems that have no DOMException of their own. */
export class StorageProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageProblem';
  }
}

export const GONE_MESSAGE = `The copy of this map stored on this device has gone: the browser's data for this site was cleared (or its database deleted) while Pathway Studio was open. ${KEEP_WORK} Pathway Studio stores it again as soon as it can.`;

export const DAMAGED_MESSAGE = `The copy of this map stored on this device is damaged, so Pathway Studio keeps it as it is and doesn't write over it. ${KEEP_WORK} The library lists the damaged copy.`;

export const BLOCKED_MESSAGE = `Another tab is holding this site's storage open with an older version of Pathway Studio. Close the other Pathway Studio tabs, then try again. ${KEEP_WORK}`;

/** Any error from IndexedDB (or from opening it) → a failure the UI can show as it is. */
export function storageFailure(error: unknown): StorageFailure {
  return { ok: false, reason: 'storage', message: explainStorageError(error) };
}

export function explainStorageError(error: unknown): string {
  if (error instanceof StorageProblem) return error.message;
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  if (Object.hasOwn(MESSAGES, name)) return MESSAGES[name] as string;
  return `The browser couldn't use this site's storage${name ? ` (${name})` : ''}. ${KEEP_WORK}`;
}

// DOMException is not an Error subclass in every runtime.
function isNamed(error: unknown): error is { name: string } {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string';
}
