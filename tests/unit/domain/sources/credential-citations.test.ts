import { describe, expect, it } from 'vitest';
import { citations, citationsOf } from '../../../../src/domain/sources/citations';
import { buildMap } from '../../../support/build-map';
import { parseData, sampleMap, warningsOf } from '../helpers';

const nursing = () =>
  buildMap({
    sources: [
      { id: 'board', label: 'Board of Registration in Nursing' },
      { id: 'rapids', label: 'RAPIDS registry' },
    ],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant' },
      { id: 'lpn', title: 'Licensed Practical Nurse', apprenticeship: { registered: true, rapidsCode: '0824', sourceIds: ['rapids'] } },
      {
        id: 'rn',
        title: 'Registered Nurse',
        credentials: [
          { name: 'NCLEX-RN', kind: 'license', sourceIds: ['board', 'rapids'] },
          { name: 'BLS certification', kind: 'certification' },
        ],
      },
    ],
  });

describe('citations: credentials and apprenticeships', () => {
  it('lists each source a credential or an apprenticeship cites, with its place and what it is in words', () => {
    expect(citations(nursing())).toEqual([
      { sourceId: 'rapids', path: 'occupations[1].apprenticeship.sourceIds[0]', where: 'Apprenticeship of Licensed Practical Nurse' },
      { sourceId: 'board', path: 'occupations[2].credentials[0].sourceIds[0]', where: 'Credential: NCLEX-RN of Registered Nurse' },
      { sourceId: 'rapids', path: 'occupations[2].credentials[0].sourceIds[1]', where: 'Credential: NCLEX-RN of Registered Nurse' },
    ]);
    // The editor's "cited by" for one source reads the same list.
    expect(citationsOf(nursing(), 'rapids').map((citation) => citation.where)).toEqual([
      'Apprenticeship of Licensed Practical Nurse',
      'Credential: NCLEX-RN of Registered Nurse',
    ]);
  });

  it('warns, at its place, of a credential or an apprenticeship citing a source the map does not list', () => {
    const data = sampleMap();
    data.occupations[2]!.credentials = [
      { name: 'BLS certification', kind: 'certification' },
      { name: 'NCLEX-RN', kind: 'license', sourceIds: ['oews', 'gone'] },
    ];
    data.occupations[1]!.apprenticeship = { registered: true, sourceIds: ['lost'] };
    const result = parseData(data);
    expect(result.ok).toBe(true);
    expect(warningsOf(result)).toEqual([
      'occupations[1].apprenticeship.sourceIds[0]: names the source "lost", which isn\'t in sources',
      'occupations[2].credentials[1].sourceIds[1]: names the source "gone", which isn\'t in sources',
    ]);
  });
});
