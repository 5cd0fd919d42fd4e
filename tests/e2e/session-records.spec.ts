import { expect } from '@playwright/test';
import { test } from './support/test';
import { SessionPage } from './pages/session-page';
import { SAMPLE_ID } from './support/sample-map';

const HOLYOKE = 'Holyoke Plastics & Molding';
const VALLEY = 'Valley Aerospace';

test('the person speaking belongs to their organization: choosing another one clears it, and the remark is theirs', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(HOLYOKE);
  await session.addOrganization(VALLEY);
  const person = session.panel.getByRole('textbox', { name: 'Person speaking (optional)' });

  await session.speakingChoice(HOLYOKE).check();
  await person.fill('Ann Lee');
  await session.speakingChoice(VALLEY).check();
  await expect(person).toHaveValue('');
  await person.fill('Dev Patel');

  await session.select('Phlebotomist');
  await session.remark('s', 'Few know the new analysers');
  await expect(session.remarks().first()).toContainText(`${VALLEY} (Dev Patel)`);

  // Back to Holyoke: its own person again, never Valley Aerospace's.
  await session.speakingChoice(HOLYOKE).check();
  await expect(person).toHaveValue('Ann Lee');
});

test('an accepted rename keeps the old title in the meeting record, with the new one beside it', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(VALLEY);
  await session.select('Phlebotomist');
  await session.tab('Suggestions').click();
  const form = session.panel.getByRole('region', { name: 'Suggest a change' });
  await form.getByRole('combobox', { name: 'Change' }).selectOption({ label: 'Change a field' });
  await form.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'title' });
  await form.getByRole('textbox', { name: 'New value' }).fill('Phlebotomy Technician');
  await form.getByRole('button', { name: 'Suggest change' }).click();
  const pending = session.panel.getByRole('list', { name: 'Pending suggestions' });
  await pending.getByRole('button', { name: 'Accept' }).click();

  await expect(session.card('Phlebotomy Technician')).toBeVisible();
  const decided = session.panel.getByRole('list', { name: 'Decided suggestions' });
  await expect(decided).toContainText('Set the title of Phlebotomist (now: Phlebotomy Technician) to "Phlebotomy Technician"');

  // The CSV summary names the suggestion's own kind.
  await session.tab('Summary').click();
  const csv = await session.download('Download summary (CSV)');
  const row = csv.text.split('\r\n').find((line) => line.startsWith('Suggested change'));
  expect(row).toContain('Change a field');
  expect(row).toContain('Phlebotomist (now: Phlebotomy Technician)');
});

test('after Undo the "Accepted" notice is gone, and a half-typed remark survives a reload', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(VALLEY);
  await session.tab('Suggestions').click();
  const form = session.panel.getByRole('region', { name: 'Suggest a change' });
  await form.getByRole('combobox', { name: 'Change' }).selectOption({ label: 'Add a move' });
  await form.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Phlebotomist' });
  await form.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Medical Assistant' });
  await form.getByRole('button', { name: 'Suggest change' }).click();
  await session.panel.getByRole('list', { name: 'Pending suggestions' }).getByRole('button', { name: 'Accept' }).click();
  const accepted = page.getByRole('status').filter({ hasText: /^Accepted: .* Undo takes it back\.$/ });
  await expect(accepted).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(accepted).toHaveCount(0);

  await session.select('Phlebotomist');
  await page.keyboard.press('s');
  const remark = session.panel.getByRole('textbox', { name: 'Remark', exact: true });
  await expect(remark).toBeFocused();
  await remark.pressSequentially('Night shifts are hard to');
  await session.expectSaved();
  await page.reload();
  await session.expectLaidOut();
  await expect(session.panel.getByRole('textbox', { name: 'Remark', exact: true })).toHaveValue('Night shifts are hard to');
});
