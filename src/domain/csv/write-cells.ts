import type { CellType } from './columns';
import { escapeFormula } from './formula';
import { writeRequirementCell } from '../requirements/notation';
import type { Requirement } from '../schema/requirement';
import { writeTrainingCell } from './training-cell';

// Values become cell text that read-cells.ts reads back to the same values. Numbers are written as
// JavaScript writes them (35000, 0.5, 1e+21: all read back exactly; -0 becomes 0, as in JSON) and
// are never quote-prefixed: a number is not a formula. Everything else is text and is escaped.

type CredentialLike = { name: string; kind: string };
type LinkLike = { label: string; url: string };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

function items<T>(value: unknown, guard: (item: unknown) => item is T): T[] {
  return Array.isArray(value) ? value.filter(guard) : [];
}

const isText = (item: unknown): item is string => typeof item === 'string';
const isCredential = (item: unknown): item is CredentialLike =>
  isRecord(item) && typeof item.name === 'string' && typeof item.kind === 'string';
const isLink = (item: unknown): item is LinkLike => isRecord(item) && typeof item.label === 'string' && typeof item.url === 'string';

const linkText = (link: LinkLike) => (link.label === link.url ? link.url : `${link.label} <${link.url}>`);

function text(type: CellType, value: unknown): string {
  switch (type) {
    case 'list':
    case 'bright-outlook-basis':
      return items(value, isText).join('; ');
    case 'period':
      return isRecord(value) && typeof value.from === 'number' && typeof value.to === 'number' ? `${value.from}-${value.to}` : '';
    case 'requirements':
      // The notation, or the tree's JSON where the notation can't say it exactly: either reads back the same.
      return isRecord(value) ? writeRequirementCell(value as Requirement) : '';
    case 'credentials':
      return items(value, isCredential)
        .map((credential) => `${credential.kind}: ${credential.name}`)
        .join('; ');
    case 'links':
      return items(value, isLink).map(linkText).join('; ');
    case 'training':
      return writeTrainingCell(value);
    case 'yes-no':
      return value === true ? 'yes' : value === false ? 'no' : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The cell text for a value of a column of this type ('' for a value that is absent). */
export function writeCell(type: CellType, value: unknown): string {
  if (type === 'number' || type === 'money' || type === 'wage' || type === 'percent') return typeof value === 'number' ? String(value) : '';
  return escapeFormula(text(type, value));
}
