import { importCtdl } from '../domain/ctdl/import-ctdl';
import { NS, type CtdlGraph } from '../domain/ctdl/ctdl-graph';
import { readCtdl } from '../domain/ctdl/read-ctdl';
import { formatIssue, parseMap } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';
import { decodeUtf8, describeReadError } from './file-text';

/** The file system the command uses (tests give their own). `exists` and `readFile` take full paths. */
export type CtdlImportIo = {
  readFile: (path: string) => Uint8Array;
  writeFile: (path: string, text: string) => void;
  exists: (path: string) => boolean;
};

export type CommandOutcome = { lines: string[]; exitCode: 0 | 1 | 2 };

export const IMPORT_USAGE = [
  'Usage: npm run ctdl:import -- FILE... [--out DIR]',
  'Reads CTDL pathway files (JSON-LD) and writes one Pathway Studio map per pathway into DIR (default: the current folder),',
  'with an import report beside it. A file that holds no pathway (a progression model on its own) is read with every pathway.',
  'A map already in DIR with the same id is updated, not duplicated: what the CTDL file does not speak for (wages, moves added) stays.',
  'Exits 0 when every pathway was imported, 1 when any file could not be, 2 when no file is given.',
].join('\n');

type Read = { path: string; name: string; text: string; graph: CtdlGraph };

const PATHWAY = `${NS.ceterms}Pathway`;
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
/** DIR/FILE, or FILE alone for the current folder. */
export const join = (dir: string, file: string) => (dir === '' || dir === '.' ? file : `${dir.replace(/[\\/]+$/, '')}/${file}`);
const safeFileName = (id: string) => id.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '') || 'pathway';

/** Splits `FILE... --out DIR` (DIR defaults to the current folder). */
export function parseArgs(args: readonly string[]): { files: string[]; out: string } | undefined {
  const files: string[] = [];
  let out = '.';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--out') {
      const dir = args[index + 1];
      if (dir === undefined) return undefined;
      out = dir;
      index += 1;
    } else files.push(arg);
  }
  return files.length === 0 ? undefined : { files, out };
}

/**
 * The import command without its process: each file read (and its problems said, located), every
 * pathway made into a map with the files that hold no pathway (a separate progression model), and
 * per pathway what it made, what it recognised and what it kept without a place.
 */
export async function importCtdlPaths(args: readonly string[], io: CtdlImportIo): Promise<CommandOutcome> {
  const parsed = parseArgs(args);
  if (!parsed) return { lines: [IMPORT_USAGE], exitCode: 2 };
  const lines: string[] = [];
  let ok = true;
  const reads: Read[] = [];
  for (const path of parsed.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(path);
    } catch (error) {
      lines.push(`${path}: error: ${describeReadError(error)}`);
      ok = false;
      continue;
    }
    const name = baseName(path);
    const text = decodeUtf8(bytes).text;
    const read = await readCtdl([{ name, text }]);
    if (!read.ok) {
      lines.push(...read.errors.map((issue) => `${path}: error: ${formatIssue(issue)}`));
      ok = false;
      continue;
    }
    reads.push({ path, name, text, graph: read.graph });
  }
  const hasPathway = (read: Read) => read.graph.nodes.some((node) => node.types.includes(PATHWAY));
  const companions = reads.filter((read) => !hasPathway(read));
  const pathways = reads.filter(hasPathway);
  if (pathways.length === 0 && reads.length > 0) {
    lines.push(`${reads.map((read) => read.path).join(', ')}: error: no ceterms:Pathway in these files, so there is no map to make`);
    ok = false;
  }
  for (const pathway of pathways) {
    const files = [pathway, ...companions].map(({ name, text }) => ({ name, text }));
    const broken: string[] = [];
    const existingFor = (mapId: string) => {
      const existing = readExisting(io, join(parsed.out, `${safeFileName(mapId)}.json`));
      if (existing === 'unreadable') broken.push(mapId);
      return existing === 'unreadable' ? undefined : existing;
    };
    const made = await importCtdl(files, existingFor);
    if (made.ok && broken.includes(made.map.id)) {
      // Never written over: it may hold wages and moves added by hand.
      const path = join(parsed.out, `${safeFileName(made.map.id)}.json`);
      lines.push(`${pathway.path}: error: ${path} is there but is not a valid map, so it was left as it is; fix it (npm run validate -- ${path}) or move it away, then import again`);
      ok = false;
      continue;
    }
    if (!made.ok) {
      lines.push(...made.errors.map((issue) => `${pathway.path}: error: ${formatIssue(issue)}`));
      ok = false;
      continue;
    }
    const mapPath = join(parsed.out, `${safeFileName(made.map.id)}.json`);
    const reportPath = join(parsed.out, `${safeFileName(made.map.id)}.import-report.md`);
    io.writeFile(mapPath, serializeMap(made.map));
    io.writeFile(reportPath, made.reportText);
    lines.push(`${pathway.path}: ${made.updates ? 'updated' : 'made'} "${made.map.title}" (${cardCount(made.map)}) → ${mapPath}`);
    lines.push(...made.report.recognised.map((line) => `  recognised: ${line}`));
    lines.push(...made.report.notKept.map((item) => `  kept as written, no place on the map: ${item.where}: ${item.what}`));
    lines.push(...made.report.warnings.map((issue) => `  warning: ${formatIssue(issue)}`));
    lines.push(`  report: ${reportPath}`);
  }
  return { lines, exitCode: ok ? 0 : 1 };
}

function readExisting(io: CtdlImportIo, path: string): PathwayMap | undefined | 'unreadable' {
  if (!io.exists(path)) return undefined;
  try {
    const parsed = parseMap(decodeUtf8(io.readFile(path)).text);
    return parsed.ok ? parsed.map : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function cardCount(map: PathwayMap): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [count(map.occupations.length, 'occupation'), count(map.steps.length, 'step'), count(map.transitions.length, 'move')].join(', ');
}
