import { afterEach, describe, expect, it } from 'vitest';
import { recallPlace, rememberPlace } from '../../../src/features/session/session-memory';
import { useSessionStore } from '../../../src/features/session/session-store';

const initialSession = useSessionStore.getState();
afterEach(() => {
  useSessionStore.setState(initialSession, true);
  sessionStorage.clear();
});

describe('the session’s place, kept for the tab', () => {
  it('is remembered per map as the facilitator moves through the agenda and picks who speaks', () => {
    const session = useSessionStore.getState();
    session.openSession('map-a');
    useSessionStore.getState().goToStep(5);
    useSessionStore.getState().setSpeaking('Baystate Health');
    useSessionStore.getState().setAuthor('Ann Lee');
    expect(recallPlace('map-a')).toEqual({ step: 5, speaking: 'Baystate Health', author: 'Ann Lee' });
    expect(recallPlace('map-b')).toBeUndefined();
  });

  it('is restored when the map’s session opens again, with the tool of that step', () => {
    rememberPlace('map-a', { step: 6, speaking: 'Mercy', author: '' });
    useSessionStore.getState().openSession('map-a');
    expect(useSessionStore.getState()).toMatchObject({ step: 6, tool: 'suggestions', remarkKind: 'correction', speaking: 'Mercy' });
  });

  it('ignores what it cannot read, and keeps a step within the agenda', () => {
    sessionStorage.setItem('pathway-studio:session:map-a', '{not json');
    expect(recallPlace('map-a')).toBeUndefined();
    sessionStorage.setItem('pathway-studio:session:map-a', JSON.stringify({ step: 'three', speaking: 4 }));
    expect(recallPlace('map-a')).toEqual({ step: 0, speaking: undefined, author: '' });
    rememberPlace('map-a', { step: 99, speaking: undefined, author: '' });
    useSessionStore.getState().openSession('map-a');
    expect(useSessionStore.getState().step).toBe(9);
  });
});
