import type { Group } from '../schema/group';

// Colours for groups a sheet names: distinct, dark enough for white card text, and told apart by
// most colour-blind readers (after Okabe–Ito and Tableau 10, darkened). Past the list's end,
// colours repeat: a lane's label still tells it apart.
export const GROUP_PALETTE = ['#2f6fb0', '#b86e14', '#2a8a7a', '#b03a6f', '#6b5b95', '#3d7a3a', '#a34a2a', '#1f6f8b', '#7a5aa6', '#9a5b00'] as const;

/**
 * Gives each group without a colour the first palette colour no other group has (compared without
 * case), cycling once every colour is taken.
 */
export function withGroupColours(groups: readonly Group[], alsoTaken: readonly Group[] = []): Group[] {
  const taken = new Set([...alsoTaken, ...groups].flatMap((group) => (group.color ? [group.color.toLowerCase()] : [])));
  let cycle = 0;
  return groups.map((group) => {
    if (group.color) return group;
    const free = GROUP_PALETTE.find((colour) => !taken.has(colour));
    const color = free ?? GROUP_PALETTE[cycle++ % GROUP_PALETTE.length] ?? GROUP_PALETTE[0];
    taken.add(color);
    return { ...group, color };
  });
}
