import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious or critical axe findings (WCAG 2.1 A and AA, 2.5.3 included) on the page as it is now, or inside
 * `include` (a CSS selector), each as "rule: where". An empty list is what every view must give.
 * A whole-page run takes seconds on a slow machine: a test runs one per view it checks.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // label-content-name-mismatch (WCAG 2.5.3, a control's name holds its visible label) is axe's
  // "experimental", off unless asked for: asked for, since every card is a button (card-description.ts).
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  const results = await (include === undefined ? builder : builder.include(include)).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
