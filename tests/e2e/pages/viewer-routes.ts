import type { Locator, Page } from '@playwright/test';
import { MapViewerPage } from './map-viewer-page';

/** The viewer's Routes tab as a coach uses it: From, To, sort, the routes found, a chosen route, the handout. */
export class ViewerRoutesPage {
  readonly viewer: MapViewerPage;
  readonly from: Locator;
  readonly to: Locator;
  readonly sort: Locator;
  readonly status: Locator;
  readonly routeList: Locator;
  readonly printButton: Locator;
  readonly handout: Locator;

  constructor(readonly page: Page) {
    this.viewer = new MapViewerPage(page);
    const panel = page.getByRole('tabpanel');
    this.from = panel.getByLabel('From (current job)');
    this.to = panel.getByLabel('To (goal)');
    this.sort = panel.getByLabel('Sort routes by');
    this.status = panel.getByRole('status');
    this.routeList = panel.getByRole('list', { name: 'Routes found' });
    this.printButton = panel.getByRole('button', { name: 'Print this route' });
    // Shown only in print: as a role it exists only while print media is emulated.
    this.handout = page.getByRole('article', { name: 'Route handout for printing' });
  }

  async open(mapId: string): Promise<void> {
    await this.viewer.goto(mapId);
    await this.page.getByRole('tab', { name: 'Routes' }).click();
  }

  async findRoutes(from: string, to: string): Promise<void> {
    await this.from.selectOption({ label: from });
    await this.to.selectOption({ label: to });
  }

  route(number: number): Locator {
    return this.routeList.getByRole('button', { name: new RegExp(`^Route ${number}:`) });
  }

  details(number: number): Locator {
    return this.page.getByRole('region', { name: `Route ${number} step by step` });
  }

  /** A move on the canvas, by its accessible name ("Move from A to B"). */
  move(from: string, to: string): Locator {
    return this.viewer.canvas.getByRole('img', { name: new RegExp(`from ${escape(from)} to ${escape(to)}$`) });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
