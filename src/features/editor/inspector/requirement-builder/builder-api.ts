import type { Draft } from 'immer';
import type { RequirementGroup } from '../../../../domain/schema/requirement';
import type { Choice } from '../fields';

/** A card a requirement may point at. */
export type CardChoice = { id: string; title: string; kind: string };

/** A source a requirement item may cite. */
export type SourceChoice = { id: string; label: string };

/** What every part of the builder uses to change the tree. */
export type BuilderApi = {
  /**
   * Applies one edit to the tree (see domain/requirements/edit.ts). `field` groups undo steps: the
   * same field typed into again is one step; `focus` names the control to focus once it is redrawn.
   */
  edit: (recipe: (draft: Draft<RequirementGroup>) => unknown, field: string, focus?: string) => void;
  /** The cards as choices for "Card on the map". */
  cardChoices: readonly Choice[];
  /** The map's sources, for an item's citations. */
  sources: readonly SourceChoice[];
  /** The builder's own label, naming its outer group ("Requirements"). */
  rootLabel: string;
};
