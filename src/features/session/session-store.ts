import { create } from 'zustand';
import { AGENDA, type SessionTool } from './agenda';

/** What a remark, a vote or a suggestion is about: a card, an arrow, or the whole map. */
export type SessionTarget =
  | { kind: 'map' }
  | { kind: 'occupation'; id: string }
  | { kind: 'transition'; id: string };

export const WHOLE_MAP: SessionTarget = { kind: 'map' };

/** The answer to the last action, said in words (a refused vote gives the model's reason). */
export type SessionNotice = { tone: 'info' | 'problem'; text: string; nonce: number };

/**
 * The facilitator's working state: agenda step, who is speaking, what is selected. Not part of the map
 * and never saved (everything the room says is saved in the map's feedback); reset for another map.
 */
export type SessionState = {
  mapId: string | undefined;
  step: number;
  tool: SessionTool;
  /** The organization whose remarks and votes are being entered. */
  speaking: string | undefined;
  /** The person speaking for it, optional. */
  author: string;
  target: SessionTarget;
  /** The remark kind the remark form is on (a feedback kind). */
  remarkKind: string;
  /** The remark being typed: kept here, so moving to another agenda step or tool does not lose it. */
  remarkDraft: string;
  notice: SessionNotice | undefined;
  /** Set by a kind shortcut: the remark field takes the cursor (and clears this). */
  remarkFocusRequested: boolean;

  openSession(mapId: string): void;
  goToStep(step: number): void;
  setTool(tool: SessionTool): void;
  setSpeaking(organization: string | undefined): void;
  setAuthor(author: string): void;
  setTarget(target: SessionTarget): void;
  setRemarkKind(kind: string, options?: { focus?: boolean }): void;
  setRemarkDraft(text: string): void;
  remarkFocused(): void;
  say(tone: SessionNotice['tone'], text: string): void;
  clearNotice(): void;
};

let nonce = 0;

const initial = () =>
  ({
    step: 0,
    tool: AGENDA[0]!.tool,
    speaking: undefined,
    author: '',
    target: WHOLE_MAP,
    remarkKind: 'why-critical',
    remarkDraft: '',
    notice: undefined,
    remarkFocusRequested: false,
  }) satisfies Partial<SessionState>;

export const useSessionStore = create<SessionState>()((set, get) => ({
  mapId: undefined,
  ...initial(),

  openSession: (mapId) => {
    if (get().mapId !== mapId) set({ mapId, ...initial() });
  },
  goToStep: (step) => {
    const clamped = Math.max(0, Math.min(AGENDA.length - 1, step));
    const agendaStep = AGENDA[clamped]!;
    set((state) => ({
      step: clamped,
      tool: agendaStep.tool,
      remarkKind: agendaStep.remarkKind ?? state.remarkKind,
    }));
  },
  setTool: (tool) => set({ tool }),
  setSpeaking: (speaking) => set({ speaking }),
  setAuthor: (author) => set({ author }),
  setTarget: (target) => set({ target }),
  setRemarkKind: (remarkKind, options) => set({ remarkKind, remarkFocusRequested: options?.focus === true }),
  setRemarkDraft: (remarkDraft) => set({ remarkDraft }),
  remarkFocused: () => set({ remarkFocusRequested: false }),
  say: (tone, text) => set({ notice: { tone, text, nonce: ++nonce } }),
  clearNotice: () => set({ notice: undefined }),
}));

/** The id feedback is recorded against: the card's or arrow's id, or none for the whole map. */
export function targetIdOf(target: SessionTarget): string | undefined {
  return target.kind === 'map' ? undefined : target.id;
}
