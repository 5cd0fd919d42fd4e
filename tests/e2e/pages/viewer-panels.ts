import { expect, type Locator, type Page } from '@playwright/test';

/** The viewer's outline view and its occupation detail panel, found as a user finds them: by role and name. */
export class ViewerPanels {
  readonly sidePanel: Locator;
  readonly detailsTab: Locator;

  constructor(
    readonly page: Page,
    private readonly mapTitle: string,
  ) {
    this.sidePanel = page.getByRole('complementary', { name: 'Occupation details and routes' });
    this.detailsTab = this.sidePanel.getByRole('tab', { name: 'Details' });
  }

  viewButton(name: 'Map' | 'Outline'): Locator {
    return this.page.getByRole('group', { name: 'Show the map as' }).getByRole('button', { name, exact: true });
  }

  async showOutline(): Promise<void> {
    await this.viewButton('Outline').click();
    await expect(this.outline()).toBeVisible();
  }

  async showMap(): Promise<void> {
    await this.viewButton('Map').click();
    await expect(this.outline()).toHaveCount(0);
  }

  outline(): Locator {
    return this.page.getByRole('region', { name: `Outline of ${this.mapTitle}` });
  }

  /** The occupation headings of the outline, in reading order. */
  outlineOccupationHeadings(): Locator {
    return this.outline().getByRole('heading', { level: 4 });
  }

  /** The moves listed under the occupation with this title. */
  outlineMoves(title: string): Locator {
    return this.outline().getByRole('list', { name: `Where ${title} leads`, exact: true }).getByRole('listitem');
  }

  showDetailsButton(title: string): Locator {
    return this.outline().getByRole('button', { name: `Show details of ${title}`, exact: true });
  }

  showOnMapButton(title: string): Locator {
    return this.outline().getByRole('button', { name: `Show on map: ${title}`, exact: true });
  }

  /** Opens an occupation's details through the outline's "Show details" button. */
  async openDetailsFromOutline(title: string): Promise<void> {
    await this.showDetailsButton(title).click();
    await expect(this.detailsHeading(title)).toBeVisible();
  }

  detailsHeading(title: string): Locator {
    return this.sidePanel.getByRole('heading', { level: 2, name: title, exact: true });
  }

  /** A titled section of the detail panel ("Wage", "Where this job leads", …). */
  detailsSection(name: string): Locator {
    return this.sidePanel.getByRole('region', { name, exact: true });
  }
}
