import { REGISTRY_RESOURCES } from './ctdl-context';

// Node ids as the graph keeps them (ctdl-graph.ts): a CTID when the node has one, else its URL,
// else a blank node id. Published files write the same node as a bare CTID, a registry resource or
// graph URL ending in the CTID, or a URL of the publisher's own with a ceterms:ctid inside.

const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The registry's form: "ce-" and a UUID. */
export function isCtid(text: string): boolean {
  return CTID.test(text);
}

export const isBlankId = (id: string): boolean => id.startsWith('_:');

/** The CTID a registry address ends in (…/resources/ce-…, …/graph/ce-…), or null. */
export function ctidFromRegistryUrl(iri: string): string | null {
  let url: URL;
  try {
    url = new URL(iri);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'credentialengineregistry.org' && !host.endsWith('.credentialengineregistry.org')) return null;
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return isCtid(last) ? last : null;
}

/** How a written document names a node: CTIDs as registry resource URLs, the rest as they are. */
export function iriOfId(id: string): string {
  return isCtid(id) ? REGISTRY_RESOURCES + id : id;
}

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'urn:']);

/**
 * False for ids that could run code or reach the file system if anything ever showed them as a
 * link (javascript:, data:, vbscript:, file:, in any disguise the URL parser accepts). Relative
 * ids ("1stTerm") and blank nodes are fine: they are names, never links.
 */
export function isHarmlessId(id: string): boolean {
  if (isBlankId(id)) return true;
  try {
    return LINK_PROTOCOLS.has(new URL(id).protocol);
  } catch {
    return true;
  }
}

/** BCP 47 tags in their usual case ("en-US", "zh-Hant-TW"); jsonld.js lower-cases them. */
export function canonicalLanguage(tag: string): string {
  const parts = tag.replace(/^@/, '').split('-');
  return parts
    .map((part, index) => {
      const lower = part.toLowerCase();
      if (index === 0) return lower;
      if (part.length === 2) return lower.toUpperCase();
      if (part.length === 4) return lower[0]!.toUpperCase() + lower.slice(1);
      return lower;
    })
    .join('-');
}
