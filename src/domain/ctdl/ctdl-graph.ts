/**
 * A CTDL document as the rest of the app sees it: plain nodes with full IRIs, read from any of the
 * ways published files spell them (read-ctdl.ts, through a JSON-LD processor) and written back as
 * one compact JSON-LD graph (write-ctdl.ts). The mapping to and from a map (ctdl-to-map.ts,
 * map-to-ctdl.ts) works on this shape only, never on raw JSON-LD.
 */

/** The vocabularies CTDL pathways use, as full IRI prefixes. `ps` is ours: what CTDL cannot hold. */
export const NS = {
  ceterms: 'https://purl.org/ctdl/terms/',
  ceasn: 'https://purl.org/ctdlasn/terms/',
  asn: 'http://purl.org/ASN/schema/core/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  ps: 'urn:pathway-studio:ctdl:',
} as const;

/** A literal: a string (with its language when the file gave one), number or boolean. */
export type CtdlLiteral = { value: string | number | boolean; language?: string; datatype?: string };
/** A reference to another node, by its id (a CTID "ce-…", a URL, or a blank node "_:…"). */
export type CtdlRef = { id: string };
/** A JSON value kept whole (JSON-LD's @json), for our extension namespace. */
export type CtdlJson = { json: unknown };
export type CtdlValue = CtdlLiteral | CtdlRef | CtdlJson;

/**
 * One node. `id`: a node's CTID when it has one (from ceterms:ctid, or an id that is a registry URL
 * ending in a CTID), else its URL, else a blank node id unique in the graph. `types`: full IRIs.
 * `props`: full property IRI → values, in file order. Nested objects become nodes of their own,
 * referenced by id.
 */
export type CtdlNode = { id: string; types: string[]; props: Record<string, CtdlValue[]> };

/** Every node read from one import (all its files and documents), in file order. */
export type CtdlGraph = { nodes: CtdlNode[] };

export const isRef = (value: CtdlValue): value is CtdlRef => 'id' in value;
export const isLiteral = (value: CtdlValue): value is CtdlLiteral => 'value' in value;
export const isJson = (value: CtdlValue): value is CtdlJson => 'json' in value;
