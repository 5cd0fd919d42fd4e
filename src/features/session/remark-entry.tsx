import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { nameOf } from '../../domain/health/wording';
import { addRemark, isRemarkKind, REMARK_KINDS, REMARK_LABELS, type RemarkKind } from '../../domain/session/remarks';
import type { PathwayMap } from '../../domain/schema/map';
import { nowIso, sessionChange } from './session-change';
import { REMARK_KEYS } from './session-shortcuts';
import { targetIdOf, useSessionStore, type SessionTarget } from './session-store';

const KIND_KEYS = REMARK_KINDS.flatMap((kind) => REMARK_KEYS[kind] ?? []).join(', ');

/**
 * Typing a remark while people talk: its kind (a one-key shortcut or the list), the text, Enter.
 * It is saved in the map the moment Enter is pressed, attributed to the organization speaking.
 */
export function RemarkEntry({ map, target, speaking }: { map: PathwayMap; target: SessionTarget; speaking: string | undefined }) {
  const text = useSessionStore((state) => state.remarkDraft);
  const setText = useSessionStore((state) => state.setRemarkDraft);
  const field = useRef<HTMLTextAreaElement>(null);
  const storedKind = useSessionStore((state) => state.remarkKind);
  const focusRequested = useSessionStore((state) => state.remarkFocusRequested);
  const kind: RemarkKind = isRemarkKind(storedKind) ? storedKind : REMARK_KINDS[0];

  useEffect(() => {
    if (!focusRequested) return;
    field.current?.focus();
    useSessionStore.getState().remarkFocused();
  }, [focusRequested]);

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    const session = useSessionStore.getState();
    if (!speaking) {
      session.say('problem', 'Choose the organization speaking first (click it, or press its number).');
      return;
    }
    const author = session.author.trim() || undefined;
    const saved = sessionChange(
      map.id,
      (current) => addRemark(current, { organization: speaking, author, kind, targetId: targetIdOf(target), text }, nowIso()),
      `Recorded: ${REMARK_LABELS[kind]}, from ${nameOf(speaking)}.`,
    );
    if (!saved) return;
    setText('');
    // The cursor leaves the field, so the next key can pick the next remark's kind (W, S, M, …).
    field.current?.blur();
  };

  // Enter saves (the facilitator types while people talk); Shift+Enter starts a new line. Keys are
  // read from the field itself: the page's shortcuts ignore text fields (except Escape, which leaves any).
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) save(event);
  };

  return (
    <section className="session-section" aria-labelledby="session-remark-title">
      <h2 id="session-remark-title">Remark</h2>
      <form className="session-remark" onSubmit={save}>
        <label htmlFor="session-remark-kind">Kind of remark</label>
        <select
          id="session-remark-kind"
          value={kind}
          onChange={(event) => useSessionStore.getState().setRemarkKind(event.target.value)}
        >
          {REMARK_KINDS.map((option) => (
            <option key={option} value={option}>
              {REMARK_LABELS[option]}
              {REMARK_KEYS[option] ? ` (${REMARK_KEYS[option]})` : ''}
            </option>
          ))}
        </select>
        <label htmlFor="session-remark-text">Remark</label>
        <textarea
          id="session-remark-text"
          ref={field}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="session-remark-hint"
        />
        <p id="session-remark-hint" className="session-hint">
          {speaking ? `From ${speaking}.` : 'Choose who is speaking first.'} Enter saves; Shift+Enter starts a new
          line. Then a kind’s key ({KIND_KEYS}) starts the next remark.
        </p>
        <button type="submit">Save remark</button>
      </form>
    </section>
  );
}
