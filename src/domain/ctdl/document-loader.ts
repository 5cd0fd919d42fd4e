import { CTDL_CONTEXT_DOCUMENT } from './ctdl-context';

// The context documents the Credential Registry's files name. All of them are answered with the
// bundled context; a file naming any other address is refused, so reading never touches the network.
const CONTEXT_PATHS: ReadonlySet<string> = new Set([
  '/ctdl/schema/context/json',
  '/ctdlasn/schema/context/json',
  '/qdata/schema/context/json',
  '/asn/schema/context/json',
]);
const CONTEXT_HOSTS: ReadonlySet<string> = new Set(['credreg.net', 'www.credreg.net']);

/**
 * True for the registry's context URLs, over http or https, with or without a trailing slash or a
 * query (older files name `…/context/json?releaseID=20170929`).
 */
export function isCtdlContextUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password || parsed.port) return false;
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return CONTEXT_HOSTS.has(parsed.hostname) && CONTEXT_PATHS.has(path);
}

/** Thrown for any other address; read-ctdl.ts turns it into a located message. */
export class RefusedContextError extends Error {
  constructor(readonly url: string) {
    super(`refers to ${url}, which is not the CTDL context; Pathway Studio reads only the CTDL context it ships with, so nothing is fetched`);
    this.name = 'RefusedContextError';
  }
}

export type RemoteDocument = { documentUrl: string; document: unknown };

/** A jsonld.js document loader that never fetches: the bundled context for the registry's URLs. */
export function ctdlDocumentLoader(url: string): Promise<RemoteDocument> {
  if (!isCtdlContextUrl(url)) return Promise.reject(new RefusedContextError(url));
  // A fresh copy each time: jsonld.js must never be able to change the shared constant.
  return Promise.resolve({ documentUrl: url, document: structuredClone(CTDL_CONTEXT_DOCUMENT) });
}
