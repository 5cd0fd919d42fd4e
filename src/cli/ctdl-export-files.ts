import { exportCtdlText, mintMissingCtids } from '../domain/ctdl/export-ctdl';
import { formatIssue, parseMap } from '../domain/parse';
import { serializeMap } from '../domain/serialize';
import { slugify } from '../domain/ids';
import { join, parseArgs, type CommandOutcome, type CtdlImportIo } from './ctdl-import-files';
import { decodeUtf8, describeReadError } from './file-text';

export const EXPORT_USAGE = [
  'Usage: npm run ctdl:export -- MAP.json... [--out DIR]',
  'Writes each Pathway Studio map as a CTDL Pathway (JSON-LD) into DIR (default: the current folder).',
  'Cards without a CTID get one, kept in the map file itself, so the next export names the same components.',
  'Exits 0 when every map was exported, 1 when any could not be, 2 when no file is given.',
].join('\n');


/** The export command without its process: `newUuid` mints CTIDs (tests give a counter). */
export function exportCtdlPaths(args: readonly string[], io: CtdlImportIo, newUuid: () => string): CommandOutcome {
  const parsed = parseArgs(args);
  if (!parsed) return { lines: [EXPORT_USAGE], exitCode: 2 };
  const lines: string[] = [];
  const written = new Set<string>();
  let ok = true;
  for (const path of parsed.files) {
    let text: string;
    try {
      text = decodeUtf8(io.readFile(path)).text;
    } catch (error) {
      lines.push(`${path}: error: ${describeReadError(error)}`);
      ok = false;
      continue;
    }
    const result = parseMap(text);
    if (!result.ok) {
      lines.push(...result.errors.map((issue) => `${path}: error: ${formatIssue(issue)}`));
      ok = false;
      continue;
    }
    const minted = mintMissingCtids(result.map, newUuid);
    const name = slugify(minted.map.title, 100) || minted.map.id;
    // Two maps of one title must not write one file: the second takes its id too.
    const out = join(parsed.out, written.has(name) ? `${name}-${slugify(minted.map.id, 100)}.ctdl.jsonld` : `${name}.ctdl.jsonld`);
    written.add(name);
    io.writeFile(out, exportCtdlText(minted.map));
    lines.push(`${path}: wrote ${out}`);
    lines.push(...result.warnings.map((issue) => `  warning: ${formatIssue(issue)}`));
    if (minted.minted === 0) continue;
    const count = `${minted.minted} new ${minted.minted === 1 ? 'CTID' : 'CTIDs'}`;
    if (result.warnings.length > 0) {
      // Rewriting a file read with warnings would also rewrite what the warnings are about.
      lines.push(`  ${count} in this export only: ${path} was read with warnings, so it was left as it is`);
    } else {
      // Kept where the map is, so every later export (and re-import) names the same components.
      io.writeFile(path, serializeMap(minted.map));
      lines.push(`  ${count} kept in ${path}`);
    }
  }
  return { lines, exitCode: ok ? 0 : 1 };
}
