import { CTDL_CONTEXT_URL, isLanguageProperty, isReferenceProperty, PREFIXES } from './ctdl-context';
import type { CtdlGraph, CtdlLiteral, CtdlNode, CtdlValue } from './ctdl-graph';
import { iriOfId, isCtid } from './ctdl-ids';
import { NS } from './ctdl-graph';

const CTID_PROPERTY = `${NS.ceterms}ctid`;

type Json = Record<string, unknown>;

/** `https://purl.org/ctdl/terms/name` → `ceterms:name`; IRIs outside the known vocabularies stay whole. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of PREFIXES) {
    if (!iri.startsWith(namespace)) continue;
    const local = iri.slice(namespace.length);
    // `ceterms://x` would read back as an absolute IRI with the scheme "ceterms"
    if (local !== '' && !local.startsWith('//')) return `${prefix}:${local}`;
  }
  return iri;
}

const isPlainText = (value: CtdlValue): value is CtdlLiteral & { value: string } =>
  'value' in value && typeof value.value === 'string' && value.datatype === undefined;

function valueObject(value: CtdlValue): unknown {
  if ('id' in value) return { '@id': iriOfId(value.id) };
  if ('json' in value) return { '@value': value.json, '@type': '@json' };
  const out: Json = { '@value': value.value };
  if (value.language !== undefined) out['@language'] = value.language;
  // JSON-LD allows a language or a datatype, not both: text in a language is rdf:langString anyway.
  else if (value.datatype !== undefined) out['@type'] = compactIri(value.datatype);
  return out;
}

/** Text, with or without languages: a language map (`@none` for text without one) or plain strings. */
function languageMap(values: ReadonlyArray<CtdlLiteral & { value: string }>): unknown {
  if (values.every((value) => value.language === undefined)) return values.length === 1 ? values[0]!.value : values.map((value) => value.value);
  const map: Record<string, string[]> = {};
  for (const value of values) (map[value.language ?? '@none'] ??= []).push(value.value);
  return Object.fromEntries(Object.entries(map).map(([language, texts]) => [language, texts.length === 1 ? texts[0] : texts]));
}

/**
 * Values in the form the bundled context reads back exactly: ids as plain strings where the context
 * says a property holds ids, language maps where it says a property holds text; anything else as
 * explicit value objects, always in a list (a lone object under a language property would be read
 * as a language map).
 */
function writeValues(property: string, values: readonly CtdlValue[]): unknown {
  if (isLanguageProperty(property)) {
    if (values.every(isPlainText)) return languageMap(values);
    return values.map((value) => (isPlainText(value) && value.language === undefined ? value.value : valueObject(value)));
  }
  const written = values.map((value) => {
    if ('id' in value) return isReferenceProperty(property) ? iriOfId(value.id) : { '@id': iriOfId(value.id) };
    if (isReferenceProperty(property)) return valueObject(value); // a plain string here would read as an id
    if ('value' in value && value.language === undefined && value.datatype === undefined) return value.value;
    return valueObject(value);
  });
  return written.length === 1 ? written[0] : written;
}

function writeNode(node: CtdlNode): Json {
  const out: Json = { '@id': iriOfId(node.id) };
  if (node.types.length > 0) out['@type'] = node.types.length === 1 ? compactIri(node.types[0]!) : node.types.map(compactIri);
  // The registry requires a node published under its CTID to state it.
  const ctids = node.props[CTID_PROPERTY] ?? [];
  if (isCtid(node.id) && !ctids.some((value) => 'value' in value && value.value === node.id)) out['ceterms:ctid'] = node.id;
  for (const [property, values] of Object.entries(node.props)) {
    if (values.length === 0) continue;
    const missingCtid = property === CTID_PROPERTY && typeof out['ceterms:ctid'] === 'string';
    out[compactIri(property)] = writeValues(property, missingCtid ? [{ value: node.id }, ...values] : values);
  }
  return out;
}

/**
 * One compact JSON-LD document the Credential Registry recognises: its context URL, prefixed terms,
 * CTIDs as registry resource URLs (with ceterms:ctid kept), blank nodes as `_:…`. The same graph
 * always gives the same document.
 */
export function writeCtdl(graph: CtdlGraph): Json {
  return { '@context': CTDL_CONTEXT_URL, '@graph': graph.nodes.map(writeNode) };
}

/** The document as the text of a .jsonld file. */
export function ctdlText(graph: CtdlGraph): string {
  return `${JSON.stringify(writeCtdl(graph), null, 2)}\n`;
}
