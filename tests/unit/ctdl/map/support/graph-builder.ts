import { NS, type CtdlGraph, type CtdlNode, type CtdlValue } from '../../../../../src/domain/ctdl/ctdl-graph';

// Hand-made CTDL graphs for the mapping tests: write terms short ("ceterms:name", "asn:ProgressionLevel"),
// values as strings (literals), numbers, or { ref: id }.

type Short = `${keyof typeof NS}:${string}`;
type Given = string | number | boolean | { ref: string } | { lang: string; text: string } | { json: unknown };

export const iri = (term: Short | string): string => {
  const [prefix, local] = term.split(/:(.*)/s) as [string, string | undefined];
  return local !== undefined && prefix in NS ? `${NS[prefix as keyof typeof NS]}${local}` : term;
};

const value = (given: Given): CtdlValue => {
  if (typeof given === 'object' && 'ref' in given) return { id: given.ref };
  if (typeof given === 'object' && 'lang' in given) return { value: given.text, language: given.lang };
  if (typeof given === 'object' && 'json' in given) return { json: given.json };
  return { value: given };
};

export function node(id: string, types: string | string[], props: Record<string, Given | Given[]> = {}): CtdlNode {
  const out: Record<string, CtdlValue[]> = {};
  for (const [key, given] of Object.entries(props)) out[iri(key)] = (Array.isArray(given) ? given : [given]).map(value);
  return { id, types: (Array.isArray(types) ? types : [types]).map(iri), props: out };
}

export const ref = (id: string) => ({ ref: id });
export const graph = (...nodes: CtdlNode[]): CtdlGraph => ({ nodes });

/** A CTID from a small number, for readable tests: ctid(1) = ce-00000000-0000-4000-8000-000000000001. */
export const ctid = (n: number) => `ce-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
