import userEvent from '@testing-library/user-event';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { addOrganization } from '../../../src/domain/session/organizations';
import { addRemark } from '../../../src/domain/session/remarks';
import { acceptSuggestion, suggestChange } from '../../../src/domain/session/suggestions';
import { criticalTallies } from '../../../src/domain/session/tallies';
import { castCriticalVote } from '../../../src/domain/session/votes';
import { markValidated } from '../../../src/domain/session/validation';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { SessionResult } from '../../../src/domain/session/session-result';
import { sessionElements } from '../../../src/features/session/session-elements';
import { matchAction } from '../../../src/components/actions/match-action';
import { SESSION_ACTIONS } from '../../../src/features/session/session-actions';
import { organizationIndex } from '../../../src/features/session/session-shortcuts';
import { suggestionValue } from '../../../src/features/session/suggestion-value';
import { SessionSummaryPage } from '../../../src/features/session/summary-page';
import { SuggestionForm } from '../../../src/features/session/suggestion-form';
import { ValidationBadge } from '../../../src/components/validation-badge';
import { pendingSuggestions } from '../../../src/domain/session/suggestions';
import { resetStores, sessionMap } from './session-test-map';

// The session's place and a half-typed remark are kept in web storage (the tab's and, for a new tab, the site's): each test starts without them.
afterEach(() => {
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
});

const NOW = '2026-05-01T10:00:00Z';

/** Runs session actions one after another, as a facilitator would. */
function after(map: PathwayMap, ...steps: ((map: PathwayMap) => SessionResult)[]): PathwayMap {
  return steps.reduce((current, step) => {
    const result = step(current);
    if (!result.ok) throw new Error(result.reason);
    return result.map;
  }, map);
}

const held = after(
  sessionMap,
  (map) => addOrganization(map, 'Baystate Health', NOW),
  (map) => addOrganization(map, 'Mercy', NOW),
  (map) => castCriticalVote(map, { organization: 'Baystate Health', occupationId: 'rn' }, NOW),
  (map) => castCriticalVote(map, { organization: 'Mercy', occupationId: 'rn' }, NOW),
  (map) => castCriticalVote(map, { organization: 'Mercy', occupationId: 'emt' }, NOW),
  (map) => addRemark(map, { organization: 'Mercy', kind: 'skill-gap', targetId: 'rn', text: 'Charting in the EHR' }, NOW),
  (map) => addRemark(map, { organization: 'Baystate Health', author: 'Dana', kind: 'recruitment', text: 'Job fairs at the high schools' }, NOW),
  (map) => suggestChange(map, { organization: 'Mercy', suggestion: { kind: 'add-transition', from: 'ma', to: 'lpn' } }, NOW),
  (map) => suggestChange(map, { organization: 'Mercy', suggestion: { kind: 'remove-transition', transitionId: 'lpn-rn' } }, NOW),
  (map) => suggestChange(map, { organization: 'Mercy', suggestion: { kind: 'set-field', targetId: 'cna', field: 'title', value: 'CNA' } }, NOW),
);

describe('sessionElements', () => {
  it('puts each card’s tally and pending changes on it, and draws suggested moves as ghost arrows', () => {
    const { nodes, edges } = sessionElements(held, criticalTallies(held), pendingSuggestions(held));
    const rn = nodes.find((node) => node.id === 'rn');
    expect(rn?.data).toMatchObject({ title: 'Registered Nurse', votes: 2, voters: 'Baystate Health, Mercy', pendingSuggestions: 0 });
    expect(nodes.find((node) => node.id === 'cna')?.data.pendingSuggestions).toBe(1);
    expect(nodes.find((node) => node.id === 'lab')?.data).toMatchObject({ votes: 0, voters: '' });

    const removal = edges.find((edge) => edge.id === 'lpn-rn');
    expect(removal?.className).toContain('session-edge--pending');
    expect(removal?.ariaLabel).toBe('Move from Licensed Practical Nurse to Registered Nurse, change pending');
    const ghost = edges.find((edge) => edge.type === 'suggested');
    expect(ghost).toMatchObject({ source: 'ma', target: 'lpn', selectable: false });
    expect(ghost?.ariaLabel).toBe('Suggested move from Medical Assistant to Licensed Practical Nurse, pending');
  });

  it('drops the marks once a suggestion is decided', () => {
    const pending = pendingSuggestions(held);
    const accepted = after(held, ...pending.map((item) => (map: PathwayMap) => acceptSuggestion(map, item.id, NOW)));
    const { nodes, edges } = sessionElements(accepted, criticalTallies(accepted), pendingSuggestions(accepted));
    expect(edges.some((edge) => edge.type === 'suggested')).toBe(false);
    expect(nodes.every((node) => node.data.pendingSuggestions === 0)).toBe(true);
    expect(edges.map((edge) => edge.id)).not.toContain('lpn-rn');
  });
});

describe('session keys', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    matchAction(SESSION_ACTIONS, { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers })?.id;

  it('maps number keys to organizations, letters to votes and remark kinds', () => {
    expect(press('1')).toBe('speaking');
    expect(organizationIndex('1')).toBe(0);
    expect(press('0')).toBe('speaking');
    expect(organizationIndex('0')).toBe(9);
    expect(press('v')).toBe('vote');
    expect(press('S')).toBe('remark:skill-gap');
    expect(press('w')).toBe('remark:why-critical');
    expect(press('r')).toBe('remark:recruitment');
    expect(press('PageDown')).toBe('next-step');
    expect(press('[')).toBe('previous-step');
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('v', { altKey: true })).toBeUndefined();
    expect(press('q')).toBeUndefined();
  });
});

describe('suggestionValue', () => {
  it('reads money and months as numbers, a list one item per line, and passes anything else on as typed', () => {
    expect(suggestionValue('wage.amount', '$52,000')).toBe(52000);
    expect(suggestionValue('typicalMonths', ' 18 ')).toBe(18);
    expect(suggestionValue('costUsd', 'about a thousand')).toBe('about a thousand');
    expect(suggestionValue('requirements', 'LPN license\n\n NCLEX-RN \n')).toEqual(['LPN license', 'NCLEX-RN']);
    expect(suggestionValue('title', 'Patient Care Technician')).toBe('Patient Care Technician');
  });
});

describe('the printable summary', () => {
  it('lists who came, the ranking, skill gaps, other remarks and every suggestion with its status', () => {
    const [first] = pendingSuggestions(held);
    const decided = after(
      held,
      (map) => acceptSuggestion(map, first!.id, NOW),
      (map) => markValidated(map, ['Baystate Health', 'Mercy'], '2026-05-01T11:00:00Z'),
    );
    const router = createMemoryRouter([{ path: '/', element: <SessionSummaryPage map={decided} /> }]);
    render(<RouterProvider router={router} />);
    const summary = screen.getByRole('article', { name: 'Session summary: Care careers' });
    expect(within(summary).getByRole('region', { name: 'Organizations present (2)' })).toHaveTextContent('Baystate HealthMercy');
    expect(within(summary).getByRole('region', { name: 'Validation' })).toHaveTextContent('Validated by 2 employers on 1 May 2026');
    const ranking = within(within(summary).getByRole('region', { name: 'Critical occupations' })).getAllByRole('row');
    expect(ranking.map((row) => row.textContent)).toEqual([
      'GroupOccupationVotesOrganizations',
      'Direct careRegistered Nurse2Baystate Health, Mercy',
      'Not in a groupEMT1Mercy',
    ]);
    expect(within(summary).getByRole('region', { name: 'Skill gaps by occupation' })).toHaveTextContent('Registered NurseCharting in the EHR (Mercy)');
    expect(within(summary).getByRole('region', { name: 'Remarks by occupation' })).toHaveTextContent(
      'The whole mapRecruitment practiceJob fairs at the high schools (Baystate Health, Dana)',
    );
    const changes = within(within(summary).getByRole('region', { name: 'Suggested changes' })).getAllByRole('row');
    expect(changes.slice(1).map((row) => row.lastChild?.textContent)).toEqual(['Accepted on 1 May 2026', 'Pending', 'Pending']);
    expect(changes[1]).toHaveTextContent('Add a move from Medical Assistant to Licensed Practical Nurse');
  });
});

describe('ValidationBadge', () => {
  it('says who validated the map and when, and nothing before that', () => {
    const { container, rerender } = render(<ValidationBadge map={held} />);
    expect(container).toBeEmptyDOMElement();
    const validated = after(held, (map) => markValidated(map, ['Baystate Health', 'Mercy'], '2026-05-01T11:00:00Z'));
    rerender(<ValidationBadge map={validated} />);
    expect(screen.getByText('Validated by 2 employers on 1 May 2026')).toBeInTheDocument();
  });
});

describe('SuggestionForm', () => {
  it('offers every card to start and end a move, and names each move by its cards to remove one', async () => {
    const user = userEvent.setup();
    render(<SuggestionForm map={sessionMap} target={{ kind: 'map' }} speaking="Mercy" />);
    const to = screen.getByRole('combobox', { name: 'To' });
    expect(within(to).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a card',
      ...sessionMap.occupations.map((occupation) => occupation.title),
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Change' }), 'Remove a move');
    expect(within(screen.getByRole('combobox', { name: 'Move' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a move',
      'Nursing Assistant → Licensed Practical Nurse',
      'Licensed Practical Nurse → Registered Nurse',
    ]);
  });

  it('on a map of thousands, lists only the first moves and finds one by the words of its cards', async () => {
    const user = userEvent.setup();
    const occupations = Array.from({ length: 300 }, (_, index) => ({ id: `o${index}`, title: `Occupation ${index}` }));
    const transitions = occupations.slice(1).map((occupation, index) => ({ id: `t${index}`, from: `o${index}`, to: occupation.id }));
    render(<SuggestionForm map={{ ...sessionMap, occupations, transitions }} target={{ kind: 'map' }} speaking="Mercy" />);
    // 300 cards: the first 100 are drawn in each chooser, not all of them.
    expect(within(screen.getByRole('combobox', { name: 'From' })).getAllByRole('option')).toHaveLength(101);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Change' }), 'Remove a move');
    const move = screen.getByRole('combobox', { name: 'Move' });
    expect(within(move).getAllByRole('option')).toHaveLength(101);
    await user.type(screen.getByRole('searchbox', { name: 'Find a move' }), 'occupation 250 → 251');
    expect(within(move).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a move', 'Occupation 250 → Occupation 251']);
    expect(screen.getByRole('status')).toHaveTextContent('Listing the 1 matching move.');
  });
});
