import jsonld from 'jsonld';
import { formatNumber } from '../describe';
import { capIssues, type ParseIssue } from '../issues';
import { checkDepth } from '../input/depth';
import { stripBom, utf8ByteLength } from '../input/text-checks';
import { sizeOverLimit } from '../size-words';
import { CTDL_CONTEXT } from './ctdl-context';
import type { CtdlGraph } from './ctdl-graph';
import { CTDL_LIMITS } from './ctdl-limits';
import { sanitizeCtdl } from './ctdl-sanitize';
import { ctdlDocumentLoader, RefusedContextError } from './document-loader';
import { expandedToGraph, RELATIVE_BASE, type ExpandedDocument } from './expanded-to-graph';
import { splitDocuments } from './split-documents';

export type CtdlFile = { readonly name: string; readonly text: string };
export type ReadCtdlResult = { ok: true; graph: CtdlGraph; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] };

const JSON_LD_KEYS = ['@context', '@graph', '@type', '@id'];
const MAP_KEYS = ['schemaVersion', 'occupations'];
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Why a parsed document is not CTDL, or null when it looks like JSON-LD. */
function notCtdl(value: unknown): string | null {
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => isObject(item) && JSON_LD_KEYS.some((key) => Object.hasOwn(item, key)))) return null;
  if (items.some((item) => isObject(item) && MAP_KEYS.some((key) => Object.hasOwn(item, key)))) {
    return 'This is a Pathway Studio map, not a CTDL file; open it with Import map… as a map.';
  }
  if (!items.some(isObject)) return "This isn't a CTDL file: expected JSON-LD objects ({ … }) with @context, @graph or @type.";
  return "This JSON isn't CTDL: it has no @context, @graph, @type or @id, so nothing in it says what it describes.";
}

/** Problems visible before reading any JSON: an empty or binary file. */
function checkCtdlText(body: string): string | null {
  if (body.trim() === '') return 'The file is empty.';
  if (/^\s*[[{]/.test(body)) return null; // JSON: only text that isn't is worth a closer look
  const head = body.slice(0, 1024);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(head)) return "This looks like an image or other binary file, not a CTDL JSON-LD file.";
  if (/^\s*</.test(body)) return 'This looks like an HTML or XML file, not a CTDL JSON-LD file.';
  return null;
}

function describeExpandError(error: unknown): string {
  let cause: unknown = error;
  for (let i = 0; i < 5 && cause; i++) {
    if (cause instanceof RefusedContextError) return `@context: ${cause.message}`;
    cause = (cause as { details?: { cause?: unknown } }).details?.cause ?? (cause as { cause?: unknown }).cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `isn't valid JSON-LD: ${message.replace(/^Invalid JSON-LD syntax; /, '')}`;
}

/**
 * Reads CTDL JSON-LD files (a pathway, its progression model, …) into one graph. Each document is
 * expanded by jsonld.js with the bundled CTDL context (document-loader.ts: nothing is fetched), so
 * every spelling of a term — `Pathway`, `ceterms:Pathway`, its full IRI — means the same. Hostile
 * input gets what a map file gets: size, depth, prototype keys, URL schemes, located messages.
 */
export async function readCtdl(files: readonly CtdlFile[]): Promise<ReadCtdlResult> {
  if (files.length === 0) return { ok: false, errors: [{ path: '', message: 'No file was given.' }] };
  if (files.length > CTDL_LIMITS.maxFiles) {
    return { ok: false, errors: [{ path: '', message: `${files.length} files were given; an import reads at most ${CTDL_LIMITS.maxFiles} at once.` }] };
  }
  let total = 0;
  for (const file of files) total += utf8ByteLength(file.text);
  if (total > CTDL_LIMITS.maxTotalBytes) {
    const words = sizeOverLimit(total, CTDL_LIMITS.maxTotalBytes);
    const what = files.length === 1 ? 'The file is' : 'The files are';
    return { ok: false, errors: [{ path: files.length === 1 ? files[0]!.name : '', message: `${what} too large (${words.size}); a CTDL import can be at most ${words.limit}.` }] };
  }

  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const documents: ExpandedDocument[] = [];
  let documentCount = 0;
  const jsonldEvents = (label: string) => ({ event }: { event: { code?: string; details?: Record<string, unknown> } }) => {
    const details = event.details ?? {};
    if (event.code === 'invalid property') warnings.push({ path: label, message: `left out the field ${JSON.stringify(details.property)}, which is not a JSON-LD keyword or term` });
    else if (event.code === 'object with only @id') return;
    else if (event.code === 'invalid @language value') return; // "@en-US" and the like: read as the tag it means
    else warnings.push({ path: label, message: `left out something jsonld.js could not read (${String(event.code)})` });
  };

  for (const file of files) {
    const body = stripBom(file.text);
    const textProblem = checkCtdlText(body);
    if (textProblem) {
      errors.push({ path: file.name, message: textProblem });
      continue;
    }
    const depth = checkDepth(body, CTDL_LIMITS.maxNestingDepth);
    if (depth) {
      errors.push({ path: file.name, message: depth.message.replace('A map never needs that many.', 'CTDL never needs that many.') });
      continue;
    }
    const split = splitDocuments(body);
    if (!split.ok) {
      errors.push({ path: file.name, message: split.error.message });
      continue;
    }
    documentCount += split.documents.length;
    if (documentCount > CTDL_LIMITS.maxDocuments) {
      return { ok: false, errors: [{ path: file.name, message: `The import holds more than ${formatNumber(CTDL_LIMITS.maxDocuments)} JSON documents; it can read at most that many at once.` }] };
    }
    for (const [index, document] of split.documents.entries()) {
      const label = split.documents.length === 1 ? file.name : `${file.name} (document ${index + 1})`;
      const reason = notCtdl(document.value);
      if (reason) {
        errors.push({ path: label, message: reason });
        continue;
      }
      const clean = sanitizeCtdl(document.value);
      for (const issue of clean.warnings) warnings.push(located(label, issue));
      if (clean.errors.length > 0) {
        errors.push(...clean.errors.map((issue) => located(label, issue)));
        continue;
      }
      try {
        const expanded = await jsonld.expand(clean.value as jsonld.JsonLdDocument, {
          documentLoader: ctdlDocumentLoader,
          expandContext: CTDL_CONTEXT,
          base: RELATIVE_BASE,
          eventHandler: jsonldEvents(label),
        } as unknown as jsonld.Options.Expand);
        documents.push({ label, expanded: expanded as unknown[] });
      } catch (error) {
        errors.push({ path: label, message: describeExpandError(error) });
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors: capIssues(errors) };

  const built = expandedToGraph(documents);
  if (!built.ok) return built;
  if (built.graph.nodes.length === 0) {
    return { ok: false, errors: [{ path: files.length === 1 ? files[0]!.name : '', message: 'No CTDL statements were found: the file names no node with a type or property.' }] };
  }
  return { ok: true, graph: built.graph, warnings: capIssues([...warnings, ...built.warnings], 'warning') };
}

function located(label: string, issue: ParseIssue): ParseIssue {
  return { ...issue, path: issue.path ? `${label}: ${issue.path}` : label };
}
