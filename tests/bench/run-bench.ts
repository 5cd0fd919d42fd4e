// npm run bench: builds the app, measures it in Node and in headless Chromium against the production
// build, writes bench-results/figures.json, prints a table, and prints one JSON object as its last line.
// Budgets come from the quality document; figures are reported, never asserted in tests.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureSampleOpen } from './browser-figures';
import { initialJsGzipKb, layoutChunkGzipKb } from './bundle-figures';
import { measureHistorySize } from './history-figure';
import { measureLayouts } from './layout-figures';
import { MEMORY_SIZES, measureMemory, type MemoryFigure } from './memory-figures';
import { measurePanning } from './pan-figures';
import { measureParsing } from './parse-figures';
import { startBrowserBench } from './preview-server';
import { measureRouteSearch } from './route-search-figure';

execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const parsing = measureParsing(7);
const routeSearch = measureRouteSearch(5);
const history = measureHistorySize();
const bench = await startBrowserBench();
let browserFigures;
try {
  const sampleOpenMs = await measureSampleOpen(bench.browser, 5);
  const page = await bench.browser.newPage({ viewport: { width: 1366, height: 800 } });
  const layouts = await measureLayouts(page);
  const panning = await measurePanning(page);
  // The renderers' memory is summed: the page above (a 5,000-card map in it) must not count too.
  await page.close();
  // At the documented limits and below: open, lay out, pan, edit and save, sampling the renderer's memory.
  const memory: Record<string, MemoryFigure> = {};
  for (const [occupations, transitions] of MEMORY_SIZES) {
    memory[`${occupations}/${transitions}`] = await measureMemory(bench.browser, occupations, transitions);
  }
  browserFigures = { sampleOpenMs, ...layouts, ...panning, memory };
} finally {
  await bench.close();
}

const figures = {
  layoutMs: browserFigures.layoutMs,
  longestTaskMsDuringLayout2000: browserFigures.longestTaskMsDuringLayout2000,
  longestTaskMsDrawingLayout2000: browserFigures.longestTaskMsDrawingLayout2000,
  parseMs2000: parsing.parse2000OccupationsMs,
  parseMs2000Mixed: parsing.parse2000MixedCardsMs,
  panP95FrameMs2000: browserFigures.panP95FrameMs2000,
  panP95FrameMsEmpty: browserFigures.panP95FrameMsEmpty,
  initialJsGzipKb: initialJsGzipKb('dist'),
  layoutChunkGzipKb: layoutChunkGzipKb('dist'),
  routeSearchMs2000: routeSearch.routeSearchMs2000,
  routeSearchMs2000Mixed: routeSearch.routeSearchMs2000Mixed,
  historyPatchesKbAfter1000Edits2000: history.patchesKb,
  rendererPeakMb: Object.fromEntries(Object.entries(browserFigures.memory).map(([size, figure]) => [size, figure.rendererPeakMb])),
  sessionAndPrintPeakMb: Object.fromEntries(Object.entries(browserFigures.memory).map(([size, figure]) => [size, figure.sessionAndPrintPeakMb])),
  crashed: Object.fromEntries(Object.entries(browserFigures.memory).map(([size, figure]) => [size, figure.crashed])),
};

const rows: [string, string, string][] = [
  ['sample map: open → cards drawn', `${browserFigures.sampleOpenMs} ms`, '< 1000 ms'],
  ...Object.entries(figures.layoutMs).map(([size, ms]): [string, string, string] => [`layout, ${size} occupations`, `${ms} ms`, size === '60' ? '< 100 ms' : '']),
  ['longest main-thread task during 2,000 layout', `${figures.longestTaskMsDuringLayout2000} ms`, '< 50 ms'],
  ['longest task in the 2 s after (drawing, saving)', `${figures.longestTaskMsDrawingLayout2000} ms`, ''],
  ['parse + validate 2,000 occupations (Node)', `${figures.parseMs2000} ms`, '< 300 ms'],
  ['parse + validate 2,000 cards, mixed kinds (Node)', `${figures.parseMs2000Mixed} ms (${parsing.parse2000MixedCardsFileMb} MB)`, '< 300 ms'],
  ['parse + validate 5,000 occupations (Node)', `${parsing.parse5000OccupationsMs} ms (${parsing.parse5000OccupationsFileMb} MB)`, ''],
  ['pan/zoom p95 frame, 2,000 occupations', `${figures.panP95FrameMs2000} ms`, `≤ ${Math.round(figures.panP95FrameMsEmpty * 1.5 * 10) / 10} ms`],
  ['pan/zoom p95 frame, empty canvas', `${figures.panP95FrameMsEmpty} ms`, ''],
  ['initial JS, gzip', `${figures.initialJsGzipKb} KB`, '< 250 KB'],
  [
    `route search, 2,000 occupations (Node, p95 of ${routeSearch.searches})`,
    `${figures.routeSearchMs2000} ms (max ${routeSearch.routeSearchMaxMs2000} ms)`,
    '< 50 ms',
  ],
  [
    `route search, 2,000 cards of mixed kinds (Node, p95 of ${routeSearch.searchesMixed})`,
    `${figures.routeSearchMs2000Mixed} ms (max ${routeSearch.routeSearchMaxMs2000Mixed} ms)`,
    '< 50 ms',
  ],
  [
    'undo history after 1,000 one-field edits, 2,000 occupations (Node)',
    `${history.patchesKb} KB of patches in ${history.steps} steps (map ${history.mapKb} KB)`,
    'proportional to the edits',
  ],
  ...Object.entries(browserFigures.memory).map(([size, figure]): [string, string, string] => [
    `renderer peak memory, ${size} (open … save)`,
    `${figure.rendererPeakMb} MB${figure.crashed ? ' CRASHED' : ''} (heap ${figure.pageJsHeapPeakMb} MB, ${figure.reached})`,
    '< 1000 MB',
  ]),
  ...Object.entries(browserFigures.memory).map(([size, figure]): [string, string, string] => [
    `renderer peak memory, ${size}, then session and print`,
    `${figure.sessionAndPrintPeakMb} MB`,
    'no crash',
  ]),
  ['layout worker chunk, gzip', `${figures.layoutChunkGzipKb} KB`, 'loaded on first layout'],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'figure'.padEnd(width)}  ${'measured'.padEnd(26)}  budget`);
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(26)}  ${budget}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/figures.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ...figures, sampleOpenMs: browserFigures.sampleOpenMs, parsing, routeSearch, memory: browserFigures.memory }, null, 2)}\n`,
);
console.log(JSON.stringify(figures));
