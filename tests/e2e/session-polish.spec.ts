import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { SessionPage } from './pages/session-page';
import { SAMPLE_ID } from './support/sample-map';

// The session is run on a projector.
test.use({ viewport: { width: 1920, height: 1080 } });

const BAYSTATE = 'Baystate Health';
const MERCY = 'Mercy Medical Center';
// Fifty characters: a long name, and one with a word too long for the panel's width.
const LONG_NAME = 'Western Massachusetts Regional Healthcare Alliance';
const LONG_WORD = 'PioneerValleyRegionalHealthcareWorkforceInvestment';

test('Escape leaves the “Add organization” field, so 1 then picks the first organization', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(BAYSTATE);
  await session.addOrganization(MERCY);
  const field = session.panel.getByRole('textbox', { name: 'Add organization' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).not.toBeFocused();
  await page.keyboard.press('1');
  await expect(field).toHaveValue('');
  await expect(session.speakingChoice(BAYSTATE)).toBeChecked();
  // The next vote goes to the organization picked.
  await session.voteFor('Registered Nurse (RN)');
  await expect(session.panel.getByText(`${BAYSTATE}: 1 of 5 critical votes used.`)).toBeVisible();
});

test('the session opened in a new tab comes back to the agenda step and the person speaking', async ({ page, context }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(BAYSTATE);
  await session.addOrganization(MERCY);
  await session.speakingChoice(MERCY).check();
  await session.panel.getByRole('textbox', { name: 'Person speaking (optional)' }).fill('Dev Patel');
  await session.agenda.getByRole('button', { name: 'Next step' }).click();
  await expect(session.agenda.getByText(/^Step 2 of 10/)).toBeVisible();
  await session.expectSaved();

  // A new tab (the laptop's browser restarted, the session opened from the library again).
  const other = await context.newPage();
  const again = new SessionPage(other);
  await other.goto(page.url());
  await again.expectLaidOut();
  await expect(again.agenda.getByText(/^Step 2 of 10/)).toBeVisible();
  await expect(again.speakingChoice(MERCY)).toBeChecked();
  await expect(again.panel.getByRole('textbox', { name: 'Person speaking (optional)' })).toHaveValue('Dev Patel');
  // Each organization keeps its own person: Baystate's is not Mercy's.
  await again.speakingChoice(BAYSTATE).check();
  await expect(again.panel.getByRole('textbox', { name: 'Person speaking (optional)' })).toHaveValue('');
});

test('a reload mid-session keeps the agenda step, the organization and the person speaking', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(BAYSTATE);
  await session.addOrganization(MERCY);
  await session.speakingChoice(BAYSTATE).check();
  await session.panel.getByRole('textbox', { name: 'Person speaking (optional)' }).fill('Ann Lee');
  await session.agenda.getByRole('button', { name: 'Next step' }).click();
  await session.agenda.getByRole('button', { name: 'Next step' }).click();
  await expect(session.agenda.getByText(/^Step 3 of 10/)).toBeVisible();
  await session.expectSaved();

  await page.reload();
  await session.expectLaidOut();
  await expect(session.agenda.getByText(/^Step 3 of 10/)).toBeVisible();
  await expect(session.speakingChoice(BAYSTATE)).toBeChecked();
  await expect(session.panel.getByRole('textbox', { name: 'Person speaking (optional)' })).toHaveValue('Ann Lee');
  // Not refused for want of a speaker: the vote is Baystate's.
  await session.voteFor('Registered Nurse (RN)');
  await expect(session.card('Registered Nurse (RN)')).toContainText('1 critical vote');
  await expect(session.panel.getByText(`${BAYSTATE}: 1 of 5 critical votes used.`)).toBeVisible();
});

test('a suggested wage starts in the map’s usual unit, and an hourly $39,000 is flagged before it is recorded', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(BAYSTATE);
  await session.select('Phlebotomist');
  await session.tab(/^Suggestions/).click();
  const form = session.panel.getByRole('region', { name: 'Suggest a change' });
  await form.getByRole('combobox', { name: 'Change' }).selectOption({ label: 'Change a field' });
  await form.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'wage figure' });
  const per = form.getByRole('combobox', { name: 'Per' });
  await expect(per).toHaveValue('year');

  await per.selectOption('hour');
  await form.getByRole('textbox', { name: 'New value (dollars)' }).fill('39000');
  await form.getByRole('button', { name: 'Suggest change' }).click();
  await expect(form.getByRole('alert')).toContainText('$39,000.00 an hour looks like a yearly figure, and the unit is per hour.');
  const pending = session.panel.getByRole('list', { name: 'Pending suggestions' });
  await expect(pending).toHaveCount(0);

  await per.selectOption('year');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Suggest change' }).click();
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(pending).toContainText('$39,000');
  await expect(pending).not.toContainText('an hour');
});

/**
 * What of the organization list is not in view: a name or count past the right edge of the list or
 * of the side panel (their scroll bars excluded), or a row cut off at the bottom.
 */
async function overflows(list: Locator): Promise<string[]> {
  return list.evaluate((element) => {
    const visibleRight = (box: Element) => box.getBoundingClientRect().left + box.clientLeft + box.clientWidth + 0.5;
    const panel = element.closest('aside')!;
    const right = Math.min(visibleRight(element), visibleRight(panel), window.innerWidth);
    const problems: string[] = [];
    if (element.scrollWidth > element.clientWidth) problems.push(`the list scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
    if (panel.scrollWidth > panel.clientWidth) problems.push(`the panel scrolls sideways (${panel.scrollWidth} > ${panel.clientWidth})`);
    for (const item of element.querySelectorAll('li')) {
      for (const part of item.querySelectorAll('label > span, .session-speaking__votes')) {
        const rect = part.getBoundingClientRect();
        if (rect.right > right) problems.push(`“${part.textContent}” ends at ${Math.round(rect.right)}, past ${Math.round(right)}`);
      }
      const label = item.querySelector('label');
      if (label && label.scrollHeight > label.clientHeight + 1) problems.push(`“${label.textContent}” is cut off at the bottom`);
      if (item.scrollHeight > item.clientHeight + 1) problems.push(`“${item.textContent}” overflows its row`);
    }
    return problems;
  });
}

async function openWithOrganizations(page: Page, names: readonly string[]) {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  for (const name of names) await session.addOrganization(name);
  await session.voteFor('Registered Nurse (RN)');
  return session;
}

test('long organization names wrap in “Speaking now” and the vote counts stay whole, in full screen too', async ({ page }) => {
  const names = [LONG_NAME, LONG_WORD, ...Array.from({ length: 8 }, (_, index) => `Employer ${index + 1}`)];
  const session = await openWithOrganizations(page, names);
  const list = session.panel.getByRole('group', { name: 'Speaking now' }).getByRole('list');
  await expect(list.getByText('1 of 5 votes')).toHaveCount(1);
  expect(await overflows(list)).toEqual([]);

  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('session') ?? false)).toBe(true);
  expect(await overflows(list)).toEqual([]);
  // Each long name is shown whole: its row is as tall as its wrapped lines.
  for (const name of [LONG_NAME, LONG_WORD]) {
    const label = list.getByRole('listitem').filter({ hasText: name }).locator('label > span');
    const box = await label.boundingBox();
    const lineHeight = await label.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(box!.height, name).toBeGreaterThan(lineHeight * 1.5);
  }
});

test('the header keeps the validation date and the save status apart', async ({ page }) => {
  const session = await openWithOrganizations(page, [BAYSTATE]);
  await session.tab('Validate').click();
  await session.panel.getByRole('button', { name: 'Mark validated' }).click();
  await session.expectSaved();
  // The header's badge comes first on the page (the Validate tool repeats it).
  const badge = page.getByText(/^Validated by 1 employer on /).first();
  const saved = session.saveStatus;
  const [a, b] = [(await badge.boundingBox())!, (await saved.boundingBox())!];
  const sameLine = Math.abs(a.y + a.height - (b.y + b.height)) < a.height / 2;
  if (sameLine) expect(b.x - (a.x + a.width)).toBeGreaterThanOrEqual(8);
  else expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
});
