// npm run bench: builds the app, measures it, and writes bench-results/figures.json.
// Budgets come from the quality document; figures are reported, never asserted in tests.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureInBrowser } from './browser-figures';
import { initialJsGzipKb } from './bundle-figures';
import { measureParsing } from './parse-figures';

const BUDGETS: Record<string, number> = {
  sampleMapOpenToCardsDrawnMs: 1000,
  parse2000OccupationsMs: 300,
  initialJsGzipKb: 250,
};

execSync('npm run build', { stdio: 'inherit' });
const figures: Record<string, number> = {
  ...measureParsing(7),
  initialJsGzipKb: initialJsGzipKb('dist'),
  ...(await measureInBrowser(5)),
};

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  figures,
  budgets: BUDGETS,
  withinBudget: Object.fromEntries(
    Object.entries(BUDGETS).map(([name, budget]) => [name, (figures[name] ?? Infinity) < budget]),
  ),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/figures.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
