/**
 * A share link's check: FNV-1a over the payload, as 8 hex digits. lz-string has no checksum of its
 * own, so one changed character can unpack into a different but valid map; the check catches a link
 * damaged in transit before it is even decompressed. (It is not a signature: anyone can make a link.)
 */
export function payloadCheck(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) hash = Math.imul(hash ^ payload.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
