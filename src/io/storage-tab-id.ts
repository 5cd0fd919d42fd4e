/** An id for this tab, so saves and broadcasts can tell tabs apart. Not a secret. */
export function createTabId(): string {
  const cryptoApi = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); a plain-http preview falls back.
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
