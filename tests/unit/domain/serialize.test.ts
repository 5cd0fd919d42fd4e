import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { serializeMap } from '../../../src/domain/serialize';
import { parseData, sampleMap } from './helpers';

function parsed(data: unknown): PathwayMap {
  const result = parseData(data);
  if (!result.ok) throw new Error('sample map should parse');
  return result.map;
}

describe('serializeMap', () => {
  it('writes 2-space indented JSON with a trailing newline, as version 2', () => {
    const text = serializeMap(parsed({ schemaVersion: 1, id: 'm', title: 'T', levels: [{ id: 'term-1', label: 'Term 1' }] }));
    expect(text).toBe(
      [
        '{',
        '  "schemaVersion": 2,',
        '  "id": "m",',
        '  "title": "T",',
        '  "levels": [',
        '    {',
        '      "id": "term-1",',
        '      "label": "Term 1"',
        '    }',
        '  ],',
        '  "groups": [],',
        '  "occupations": [],',
        '  "steps": [],',
        '  "transitions": [],',
        '  "hiringEvents": [],',
        '  "feedback": [],',
        '  "sources": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes known fields in schema order, then unknown fields sorted, at every level', () => {
    const map = parsed({
      zeta: 1,
      occupations: [{ wage: { unit: 'hour', amount: 20, b: 2, a: 1 }, title: 'A', id: 'a', '2024': 'x' }],
      title: 'T',
      alpha: { z: 1, y: [{ d: 1, c: 2 }] },
      id: 'm',
      schemaVersion: 1,
    });
    const text = serializeMap(map);
    const order = (json: string) => [...json.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    expect(order(text)).toEqual([
      'schemaVersion', 'id', 'title', 'levels', 'id', 'label', 'id', 'label', 'id', 'label', 'groups', 'occupations',
      'id', 'title', 'wage', 'amount', 'unit', 'a', 'b', '2024',
      'steps', 'transitions', 'hiringEvents', 'feedback', 'sources',
      'alpha', 'y', 'c', 'd', 'z', 'zeta',
    ]);
  });

  it('writes a step card id and kind first, and a requirement its type first and a group its list last', () => {
    const map = parsed({
      schemaVersion: 2,
      id: 'm',
      title: 'T',
      occupations: [{ id: 'rn', title: 'RN' }],
      steps: [
        { title: 'ADN', credentialType: 'degree', kind: 'credential', id: 'adn' },
        {
          toGetIn: { of: [{ of: [{ cardId: 'adn', type: 'credential' }, { text: 'BSN', type: 'credential' }], count: 1, type: 'any' }], type: 'all' },
          title: 'NCLEX-RN',
          credentialType: 'license',
          kind: 'credential',
          id: 'nclex-rn',
        },
      ],
    });
    const steps = serializeMap(map).split('"steps"')[1]!.split('"transitions"')[0]!;
    const order = [...steps.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    expect(order).toEqual([
      'id', 'kind', 'title', 'credentialType',
      'id', 'kind', 'title', 'toGetIn', 'type', 'of', 'type', 'count', 'of', 'type', 'cardId', 'type', 'text', 'credentialType',
    ]);
  });

  it('gives byte-identical text for equal maps built in different orders, unknown fields included', () => {
    const data = { ...sampleMap(), zeta: { b: 1, a: 2 }, alpha: true };
    data.occupations[0] = { ...data.occupations[0], localCode: 'X1', added: '2024' };
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    reordered.occupations = data.occupations.map((o) => Object.fromEntries(Object.entries(o).reverse()));
    expect(serializeMap(parsed(reordered))).toBe(serializeMap(parsed(data)));
  });

  it('writes what JSON.parse reads back as the same data', () => {
    const map = parsed(sampleMap());
    expect(JSON.parse(serializeMap(map))).toEqual(map);
  });

  it('leaves out fields set to undefined and writes -0 as 0', () => {
    const map = parsed(sampleMap());
    const edited: PathwayMap = { ...map, description: undefined, occupations: map.occupations.map((o) => ({ ...o, position: { x: -0, y: 5 } })) };
    const text = serializeMap(edited);
    expect(text).not.toContain('"description"');
    expect(text).toContain('"x": 0,');
  });
});
