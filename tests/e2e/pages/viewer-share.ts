import { expect, type Locator, type Page } from '@playwright/test';

/** The viewer's share link, print and small-screen parts, as a user meets them. */
export class ViewerSharePage {
  readonly toolbar: Locator;
  readonly panel: Locator;
  readonly sheetHandle: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Map actions' });
    this.panel = page.getByRole('complementary', { name: 'Occupation details and routes' });
    this.sheetHandle = this.panel.getByRole('button', { name: 'Details and routes' });
  }

  shareDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Share “/ });
  }

  /** "Share link", then the dialog that opens. */
  /** On a share link's page: the map is shown first, and joins the library only when asked. */
  async addSharedMap(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add to my library and open' }).click();
  }

  async openShareDialog(): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: 'Share link' }).click();
    const dialog = this.shareDialog();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The link, as the read-only field in the share dialog shows it. */
  async readLink(): Promise<string> {
    const dialog = await this.openShareDialog();
    return dialog.getByRole('textbox', { name: 'Link to this map' }).inputValue();
  }

  /** "Copy link", then what the clipboard holds (the context must allow clipboard access). */
  async copyLink(): Promise<string> {
    const dialog = this.shareDialog();
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Copied/);
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The titles of the maps in the library, in order. */
  async libraryTitles(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Maps' });
    await expect(list).toBeVisible();
    return list.getByRole('listitem').getByRole('heading', { level: 2 }).allInnerTexts();
  }

  /** Stands in for the browser's print dialog: records what printView asked for, runs beforeprint. */
  async stubPrintDialog(): Promise<void> {
    await this.page.evaluate(() => {
      const record = window as unknown as { printedKinds: (string | undefined)[] };
      record.printedKinds = [];
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        record.printedKinds.push(document.documentElement.dataset.print);
      };
    });
  }

  /** "Print…", then one of its choices ("Print map", "Print poster"). */
  async choosePrint(choice: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Print…' }).click();
    await this.page.getByRole('dialog', { name: 'Print' }).getByRole('button', { name: choice }).click();
  }

  printedKinds(): Promise<(string | undefined)[]> {
    return this.page.evaluate(() => (window as unknown as { printedKinds: (string | undefined)[] }).printedKinds);
  }

  finishPrinting(): Promise<void> {
    return this.page.evaluate(() => void window.dispatchEvent(new Event('afterprint')));
  }
}
