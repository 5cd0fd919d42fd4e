/** The text as a wage floor ("18.50", "$20"): undefined when empty, null when it is not an amount of dollars. */
export function parseFloor(text: string): number | undefined | null {
  const trimmed = text.trim().replace(/^\$\s*/, '').replace(/,/g, '');
  if (trimmed === '') return undefined;
  const amount = /^\d*\.?\d+$|^\d+\.$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return Number.isFinite(amount) && amount >= 0 ? amount : null;
}
