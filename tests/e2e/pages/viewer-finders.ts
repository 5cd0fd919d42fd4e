import { expect, type Locator, type Page } from '@playwright/test';

/** The viewer's search box and filter bar, as a user meets them (by role and name). */
export class ViewerFinders {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly activeFilters: Locator;
  readonly wageFloor: Locator;
  readonly matchCount: Locator;
  /** The filters fold behind this button (its name says how many are on: "Filters · 2 on"). */
  readonly filtersButton: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('combobox', { name: 'Search occupations' });
    this.results = page.getByRole('listbox', { name: 'Matching cards' });
    this.activeFilters = page.getByRole('list', { name: 'Active filters' });
    this.wageFloor = page.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    // "9 of 13 occupations match", with what is not on file after it when a filter cannot judge some cards.
    this.matchCount = page.getByRole('status').filter({ hasText: /^\d+ of \d+ occupations? match(es)?(; .+)?$/ });
    this.filtersButton = page.getByRole('button', { name: /^Filters/ });
  }

  /** Unfolds the filter bar, as a reader does before choosing a filter. */
  async openFilters(): Promise<void> {
    if ((await this.filtersButton.getAttribute('aria-expanded')) !== 'true') await this.filtersButton.click();
    await expect(this.filtersButton).toHaveAttribute('aria-expanded', 'true');
  }

  result(title: string): Locator {
    return this.results.getByRole('option', { name: title });
  }

  filterToggle(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  clearFilterChip(label: string): Locator {
    return this.page.getByRole('button', { name: `Clear filter: ${label}` });
  }

  clearAllFilters(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters', exact: true });
  }
}
