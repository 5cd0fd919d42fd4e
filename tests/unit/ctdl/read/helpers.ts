import { expect } from 'vitest';
import type { CtdlGraph, CtdlNode, CtdlValue } from '../../../../src/domain/ctdl/ctdl-graph';
import { NS } from '../../../../src/domain/ctdl/ctdl-graph';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';
import { formatIssue } from '../../../../src/domain/issues';

export const CE = NS.ceterms;
export const CTID_A = 'ce-0a1b2c3d-1111-4111-8111-111111111111';
export const CTID_B = 'ce-0a1b2c3d-2222-4222-8222-222222222222';
export const CTID_C = 'ce-0a1b2c3d-3333-4333-8333-333333333333';

export async function readOk(...files: Array<[name: string, text: string | object]>): Promise<{ graph: CtdlGraph; warnings: string[] }> {
  const result = await readCtdl(files.map(([name, text]) => ({ name, text: typeof text === 'string' ? text : JSON.stringify(text) })));
  if (!result.ok) throw new Error(`expected the read to succeed, got: ${result.errors.map(formatIssue).join('\n')}`);
  return { graph: result.graph, warnings: result.warnings.map(formatIssue) };
}

export async function readErrors(...files: Array<[name: string, text: string | object]>): Promise<string[]> {
  const result = await readCtdl(files.map(([name, text]) => ({ name, text: typeof text === 'string' ? text : JSON.stringify(text) })));
  if (result.ok) throw new Error('expected the read to fail');
  return result.errors.map(formatIssue);
}

export function node(graph: CtdlGraph, id: string): CtdlNode {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  expect(found, `node ${id} in ${graph.nodes.map((n) => n.id).join(', ')}`).toBeDefined();
  return found!;
}

export const prop = (n: CtdlNode, local: string, ns: string = CE): CtdlValue[] => n.props[ns + local] ?? [];
export const ids = (values: readonly CtdlValue[]) => values.map((value) => ('id' in value ? value.id : null));
export const texts = (values: readonly CtdlValue[]) => values.map((value) => ('value' in value ? value.value : null));
