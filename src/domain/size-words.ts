import { formatNumber } from './describe';

const MB = 1_000_000;

/** "20 MB", "4.5 MB" or "812 bytes": a size as people read it (decimal megabytes). */
export function formatSize(bytes: number): string {
  return bytes >= MB ? `${formatNumber(Math.round(bytes / 100_000) / 10)} MB` : `${formatNumber(bytes)} bytes`;
}

/**
 * A size over a limit and the limit, in words that show why: in megabytes when the rounding still
 * shows the difference, in exact bytes when it would not ("20.0 MB; at most 20 MB" hides that
 * 20,000,001 bytes is one byte too many).
 */
export function sizeOverLimit(bytes: number, limit: number): { size: string; limit: string } {
  const size = formatSize(bytes);
  if (size !== formatSize(limit) && bytes > limit) return { size, limit: formatSize(limit) };
  return { size: `${formatNumber(bytes)} bytes`, limit: `${formatNumber(limit)} bytes (${formatSize(limit)})` };
}
