import type { TreePath } from '../../../../domain/requirements/edit';

// How the builder names a place in the tree, for people and for undo grouping. Places are numbered
// from 1 as they are read: "requirement 2", and "requirement 2.1" for the first inside group 2.

/** "2.1" for the place [1, 0]. */
export const placeNumber = (path: TreePath) => path.map((index) => index + 1).join('.');

/** "requirement 2.1": what every control of that requirement names in its label. */
export const placeName = (path: TreePath) => `requirement ${placeNumber(path)}`;

/** "of[1].of[0]": the place as the domain writes it (unmeetableGroups, cheapestWay), also the undo key. */
export const placeKey = (path: TreePath) => path.map((index) => `of[${index}]`).join('.');

/** The place written as the domain writes it ("of[1].of[0]") back as positions. */
export function pathOfKey(key: string): number[] {
  return [...key.matchAll(/of\[(\d+)\]/g)].map((match) => Number(match[1]));
}

/** Both words of a group's name: the root is the builder's own label, a nested group its place. */
export const groupName = (path: TreePath, rootLabel: string) => (path.length === 0 ? rootLabel : `Requirement ${placeNumber(path)}`);

/** A key for the focus to come back to after an edit redraws the list: "type:2.1". */
export const focusKey = (control: 'type' | 'up' | 'down' | 'add' | 'remove', path: TreePath) => `${control}:${placeNumber(path)}`;
