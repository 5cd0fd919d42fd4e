import { ctid, graph, node, ref } from './graph-builder';

/**
 * A small published-style nursing pathway, as the registry's examples shape them: a destination job,
 * a license with a condition, nested conditions, a progression model in nodes of its own, a
 * constraint and a credit value with no place on a map, an unknown class, property and node.
 */
export const ids = {
  pathway: ctid(1),
  cna: ctid(10),
  rn: ctid(11),
  license: ctid(12),
  course: ctid(13),
  work: ctid(14),
  exam: ctid(15),
  odd: ctid(16),
  model: ctid(20),
  level1: ctid(21),
  level2: ctid(22),
  outerCondition: ctid(30),
  innerCondition: ctid(31),
  licenseCondition: ctid(32),
};

export function nursingGraph() {
  return graph(
    node(ids.pathway, 'ceterms:Pathway', {
      'ceterms:ctid': ids.pathway,
      'ceterms:name': [{ lang: 'en-US', text: 'Nursing in the Valley' }, { lang: 'es', text: 'Enfermería en el Valle' }],
      'ceterms:description': 'From aide to registered nurse.',
      'ceterms:hasChild': [ref(ids.rn)],
      'ceterms:hasDestinationComponent': ref(ids.rn),
      'ceterms:hasProgressionModel': ref(ids.model),
      'ceterms:ownedBy': ref('https://example.org/org/valley-college'),
    }),
    node(ids.rn, 'ceterms:JobComponent', {
      'ceterms:ctid': ids.rn,
      'ceterms:name': 'Registered Nurse',
      'ceterms:description': 'Plans and gives patient care.',
      'ceterms:occupationType': ref('_:soc-rn'),
      'ceterms:hasChild': [ref(ids.license)],
      'ceterms:hasCondition': ref(ids.outerCondition),
      'ceterms:hasProgressionLevel': ref(ids.level2),
      'ceterms:subjectWebpage': ref('https://www.onetonline.org/link/summary/29-1141.00'),
    }),
    node('_:soc-rn', 'ceterms:CredentialAlignmentObject', {
      'ceterms:codedNotation': '29-1141.00',
      'ceterms:targetNodeName': 'Registered Nurses',
      'ceterms:frameworkName': 'Standard Occupational Classification',
    }),
    node(ids.outerCondition, 'ceterms:ComponentCondition', {
      'ceterms:ctid': ids.outerCondition,
      'ceterms:name': 'Licensed and experienced',
      'ceterms:requiredNumber': 2,
      'ceterms:targetComponent': [ref(ids.license), ref(ids.work)],
      'ceterms:hasCondition': ref(ids.innerCondition),
    }),
    node(ids.innerCondition, 'ceterms:ComponentCondition', {
      'ceterms:ctid': ids.innerCondition,
      'ceterms:requiredNumber': 1,
      'ceterms:targetComponent': [ref(ids.course), ref(ids.exam)],
      'ceterms:hasConstraint': ref('_:constraint'),
    }),
    node('_:constraint', 'ceterms:Constraint', { 'ceterms:comparator': ref('ceterms:greaterThan'), 'ceterms:description': 'GPA above 3.0' }),
    node(ids.license, 'ceterms:CredentialComponent', {
      'ceterms:ctid': ids.license,
      'ceterms:name': 'RN License',
      'ceterms:credentialType': ref('https://purl.org/ctdl/terms/License'),
      'ceterms:proxyFor': ref(`https://credentialengineregistry.org/resources/${ctid(99)}`),
      'ceterms:hasCondition': ref(ids.licenseCondition),
      'ceterms:hasProgressionLevel': ref(ids.level2),
      'ceterms:precededBy': ref(ids.course),
    }),
    node(ids.licenseCondition, 'ceterms:ComponentCondition', {
      'ceterms:ctid': ids.licenseCondition,
      'ceterms:requiredNumber': 1,
      'ceterms:targetComponent': [ref(ids.course)],
    }),
    node(ids.course, 'ceterms:CourseComponent', {
      'ceterms:ctid': ids.course,
      'ceterms:name': 'Nursing ADN Program',
      'ceterms:creditValue': ref('_:credits'),
      'ceterms:hasProgressionLevel': ref(ids.level1),
      'ceterms:precedes': [ref(ids.license), ref(ids.course)],
    }),
    node('_:credits', 'ceterms:ValueProfile', { 'schema:value': 68 }),
    node(ids.cna, 'ceterms:JobComponent', {
      'ceterms:ctid': ids.cna,
      'ceterms:name': 'Nursing Assistant',
      'ceterms:codedNotation': 'CNA-LOCAL-7',
      'ceterms:precedes': ref(ids.rn),
      'ceterms:hasProgressionLevel': ref(ids.level1),
    }),
    node(ids.work, 'ceterms:WorkExperienceComponent', { 'ceterms:ctid': ids.work, 'ceterms:name': 'A year on a ward', 'ceterms:prerequisite': ref(ids.cna) }),
    node(ids.exam, 'ceterms:AssessmentComponent', { 'ceterms:ctid': ids.exam, 'ceterms:name': 'TEAS exam', 'ps:unheardOf': 'x' }),
    node(ids.odd, 'ceterms:FutureComponent', { 'ceterms:ctid': ids.odd, 'ceterms:name': 'Mentoring circle', 'ceterms:isChildOf': ref(ids.pathway), 'https://example.org/vocab/colour': 'teal' }),
    node(ids.model, 'asn:ProgressionModel', { 'ceterms:ctid': ids.model, 'ceterms:name': 'Nursing stages', 'skos:hasTopConcept': [ref(ids.level2), ref(ids.level1)] }),
    node(ids.level2, 'asn:ProgressionLevel', { 'ceterms:ctid': ids.level2, 'skos:prefLabel': 'Licensed', 'skos:inScheme': ref(ids.model) }),
    node(ids.level1, 'asn:ProgressionLevel', { 'ceterms:ctid': ids.level1, 'skos:prefLabel': 'Starting out', 'skos:inScheme': ref(ids.model), 'ceterms:precedes': ref(ids.level2), 'skos:definition': 'The first year' }),
    node('https://example.org/org/valley-college', 'ceterms:CredentialOrganization', { 'ceterms:name': 'Valley College' }),
  );
}
