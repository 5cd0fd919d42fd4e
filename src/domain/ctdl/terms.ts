import { NS, isLiteral, isRef, type CtdlGraph, type CtdlLiteral, type CtdlNode, type CtdlValue } from './ctdl-graph';

// Full IRIs of the CTDL terms the mapping reads and writes, and small readers over a CtdlGraph.

export const ce = (term: string) => `${NS.ceterms}${term}`;
export const asn = (term: string) => `${NS.asn}${term}`;
export const skos = (term: string) => `${NS.skos}${term}`;
export const ps = (term: string) => `${NS.ps}${term}`;

export const T = {
  Pathway: ce('Pathway'),
  ComponentCondition: ce('ComponentCondition'),
  CredentialAlignmentObject: ce('CredentialAlignmentObject'),
  ProgressionModel: asn('ProgressionModel'),
  ProgressionLevel: asn('ProgressionLevel'),
  ctid: ce('ctid'),
  name: ce('name'),
  description: ce('description'),
  subjectWebpage: ce('subjectWebpage'),
  hasChild: ce('hasChild'),
  hasPart: ce('hasPart'),
  isChildOf: ce('isChildOf'),
  isPartOf: ce('isPartOf'),
  hasDestinationComponent: ce('hasDestinationComponent'),
  isDestinationComponentOf: ce('isDestinationComponentOf'),
  hasProgressionModel: ce('hasProgressionModel'),
  hasProgressionLevel: ce('hasProgressionLevel'),
  precedes: ce('precedes'),
  precededBy: ce('precededBy'),
  prerequisite: ce('prerequisite'),
  hasCondition: ce('hasCondition'),
  requiredNumber: ce('requiredNumber'),
  targetComponent: ce('targetComponent'),
  proxyFor: ce('proxyFor'),
  credentialType: ce('credentialType'),
  occupationType: ce('occupationType'),
  codedNotation: ce('codedNotation'),
  targetNodeName: ce('targetNodeName'),
  frameworkName: ce('frameworkName'),
  prefLabel: skos('prefLabel'),
  inScheme: skos('inScheme'),
  hasTopConcept: skos('hasTopConcept'),
  broader: skos('broader'),
  psMap: ps('map'),
  psCard: ps('card'),
  psLevelId: ps('levelId'),
  psMinted: ps('mintedCtid'),
} as const;

/** Writes a full IRI with its usual prefix (ceterms:name) for people to read. */
export function shortIri(iri: string): string {
  for (const [prefix, base] of Object.entries(NS)) if (iri.startsWith(base)) return `${prefix}:${iri.slice(base.length)}`;
  return iri;
}

export const values = (node: CtdlNode, prop: string): CtdlValue[] => (Object.hasOwn(node.props, prop) ? (node.props[prop] ?? []) : []);
export const refs = (node: CtdlNode, prop: string): string[] => values(node, prop).filter(isRef).map((v) => v.id);

/** The literal to show (as written, spaces and all, unless it is blank): English first, then one with no language, then the first. */
export function pickLiteral(node: CtdlNode, prop: string): CtdlLiteral | undefined {
  const literals = values(node, prop).filter(isLiteral);
  return (
    literals.find((l) => typeof l.language === 'string' && /^en\b/i.test(l.language)) ??
    literals.find((l) => l.language === undefined) ??
    literals[0]
  );
}

export function literalText(node: CtdlNode, prop: string): string | undefined {
  const literal = pickLiteral(node, prop);
  if (literal === undefined) return undefined;
  const text = String(literal.value);
  return text.trim() === '' ? undefined : text;
}

export function literalNumber(node: CtdlNode, prop: string): number | undefined {
  for (const value of values(node, prop)) {
    if (!isLiteral(value)) continue;
    const n = typeof value.value === 'number' ? value.value : Number(value.value);
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

export const hasType = (node: CtdlNode, type: string) => node.types.includes(type);

export function indexGraph(graph: CtdlGraph): Map<string, CtdlNode> {
  const byId = new Map<string, CtdlNode>();
  for (const node of graph.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}
