import { expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { SessionPage } from './pages/session-page';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID, sampleMap } from './support/sample-map';

const BAYSTATE = 'Baystate Health';
const MERCY = 'Mercy Medical Center';
const HOLYOKE = 'Holyoke Medical Center';

const CNA = 'Nursing Assistant (CNA)';
const LPN = 'Licensed Practical Nurse (LPN)';
const RN = 'Registered Nurse (RN)';
const MEDICAL_ASSISTANT = 'Medical Assistant';
const EMT = 'Emergency Medical Technician (EMT)';
const PARAMEDIC = 'Paramedic';
const PHLEBOTOMIST = 'Phlebotomist';


test('a whole session: organizations, votes, remarks, a suggestion accepted, validation, reload, summary', async ({ page }) => {
  // A whole session in one test: some sixty steps, each waiting on the page.
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  const errors = collectPageErrors(page);
  const session = new SessionPage(page);
  const mapId = await session.startOnSampleCopy(SAMPLE_ID);

  // Three organizations, each added with its name and Enter; the newest is the one speaking.
  await session.addOrganization(BAYSTATE);
  await session.addOrganization(MERCY);
  await session.addOrganization(HOLYOKE);
  await expect(session.panel.getByRole('heading', { name: 'Organizations present (3)' })).toBeVisible();

  // Baystate (number key 1) marks five occupations critical; the sixth is refused, with the reason.
  await session.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('1');
  await expect(session.speakingChoice(BAYSTATE)).toBeChecked();
  for (const title of [CNA, LPN, RN, MEDICAL_ASSISTANT, EMT]) await session.voteFor(title);
  await expect(session.panel.getByText(`${BAYSTATE}: 5 of 5 critical votes used.`)).toBeVisible();
  await session.select(PARAMEDIC);
  await page.keyboard.press('v');
  await expect(session.alert).toContainText(`${BAYSTATE} has already marked 5 critical occupations`);
  await expect(session.card(PARAMEDIC)).not.toContainText('critical vote');

  // Mercy (one click) votes for the RN too: the card shows the tally, the ranking groups it.
  await session.speakingChoice(MERCY).check();
  await session.voteFor(RN);
  await expect(session.card(RN)).toContainText('2 critical votes');
  await expect(session.card(CNA)).toContainText('1 critical vote');
  await session.tab('Ranking').click();
  const nursing = session.panel.getByRole('region', { name: 'Nursing and direct care' });
  await expect(nursing.getByRole('listitem').first()).toContainText(`${RN} 2 votes: ${BAYSTATE}, ${MERCY}`);
  await expect(session.panel.getByRole('region', { name: 'Emergency medical services' })).toContainText(EMT);

  // Remarks of three kinds, each a key, the text and Enter; attributed to the organization speaking.
  await session.select(RN);
  await session.remark('s', 'New graduates lack charting in the electronic health record');
  await session.remark('w', 'Hardest role to fill on night shifts');
  await page.keyboard.press('Escape');
  await expect(session.panel.getByRole('heading', { name: 'About: The whole map' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(session.speakingChoice(HOLYOKE)).toBeChecked();
  await session.remark('p', 'Holyoke Community College practical nursing certificate');
  await expect(session.remarks()).toHaveCount(1);
  await expect(session.remarks().first()).toContainText(`Preferred training program · ${HOLYOKE}`);
  await session.select(RN);
  await expect(session.remarks()).toHaveCount(2);
  await expect(session.remarks().first()).toContainText(`Why critical · ${MERCY}`);
  await expect(session.remarks().nth(1)).toContainText('New graduates lack charting in the electronic health record');

  // A suggested move is feedback, drawn as pending; accepting it adds the move as one undo step.
  const movesBefore = await session.moves().count();
  await session.tab('Suggestions').click();
  const form = session.panel.getByRole('region', { name: 'Suggest a change' });
  await form.getByRole('combobox', { name: 'Change' }).selectOption({ label: 'Add a move' });
  await form.getByRole('combobox', { name: 'From' }).selectOption({ label: PHLEBOTOMIST });
  await form.getByRole('combobox', { name: 'To' }).selectOption({ label: MEDICAL_ASSISTANT });
  await form.getByRole('textbox', { name: 'Why (optional)' }).fill('Phlebotomists often cross-train');
  await form.getByRole('button', { name: 'Suggest change' }).click();
  const pending = session.panel.getByRole('list', { name: 'Pending suggestions' });
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(pending).toContainText(`Add a move from ${PHLEBOTOMIST} to ${MEDICAL_ASSISTANT}`);
  await expect(session.tab('Suggestions (1)')).toBeVisible();
  await expect(session.canvas.getByLabel(`Suggested move from ${PHLEBOTOMIST} to ${MEDICAL_ASSISTANT}, pending`)).toBeAttached();
  await expect(session.moves()).toHaveCount(movesBefore);

  await pending.getByRole('button', { name: 'Accept' }).click();
  await expect(session.moves()).toHaveCount(movesBefore + 1);
  await expect(pending).toHaveCount(0);
  const decided = session.panel.getByRole('list', { name: 'Decided suggestions' });
  await expect(decided).toContainText(`Add a move from ${PHLEBOTOMIST} to ${MEDICAL_ASSISTANT}`);
  await expect(decided).toContainText('Accepted');
  // One undo takes back both the move and the decision; redo brings both back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(session.moves()).toHaveCount(movesBefore);
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(session.moves()).toHaveCount(movesBefore + 1);
  await expect(decided).toContainText('Accepted');

  // Validation, by every organization present (the default).
  await session.tab('Validate').click();
  const validating = session.panel.getByRole('group', { name: 'Organizations validating' });
  await expect(validating.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await session.panel.getByRole('button', { name: 'Mark validated' }).click();
  await expect(page.getByText(/^Validated by 3 employers on \d{1,2} \w+ \d{4}$/).first()).toBeVisible();

  // Reload mid-session: every organization, vote, remark and decision is still there.
  await session.expectSaved();
  await page.reload();
  await session.expectLaidOut();
  for (const name of [BAYSTATE, MERCY, HOLYOKE]) await expect(session.speakingChoice(name)).toBeVisible();
  await expect(session.card(RN)).toContainText('2 critical votes');
  await expect(session.card(EMT)).toContainText('1 critical vote');
  await expect(session.moves()).toHaveCount(movesBefore + 1);
  await session.select(RN);
  await expect(session.remarks()).toHaveCount(2);
  await session.tab(/^Suggestions/).click();
  await expect(session.panel.getByRole('list', { name: 'Decided suggestions' })).toContainText('Accepted');
  await expect(page.getByText(/^Validated by 3 employers on /).first()).toBeVisible();
  await session.speakingChoice(BAYSTATE).check();
  await expect(session.panel.getByText(`${BAYSTATE}: 5 of 5 critical votes used.`)).toBeVisible();

  // The summary as Markdown and CSV, and as a printable page.
  await session.tab('Summary').click();
  const markdown = await session.download('Download summary (Markdown)');
  expect(markdown.download.suggestedFilename()).toBe(`${mapId}-session-summary.md`);
  for (const expected of [BAYSTATE, MERCY, HOLYOKE, RN, 'New graduates lack charting in the electronic health record', 'Accepted']) {
    expect(markdown.text).toContain(expected);
  }
  expect(markdown.text).toMatch(/Validated by 3 employers/);
  const csv = await session.download('Download summary (CSV)');
  expect(csv.download.suggestedFilename()).toBe(`${mapId}-session-summary.csv`);
  for (const expected of [BAYSTATE, HOLYOKE, RN, 'New graduates lack charting in the electronic health record', 'accepted']) {
    expect(csv.text.toLowerCase()).toContain(expected.toLowerCase());
  }

  await session.panel.getByRole('link', { name: 'Printable summary' }).click();
  const summary = page.getByRole('article', { name: /^Session summary:/ });
  await expect(summary.getByRole('heading', { name: 'Organizations present (3)' })).toBeVisible();
  await expect(summary.getByRole('table').first()).toContainText(`${RN}2${BAYSTATE}, ${MERCY}`);
  await expect(summary.getByRole('region', { name: 'Skill gaps by occupation' })).toContainText(
    'New graduates lack charting in the electronic health record',
  );
  await expect(summary.getByRole('region', { name: 'Suggested changes' })).toContainText('Accepted');
  await expect(summary.getByRole('button', { name: 'Print' })).toBeVisible();

  // The library and the viewer say the map was validated.
  await page.goto('/');
  const card = page.getByRole('listitem', { name: `${sampleMap().title} (copy)`, exact: true });
  await expect(card).toContainText('Validated by 3 employers on');
  await page.goto(`/maps/${mapId}`);
  await expect(page.getByText(/^Validated by 3 employers on /)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a sample is run on a copy, and the session page has no serious accessibility violations', async ({ page }) => {
  // Three axe scans of a page with a canvas.
  test.setTimeout(test.info().timeout * 2); // the usual limit grows with E2E_CPU_THROTTLE
  const session = new SessionPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/session`);
  await expect(page.getByRole('heading', { name: /is a sample map$/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Run a session on a copy' }).click();
  await expect(session.canvas).toBeVisible();
  await session.addOrganization(BAYSTATE);
  await session.voteFor(RN);
  await session.tab('Remarks').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByText('Keyboard shortcuts').click();
  await session.tab('Suggestions').click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a remark needs an organization, and a vote needs a card: each is refused with a reason', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  const field = session.panel.getByRole('textbox', { name: 'Remark', exact: true });
  await field.fill('Nobody said this');
  await field.press('Enter');
  await expect(session.alert).toContainText('Choose the organization speaking first');
  await expect(field).toHaveValue('Nobody said this');

  await session.addOrganization(BAYSTATE);
  await session.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('v');
  await expect(session.alert).toContainText('Select an occupation card first');
});

test('a remark on a step card is about that card, and a vote on it is refused: votes are for occupations', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(MERCY);
  const licence = session.card(/^Credential: NCLEX-PN\b/);
  await licence.click();
  await expect(session.panel.getByRole('heading', { name: 'About: NCLEX-PN' })).toBeVisible();
  await expect(session.panel).toContainText('critical votes are for occupations');
  await session.remark('p', 'Our NCLEX-PN review course');
  await expect(session.remarks()).toHaveCount(1);
  await expect(session.remarks().first()).toContainText(`Preferred training program · ${MERCY}Our NCLEX-PN review course`);
  await page.keyboard.press('v');
  await expect(session.alert).toContainText('Select an occupation card first');

  // The remark stays with the card: the whole map has none, the card still has it.
  await page.keyboard.press('Escape');
  await expect(session.panel.getByRole('heading', { name: 'About: The whole map' })).toBeVisible();
  await expect(session.remarks()).toHaveCount(0);
  await licence.click();
  await expect(session.panel.getByRole('heading', { name: 'About: NCLEX-PN' })).toBeVisible();
  await expect(session.remarks()).toHaveCount(1);
});

test('full screen toggles the session page, and the agenda steps through its prompts', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  const fullScreen = page.getByRole('button', { name: 'Full screen' });
  await fullScreen.click();
  await expect(fullScreen).toHaveAttribute('aria-pressed', 'true');
  await fullScreen.click();
  await expect(fullScreen).toHaveAttribute('aria-pressed', 'false');

  await expect(session.agenda.getByRole('button', { name: 'Who is in the room' })).toHaveAttribute('aria-current', 'step');
  await session.agenda.getByRole('button', { name: 'Next step' }).click();
  await expect(session.agenda).toContainText('Each employer names its 3–5 most critical occupations');
  await expect(session.tab('Ranking')).toHaveAttribute('aria-pressed', 'true');
  await session.canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(session.agenda.getByRole('button', { name: 'Skill gaps' })).toHaveAttribute('aria-current', 'step');
  await expect(session.panel.getByRole('combobox', { name: 'Kind of remark' })).toHaveValue('skill-gap');
});

test('a remark on an arrow, chosen with the keyboard, is kept when the tab is closed at once', async ({ page, context }) => {
  const session = new SessionPage(page);
  const mapId = await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(MERCY);

  // Tab to the arrow and select it with Enter: the remark is about the move.
  const move = session.move(EMT, PARAMEDIC);
  await move.focus();
  await page.keyboard.press('Enter');
  await expect(session.panel.getByRole('heading', { name: `About: ${EMT} → ${PARAMEDIC}` })).toBeVisible();
  await session.remark('m', 'Most of our paramedics started as EMTs with us');
  await session.remark('c', 'The move takes two years, not one');
  await expect(session.remarks()).toHaveCount(2);

  // Closing the tab straight away (no waiting for "Saved") loses nothing: the page flushes as it hides.
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  const again = new SessionPage(reopened);
  await reopened.goto(`/maps/${mapId}/session`);
  await again.expectLaidOut();
  await expect(again.speakingChoice(MERCY)).toBeVisible();
  await again.move(EMT, PARAMEDIC).focus();
  await reopened.keyboard.press('Enter');
  await expect(again.remarks()).toHaveCount(2);
  await expect(again.remarks().first()).toContainText('Correction · Mercy Medical CenterThe move takes two years, not one');
  await expect(again.remarks().nth(1)).toContainText('How people move in and out · Mercy Medical Center');
});

test('where the browser refuses full screen, the page says how to do it by hand', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect(session.alert).toContainText('Use its own full-screen key instead (F11');
});

test('the printed summary is the summary alone', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization(HOLYOKE);
  await page.getByRole('link', { name: 'Printable summary' }).click();
  const summary = page.getByRole('article', { name: /^Session summary:/ });
  await expect(summary.getByRole('region', { name: 'Organizations present (1)' })).toContainText(HOLYOKE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Summary actions' })).toBeHidden();
  await expect(summary.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to the session' }).click();
  await expect(session.canvas).toBeVisible();
});
