import type { ParseIssue } from '../issues';
import { isSafeUrl } from '../schema/url';
import { URL_PROPERTIES } from './ctdl-context';
import type { CtdlGraph, CtdlNode, CtdlValue } from './ctdl-graph';
import { NS } from './ctdl-graph';
import { canonicalLanguage, ctidFromRegistryUrl, isBlankId, isCtid, isHarmlessId } from './ctdl-ids';
import { CTDL_LIMITS } from './ctdl-limits';

/** Relative ids resolve against this while expanding, and are given back as written afterwards. */
export const RELATIVE_BASE = 'https://relative.pathway-studio.invalid/';

/** One expanded document and how to name it in messages ("pathway.jsonld", "pathway.jsonld, document 2"). */
export type ExpandedDocument = { label: string; expanded: unknown[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const CTID_PROPERTY = `${NS.ceterms}ctid`;
const shortIri = (iri: string) => {
  for (const [prefix, ns] of Object.entries(NS)) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
};

/** A value's identity, so the same statement read twice (or from two files) is kept once. */
export function valueKey(value: CtdlValue): string {
  if ('id' in value) return `r ${value.id}`;
  if ('json' in value) return `j ${JSON.stringify(value.json)}`;
  return `l ${typeof value.value} ${String(value.value)} ${value.language ?? ''} ${value.datatype ?? ''}`;
}

class TooManyNodes extends Error {}

/**
 * Turns jsonld.js's expanded output into the graph: nested objects become nodes of their own,
 * blank node labels are made unique per document, relative ids are given back as written, every
 * spelling of a node's id (its URL, a registry URL, its CTID) becomes one id, and nodes with the
 * same id from several documents are merged.
 */
export function expandedToGraph(documents: readonly ExpandedDocument[]): { ok: true; graph: CtdlGraph; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] } {
  const warnings: ParseIssue[] = [];
  // Blank labels: the first document to use one keeps it; later documents get a fresh one.
  const usedBlank = new Set<string>();
  const blankMaps = documents.map((doc) => {
    const labels = new Map<string, string>();
    collectBlankLabels(doc.expanded, labels);
    for (const label of labels.keys()) {
      let final = label;
      for (let n = 2; usedBlank.has(final); n++) final = `${label}-${n}`;
      usedBlank.add(final);
      labels.set(label, final);
    }
    return labels;
  });
  let anonymous = 0;
  const freshBlank = () => {
    let id: string;
    do id = `_:n${anonymous++}`;
    while (usedBlank.has(id));
    usedBlank.add(id);
    return id;
  };

  const raw: Array<CtdlNode & { label: string }> = [];
  const aliases = new Map<string, string>();
  try {
    documents.forEach((doc, index) => {
      const blank = blankMaps[index]!;
      const rawId = (id: string): string => {
        if (isBlankId(id)) return blank.get(id) ?? id;
        if (id.startsWith(RELATIVE_BASE)) return safeDecode(id.slice(RELATIVE_BASE.length));
        return id;
      };
      const walkNode = (node: Json): string => {
        if (raw.length >= CTDL_LIMITS.maxNodes) throw new TooManyNodes();
        let id = typeof node['@id'] === 'string' ? rawId(node['@id']) : freshBlank();
        if (!isHarmlessId(id)) {
          warnings.push({ path: doc.label, message: `a node's id ${JSON.stringify(id)} is not a web address Pathway Studio keeps (only http, https, mailto and urn); gave it a blank id instead` });
          id = freshBlank();
        }
        const out: CtdlNode & { label: string } = { id, types: [], props: {}, label: doc.label };
        raw.push(out);
        for (const type of Array.isArray(node['@type']) ? node['@type'] : []) if (typeof type === 'string') out.types.push(type);
        for (const [key, values] of Object.entries(node)) {
          if (key === '@graph' || key === '@included') {
            for (const item of Array.isArray(values) ? values : []) if (isObject(item)) walkTop(item);
            continue;
          }
          if (key.startsWith('@')) {
            if (key !== '@id' && key !== '@type' && key !== '@index') warnings.push({ path: `${doc.label}: ${id}`, message: `left out ${key}, which CTDL does not use` });
            continue;
          }
          const kept: CtdlValue[] = [];
          for (const item of Array.isArray(values) ? values : []) walkValue(item, kept, `${doc.label}: ${id}.${shortIri(key)}`, key);
          if (kept.length > 0) out.props[key] = [...(out.props[key] ?? []), ...kept];
        }
        const stated = out.props[CTID_PROPERTY] ?? [];
        const ctid = stated.find((value) => 'value' in value && typeof value.value === 'string' && isCtid(value.value.trim()));
        if (ctid && 'value' in ctid) aliases.set(id, String(ctid.value).trim().toLowerCase());
        else if (stated.length > 0) {
          const shown = stated.map((value) => JSON.stringify('value' in value ? value.value : 'id' in value ? value.id : value.json)).join(', ');
          warnings.push({ path: `${doc.label}: ${id}.ceterms:ctid`, message: `${shown} is not a CTID ("ce-" and a UUID), so the node keeps the id ${JSON.stringify(id)}` });
        }
        return id;
      };
      const walkValue = (item: unknown, kept: CtdlValue[], path: string, property: string) => {
        if (!isObject(item)) return;
        if ('@value' in item) {
          const value = item['@value'];
          if (item['@type'] === '@json') kept.push({ json: value });
          else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            if (URL_PROPERTIES.has(property) && typeof value === 'string' && !isSafeUrl(value)) {
              warnings.push({ path, message: `dropped ${JSON.stringify(value)}: only web addresses starting with https://, http:// or mailto: are kept` });
              return;
            }
            const literal: CtdlValue = { value };
            if (typeof item['@language'] === 'string') literal.language = canonicalLanguage(item['@language']);
            if (typeof item['@type'] === 'string') literal.datatype = item['@type'];
            kept.push(literal);
          }
          return;
        }
        if ('@list' in item) {
          for (const member of Array.isArray(item['@list']) ? item['@list'] : []) walkValue(member, kept, path, property);
          return;
        }
        const keys = Object.keys(item);
        const id = keys.length === 1 && typeof item['@id'] === 'string' ? rawId(item['@id']) : walkNode(item);
        if (!isHarmlessId(id) || (URL_PROPERTIES.has(property) && !isCtid(id) && !isBlankId(id) && !isSafeUrl(id))) {
          warnings.push({ path, message: `dropped ${JSON.stringify(id)}: only web addresses starting with https://, http:// or mailto: are kept` });
          return;
        }
        kept.push({ id });
      };
      const walkTop = (item: Json) => {
        if ('@value' in item || '@list' in item) return;
        if (Object.keys(item).every((key) => key === '@graph' || key === '@id')) {
          // A named graph (the registry's …/graph/ce-… documents): its nodes are the document's.
          for (const member of Array.isArray(item['@graph']) ? item['@graph'] : []) if (isObject(member)) walkTop(member);
          return;
        }
        walkNode(item);
      };
      for (const item of doc.expanded) if (isObject(item)) walkTop(item);
    });
  } catch (error) {
    if (!(error instanceof TooManyNodes)) throw error;
    return { ok: false, errors: [{ path: '', message: `The import holds more than ${CTDL_LIMITS.maxNodes.toLocaleString('en-US')} nodes; Pathway Studio reads at most that many at once.` }] };
  }

  // CTIDs are compared without case: the registry writes them in lower case.
  const canonical = (id: string) => aliases.get(id) ?? ctidFromRegistryUrl(id)?.toLowerCase() ?? (isCtid(id) ? id.toLowerCase() : id);
  const nodes = new Map<string, CtdlNode>();
  for (const node of raw) {
    const id = canonical(node.id);
    const merged = nodes.get(id) ?? { id, types: [], props: {} };
    nodes.set(id, merged);
    for (const type of node.types) if (!merged.types.includes(type)) merged.types.push(type);
    for (const [property, values] of Object.entries(node.props)) {
      const target = (merged.props[property] ??= []);
      const seen = new Set(target.map(valueKey));
      for (const value of values) {
        const resolved = 'id' in value ? { id: canonical(value.id) } : value;
        const key = valueKey(resolved);
        if (!seen.has(key)) {
          seen.add(key);
          target.push(resolved);
        }
      }
    }
  }
  // A node known by its CTID always says so, as the registry requires.
  for (const node of nodes.values()) {
    if (!isCtid(node.id)) continue;
    const ctids = (node.props[CTID_PROPERTY] ??= []).map((value) =>
      'value' in value && typeof value.value === 'string' && value.value.trim().toLowerCase() === node.id ? { ...value, value: node.id } : value,
    );
    node.props[CTID_PROPERTY] = ctids.filter((value, index) => ctids.findIndex((other) => valueKey(other) === valueKey(value)) === index);
    if (!ctids.some((value) => 'value' in value && value.value === node.id)) node.props[CTID_PROPERTY].unshift({ value: node.id });
  }
  return { ok: true, graph: { nodes: [...nodes.values()] }, warnings };
}

function collectBlankLabels(value: unknown, labels: Map<string, string>): void {
  if (Array.isArray(value)) for (const item of value) collectBlankLabels(item, labels);
  else if (isObject(value)) {
    if ('@value' in value) return;
    const id = value['@id'];
    if (typeof id === 'string' && isBlankId(id) && !labels.has(id)) labels.set(id, id);
    for (const [key, child] of Object.entries(value)) if (key !== '@id') collectBlankLabels(child, labels);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
