import { quote } from '../describe';
import { readPeriod } from '../period-text';
import { readRequirementCell } from '../requirements/notation';
import { CARD_KINDS, type CellType } from './columns';
import { unescapeFormula } from './formula';
import { guessCredentialKind } from './guess-credential-kind';
import { quoteCell, readAmount, readNumber, type AmountUnit } from './read-amount';
import { readYesNo } from './read-yes-no';
import { readTrainingCell } from './training-cell';
import {
  BRIGHT_OUTLOOK_BASIS_WORDS,
  CARD_KIND_WORDS,
  CREDENTIAL_KIND_WORDS,
  CREDENTIAL_TYPE_WORDS,
  DESIGNATION_WORDS,
  EDUCATION_WORDS,
  PROGRAM_FORMAT_WORDS,
  PROGRAM_TYPE_WORDS,
  TRANSITION_KIND_WORDS,
  WAGE_STATISTIC_WORDS,
  WAGE_UNIT_WORDS,
  normalizeKey,
  type Vocabulary,
} from './vocabulary';

// Cells become the values the format holds. A cell that can't be converted is passed on as its text,
// so parseMap, the one set of rules, explains it in its own words (`must be a number of dollars, not
// "$35,000"`). Only what parseMap can't see (a credential without a kind) is reported here.
// Forgiving readings ("$45,000", "15 $/hr", "Y", a credential's kind guessed) come with a `note`
// that the import preview shows, so what was read is seen before anything is imported.

export type CellReading = { value: unknown; note?: string; unit?: AmountUnit } | { problem: string } | null;

/** A number reading, or the text itself for parseMap to explain ("1e400" stays text). */
function numberOr(text: string, reading: { value: number; note?: string; unit?: AmountUnit } | null): CellReading {
  return reading ?? { value: text };
}

function word<V extends string>(words: Vocabulary<V>, text: string): unknown {
  return words.get(normalizeKey(text)) ?? text;
}

export const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

// "license: Massachusetts LPN license (244 CMR 8.00)": the kind, then the name (which may hold colons).
const CREDENTIAL = /^([^:]*):\s*(.*)$/s;

function readCredentials(text: string): CellReading {
  const credentials = [];
  const notes: string[] = [];
  for (const item of splitList(text)) {
    const [, kindText = '', name = ''] = CREDENTIAL.exec(item) ?? [];
    const kind = CREDENTIAL_KIND_WORDS.get(normalizeKey(kindText));
    if (kind) {
      credentials.push({ name, kind });
      continue;
    }
    const guessed = guessCredentialKind(item);
    if (!guessed) {
      return { problem: `${quote(item)} needs its kind first, like "certification: ${item}" (license, certification, certificate or degree)` };
    }
    credentials.push({ name: item, kind: guessed });
    notes.push(`${quoteCell(item)} read as a ${guessed}`);
  }
  return notes.length === 0 ? { value: credentials } : { value: credentials, note: notes.join('; ') };
}

// "O*NET: Nursing Assistants <https://…>": the last <…> is the address; a bare address is its own label.
const LABELLED_LINK = /^(.*\S)\s*<([^<>]*)>$/s;

function readLinks(text: string) {
  return splitList(text).map((item) => {
    const [, label, url] = LABELLED_LINK.exec(item) ?? [];
    return label !== undefined && url !== undefined ? { label, url } : { label: item, url: item };
  });
}

function convert(type: CellType, text: string): CellReading {
  switch (type) {
    case 'number':
      return numberOr(text, readNumber(text));
    case 'money':
      return numberOr(text, readAmount(text, false));
    case 'wage':
      return numberOr(text, readAmount(text, true));
    case 'percent': {
      const reading = readNumber(text.replace(/\s*%$/, ''));
      return reading ? { value: reading.value } : { value: text };
    }
    case 'yes-no':
      return readYesNo(text) ?? { value: text };
    case 'card-kind': {
      // Which list the row goes to is decided here, so a kind that isn't one is reported on its cell.
      const kind = CARD_KIND_WORDS.get(normalizeKey(text));
      const allowed = `${CARD_KINDS.slice(0, -1).join(', ')} or ${CARD_KINDS.at(-1) ?? ''}`;
      return kind !== undefined ? { value: kind } : { problem: `must be one of ${allowed} (blank is an occupation), not ${quote(text)}` };
    }
    case 'credential-type':
      return { value: word(CREDENTIAL_TYPE_WORDS, text) };
    case 'program-type':
      return { value: word(PROGRAM_TYPE_WORDS, text) };
    case 'program-format':
      return { value: word(PROGRAM_FORMAT_WORDS, text) };
    case 'education':
      return { value: word(EDUCATION_WORDS, text) };
    case 'designation':
      return { value: word(DESIGNATION_WORDS, text) };
    case 'wage-unit':
      return { value: word(WAGE_UNIT_WORDS, text) };
    case 'bright-outlook-basis': {
      const items = splitList(text);
      return items.length === 0 ? null : { value: items.map((item) => word(BRIGHT_OUTLOOK_BASIS_WORDS, item)) };
    }
    case 'period':
      return { value: readPeriod(text) ?? text };
    case 'wage-statistic':
      return { value: word(WAGE_STATISTIC_WORDS, text) };
    case 'transition-kind':
      return { value: word(TRANSITION_KIND_WORDS, text) };
    case 'list': {
      const items = splitList(text);
      return items.length === 0 ? null : { value: items };
    }
    case 'requirements': {
      const read = readRequirementCell(text);
      if (!read.ok) return { problem: `${read.message}` };
      return read.tree === undefined ? null : { value: read.tree };
    }
    case 'credentials':
      return splitList(text).length === 0 ? null : readCredentials(text);
    case 'training':
      return readTrainingCell(text);
    case 'links': {
      const links = readLinks(text);
      return links.length === 0 ? null : { value: links };
    }
    // A level names one of the map's levels, which are known only once the whole sheet is read (sheet-levels.ts).
    case 'text':
    case 'group':
    case 'occupation':
    case 'level':
    case 'levels':
      return { value: text };
  }
}

/** A cell's value: null for a blank cell (the field is left out), a value, or a problem to report. */
export function readCell(type: CellType, cell: string | undefined): CellReading {
  const text = unescapeFormula((cell ?? '').trim());
  return text === '' ? null : convert(type, text);
}
