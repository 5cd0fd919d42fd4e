import { create } from 'zustand';
import { conflictLabel, conflictValueWords } from '../domain/merge/describe-conflict';
import { sameValue, type MergeConflict, type ResolveConflict } from '../domain/merge/three-way-merge';
import type { PathwayMap } from '../domain/schema/map';

/** One field both tabs changed, as the user is asked about it. */
export type MergeQuestion = { conflict: MergeConflict; label: string; mine: string; theirs: string };
/** The user's choice for one question: it holds only while both values are still the ones shown. */
export type MergeAnswer = { conflict: MergeConflict; keep: 'mine' | 'theirs' };

/** Per map: a merge with another tab's version on its way, or waiting for the user's choices. */
export type MergeState = { kind: 'merging' } | { kind: 'asking'; questions: MergeQuestion[] };

type MergeQuestionsState = {
  byMap: ReadonlyMap<string, MergeState>;
  set(mapId: string, state: MergeState | undefined): void;
};

export const useMergeQuestions = create<MergeQuestionsState>()((set) => ({
  byMap: new Map(),
  set: (mapId, state) =>
    set((current) => {
      const byMap = new Map(current.byMap);
      if (state === undefined) byMap.delete(mapId);
      else byMap.set(mapId, state);
      return { byMap };
    }),
}));

export const questionsFor = (conflicts: readonly MergeConflict[], maps: readonly PathwayMap[]): MergeQuestion[] =>
  conflicts.map((conflict) => ({
    conflict,
    label: conflictLabel(conflict, maps),
    mine: conflictValueWords(conflict, conflict.mine),
    theirs: conflictValueWords(conflict, conflict.theirs),
  }));

/** The answers as the merge takes them: an answer given for other values (a tab changed it again) is asked again. */
export const resolveBy =
  (answers: readonly MergeAnswer[]): ResolveConflict =>
  (conflict) =>
    answers.find(
      (answer) => answer.conflict.path === conflict.path && sameValue(answer.conflict.mine, conflict.mine) && sameValue(answer.conflict.theirs, conflict.theirs),
    )?.keep;
