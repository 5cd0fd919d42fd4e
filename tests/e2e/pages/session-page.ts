import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { waitForMapAtRest } from '../support/map-at-rest';

/** Facilitation mode (/maps/:id/session) as a facilitator meets it: agenda, map, side panel. */
export class SessionPage {
  readonly canvas: Locator;
  readonly panel: Locator;
  readonly agenda: Locator;
  readonly saveStatus: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: /^Session map:/ });
    this.panel = page.getByRole('complementary', { name: 'Session panel' });
    this.agenda = page.getByRole('navigation', { name: 'Agenda' });
    this.saveStatus = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ });
    this.alert = page.getByRole('alert');
  }

  /** Opens a session on a bundled sample: samples stay as they ship, so it runs on a copy. */
  async startOnSampleCopy(sampleId: string): Promise<string> {
    await this.page.goto(`/maps/${sampleId}/session`);
    await this.page.getByRole('button', { name: 'Run a session on a copy' }).click();
    await expect(this.page).toHaveURL(/\/maps\/[^/]+\/session$/);
    await this.expectLaidOut();
    return decodeURIComponent(new URL(this.page.url()).pathname.split('/')[2]!);
  }

  /** A map without saved positions is laid out for display when the session opens; cards then move, and the view fits. */
  async expectLaidOut(): Promise<void> {
    await expect(this.canvas).toBeVisible();
    await waitForMapAtRest(this.canvas);
  }

  /** A card (occupation or step) by its title (whole, or a pattern): cards are buttons. */
  card(title: string | RegExp): Locator {
    return this.canvas.getByRole('button', { name: title, exact: true });
  }

  moves(): Locator {
    return this.canvas.getByRole('group', { name: /^(Move|Lateral move|Entry move) from / });
  }

  move(fromTitle: string, toTitle: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^(Move|Lateral move|Entry move) from ${escape(fromTitle)} to ${escape(toTitle)}`) });
  }

  async addOrganization(name: string): Promise<void> {
    const field = this.panel.getByRole('textbox', { name: 'Add organization' });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.speakingChoice(name)).toBeChecked();
  }

  speakingChoice(name: string): Locator {
    return this.panel.getByRole('group', { name: 'Speaking now' }).getByRole('radio', { name, exact: true });
  }

  async select(title: string): Promise<void> {
    await this.card(title).click();
    await expect(this.panel.getByRole('heading', { name: `About: ${title}` })).toBeVisible();
  }

  async voteFor(title: string): Promise<void> {
    await this.select(title);
    await this.panel.getByRole('button', { name: 'Vote critical' }).click();
  }

  tab(name: string | RegExp): Locator {
    return this.panel.getByRole('group', { name: 'Session tools' }).getByRole('button', { name });
  }

  /** Types a remark of the kind a one-key shortcut picks, and saves it with Enter. */
  async remark(shortcut: string, text: string): Promise<void> {
    await this.page.keyboard.press(shortcut);
    const field = this.panel.getByRole('textbox', { name: 'Remark', exact: true });
    await expect(field).toBeFocused();
    await field.pressSequentially(text);
    await field.press('Enter');
    await expect(field).toHaveValue('');
    await expect(field).not.toBeFocused();
  }

  remarks(): Locator {
    return this.panel.getByRole('list', { name: /^Remarks about / }).getByRole('listitem');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async download(buttonName: string): Promise<{ download: Download; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: buttonName }).click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
