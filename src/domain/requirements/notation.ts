import { REQUIREMENT_TYPES, Requirement, type RequirementItem } from '../schema/requirement';
import { isGroup } from '../schema/requirement';

// A requirement tree written in one line of text, for a CSV cell or a quick paste:
//   CNA certificate; any 1 of (credential: ADN @adn; credential: BSN @bsn); experience: clinical work [12 months]
// - a list separated by ";" is "all of" these; "any N of (…)" and "all of (…)" are groups inside it;
// - an item is [type:] text, then "@card-id" when it points at a card, then "[N months]", "[N hours]";
// - "\" escapes any of ; ( ) [ ] @ \ in a text (and a ":" that would read as a type). Parentheses
//   that pair up inside a text are text ("Practical nursing (PN) program", as v1 sheets wrote it) and
//   are written without escapes; only a lone one, or a text that starts like a group, needs them.
// What this notation can't say exactly (other fields) is written as the tree's JSON instead: a cell
// that starts with "{" is read as JSON. Either way the cell reads back to the same tree.

export type NotationResult = { ok: true; tree: Requirement | undefined } | { ok: false; message: string };

const SPECIAL = /[;[\]@\\]/g;
const GROUP_START = /^(any\s+\d+\s+of|all\s+of)\s*\(/i;

/** Whether every parenthesis in a text pairs up, in order (such a text reads back without escapes). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function escapeText(text: string): string {
  const escaped = text.replace(SPECIAL, (char) => `\\${char}`);
  return balanced(text) && !GROUP_START.test(text) ? escaped : escaped.replace(/[()]/g, (char) => `\\${char}`);
}
const TYPE_PREFIX = new RegExp(`^(${REQUIREMENT_TYPES.join('|')})\\s*:`, 'i');
const amountText = (value: number, unit: string) => `[${value} ${unit}]`;

function writeItem(item: RequirementItem): string {
  let text = escapeText(item.text ?? '');
  // An "other" text that starts like a type ("exam: …") keeps its colon escaped.
  if (item.type === 'other') text = text.replace(TYPE_PREFIX, (match) => match.replace(':', '\\:'));
  const parts = [item.type === 'other' ? text : `${item.type}: ${text}`.trimEnd()];
  if (item.cardId !== undefined) parts.push(`@${escapeText(item.cardId)}`);
  if (item.months !== undefined) parts.push(amountText(item.months, 'months'));
  if (item.hours !== undefined) parts.push(amountText(item.hours, 'hours'));
  return parts.join(' ');
}

function writeTerm(node: Requirement): string {
  if (!isGroup(node)) return writeItem(node);
  const inner = node.of.map(writeTerm).join('; ');
  return node.type === 'any' ? `any ${node.count ?? 1} of (${inner})` : `all of (${inner})`;
}

function writeNotation(tree: Requirement): string {
  // A root "all" is the list itself, unless it holds one group (which would read back as that group).
  if (tree.type === 'all' && !(tree.of.length === 1 && isGroup(tree.of[0]!))) return tree.of.map(writeTerm).join('; ');
  return writeTerm(tree);
}

/** The cell text for a tree: the notation when it says the tree exactly, else its JSON. Empty for none. */
export function writeRequirementCell(tree: Requirement | undefined): string {
  if (tree === undefined) return '';
  const notation = writeNotation(tree);
  const back = readRequirementCell(notation);
  return back.ok && JSON.stringify(back.tree) === JSON.stringify(tree) ? notation : JSON.stringify(tree);
}

/** Reads a cell written by writeRequirementCell (or by hand); the message says where it went wrong. */
export function readRequirementCell(cell: string): NotationResult {
  const source = cell.trim();
  if (source === '') return { ok: true, tree: undefined };
  if (source.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      return { ok: false, message: 'starts with "{" but is not valid JSON' };
    }
    const parsed = Requirement.safeParse(json);
    return parsed.success ? { ok: true, tree: parsed.data } : { ok: false, message: 'is JSON but not a requirement tree' };
  }
  return new NotationReader(source).read();
}

class NotationReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): NotationResult {
    try {
      const terms = this.list();
      if (this.at < this.source.length) this.fail(`has an unexpected "${this.source[this.at]}"`);
      const tree: Requirement = terms.length === 1 && isGroup(terms[0]!) ? terms[0]! : { type: 'all', of: terms };
      return { ok: true, tree };
    } catch (error) {
      if (error instanceof NotationError) return { ok: false, message: error.message };
      throw error;
    }
  }

  private fail(message: string): never {
    throw new NotationError(`${message} at character ${this.at + 1}`);
  }

  private skipSpaces() {
    while (this.source[this.at] === ' ' || this.source[this.at] === '\t') this.at += 1;
  }

  private list(): Requirement[] {
    const terms = [this.term()];
    while (this.source[this.at] === ';') {
      this.at += 1;
      terms.push(this.term());
    }
    return terms;
  }

  private term(): Requirement {
    this.skipSpaces();
    const group = /^(any\s+(\d+)\s+of|all\s+of)\s*\(/i.exec(this.source.slice(this.at));
    if (group) {
      this.at += group[0].length;
      const of = /^\s*\)/.test(this.source.slice(this.at)) ? [] : this.list();
      this.skipSpaces();
      if (this.source[this.at] !== ')') this.fail('misses a ")"');
      this.at += 1;
      this.skipSpaces();
      if (group[2] === undefined) return { type: 'all', of };
      const count = Number(group[2]);
      if (count < 1) this.fail('asks for any 0 of something');
      return { type: 'any', count, of };
    }
    return this.item();
  }

  /** Text up to the next unescaped ; [ ] @ or a ")" that closes a group; escapes undone, pairs of parentheses kept. */
  private text(): string {
    let text = '';
    let depth = 0;
    while (this.at < this.source.length) {
      const char = this.source[this.at]!;
      if (char === '\\' && this.at + 1 < this.source.length) {
        text += this.source[this.at + 1];
        this.at += 2;
        continue;
      }
      if (/[;[\]@]/.test(char) || (char === ')' && depth === 0)) break;
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      text += char;
      this.at += 1;
    }
    return text;
  }

  private item(): RequirementItem {
    const start = this.at;
    const prefix = TYPE_PREFIX.exec(this.source.slice(this.at));
    let type: RequirementItem['type'] = 'other';
    if (prefix) {
      type = prefix[1]!.toLowerCase() as RequirementItem['type'];
      this.at += prefix[0].length;
      this.skipSpaces();
    }
    const item: RequirementItem = { type };
    const text = this.text().trim();
    if (text !== '') item.text = text;
    while (this.source[this.at] === '@' || this.source[this.at] === '[') {
      if (this.source[this.at] === '@') {
        this.at += 1;
        const cardId = this.text().trim();
        if (cardId === '') this.fail('has "@" without a card id');
        item.cardId = cardId;
      } else {
        const amount = /^\[\s*(\d+(?:\.\d+)?)\s*(months?|hours?)\s*\]\s*/i.exec(this.source.slice(this.at));
        if (!amount) this.fail('has a "[" that is not like [12 months] or [2000 hours]');
        this.at += amount[0].length;
        if (amount[2]!.toLowerCase().startsWith('month')) item.months = Number(amount[1]);
        else item.hours = Number(amount[1]);
      }
    }
    if (item.text === undefined && item.cardId === undefined && type === 'other') {
      this.at = start;
      this.fail('has an empty requirement');
    }
    return item;
  }
}

class NotationError extends Error {}
