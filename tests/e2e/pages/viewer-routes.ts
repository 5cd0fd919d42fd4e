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
  /** What a sort could not do ("No route here has time figures…"), when it has something to say. */
  readonly sortNote: Locator;
  readonly leadsTo: Locator;
  readonly sheetHandle: Locator;

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
    this.sortNote = panel.getByText(/^(No route here has|This route has no|\d+ of \d+ routes here)/);
    this.leadsTo = panel.getByRole('region', { name: 'Where can this job lead?' });
    this.sheetHandle = page.getByRole('button', { name: 'Details and routes' });
  }

  /** The label of the option a select shows (From, To, sort). */
  chosen(select: Locator): Promise<string> {
    return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.label ?? '');
  }

  /** Where a card's box lies outside the part of the canvas on screen (empty when wholly inside). */
  async outsideCanvasView(title: string): Promise<string[]> {
    const view = await this.viewer.canvas.evaluate((canvas) => {
      const box = canvas.getBoundingClientRect();
      return { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, window.innerWidth), bottom: Math.min(box.bottom, window.innerHeight) };
    });
    const card = await this.viewer.occupationCard(title).boundingBox();
    if (!card) return [`${title} is not drawn`];
    const sides = [
      card.x < view.left - 1 && 'left',
      card.y < view.top - 1 && 'above',
      card.x + card.width > view.right + 1 && 'right',
      card.y + card.height > view.bottom + 1 && 'below',
    ].filter((side): side is string => typeof side === 'string');
    return sides.map((side) => `${title} is ${side} the canvas's view`);
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
