import type { RequirementItem } from '../schema/requirement';

/**
 * Whether an item names anything: a card, words, an amount or an education level. A bare type
 * ("a credential") or a blank line from a list of texts says nothing a reader could act on.
 */
export function itemSaysSomething(item: RequirementItem): boolean {
  return (
    item.cardId !== undefined ||
    (item.text ?? '').trim() !== '' ||
    item.months !== undefined ||
    item.hours !== undefined ||
    item.education !== undefined
  );
}
