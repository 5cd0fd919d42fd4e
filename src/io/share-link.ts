import { compressToEncodedURIComponent } from 'lz-string';
import { formatNumber } from '../domain/describe';
import { utf8ByteLength } from '../domain/input/text-checks';
import { parseMap, type ParseResult } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import { MAX_FILE_BYTES } from '../domain/schema/limits';
import { decompressBounded, TOO_LARGE } from './bounded-decompress';
import { linkJson } from './link-json';
import { payloadCheck } from './share-checksum';

// A share link carries the whole map, lz-string-compressed, in the URL fragment: the fragment never
// reaches a server, so nothing is uploaded. Opening one is an import like any other (parseMap).

/**
 * Longest payload a link may carry, in characters (one byte each: the alphabet is ASCII). Every
 * current browser opens far longer addresses; what breaks first are mail and chat programs that cut
 * long links, which the payload's check catches (DECISIONS §25: raised from 8 KB for step cards).
 */
export const SHARE_PAYLOAD_LIMIT = 16 * 1024;
/** The address that opens a shared map; the map follows in the fragment as `#map=<payload>`. */
export const SHARED_MAP_PATH = '/shared';
/**
 * Most a share link's map may unpack to, in UTF-8 bytes of compact JSON (documented in the README).
 * A real map that fits in 16 KB compressed is far smaller; a hostile link that unpacks past this is
 * refused as soon as it does, before the rest is unpacked.
 */
export const SHARE_MAP_BUDGET = 1_000_000;
const MAP_KEY = 'map';
const CHECK_KEY = 'check';
// lz-string's URI-safe alphabet; it writes '+', which some mail programs turn into a space.
const PAYLOAD_ALPHABET = /^[A-Za-z0-9+\-$]*$/;
// Compressing is linear but not free: past this many characters, a prefix is compressed first, and
// if even the prefix is over the limit the whole map is (lz-string's output for a prefix is a prefix
// of its output for the whole text).
const PREFIX_CHARS = 256_000;

export type ShareEncoding =
  | { ok: true; payload: string; bytes: number }
  /** Too large for a link: `bytes` compressed (at least that many when `atLeast`). */
  | { ok: false; bytes: number; atLeast: boolean; message: string };

/** "9.3 KB": sizes a person reads, in the binary kilobytes the limit is stated in. */
export function formatKilobytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
}

function tooLarge(bytes: number, atLeast: boolean): ShareEncoding {
  const size = `${atLeast ? 'over ' : ''}${formatKilobytes(bytes)}`;
  return {
    ok: false,
    bytes,
    atLeast,
    message: `This map is too large for a link (${size} compressed, the limit is ${formatKilobytes(SHARE_PAYLOAD_LIMIT)}). Send the file instead.`,
  };
}

/** Compresses a map's canonical JSON (without its indentation or the defaults parseMap restores) for a link, or says why it can't. */
export function encodeShareMap(map: PathwayMap, limit = SHARE_PAYLOAD_LIMIT): ShareEncoding {
  const json = linkJson(map);
  if (utf8ByteLength(json, SHARE_MAP_BUDGET) > SHARE_MAP_BUDGET) {
    return { ok: false, bytes: 0, atLeast: true, message: `This map is too large for a link (a link's map can be at most ${formatMegabytes(SHARE_MAP_BUDGET)} written out). Send the file instead.` };
  }
  if (json.length > PREFIX_CHARS) {
    const prefix = compressToEncodedURIComponent(json.slice(0, PREFIX_CHARS));
    if (prefix.length > limit) return tooLarge(prefix.length, true);
  }
  const payload = compressToEncodedURIComponent(json);
  if (payload.length > limit) return tooLarge(payload.length, false);
  return { ok: true, payload, bytes: payload.length };
}

/** The link that opens the map on any device: `${origin}/shared#map=<payload>&check=<8 hex digits>`. */
export function shareLink(origin: string, payload: string): string {
  return `${origin}${SHARED_MAP_PATH}#${MAP_KEY}=${payload}&${CHECK_KEY}=${payloadCheck(payload)}`;
}

export type ShareLimits = { payloadChars: number; jsonBytes: number };
const DEFAULT_LIMITS: ShareLimits = { payloadChars: SHARE_PAYLOAD_LIMIT, jsonBytes: SHARE_MAP_BUDGET };

const problem = (message: string): ParseResult => ({ ok: false, errors: [{ path: '', message }] });
const DAMAGED = 'The link is damaged or incomplete: part of it was probably lost or changed when it was copied. Ask for the link again, or for the map file.';

/** `map=…&check=…` as fields; values are kept raw ('+' is part of the payload's alphabet). */
function fragmentFields(fragment: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals), part.slice(equals + 1));
  }
  return fields;
}

function percentDecoded(value: string): string | undefined {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Opens a share link's fragment (`#map=…&check=…`) as a map. Every step is bounded before the next
 * runs: the fragment's length and its check before decompressing, the unpacked length before
 * parsing; then parseMap, the one way in, whose errors name the place and the problem.
 */
export function decodeShareFragment(hash: string, limits: ShareLimits = DEFAULT_LIMITS): ParseResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  // A mail program may have percent-encoded the link (up to three characters for each one).
  if (fragment.length > 3 * (limits.payloadChars + 32)) return tooLong(limits);
  const fields = fragmentFields(fragment);
  const rawPayload = fields.get(MAP_KEY);
  if (rawPayload === undefined) {
    return problem('This address carries no map. A share link ends in “#map=” followed by the map; ask for the link again.');
  }
  const payload = percentDecoded(rawPayload)?.replace(/ /g, '+');
  if (payload === undefined) return problem(DAMAGED);
  const shapeProblem = checkPayloadShape(payload, limits);
  if (shapeProblem) return shapeProblem;
  if (percentDecoded(fields.get(CHECK_KEY) ?? '')?.toLowerCase() !== payloadCheck(payload)) return problem(DAMAGED);
  return decodeSharePayload(payload, limits);
}

function tooLong(limits: ShareLimits): ParseResult {
  return problem(`This link is longer than any share link Pathway Studio makes (at most ${formatKilobytes(limits.payloadChars)} of map), so it was not opened. Ask for the map file instead.`);
}

function checkPayloadShape(payload: string, limits: ShareLimits): ParseResult | undefined {
  if (payload.length > limits.payloadChars) return tooLong(limits);
  if (payload === '') return problem('The link has no map in it: nothing follows “#map=”. Ask for the link again.');
  if (!PAYLOAD_ALPHABET.test(payload)) {
    return problem('The link contains characters a share link never has, so it was changed after it was made. Ask for the link again.');
  }
  return undefined;
}

/** The payload alone (what follows `#map=`): length cap, decompress, unpacked-size cap, parseMap. */
export function decodeSharePayload(payload: string, limits: ShareLimits = DEFAULT_LIMITS): ParseResult {
  const shapeProblem = checkPayloadShape(payload, limits);
  if (shapeProblem) return shapeProblem;
  // Every character unpacked is at least one UTF-8 byte: the byte budget caps the characters too.
  const json = decompressBounded(payload, Math.min(limits.jsonBytes, MAX_FILE_BYTES));
  if (json === TOO_LARGE || (json !== null && utf8ByteLength(json, limits.jsonBytes) > limits.jsonBytes)) {
    return problem(`The map in this link would unpack to more than ${formatMegabytes(limits.jsonBytes)}, the most a share link's map can be, so it was not opened. Ask for the map file instead.`);
  }
  if (json === null || json === '') return problem(DAMAGED);
  const result = parseMap(json);
  // Unpacked, but not JSON at all: damage that decompression could not notice. (A map that is JSON
  // but has mistakes keeps parseMap's located errors.)
  if (!result.ok && !isJson(json)) return problem(DAMAGED);
  return result;
}

function isJson(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${formatNumber(bytes / 1_000_000)} MB` : `${formatNumber(bytes)} bytes`;
}
