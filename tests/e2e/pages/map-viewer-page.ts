import { expect, type Locator, type Page } from '@playwright/test';

/** The map viewer (/maps/:id) as a user meets it: a heading, a toolbar, the canvas of cards. */
export class MapViewerPage {
  readonly canvas: Locator;
  readonly importReport: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: /^Pathway map:/ });
    this.importReport = page.getByRole('alert').or(page.getByRole('status').filter({ hasText: 'Imported' }));
  }

  async goto(mapId: string): Promise<void> {
    await this.page.goto(`/maps/${mapId}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A card (occupation or step) by its title (whole, or a pattern): cards are buttons (Enter or a click selects one). */
  card(title: string | RegExp): Locator {
    return this.canvas.getByRole('button', { name: title, exact: true });
  }

  occupationCard(title: string): Locator {
    return this.card(title);
  }

  moves(): Locator {
    return this.canvas.getByRole('img', { name: /^(Move|Lateral move|Entry move) from / });
  }

  /** Each card is on screen: visible, and not clipped away by the canvas (so a user can see it). */
  async expectCards(titles: readonly string[]): Promise<void> {
    for (const title of titles) {
      await expect(this.occupationCard(title)).toBeVisible();
      await expect(this.occupationCard(title)).toBeInViewport();
    }
  }

  /** Picks a file through the real file chooser that "Import map…" opens. */
  async importFile(name: string, contents: string | Buffer, mimeType = 'application/json'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import map…' }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(contents) });
  }

  async exportJson(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export JSON' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
