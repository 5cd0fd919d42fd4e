import { create } from 'zustand';
import { AGENDA, type SessionTool } from './agenda';
import { recallPlace, rememberPlace } from './session-memory';

/** What a remark, a vote or a suggestion is about: a card, an arrow, or the whole map. */
export type SessionTarget =
  | { kind: 'map' }
  | { kind: 'occupation'; id: string }
  /** A credential, program, experience or milestone card: remarks and suggestions, no votes. */
  | { kind: 'step'; id: string }
  | { kind: 'transition'; id: string };

export const WHOLE_MAP: SessionTarget = { kind: 'map' };

/** The answer to the last action, said in words (a refused vote gives the model's reason). */
export type SessionNotice = { tone: 'info' | 'problem'; text: string; nonce: number };

/**
 * The facilitator's working state: agenda step, who is speaking, what is selected. Not part of the map
 * (everything the room says is saved in the map's feedback); reset for another map. The step and who
 * is speaking are kept for the tab (session-memory.ts), so a reload mid-session comes back to them.
 */
export type SessionState = {
  mapId: string | undefined;
  step: number;
  tool: SessionTool;
  /** The organization whose remarks and votes are being entered. */
  speaking: string | undefined;
  /** The person speaking for it, optional. */
  author: string;
  /** The person last named for each organization, so switching back brings theirs, never another's. */
  authors: ReadonlyMap<string, string>;
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

/** The agenda step (within the agenda) with the tool and remark kind it opens. */
function stepState(step: number, remarkKind: string) {
  const clamped = Math.max(0, Math.min(AGENDA.length - 1, step));
  const agendaStep = AGENDA[clamped]!;
  return { step: clamped, tool: agendaStep.tool, remarkKind: agendaStep.remarkKind ?? remarkKind };
}

const initial = () =>
  ({
    step: 0,
    tool: AGENDA[0]!.tool,
    speaking: undefined as string | undefined,
    author: '',
    authors: new Map<string, string>() as ReadonlyMap<string, string>,
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
    if (get().mapId === mapId) return;
    const fresh = initial();
    const place = recallPlace(mapId);
    set({
      mapId,
      ...fresh,
      ...(place && {
        ...stepState(place.step, fresh.remarkKind),
        speaking: place.speaking,
        author: place.author,
        authors: place.authors,
        remarkDraft: place.remarkDraft,
      }),
    });
  },
  goToStep: (step) => set((state) => stepState(step, state.remarkKind)),
  setTool: (tool) => set({ tool }),
  // Another organization speaks: its own person (or none), never the person of the one before.
  setSpeaking: (speaking) =>
    set((state) => (speaking === state.speaking ? {} : { speaking, author: (speaking !== undefined && state.authors.get(speaking)) || '' })),
  setAuthor: (author) =>
    set((state) => ({ author, authors: state.speaking === undefined ? state.authors : new Map(state.authors).set(state.speaking, author) })),
  setTarget: (target) => set({ target }),
  setRemarkKind: (remarkKind, options) => set({ remarkKind, remarkFocusRequested: options?.focus === true }),
  setRemarkDraft: (remarkDraft) => set({ remarkDraft }),
  remarkFocused: () => set({ remarkFocusRequested: false }),
  say: (tone, text) => set({ notice: { tone, text, nonce: ++nonce } }),
  clearNotice: () => set({ notice: undefined }),
}));

// Every change of the step, of who is speaking or of the remark being typed is remembered for this tab.
useSessionStore.subscribe((state, previous) => {
  if (state.mapId === undefined) return;
  const same =
    state.mapId === previous.mapId &&
    state.step === previous.step &&
    state.speaking === previous.speaking &&
    state.author === previous.author &&
    state.remarkDraft === previous.remarkDraft;
  if (same) return;
  const { step, speaking, author, authors, remarkDraft } = state;
  rememberPlace(state.mapId, { step, speaking, author, authors, remarkDraft });
});

/** The id feedback is recorded against: the card's or arrow's id, or none for the whole map. */
export function targetIdOf(target: SessionTarget): string | undefined {
  return target.kind === 'map' ? undefined : target.id;
}
