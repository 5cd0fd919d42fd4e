/** Sets each field of `patch` on a draft object; a field sent as undefined is removed (it clears an optional field). */
export function setFields<T extends object>(target: T, patch: Partial<T>): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
}
