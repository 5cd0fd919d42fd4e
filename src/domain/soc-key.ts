/**
 * The key two SOC codes are compared by (CSV merge and matching, the duplicate-SOC health rule):
 * 29-1141 and 29-1141.00 name the same occupation (O*NET's ".00" is the SOC code's own detail
 * level); 29-1141.01 is a different one.
 */
export function socKey(code: unknown): string | undefined {
  if (typeof code !== 'string' || code.trim() === '') return undefined;
  return code.trim().replace(/^(\d{2}-\d{4})\.00$/, '$1');
}
