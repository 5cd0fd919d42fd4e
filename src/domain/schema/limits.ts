// The limits every way in enforces (data-model.md, "Rules on the way in"). They keep a hostile or
// broken file from freezing the tab, breaking autosave or building CSS from map values.

/** Largest file accepted, in UTF-8 bytes (decimal megabytes, as people read "20 MB"). */
export const MAX_FILE_BYTES = 20_000_000;
export const MAX_OCCUPATIONS = 5_000;
export const MAX_TRANSITIONS = 20_000;
/** Longest string anywhere in a map (unknown fields and field names included). */
export const MAX_STRING_LENGTH = 10_000;
export const MAX_TITLE_LENGTH = 200;
/** Deepest bracket nesting anywhere in the file; deeper would break autosave and recursion. */
export const MAX_NESTING_DEPTH = 64;
/** Saved card positions must lie within ±this on both axes. */
export const MAX_COORDINATE = 1_000_000;
/** CSS hex colours only, so no map value can smuggle other CSS into a style. */
export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** How many problems one parse reports before summing up the rest. */
export const MAX_REPORTED_ISSUES = 50;
