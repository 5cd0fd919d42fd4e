import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/features/session/session-store';
import { currentMap, openSession, resetStores, select, sessionMap } from './session-test-map';

// Session UI state is kept per tab (sessionStorage, and localStorage for a new tab): each test starts with none.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
});

const panel = () => screen.getByRole('complementary', { name: 'Session panel' });
const speakingNow = () => within(panel()).getByRole('group', { name: 'Speaking now' });

/** A fresh load of the page in the same tab: the in-memory session state is gone, the map is saved. */
function reloadTab() {
  const map = currentMap();
  cleanup();
  resetStores();
  openSession(map);
}

describe('Escape leaves a session text field, so the shortcuts work next', () => {
  it('after adding an organization, Escape then 1 picks the first organization (nothing is typed)', async () => {
    openSession();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Add organization' });
    await user.type(field, 'Baystate Health{Enter}');
    await user.type(field, 'Mercy Medical Center{Enter}');
    expect(within(speakingNow()).getByRole('radio', { name: 'Mercy Medical Center' })).toBeChecked();

    await user.keyboard('{Escape}');
    expect(field).not.toHaveFocus();
    await user.keyboard('1');
    expect(field).toHaveValue('');
    expect(within(speakingNow()).getByRole('radio', { name: 'Baystate Health' })).toBeChecked();
  });

  it.each([
    ['Person speaking (optional)', () => undefined],
    ['Why (optional)', async (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: /^Suggestions/ }))],
  ])('Escape in “%s” leaves it, and the next key is a shortcut', async (name, open) => {
    openSession();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Add organization' }), 'Baystate Health{Enter}');
    await open(user);
    const field = within(panel()).getByRole('textbox', { name });
    await user.click(field);
    await user.type(field, 'Ann');
    await user.keyboard('{Escape}');
    expect(field).not.toHaveFocus();
    expect(panel().closest('.session')).toHaveFocus();
    await user.keyboard(']');
    expect(field).toHaveValue('Ann');
    expect(screen.getByText(/^Step 2 of 10/)).toBeInTheDocument();
  });
});

describe('a reload of the tab keeps the agenda step and who is speaking', () => {
  it('comes back on the same step, with the same organization and person speaking', async () => {
    openSession();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Add organization' });
    await user.type(field, 'Baystate Health{Enter}');
    await user.type(field, 'Mercy Medical Center{Enter}');
    await user.click(within(speakingNow()).getByRole('radio', { name: 'Baystate Health' }));
    await user.type(within(panel()).getByRole('textbox', { name: 'Person speaking (optional)' }), 'Ann Lee');
    await user.click(screen.getByRole('button', { name: 'What makes it critical' }));
    expect(screen.getByText(/^Step 4 of 10/)).toBeInTheDocument();

    reloadTab();
    expect(await screen.findByText(/^Step 4 of 10/)).toBeInTheDocument();
    expect(within(speakingNow()).getByRole('radio', { name: 'Baystate Health' })).toBeChecked();
    expect(within(panel()).getByRole('textbox', { name: 'Person speaking (optional)' })).toHaveValue('Ann Lee');
    // The step's tool is open, and a remark is taken at once (not refused for want of a speaker).
    const remark = within(panel()).getByRole('textbox', { name: 'Remark' });
    await user.type(remark, 'Night shifts are hardest to fill{Enter}');
    expect(currentMap().feedback.at(-1)).toMatchObject({ organization: 'Baystate Health', author: 'Ann Lee', kind: 'why-critical' });
  });

  it('keeps each map’s session state apart', async () => {
    openSession();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Add organization' }), 'Baystate Health{Enter}');
    await user.keyboard('{Escape}]]');
    expect(screen.getByText(/^Step 3 of 10/)).toBeInTheDocument();
    cleanup();
    resetStores();
    openSession({ ...sessionMap, id: 'other-map', title: 'Other map' });
    expect(await screen.findByText(/^Step 1 of 10/)).toBeInTheDocument();
    expect(useSessionStore.getState().speaking).toBeUndefined();
  });
});

const yearlyMap = {
  ...sessionMap,
  occupations: sessionMap.occupations.map((occupation, index) =>
    index < 3 ? { ...occupation, wage: { amount: 40000 + index * 1000, unit: 'year' as const } } : occupation,
  ),
};

async function suggestMedianWageOf(id: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: 'Add organization' }), 'Baystate Health{Enter}');
  await user.click(screen.getByRole('button', { name: /^Suggestions/ }));
  select('occupation', id);
  await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Change' }), 'set-field');
  await user.selectOptions(within(panel()).getByRole('combobox', { name: 'Field' }), 'wage.amount');
  return user;
}

const suggestions = () => currentMap().feedback.filter((item) => item.suggestion !== undefined);

describe('a suggested wage for an occupation with no wage yet', () => {
  it('starts in the unit most of the map’s wages use', async () => {
    openSession(yearlyMap);
    await suggestMedianWageOf('phleb');
    expect(within(panel()).getByRole('combobox', { name: 'Per' })).toHaveValue('year');
  });

  it('flags an implausible figure before it is recorded, and records it once the unit is fixed', async () => {
    openSession(yearlyMap);
    const user = await suggestMedianWageOf('phleb');
    const per = within(panel()).getByRole('combobox', { name: 'Per' });
    await user.selectOptions(per, 'hour');
    await user.type(within(panel()).getByRole('textbox', { name: 'New value (dollars)' }), '39000');
    await user.click(within(panel()).getByRole('button', { name: 'Suggest change' }));
    expect(suggestions()).toHaveLength(0);
    const warning = within(panel()).getByRole('alert');
    expect(warning).toHaveTextContent('$39,000.00 an hour looks like a yearly figure, and the unit is per hour.');

    await user.selectOptions(per, 'year');
    expect(within(panel()).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Suggest change' }));
    expect(suggestions()).toHaveLength(1);
    expect(suggestions()[0]).toMatchObject({ suggestion: { field: 'wage.amount', value: 39000, unit: 'year' } });
  });

  it('records an implausible figure only when the facilitator says it is right', async () => {
    openSession(yearlyMap);
    const user = await suggestMedianWageOf('cna');
    await user.type(within(panel()).getByRole('textbox', { name: 'New value (dollars per year)' }), '18.50');
    await user.click(within(panel()).getByRole('button', { name: 'Suggest change' }));
    expect(within(panel()).getByRole('alert')).toHaveTextContent('$19 a year looks like an hourly figure, and the unit is per year.');
    expect(suggestions()).toHaveLength(0);
    await user.click(within(panel()).getByRole('button', { name: 'Record it as typed' }));
    expect(suggestions()).toHaveLength(1);
    expect(suggestions()[0]).toMatchObject({ suggestion: { value: 18.5, unit: 'year' } });
  });
});
