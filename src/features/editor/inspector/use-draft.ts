import { useState } from 'react';
import type { Codec } from './codecs';

/** Takes a value read from an input; returns a problem to show under it, or undefined once it is taken. */
export type Apply = (value: unknown) => string | undefined;

type Draft = { text: string; problem: string | undefined };

/**
 * The text in one input. While the user edits, the input shows exactly what they typed (so no
 * character, caret position or focus is lost when the map re-renders); a value that changes from
 * outside (undo, redo, another panel) replaces it. A refused value stays as the draft, with its message.
 */
export function useDraft(value: unknown, codec: Codec, apply: Apply) {
  const shown = codec.format(value);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [seen, setSeen] = useState(shown);
  let current = draft;
  if (shown !== seen) {
    setSeen(shown);
    // The draft survives only the value it stands for: the echo of this field's own edit.
    const echo = draft !== null && draft.problem === undefined && codec.format(codec.parse(draft.text)) === shown;
    if (draft !== null && !echo) {
      setDraft(null);
      current = null;
    }
  }

  /** Records what the user typed; `refusal` refuses it without asking (e.g. a half-typed date). */
  const edit = (text: string, refusal?: string) => {
    const problem = refusal ?? apply(codec.parse(text));
    setDraft({ text, problem });
  };

  /** On leaving the field: an accepted value shows as stored; a refused one stays with its message. */
  const settle = () => setDraft((previous) => (previous?.problem === undefined ? null : previous));

  return { text: current?.text ?? shown, problem: current?.problem, edit, settle };
}
