import { CTID_PATTERN } from '../schema/fields';
import type { PathwayMap } from '../schema/map';

/** A CTID in the registry's form: "ce-" and a lowercase UUID. */
export const isCtid = (value: unknown): value is string => typeof value === 'string' && CTID_PATTERN.test(value);

/**
 * Gives every card (and the map, as a pathway) a CTID of its own if it has none; existing ones never
 * change. Pure: `newUuid` supplies the randomness, so the editor can apply it as one undoable change.
 */
export function mintMissingCtids(map: PathwayMap, newUuid: () => string): { map: PathwayMap; minted: number } {
  let minted = 0;
  const mint = () => {
    minted++;
    return `ce-${newUuid().toLowerCase()}`;
  };
  const occupations = map.occupations.map((card) => (card.componentCtid ? card : { ...card, componentCtid: mint() }));
  const steps = map.steps.map((card) => (card.componentCtid ? card : { ...card, componentCtid: mint() }));
  const pathwayCtid = map.pathwayCtid ?? mint();
  if (minted === 0) return { map, minted };
  return { map: { ...map, pathwayCtid, occupations, steps }, minted };
}

// cyrb128: a small, well-mixed 128-bit string hash; enough to make stable, distinct ids (not security).
function hash128(text: string): number[] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762; // prettier-ignore
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * A CTID derived from a name (the owner's CTID and what it names), the same on every export, so
 * re-exports of an unchanged map are identical. Shaped as a version-4-style UUID.
 */
export function deterministicCtid(seed: string): string {
  const hex = hash128(seed)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `ce-${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
