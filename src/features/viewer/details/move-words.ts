import type { Transition, TransitionKind } from '../../../domain/schema/map';
import { EDUCATION_LABELS } from '../../../domain/labels';
import { readOutLines, type ReadOutWords } from '../../../domain/requirements/read-out';
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

/** The words a read-out needs: card titles by id (none known: an item's own text stands). */
export function readOutWords(titleOf: (cardId: string) => string | undefined = () => undefined): ReadOutWords {
  return { titleOf, educationLabel: (level) => EDUCATION_LABELS[level] };
}

/**
 * What a move takes, read out plainly, one line per part of its "all of" group ("CNA certificate",
 * "any 1 of: ADN, BSN"); parts that say nothing (an empty line of a list) are left out.
 */
export function moveRequirements(move: Transition, titleOf?: (cardId: string) => string | undefined): string[] {
  return readOutLines(move.requirements, readOutWords(titleOf)).map((line) => line.trim()).filter((line) => line !== '');
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
