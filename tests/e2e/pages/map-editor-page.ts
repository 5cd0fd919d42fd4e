import { expect, type Locator, type Page } from '@playwright/test';

/** The editor (/maps/:id/edit) as a user meets it: toolbar, canvas of cards, inspector. */
export class MapEditorPage {
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: /^Pathway map editor:/ });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.saveStatus = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ });
  }

  /** From the library: "New map", then the editor opens on it. */
  async createMap(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('button', { name: 'New map' }).click();
    await expect(this.page).toHaveURL(/\/maps\/[^/]+\/edit$/);
    await expect(this.canvas).toBeVisible();
  }

  button(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Editor actions' }).getByRole('button', { name, exact: true });
  }

  /** A card (occupation or step) by its title (whole, or a pattern): cards are buttons. */
  card(title: string | RegExp): Locator {
    return this.canvas.getByRole('button', { name: title, exact: true });
  }

  cards(): Locator {
    return this.canvas.locator('.react-flow__node');
  }

  /** In the editor, arrows take keyboard focus, so they are groups (the viewer's are images). */
  moves(): Locator {
    return this.canvas.getByRole('group', { name: /^(Move|Lateral move|Entry move) from / });
  }

  /** Adds an occupation and gives it a title in the inspector. */
  async addOccupation(title: string): Promise<void> {
    await this.button('Add occupation').click();
    const titleField = this.inspector.getByRole('textbox', { name: 'Title', exact: true });
    await titleField.fill(title);
    await expect(this.card(title)).toBeVisible();
  }

  async select(title: string): Promise<void> {
    await this.card(title).click();
    await expect(this.inspector.getByRole('heading', { level: 2 }).first()).toContainText(title);
  }

  /** Drags from the right edge of one card to the left edge of another, as a user connects them. */
  async connect(fromTitle: string, toTitle: string): Promise<void> {
    const source = this.card(fromTitle).locator('.react-flow__handle.source');
    const target = this.card(toTitle).locator('.react-flow__handle.target');
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('connection handles are not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
