import { utf8ByteLength } from '../domain/input/text-checks';
import { MAX_FILE_BYTES } from '../domain/schema/limits';
import { sizeOverLimit } from '../domain/size-words';
import type { StorageFailure } from './storage-errors';

/**
 * A map edited past the size limit is not stored: stored, it could not be read back after a reload.
 * The map stays open, so the user can shorten it or export it.
 */
export function storedSizeProblem(json: string): StorageFailure | undefined {
  const bytes = utf8ByteLength(json, MAX_FILE_BYTES);
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const words = sizeOverLimit(utf8ByteLength(json), MAX_FILE_BYTES);
  return {
    ok: false,
    reason: 'storage',
    message: `This map is now ${words.size}; a map can be at most ${words.limit}, so this change was not saved. Shorten or remove some text, or export the map.`,
  };
}
