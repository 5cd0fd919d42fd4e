import type { Transition, TransitionKind } from '../../../domain/schema/map';
import { monthsText, priceText } from '../../../domain/wage-words';

/** A move's kind as a word inside a sentence. */
export const MOVE_KIND_WORDS: Readonly<Record<TransitionKind, string>> = {
  advancement: 'advancement',
  lateral: 'lateral move',
  entry: 'way in',
};

/** What a move is and takes, short phrases: ["advancement", "about 12 months", "costs about $4,000", "through an apprenticeship"]. */
export function moveFacts(move: Transition): string[] {
  const facts: string[] = [];
  if (move.kind) facts.push(MOVE_KIND_WORDS[move.kind]);
  if (move.typicalMonths !== undefined) facts.push(`about ${monthsText(move.typicalMonths)}`);
  if (move.costUsd !== undefined) facts.push(`costs about ${priceText(move.costUsd)}`);
  if (move.viaApprenticeship === true) facts.push('through an apprenticeship');
  return facts;
}

/** The requirements that say something (an empty line in a list is not a requirement). */
export function moveRequirements(move: Transition): string[] {
  return (move.requirements ?? []).map((requirement) => requirement.trim()).filter((requirement) => requirement !== '');
}

/**
 * One move as a line of text: "Licensed Practical Nurse: advancement, about 12 months, requires A; B".
 * The notes follow as their own sentence.
 */
export function moveSentence(move: Transition, otherTitle: string): string {
  const parts = moveFacts(move);
  const requirements = moveRequirements(move);
  if (requirements.length > 0) parts.push(`requires ${requirements.join('; ')}`);
  const notes = move.notes?.trim();
  const head = parts.length > 0 ? `${otherTitle}: ${parts.join(', ')}` : otherTitle;
  return notes ? `${head}. Notes: ${notes}` : head;
}
