import type { BulkEdit } from '../../../domain/commands/bulk-occupations';

// Keys for undo grouping: the store merges consecutive changes with the same key into one step, so a
// typing burst in one field is one step. Keys that must never merge carry what makes them differ.

/** "occupation:cna" / "transition:cna-to-lpn" / "map". */
export type Owner = string;

/** One field: "occupation:cna:title", "occupation:cna:wage.min". */
export const fieldKey = (owner: Owner, path: string) => `${owner}:${path}`;

/** A field in a list row: "occupation:cna:credentials[1].name". Adding a row and typing in it is one step. */
export const rowKey = (list: string, index: number, key: string) => `${list}[${index}].${key}`;

/** Removing a row; the length makes two removals in a row two steps. */
export const removeKey = (list: string, index: number, length: number) => `${list}:remove[${index}]of${length}`;

/** A checkbox; the new value makes on-then-off two steps rather than one that changes nothing. */
export const toggleKey = (owner: Owner, path: string, checked: boolean) => `${owner}:${path}=${checked}`;

/** A choice made for several occupations: "occupations:cna,lpn:level=middle". */
export const bulkKey = (ids: readonly string[], edit: BulkEdit) => `occupations:${ids.join(',')}:${edit.field}=${String(edit.value)}`;
