import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addOrganization } from '../../../src/domain/session/organizations';
import { suggestChange } from '../../../src/domain/session/suggestions';
import { useAppStore } from '../../../src/store/app-store';
import { currentMap, openSession, resetStores, select, sessionMap } from './session-test-map';

// The session's place and a half-typed remark are kept in web storage (the tab's and, for a new tab, the site's): each test starts without them.
afterEach(() => {
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
});

const panel = () => screen.getByRole('complementary', { name: 'Session panel' });

async function addOrganizations(...names: string[]) {
  const user = userEvent.setup();
  const field = await screen.findByRole('textbox', { name: 'Add organization' });
  for (const name of names) await user.type(field, `${name}{Enter}`);
  return user;
}

describe('SessionPage', () => {
  it('runs a session on a copy of a sample, which stays as it ships', async () => {
    const router = openSession(sessionMap, 'sample');
    await userEvent.click(screen.getByRole('button', { name: 'Run a session on a copy' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/maps/session-map-copy/session'));
    expect(await screen.findByRole('region', { name: 'Session map: Care careers (copy)' })).toBeInTheDocument();
    expect(useAppStore.getState().entries['session-map-copy']?.source).toBe('device');
    expect(currentMap().feedback).toEqual([]);
  });

  it('adds organizations with Enter, records them in the map, and the newest speaks', async () => {
    openSession();
    await addOrganizations('Baystate Health', 'Mercy Medical Center');
    const speaking = within(panel()).getByRole('group', { name: 'Speaking now' });
    expect(within(speaking).getByRole('radio', { name: 'Mercy Medical Center' })).toBeChecked();
    expect(currentMap().feedback.map((item) => [item.kind, item.organization])).toEqual([
      ['attendance', 'Baystate Health'],
      ['attendance', 'Mercy Medical Center'],
    ]);
    expect(screen.getByRole('heading', { name: 'Organizations present (2)' })).toBeInTheDocument();

    // A name already on the list is refused, with the reason.
    await addOrganizations('baystate health');
    expect(screen.getByRole('alert')).toHaveTextContent('“Baystate Health” is already on the list of organizations.');
    // Outside a text field, the number key picks the first organization.
    await userEvent.click(document.body);
    await userEvent.keyboard('1');
    expect(within(speaking).getByRole('radio', { name: 'Baystate Health' })).toBeChecked();
  });

  it('counts votes on the cards and refuses a sixth vote with the reason', async () => {
    openSession();
    const user = await addOrganizations('Baystate Health');
    for (const id of ['cna', 'lpn', 'rn', 'ma', 'phleb']) {
      select('occupation', id);
      await user.click(screen.getByRole('button', { name: 'Vote critical' }));
    }
    expect(screen.getByText('Baystate Health: 5 of 5 critical votes used.')).toBeInTheDocument();
    select('occupation', 'lab');
    await user.click(screen.getByRole('button', { name: 'Vote critical' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Baystate Health has already marked 5 critical occupations');
    expect(currentMap().feedback.filter((item) => item.kind === 'critical-vote')).toHaveLength(5);

    const canvas = screen.getByRole('region', { name: 'Session map: Care careers' });
    expect(within(canvas).getByRole('button', { name: 'Registered Nurse' })).toHaveTextContent('1 critical vote');
    expect(within(canvas).getByRole('button', { name: 'Lab Technician' })).not.toHaveTextContent('critical vote');
  });

  it('saves a remark with a kind key, the text and Enter, attributed to the organization and person', async () => {
    openSession();
    const user = await addOrganizations('Baystate Health');
    await user.type(within(panel()).getByRole('textbox', { name: 'Person speaking (optional)' }), 'Dana Ruiz');
    select('occupation', 'rn');
    await user.click(document.body);
    await user.keyboard('s');
    const field = within(panel()).getByRole('textbox', { name: 'Remark' });
    expect(field).toHaveFocus();
    expect(within(panel()).getByRole('combobox', { name: 'Kind of remark' })).toHaveValue('skill-gap');
    await user.keyboard('Charting in the EHR{Enter}');

    expect(field).toHaveValue('');
    const remark = currentMap().feedback.find((item) => item.kind === 'skill-gap');
    expect(remark).toMatchObject({ organization: 'Baystate Health', author: 'Dana Ruiz', targetId: 'rn', text: 'Charting in the EHR' });
    const list = within(panel()).getByRole('list', { name: 'Remarks about Registered Nurse' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Skill gap · Baystate Health (Dana Ruiz)Charting in the EHR');
  });

  it('refuses a remark while nobody is chosen as speaking, and keeps the text', async () => {
    openSession();
    const user = userEvent.setup();
    const field = await within(panel()).findByRole('textbox', { name: 'Remark' });
    await user.type(field, 'Said by nobody{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the organization speaking first');
    expect(field).toHaveValue('Said by nobody');
    expect(currentMap().feedback).toEqual([]);
  });

  it('keeps a half-typed remark when the agenda moves on and comes back', async () => {
    openSession();
    const user = userEvent.setup();
    await user.type(await within(panel()).findByRole('textbox', { name: 'Remark' }), 'Half a thought');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(within(panel()).queryByRole('textbox', { name: 'Remark' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(within(panel()).getByRole('textbox', { name: 'Remark' })).toHaveValue('Half a thought');
  });

  it('accepts a suggested move as one undo step, and keeps the decision', async () => {
    const withSuggestion = [
      (map: typeof sessionMap) => addOrganization(map, 'Mercy', '2026-05-01T10:00:00Z'),
      (map: typeof sessionMap) =>
        suggestChange(map, { organization: 'Mercy', suggestion: { kind: 'add-transition', from: 'ma', to: 'lpn' } }, '2026-05-01T10:05:00Z'),
    ].reduce((map, step) => {
      const result = step(map);
      if (!result.ok) throw new Error(result.reason);
      return result.map;
    }, sessionMap);
    openSession(withSuggestion);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Suggestions (1)' }));
    const pending = within(panel()).getByRole('list', { name: 'Pending suggestions' });
    expect(pending).toHaveTextContent('Add a move from Medical Assistant to Licensed Practical Nurse');

    await user.click(within(pending).getByRole('button', { name: 'Accept' }));
    expect(currentMap().transitions.some((move) => move.from === 'ma' && move.to === 'lpn')).toBe(true);
    expect(currentMap().feedback.at(-1)).toMatchObject({ status: 'accepted' });
    expect(within(panel()).getByRole('list', { name: 'Decided suggestions' })).toHaveTextContent('Accepted');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(currentMap().transitions.some((move) => move.from === 'ma' && move.to === 'lpn')).toBe(false);
    expect(currentMap().feedback.at(-1)).toMatchObject({ status: 'open' });
  });

  it('says whether a suggested wage is per hour or per year: the occupation\'s own unit, or a choice when it has no wage', async () => {
    const hourly = { ...sessionMap, occupations: sessionMap.occupations.map((o) => (o.id === 'cna' ? { ...o, wage: { amount: 18.5, unit: 'hour' as const } } : o)) };
    openSession(hourly);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Suggestions/ }));
    select('occupation', 'cna');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Change' }), 'set-field');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Field' }), 'wage.amount');
    expect(within(panel()).getByRole('textbox', { name: 'New value (dollars per hour)' })).toBeInTheDocument();
    expect(within(panel()).queryByRole('combobox', { name: 'Per' })).not.toBeInTheDocument();

    select('occupation', 'rn');
    await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Field' }), 'wage.amount');
    expect(within(panel()).getByRole('textbox', { name: 'New value (dollars)' })).toBeInTheDocument();
    expect(within(panel()).getByRole('combobox', { name: 'Per' })).toBeInTheDocument();
  });

  it('marks the map validated by the organizations ticked, all present by default', async () => {
    openSession();
    const user = await addOrganizations('Baystate Health', 'Mercy', 'Holyoke');
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const validating = screen.getByRole('group', { name: 'Organizations validating' });
    await user.click(within(validating).getByRole('checkbox', { name: 'Holyoke' }));
    await user.click(screen.getByRole('button', { name: 'Mark validated' }));
    expect(currentMap().feedback.filter((item) => item.kind === 'validated').map((item) => item.organization)).toEqual([
      'Baystate Health',
      'Mercy',
    ]);
    expect(screen.getAllByText(/^Validated by 2 employers on \d{1,2} \w+ \d{4}$/).length).toBeGreaterThan(0);
  });
});
