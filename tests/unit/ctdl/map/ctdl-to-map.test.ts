import { describe, expect, it } from 'vitest';
import { ctdlToMap, type CtdlImportResult } from '../../../../src/domain/ctdl/ctdl-to-map';
import { reportText } from '../../../../src/domain/ctdl/ctdl-report';
import { formatIssue } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { ctid, graph, iri, node, ref } from './support/graph-builder';
import { ids, nursingGraph } from './support/nursing-graph';

function imported(result: CtdlImportResult) {
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result;
}
const card = (map: PathwayMap, id: string) => [...map.occupations, ...map.steps].find((c) => c.id === id);
const move = (map: PathwayMap, from: string, to: string) => map.transitions.find((t) => t.from === from && t.to === to);

describe('ctdlToMap: a published-style pathway', () => {
  const { map, report } = imported(ctdlToMap(nursingGraph()));

  it('makes the map from the pathway: its CTID as id and pathwayCtid, English name, description', () => {
    expect(map.id).toBe(ids.pathway);
    expect(map.pathwayCtid).toBe(ids.pathway);
    expect(map.title).toBe('Nursing in the Valley');
    expect(map.description).toBe('From aide to registered nurse.');
    expect(map.ctdl?.[iri('ceterms:name')]).toEqual([{ value: 'Enfermería en el Valle', language: 'es' }]);
  });

  it('makes each component a card of the matching kind, named by its CTID', () => {
    expect(map.occupations.map((o) => o.id)).toEqual([ids.rn, ids.cna]);
    expect(map.steps.map((s) => [s.id, s.kind])).toEqual([
      [ids.license, 'credential'],
      [ids.course, 'program'],
      [ids.work, 'experience'],
      [ids.exam, 'milestone'],
      [ids.odd, 'milestone'],
    ]);
    for (const c of [...map.occupations, ...map.steps]) expect(c.componentCtid).toBe(c.id);
  });

  it('reads a job\'s SOC code from its occupationType and keeps a code that is not one', () => {
    expect(card(map, ids.rn)).toMatchObject({ title: 'Registered Nurse', socCode: '29-1141.00', summary: 'Plans and gives patient care.' });
    expect(card(map, ids.rn)?.links).toEqual([{ label: 'www.onetonline.org', url: 'https://www.onetonline.org/link/summary/29-1141.00' }]);
    expect(card(map, ids.cna)?.socCode).toBeUndefined();
    expect(card(map, ids.cna)?.ctdl?.[iri('ceterms:codedNotation')]).toEqual([{ value: 'CNA-LOCAL-7' }]);
    expect(report.warnings.map(formatIssue)).toContain('@graph[10]: has the occupation code "CNA-LOCAL-7", which is not an O*NET-SOC code; kept as it is');
  });

  it("reads a credential's type from its class and its own CTID from proxyFor", () => {
    expect(card(map, ids.license)).toMatchObject({ kind: 'credential', credentialType: 'license', ctid: ctid(99) });
  });

  it('keeps the class of components shown as milestones, and unknown properties', () => {
    expect(card(map, ids.exam)?.ctdl).toEqual({ '@type': [iri('ceterms:AssessmentComponent')], [iri('ps:unheardOf')]: [{ value: 'x' }] });
    expect(card(map, ids.odd)?.ctdl).toEqual({
      '@type': [iri('ceterms:FutureComponent')],
      'https://example.org/vocab/colour': [{ value: 'teal' }],
      [iri('ceterms:isChildOf')]: [{ id: ids.pathway }], // not a move: it points at the pathway
    });
  });

  it('keeps a credit value with the node it points at', () => {
    expect(card(map, ids.course)?.ctdl).toEqual({
      [iri('ceterms:creditValue')]: [{ id: '_:credits' }],
      '@nodes': [node('_:credits', 'ceterms:ValueProfile', { 'schema:value': 68 })],
    });
  });

  it("makes a step's condition its way in", () => {
    const license = map.steps.find((s) => s.id === ids.license);
    expect(license?.toGetIn).toEqual({ type: 'all', of: [{ type: 'program', cardId: ids.course }], ctdl: { '@id': ids.licenseCondition } });
  });

  it("makes a job's nested condition the requirements of the moves into it from the condition's targets", () => {
    const tree = move(map, ids.license, ids.rn)?.requirements;
    expect(tree).toMatchObject({
      type: 'any',
      count: 2,
      of: [
        { type: 'credential', cardId: ids.license },
        { type: 'experience', cardId: ids.work },
        { type: 'any', count: 1, of: [{ type: 'program', cardId: ids.course }, { type: 'other', cardId: ids.exam }] },
      ],
    });
    for (const from of [ids.work, ids.course, ids.exam]) expect(move(map, from, ids.rn)?.requirements).toEqual(tree);
    expect(move(map, ids.cna, ids.rn)?.requirements).toBeUndefined();
  });

  it('keeps a constraint verbatim on its condition', () => {
    const tree = move(map, ids.license, ids.rn)?.requirements as { of: { ctdl?: Record<string, unknown> }[] };
    expect(tree.of[2]?.ctdl?.[iri('ceterms:hasConstraint')]).toEqual([{ id: '_:constraint' }]);
  });

  it('makes moves from precedes, precededBy, prerequisite and hasChild: one per pair, no self-loop', () => {
    const pairs = map.transitions.map((t) => `${t.from.slice(-2)}→${t.to.slice(-2)} ${t.kind ?? '-'}`);
    expect(pairs).toEqual(['12→11 entry', '13→12 entry', '10→11 advancement', '10→14 -', '14→11 entry', '13→11 entry', '15→11 entry']);
    expect(report.recognised).toContain('7 moves: 1 from hasChild, 1 from precededBy, 1 from precedes, 1 from prerequisite, 3 from conditions');
  });

  it('makes the progression model the levels, in their precedes order, and the cards\' levels', () => {
    expect(map.levels).toEqual([
      { id: ids.level1, label: 'Starting out', ctdl: { [iri('skos:definition')]: [{ value: 'The first year' }] } },
      { id: ids.level2, label: 'Licensed' },
    ]);
    expect(card(map, ids.course)?.level).toBe(ids.level1);
    expect(card(map, ids.rn)?.level).toBe(ids.level2);
    expect(card(map, ids.work)?.level).toBeUndefined();
  });

  it('makes the destination the goal', () => expect(map.goalId).toBe(ids.rn));

  it('keeps unknown nodes and reports what it recognised and kept', () => {
    expect(report.recognised).toEqual([
      `pathway: Nursing in the Valley (${ids.pathway})`,
      '7 components: 2 jobs, 1 credential, 1 course, 1 work experience, 1 assessment, 1 FutureComponent component',
      '3 conditions, 1 nested',
      'a progression model of 2 levels',
      'destination: Registered Nurse',
      '7 moves: 1 from hasChild, 1 from precededBy, 1 from precedes, 1 from prerequisite, 3 from conditions',
    ]);
    expect(report.notKept).toContainEqual({ where: '"Nursing ADN Program"', what: 'ceterms:creditValue' });
    expect(report.notKept).toContainEqual({ where: 'a condition of "Registered Nurse"', what: 'ceterms:hasConstraint' });
    expect(report.notKept).toContainEqual({ where: 'the pathway', what: 'ceterms:ownedBy' });
    expect(report.notKept).toContainEqual({ where: 'the level "Starting out"', what: 'skos:definition' });
    expect(report.notKept).toContainEqual({ where: 'the progression model', what: 'ceterms:name' });
    expect(report.notKept).toContainEqual({ where: 'the pathway', what: 'ceterms:name in other languages' });
    const text = reportText(['nursing.jsonld'], report);
    expect(text).toContain('Files: nursing.jsonld');
    expect(text).toContain('- "TEAS exam": its class ceterms:AssessmentComponent (shown as the closest kind of card)');
  });
});

describe('ctdlToMap: odd and hostile graphs', () => {
  it('refuses a graph with no pathway and no components', () => {
    const result = ctdlToMap(graph(node('_:x', 'ceterms:CredentialOrganization', { 'ceterms:name': 'Org' })));
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'This file holds no CTDL pathway: no ceterms:Pathway and no pathway components were found.' }] });
  });

  it('refuses more components than a map may hold', () => {
    const many = Array.from({ length: 5001 }, (_, i) => node(`_:c${i}`, 'ceterms:BasicComponent', { 'ceterms:name': `C${i}` }));
    const result = ctdlToMap(graph(node('_:p', 'ceterms:Pathway', { 'ceterms:name': 'Big' }), ...many));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/5,001 components; a map can have at most 5,000/);
  });

  it('imports the first of several pathways and keeps the others', () => {
    const result = imported(
      ctdlToMap(
        graph(
          node('_:a', 'ceterms:Pathway', { 'ceterms:name': 'First', 'ceterms:hasChild': ref('_:x') }),
          node('_:x', 'ceterms:JobComponent', { 'ceterms:name': 'X' }),
          node('_:b', 'ceterms:Pathway', { 'ceterms:name': 'Second', 'ceterms:hasChild': ref('_:y') }),
          node('_:y', 'ceterms:JobComponent', { 'ceterms:name': 'Y' }),
        ),
      ),
    );
    expect(result.map.title).toBe('First');
    expect(result.map.occupations.map((o) => o.title)).toEqual(['X']);
    expect(result.report.warnings.map(formatIssue)).toContain('@graph[2]: is a second pathway ("Second"); only the first one was imported, this one is kept as it is');
    expect(result.report.notKept.map((n) => n.what)).toContain('a ceterms:Pathway node (_:b) that no pathway component uses');
  });

  it('warns about a loop of conditions and a missing target instead of failing', () => {
    const result = imported(
      ctdlToMap(
        graph(
          node('_:p', 'ceterms:Pathway', { 'ceterms:name': 'Loops' }),
          node('_:s', 'ceterms:CredentialComponent', { 'ceterms:name': 'Cert', 'ceterms:hasCondition': ref('_:c1'), 'ceterms:isPartOf': ref('_:p') }),
          node('_:c1', 'ceterms:ComponentCondition', { 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ref('_:gone'), 'ceterms:hasCondition': ref('_:c1') }),
        ),
      ),
    );
    expect(result.report.warnings.map(formatIssue)).toEqual([
      '@graph[2].ceterms:targetComponent[0]: names a component (_:gone) that isn\'t in the file; left out',
      '@graph[2].ceterms:hasCondition[0]: holds itself (a loop of conditions); left out',
    ]);
    expect(result.map.steps[0]?.toGetIn).toEqual({ type: 'all', of: [] });
  });

  it('names a component with no name, drops unsafe web pages and untyped children become milestones', () => {
    const result = imported(
      ctdlToMap(
        graph(
          node('_:p', 'ceterms:Pathway', { 'ceterms:name': 'P', 'ceterms:hasChild': ref('_:u') }),
          node('_:u', [], { 'ceterms:subjectWebpage': ['javascript:alert(1)', 'https://ok.example/'] }),
        ),
      ),
    );
    const [step] = result.map.steps;
    expect(step).toMatchObject({ kind: 'milestone', title: 'Unnamed component', links: [{ label: 'ok.example', url: 'https://ok.example/' }] });
    expect(step?.ctdl?.[iri('ceterms:subjectWebpage')]).toEqual([{ value: 'javascript:alert(1)' }]);
  });

  it('leaves the default levels when there is no progression model', () => {
    const result = imported(ctdlToMap(graph(node('_:p', 'ceterms:Pathway', { 'ceterms:name': 'P' }), node('_:j', 'ceterms:JobComponent', { 'ceterms:name': 'J' }))));
    expect(result.map.levels.map((l) => l.id)).toEqual(['entry', 'middle', 'advanced']);
    expect(result.map.occupations[0]?.level).toBeUndefined();
    expect(result.map.id).toBe('p');
  });
});

describe('ctdlToMap into a map already in the library', () => {
  it('refreshes what the file says, keeps wages, hand-made cards and moves, and lists cards not in the file', () => {
    const first = imported(ctdlToMap(nursingGraph())).map;
    const rn = first.occupations[0];
    if (!rn) throw new Error('no RN');
    const edited: PathwayMap = {
      ...first,
      occupations: [{ ...rn, title: 'Old title', wage: { unit: 'hour', amount: 45 }, education: 'associate' }, ...first.occupations.slice(1), { id: 'hand', title: 'Charge Nurse' }],
      transitions: [...first.transitions, { id: 'hand-move', from: ids.rn, to: 'hand', kind: 'advancement', typicalMonths: 24 }],
    };
    const again = imported(ctdlToMap(nursingGraph(), edited));
    expect(again.map.id).toBe(first.id);
    expect(again.map.occupations.map((o) => o.id)).toEqual([ids.rn, ids.cna, 'hand']);
    expect(again.map.occupations[0]).toMatchObject({ title: 'Registered Nurse', wage: { unit: 'hour', amount: 45 }, education: 'associate' });
    expect(again.map.transitions.find((t) => t.id === 'hand-move')).toEqual({ id: 'hand-move', from: ids.rn, to: 'hand', kind: 'advancement', typicalMonths: 24 });
    expect(again.map.transitions.map((t) => t.id)).toEqual(first.transitions.map((t) => t.id).concat('hand-move'));
    expect(again.report.recognised).toContain('1 card not in the file kept as it was: Charge Nurse');
  });
});

describe('ctdlToMap: a progression model from a file of its own', () => {
  it('finds the model by its class when the pathway does not name it, and orders levels by broader', () => {
    const result = imported(
      ctdlToMap(
        graph(
          node('_:p', 'ceterms:Pathway', { 'ceterms:name': 'P', 'ceterms:hasChild': ref('_:j') }),
          node('_:j', 'ceterms:JobComponent', { 'ceterms:name': 'J', 'ceterms:hasProgressionLevel': ref('_:senior') }),
          // …the model file, read into the same graph:
          node('_:m', 'asn:ProgressionModel', { 'ceterms:name': 'Stages' }),
          node('_:senior', 'asn:ProgressionLevel', { 'skos:prefLabel': 'Senior stage', 'skos:inScheme': ref('_:m'), 'skos:broader': ref('_:junior') }),
          node('_:junior', 'asn:ProgressionLevel', { 'skos:prefLabel': [{ lang: 'fr', text: 'Débutant' }, { lang: 'en', text: 'Junior stage' }], 'skos:inScheme': ref('_:m') }),
        ),
      ),
    );
    expect(result.map.levels).toEqual([
      { id: 'junior-stage', label: 'Junior stage', ctdl: { '@language': { [iri('skos:prefLabel')]: 'en' }, [iri('skos:prefLabel')]: [{ value: 'Débutant', language: 'fr' }] } },
      { id: 'senior-stage', label: 'Senior stage' },
    ]);
    expect(result.map.occupations[0]?.level).toBe('senior-stage');
    expect(result.report.recognised).toContain('a progression model of 2 levels');
  });
});

describe('ctdlToMap on an exported map edited by another tool', () => {
  it('takes the new names and conditions from CTDL and the rest (wages, move months) from ps:', async () => {
    const { mapToCtdl } = await import('../../../../src/domain/ctdl/map-to-ctdl');
    const first = imported(ctdlToMap(nursingGraph())).map;
    const withWage: PathwayMap = {
      ...first,
      occupations: first.occupations.map((o) => (o.id === ids.rn ? { ...o, wage: { unit: 'hour' as const, amount: 45 } } : o)),
      transitions: first.transitions.map((t) => (t.from === ids.cna ? { ...t, typicalMonths: 30 } : t)),
    };
    const exported = mapToCtdl(withWage);
    const rename = (n: (typeof exported.nodes)[number]) =>
      n.id === ids.rn ? { ...n, props: { ...n.props, [iri('ceterms:name')]: [{ value: 'Staff Nurse' }] } } : n;
    // The other tool drops the license's condition.
    const edited = { nodes: exported.nodes.map(rename).map((n) => (n.id === ids.license ? { ...n, props: { ...n.props, [iri('ceterms:hasCondition')]: [] } } : n)) };
    const { map } = imported(ctdlToMap(edited));
    expect(card(map, ids.rn)).toMatchObject({ title: 'Staff Nurse', wage: { unit: 'hour', amount: 45 }, socCode: '29-1141.00' });
    expect(move(map, ids.cna, ids.rn)?.typicalMonths).toBe(30);
    expect(map.steps.find((s) => s.id === ids.license)?.toGetIn).toBeUndefined();
    expect(map.transitions.map((t) => t.id)).toEqual(first.transitions.map((t) => t.id));
  });

  it('leaves out a condition target that is the component itself, with a warning', () => {
    const result = imported(
      ctdlToMap(
        graph(
          node('_:s', 'ceterms:CourseComponent', { 'ceterms:name': 'Course', 'ceterms:hasCondition': ref('_:c') }),
          node('_:c', 'ceterms:ComponentCondition', { 'ceterms:targetComponent': ref('_:s') }),
        ),
      ),
    );
    expect(result.report.warnings.map(formatIssue)).toContain(
      '@graph[1].ceterms:targetComponent[0]: names the component the condition belongs to (nobody could ever start it); left out',
    );
    expect(result.report.warnings.map(formatIssue)).toContain('No ceterms:Pathway in the file: its components were imported as a map of their own');
  });
});
