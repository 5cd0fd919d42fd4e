import { stripBom } from '../input/text-checks';

// A cheap, synchronous guess for routing a .json/.jsonld file to the CTDL reader (read-ctdl.ts)
// instead of parseMap. No jsonld.js here: the library loads the reader only when this says yes.

const CTDL_MARKS = /credreg\.net|purl\.org\/ctdl|purl\.org\/asn|^(?:ceterms|ceasn|asn):/i;
const CTDL_CLASSES = /^(?:Pathway|\w*Component|ComponentCondition|Constraint|ProgressionModel|ProgressionLevel|ConceptScheme|Concept)$/;
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const namesCtdl = (value: unknown): boolean =>
  typeof value === 'string' ? CTDL_MARKS.test(value) || CTDL_CLASSES.test(value) : Array.isArray(value) && value.some(namesCtdl);

function contextNamesCtdl(context: unknown): boolean {
  if (typeof context === 'string') return CTDL_MARKS.test(context);
  if (Array.isArray(context)) return context.some(contextNamesCtdl);
  return isObject(context) && Object.values(context).some((value) => (typeof value === 'string' ? CTDL_MARKS.test(value) : isObject(value) && typeof value['@id'] === 'string' && CTDL_MARKS.test(value['@id'])));
}

function objectLooksLikeCtdl(doc: unknown): boolean {
  if (!isObject(doc)) return false;
  if (Object.hasOwn(doc, 'schemaVersion') || Object.hasOwn(doc, 'occupations')) return false;
  if (contextNamesCtdl(doc['@context'])) return true;
  if (namesCtdl(doc['@type']) || namesCtdl(doc.type)) return true;
  const graph = doc['@graph'];
  return Array.isArray(graph) && graph.slice(0, 20).some((node) => isObject(node) && (namesCtdl(node['@type']) || namesCtdl(node.type)));
}

/**
 * True for JSON-LD whose @context, @graph or @type names CTDL; false for a Pathway Studio map
 * (schemaVersion, occupations) and for anything else. Several documents in a row (which JSON.parse
 * refuses) are judged by their opening lines.
 */
export function looksLikeCtdl(text: string): boolean {
  const body = stripBom(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const head = body.slice(0, 4096);
    return /^\s*[[{]/.test(head) && /"@(?:context|graph|type)"/.test(head) && !/"schemaVersion"\s*:/.test(head) && /credreg\.net|ceterms:|purl\.org\/ctdl/.test(head);
  }
  return Array.isArray(parsed) ? parsed.slice(0, 20).some(objectLooksLikeCtdl) : objectLooksLikeCtdl(parsed);
}
