import { afterEach, describe, expect, it } from 'vitest';
import { recallPlace, rememberPlace } from '../../../src/features/session/session-memory';
import { useSessionStore } from '../../../src/features/session/session-store';

const initialSession = useSessionStore.getState();
afterEach(() => {
  useSessionStore.setState(initialSession, true);
  sessionStorage.clear();
  localStorage.clear();
});

describe('the session’s place, kept for the tab', () => {
  it('is remembered per map as the facilitator moves through the agenda and picks who speaks', () => {
    const session = useSessionStore.getState();
    session.openSession('map-a');
    useSessionStore.getState().goToStep(5);
    useSessionStore.getState().setSpeaking('Baystate Health');
    useSessionStore.getState().setAuthor('Ann Lee');
    expect(recallPlace('map-a')).toMatchObject({ step: 5, speaking: 'Baystate Health', author: 'Ann Lee' });
    expect(recallPlace('map-b')).toBeUndefined();
  });

  it('is restored when the map’s session opens again, with the tool of that step', () => {
    rememberPlace('map-a', { step: 6, speaking: 'Mercy', author: '', authors: new Map(), remarkDraft: '' });
    useSessionStore.getState().openSession('map-a');
    expect(useSessionStore.getState()).toMatchObject({ step: 6, tool: 'suggestions', remarkKind: 'correction', speaking: 'Mercy' });
  });

  it('ignores what it cannot read, and keeps a step within the agenda', () => {
    sessionStorage.setItem('pathway-studio:session:map-a', '{not json');
    expect(recallPlace('map-a')).toBeUndefined();
    sessionStorage.setItem('pathway-studio:session:map-a', JSON.stringify({ step: 'three', speaking: 4 }));
    expect(recallPlace('map-a')).toEqual({ step: 0, speaking: undefined, author: '', authors: new Map(), remarkDraft: '' });
    rememberPlace('map-a', { step: 99, speaking: undefined, author: '', authors: new Map(), remarkDraft: '' });
    useSessionStore.getState().openSession('map-a');
    expect(useSessionStore.getState().step).toBe(9);
  });

  it('keeps the person speaking per organization: choosing another organization never keeps the last one’s person', () => {
    const session = useSessionStore.getState();
    session.openSession('map-a');
    useSessionStore.getState().setSpeaking('Holyoke Plastics & Molding');
    useSessionStore.getState().setAuthor('Ann Lee');
    useSessionStore.getState().setSpeaking('Valley Aerospace');
    expect(useSessionStore.getState().author).toBe('');
    useSessionStore.getState().setAuthor('Dev Patel');
    useSessionStore.getState().setSpeaking('Holyoke Plastics & Molding');
    expect(useSessionStore.getState().author).toBe('Ann Lee');
  });

  it('keeps a half-typed remark for the tab', () => {
    useSessionStore.getState().openSession('map-a');
    useSessionStore.getState().setRemarkDraft('Night shifts are hard to');
    useSessionStore.setState(initialSession, true);
    useSessionStore.getState().openSession('map-a');
    expect(useSessionStore.getState().remarkDraft).toBe('Night shifts are hard to');
  });

  it('comes back in a new tab (nothing in its sessionStorage), while a tab reloading keeps its own place', () => {
    useSessionStore.getState().openSession('map-a');
    useSessionStore.getState().goToStep(4);
    useSessionStore.getState().setSpeaking('Mercy');
    useSessionStore.getState().setAuthor('Dev Patel');
    const ownPlace = sessionStorage.getItem('pathway-studio:session:map-a');

    sessionStorage.clear(); // a new tab
    expect(recallPlace('map-a')).toMatchObject({ step: 4, speaking: 'Mercy', author: 'Dev Patel' });

    // Another tab moved on since; this tab, reloading, keeps where it was.
    rememberPlace('map-a', { step: 7, speaking: 'Baystate Health', author: '', authors: new Map(), remarkDraft: '' });
    sessionStorage.setItem('pathway-studio:session:map-a', ownPlace ?? '');
    expect(recallPlace('map-a')).toMatchObject({ step: 4, speaking: 'Mercy' });
  });
});
