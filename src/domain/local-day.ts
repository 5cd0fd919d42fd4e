/**
 * The calendar day the user's own clock shows, "2026-12-07": the day a release is recorded, a page
 * was read, a wage replaced or a summary printed. (The UTC day is tomorrow in a US evening.)
 */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
