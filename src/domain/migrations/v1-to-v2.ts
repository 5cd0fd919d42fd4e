import { DEFAULT_LEVELS } from '../schema/level';
import type { RawMap } from './run';
import { wageAmountFromMedian } from './wage-amount';

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A v1 requirement list ("Pass the NCLEX-PN exam", …) as a v2 tree: all of these, each as text. */
export function requirementsFromTexts(texts: readonly string[]) {
  return { type: 'all' as const, of: texts.map((text) => ({ type: 'other' as const, text })) };
}

/**
 * v1 → v2. v1 had the ladder entry/middle/advanced built in: v2 writes it down as the map's own
 * levels (with the same ids, so every card's `level` stays as it is). A move's requirements were a
 * list of texts: they become an "all of" group of text items, in the same order. A wage's figure
 * (v1 `median`, whatever its statistic) becomes `amount`. Nothing else changes. A value that was not a list of
 * texts is left as it was, so the validator names it where it is.
 */
export function v1ToV2(doc: RawMap): Record<string, unknown> {
  const transitions = Array.isArray(doc.transitions)
    ? doc.transitions.map((transition: unknown) => {
        if (transition === null || typeof transition !== 'object' || Array.isArray(transition)) return transition;
        const { requirements, ...rest } = transition as Record<string, unknown>;
        if (requirements === undefined || !isTextList(requirements)) return transition;
        return { ...rest, requirements: requirementsFromTexts(requirements) };
      })
    : doc.transitions;
  return {
    ...wageAmountFromMedian(doc),
    levels: doc.levels ?? DEFAULT_LEVELS.map((level) => ({ ...level })),
    ...(doc.transitions !== undefined && { transitions }),
  };
}
