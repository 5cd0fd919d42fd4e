import { NS } from './ctdl-graph';

/**
 * The CTDL JSON-LD context Pathway Studio ships with, used for every CTDL file it reads (through
 * document-loader.ts, which answers the registry's context URLs with it) and for documents that
 * carry no @context at all. Nothing is ever fetched: a user may be offline, and a file must not be
 * able to make the app call out to an address of its choosing.
 *
 * Only what expansion needs is here: the prefixes, `@vocab` so bare terms (`Pathway`, `name`) are
 * CTDL terms, which properties hold references (`@type: @id`, so a plain string is an id), and
 * which hold text that may come as a language map (`{"en-US": "…"}`). Each such property is defined
 * three ways, because published files spell it bare (`hasChild`), prefixed (`ceterms:hasChild`,
 * sometimes under an older namespace: `ceasn:hasChild`, `asn:hasProgressionModel`) or as a full IRI.
 */

/** The registry's resource address for a CTID, as published documents write node ids. */
export const REGISTRY_RESOURCES = 'https://credentialengineregistry.org/resources/';

/** The context URL an exported document names (and the registry's documents name). */
export const CTDL_CONTEXT_URL = 'https://credreg.net/ctdl/schema/context/json';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const QDATA = 'https://credreg.net/qdata/terms/';

/** The prefixes a written document uses, in the order they are tried when shortening an IRI. */
export const PREFIXES: ReadonlyArray<readonly [prefix: string, iri: string]> = [
  ['ceterms', NS.ceterms],
  ['ceasn', NS.ceasn],
  ['asn', NS.asn],
  ['skos', NS.skos],
  ['ps', NS.ps],
  ['xsd', XSD],
  ['qdata', QDATA],
  // schema.org, which CTDL uses for values such as a credit value's QuantitativeValue.
  ['schema', 'https://schema.org/'],
];

// Local names of CTDL properties whose values are other nodes or web addresses. Published files use
// them under ceterms:, and older ones under ceasn: or asn:, so each is coerced under all three.
const REFERENCE_TERMS = [
  // pathway structure
  'hasChild',
  'isChildOf',
  'hasDestinationComponent',
  'isDestinationComponentOf',
  'hasPart',
  'isPartOf',
  'precedes',
  'precededBy',
  'preceeds', // misspelt in some published files
  'prerequisite',
  'isPrerequisiteFor',
  'hasCondition',
  'targetComponent',
  'hasConstraint',
  'hasProgressionModel',
  'hasProgressionLevel',
  'proxyFor',
  'hasTopChild',
  'isTopChildOf',
  'hasLevel',
  'isLevelOf',
  'inProgressionModel',
  'hasPathway',
  'isPathwayOf',
  'ownedBy',
  'offeredBy',
  'sourceData',
  // web addresses
  'subjectWebpage',
  'targetNode',
  'framework',
  'sameAs',
  'image',
  'inCatalog',
  // concept schemes
  'inScheme',
  'hasConcept',
  'hasTopConcept',
  'topConceptOf',
  'broader',
  'narrower',
  'related',
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'creator',
  'publisher',
] as const;

// Properties whose values name a CTDL class or concept ("ceterms:License", or bare "License"): coerced
// by vocabulary, so every spelling reads as the same IRI, and written back as a reference.
const VOCAB_TERMS = ['credentialType', 'componentDesignation'] as const;

// skos: properties among the ones above (their bare names mean the skos term, not a CTDL one).
const SKOS_REFERENCE_TERMS = new Set<string>([
  'inScheme',
  'hasTopConcept',
  'topConceptOf',
  'broader',
  'narrower',
  'related',
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
]);

// Text that published files give either as a plain string or as a language map.
const LANGUAGE_TERMS = [
  'name',
  'description',
  'alternateName',
  'keyword',
  'componentCategory',
  'programTerm',
  'targetNodeName',
  'targetNodeDescription',
  'frameworkName',
  'codedNotationLabel',
  'comment',
  'prefLabel',
  'altLabel',
  'hiddenLabel',
  'definition',
  'note',
  'scopeNote',
  'changeNote',
  'historyNote',
] as const;

const SKOS_LANGUAGE_TERMS = new Set<string>([
  'prefLabel',
  'altLabel',
  'hiddenLabel',
  'definition',
  'note',
  'scopeNote',
  'changeNote',
  'historyNote',
]);

/** Full property IRIs whose values are web addresses a card might show as a link. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set(
  ['subjectWebpage', 'sourceData', 'sameAs', 'image', 'targetNode', 'framework', 'inCatalog'].flatMap((name) => [
    NS.ceterms + name,
    NS.ceasn + name,
    NS.asn + name,
  ]),
);

const CTDL_NAMESPACES = [NS.ceterms, NS.ceasn, NS.asn] as const;
const SKOS_NAMESPACES = [NS.skos] as const;
const namespacesOf = (name: string): readonly string[] =>
  SKOS_REFERENCE_TERMS.has(name) || SKOS_LANGUAGE_TERMS.has(name) ? SKOS_NAMESPACES : CTDL_NAMESPACES;

type TermDefinition = { '@id'?: string; '@type'?: string; '@container'?: string; '@prefix'?: boolean };

function buildContext(): Record<string, unknown> {
  const context: Record<string, unknown> = { '@version': 1.1, '@vocab': NS.ceterms, id: '@id', type: '@type' };
  for (const [prefix, iri] of PREFIXES) context[prefix] = { '@id': iri, '@prefix': true } satisfies TermDefinition;
  const define = (name: string, namespaces: readonly string[], definition: TermDefinition) => {
    context[name] = { '@id': namespaces[0] + name, ...definition };
    for (const iri of namespaces) {
      const prefix = PREFIXES.find(([, namespace]) => namespace === iri)?.[0];
      // A compact-IRI term needs no @id: it expands through its prefix. A full-IRI term names itself.
      if (prefix) context[`${prefix}:${name}`] = definition;
      context[iri + name] = { '@id': iri + name, ...definition };
    }
  };
  for (const name of REFERENCE_TERMS) define(name, namespacesOf(name), { '@type': '@id' });
  for (const name of VOCAB_TERMS) define(name, namespacesOf(name), { '@type': '@vocab' });
  for (const name of LANGUAGE_TERMS) define(name, namespacesOf(name), { '@container': '@language' });
  return context;
}

/** The bundled context, as the `@context` value of a context document. */
export const CTDL_CONTEXT: Readonly<Record<string, unknown>> = deepFreeze(buildContext());

// Frozen, so nothing (jsonld.js included) can change the context one import reads with for the next.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The context document the loader returns for every registry context URL. */
export const CTDL_CONTEXT_DOCUMENT: Readonly<{ '@context': Record<string, unknown> }> = { '@context': CTDL_CONTEXT };

/** True when the property (full IRI) is defined in the bundled context as holding node ids. */
export function isReferenceProperty(iri: string): boolean {
  return REFERENCE_IRIS.has(iri);
}

/** True when the property (full IRI) is written as a language map. */
export function isLanguageProperty(iri: string): boolean {
  return LANGUAGE_IRIS.has(iri);
}

const REFERENCE_IRIS: ReadonlySet<string> = new Set(
  [...REFERENCE_TERMS, ...VOCAB_TERMS].flatMap((name) => namespacesOf(name).map((ns) => ns + name)),
);
const LANGUAGE_IRIS: ReadonlySet<string> = new Set(LANGUAGE_TERMS.flatMap((name) => namespacesOf(name).map((ns) => ns + name)));
