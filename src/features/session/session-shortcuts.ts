/**
 * One key per remark kind, for the facilitator typing while people talk: press it, type, Enter.
 * Kinds are the feedback kinds of the map format; a kind the model doesn't offer is skipped.
 */
export const REMARK_KEYS: Readonly<Record<string, string>> = {
  'why-critical': 'W',
  'skill-gap': 'S',
  movement: 'M',
  'preferred-program': 'P',
  'talent-source': 'T',
  recruitment: 'R',
  correction: 'C',
  comment: 'K',
};

/** Number keys 1–9 then 0 pick the first ten organizations. */
export function organizationShortcut(index: number): string | undefined {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : undefined;
}

/** Which organization on the list a number key picks: 1 the first, 0 the tenth. */
export const organizationIndex = (key: string): number => (key === '0' ? 9 : Number(key) - 1);
