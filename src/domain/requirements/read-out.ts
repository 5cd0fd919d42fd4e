import { formatNumber } from '../describe';
import type { EducationLevel } from '../schema/occupation';
import { isGroup, needed, type Requirement, type RequirementItem, type RequirementType } from '../schema/requirement';
import { itemSaysSomething } from './says-something';

/** What the read-out needs from the map and the app's vocabulary. */
export type ReadOutWords = {
  /** A card's title, or undefined when no card has that id. */
  titleOf(cardId: string): string | undefined;
  educationLabel(level: EducationLevel): string;
};

const TYPE_WORDS: Readonly<Record<RequirementType, string>> = {
  credential: 'a credential',
  program: 'a program',
  exam: 'an exam',
  license: 'a license',
  experience: 'experience',
  education: 'education',
  other: 'something not named',
};

/**
 * One item in words: its own text, else the title of the card it points at, then how long ("12
 * months", "2,000 hours"). The map's author wrote the text for this move ("Pass the NCLEX-PN exam"),
 * which says more than the card's name ("NCLEX-PN"); an item with no words follows the card's title.
 */
export function readOutItem(item: RequirementItem, words: ReadOutWords): string {
  const named =
    (item.text?.trim() || undefined) ??
    (item.cardId !== undefined ? words.titleOf(item.cardId) : undefined) ??
    (item.education !== undefined ? words.educationLabel(item.education) : undefined) ??
    TYPE_WORDS[item.type];
  const amounts = [
    item.months !== undefined ? `${formatNumber(item.months)} ${item.months === 1 ? 'month' : 'months'}` : undefined,
    item.hours !== undefined ? `${formatNumber(item.hours)} ${item.hours === 1 ? 'hour' : 'hours'}` : undefined,
  ].filter((part) => part !== undefined);
  return amounts.length === 0 ? named : `${named} (${amounts.join(', ')})`;
}

const listed = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/**
 * A requirement tree read out plainly: "CNA certificate and any 1 of: ADN, BSN". An "all" of plain
 * items is a list ("A, B and C"); "any N of: A, B"; a group inside a list is in parentheses.
 */
export function readOutRequirement(tree: Requirement | undefined, words: ReadOutWords): string {
  if (tree === undefined) return 'nothing';
  const visit = (node: Requirement, nested: boolean): string => {
    if (!isGroup(node)) return readOutItem(node, words);
    const parts = node.of.map((child) => visit(child, true));
    const text =
      node.type === 'all'
        ? parts.length === 0
          ? 'nothing'
          : node.of.every((child) => !isGroup(child)) || !nested
            ? listed(parts)
            : `all of: ${parts.join(', ')}`
        : `any ${formatNumber(needed(node))} of: ${parts.join(', ')}`;
    return nested && node.of.length > 1 ? `(${text})` : text;
  };
  return visit(tree, false);
}

/**
 * A tree as lines for a list: each part of a top-level "all" on its own line (so a v1 list of texts
 * reads as it always did), anything else as one line ("any 1 of: ADN, BSN"). Items that say nothing
 * (a blank line of a list) are left out.
 */
export function readOutLines(tree: Requirement | undefined, words: ReadOutWords): string[] {
  if (tree === undefined) return [];
  const parts = tree.type === 'all' ? tree.of : [tree];
  return parts.flatMap((part) => (isGroup(part) || itemSaysSomething(part) ? [readOutRequirement(part, words)] : []));
}
