import { formatIssue, parseMap, type ParseResult } from '../../../src/domain/parse';

/** A small valid map as plain JSON data; tests change one thing at a time. */
export function sampleMap(): Record<string, unknown> & {
  occupations: Array<Record<string, unknown>>;
  transitions: Array<Record<string, unknown>>;
} {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Healthcare careers',
    region: 'Pioneer Valley, MA',
    groups: [{ id: 'nursing', label: 'Nursing', color: '#2f6fb0' }],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', socCode: '31-1131.00', groupId: 'nursing', level: 'entry', wage: { min: 17, amount: 19, max: 22, unit: 'hour', sourceId: 'oews' } },
      { id: 'lpn', title: 'Licensed Practical Nurse', socCode: '29-2061', groupId: 'nursing', level: 'middle' },
      { id: 'rn', title: 'Registered Nurse', groupId: 'nursing', level: 'advanced', links: [{ label: 'O*NET', url: 'https://www.onetonline.org/link/summary/29-1141.00' }] },
    ],
    transitions: [
      { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', requirements: ['LPN license'] },
      { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement' },
    ],
    hiringEvents: [],
    feedback: [],
    sources: [{ id: 'oews', label: 'OEWS May 2024', url: 'https://www.bls.gov/oes/' }],
  };
}

export function parseData(data: unknown): ParseResult {
  return parseMap(JSON.stringify(data));
}

/** The errors as a user reads them; fails the test if the parse succeeded. */
export function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the parse to fail, but it succeeded');
  return result.errors.map(formatIssue);
}

/** The warnings as a user reads them; fails the test if the parse failed. */
export function warningsOf(result: ParseResult): string[] {
  if (!result.ok) throw new Error(`expected the parse to succeed, but got: ${result.errors.map(formatIssue).join('; ')}`);
  return result.warnings.map(formatIssue);
}
