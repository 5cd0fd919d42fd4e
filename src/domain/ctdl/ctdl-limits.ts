import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, MAX_STRING_LENGTH } from '../schema/limits';

// What one CTDL import may hold, sized like a map file's limits (schema/limits.ts): the same total
// size and nesting, and about as many nodes as a map's cards, requirements and moves together.
export const CTDL_LIMITS = {
  /** All files of one import together, in UTF-8 bytes. */
  maxTotalBytes: MAX_FILE_BYTES,
  /** Files read together in one import (a pathway, its progression model, a few more). */
  maxFiles: 50,
  /** JSON documents in all files together (several may follow one another in one file). */
  maxDocuments: 1_000,
  /** Nodes in the graph read, nested objects included. */
  maxNodes: 20_000,
  /**
   * @context entries in one document, all places together. Each is processed by jsonld.js: a small
   * file listing the context 50,000 times kept an import busy for minutes.
   */
  maxContextEntries: 16,
  maxNestingDepth: MAX_NESTING_DEPTH,
  maxStringLength: MAX_STRING_LENGTH,
} as const;
