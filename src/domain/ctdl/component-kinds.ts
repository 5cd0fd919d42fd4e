import type { CREDENTIAL_TYPES } from '../schema/step';
import { NS } from './ctdl-graph';
import { ce } from './terms';

/** The kind of card a pathway component becomes. */
export type CardKind = 'occupation' | 'credential' | 'program' | 'experience' | 'milestone';
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/** PathwayComponent subclasses (CTDL). Classes not named here become milestones keeping their class. */
export const COMPONENT_CLASSES = [
  'JobComponent',
  'CredentialComponent',
  'CourseComponent',
  'WorkExperienceComponent',
  'AssessmentComponent',
  'CompetencyComponent',
  'BasicComponent',
  'CocurricularComponent',
  'ExtracurricularComponent',
  'SelectionComponent',
  'MultiComponent',
  'PathwayComponent',
].map(ce);

const KIND_OF_CLASS: Record<string, CardKind> = {
  [ce('JobComponent')]: 'occupation',
  [ce('CredentialComponent')]: 'credential',
  [ce('CourseComponent')]: 'program',
  [ce('WorkExperienceComponent')]: 'experience',
};

/** The class a card of each kind is written as, unless its kept `@type` says otherwise. */
export const CLASS_OF_KIND: Record<CardKind, string> = {
  occupation: ce('JobComponent'),
  credential: ce('CredentialComponent'),
  program: ce('CourseComponent'),
  experience: ce('WorkExperienceComponent'),
  milestone: ce('BasicComponent'),
};

/** A type that names a pathway component: a known subclass, or any ceterms class ending in "Component". */
export const isComponentClass = (type: string) =>
  COMPONENT_CLASSES.includes(type) || (type.startsWith(NS.ceterms) && type.endsWith('Component'));

/** The card kind for a component's types: the first type that maps to a kind, else a milestone. */
export function kindOfTypes(types: readonly string[]): CardKind {
  for (const type of types) {
    const kind = KIND_OF_CLASS[type];
    if (kind) return kind;
  }
  return 'milestone';
}

// Credential classes (ceterms:credentialType values) by the credential type they come closest to.
const CREDENTIAL_CLASS_WORDS: [RegExp, CredentialType][] = [
  [/License$/i, 'license'],
  [/Certification$/i, 'certification'],
  [/(Degree|Diploma|Doctorate)$/i, 'degree'],
  [/Badge$/i, 'badge'],
  [/Certificate/i, 'certificate'],
];

/** A credential class IRI (ceterms:BachelorDegree) → 'degree', or undefined when not recognisable. */
export function credentialTypeOfClass(iri: string): CredentialType | undefined {
  const local = iri.replace(/^.*[/#:]/, '');
  return CREDENTIAL_CLASS_WORDS.find(([pattern]) => pattern.test(local))?.[1];
}

/** From a credential's name, when its class says nothing: "CNA License" → license. */
export function credentialTypeOfName(name: string): CredentialType | undefined {
  const words: [RegExp, CredentialType][] = [
    [/\blicen[cs]e\b/i, 'license'],
    [/\bcertification\b/i, 'certification'],
    [/\b(degree|associate|bachelor|master|doctora\w*|diploma)\b/i, 'degree'],
    [/\bbadge\b/i, 'badge'],
    [/\bcertificate\b/i, 'certificate'],
  ];
  return words.find(([pattern]) => pattern.test(name))?.[1];
}

export const CLASS_OF_CREDENTIAL_TYPE: Record<CredentialType, string> = {
  certificate: ce('Certificate'),
  certification: ce('Certification'),
  license: ce('License'),
  degree: ce('Degree'),
  badge: ce('Badge'),
};
