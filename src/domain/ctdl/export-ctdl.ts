import type { PathwayMap } from '../schema/map';
import { serializeMapCompact } from '../serialize';
import { mapToCtdl } from './map-to-ctdl';
import { ctdlText } from './write-ctdl';

export { mintMissingCtids } from './mint-ctid';

/**
 * A map as one CTDL Pathway JSON-LD document (its CTIDs minted first: mintMissingCtids). The map is
 * put in the file format's key order first: the cards ride along whole in our extension (ps:card),
 * and a field added in memory (a CTID just minted) must not make the same map export differently.
 */
export function exportCtdlText(map: PathwayMap): string {
  const canonical = JSON.parse(serializeMapCompact(map)) as PathwayMap;
  return ctdlText(mapToCtdl(canonical));
}
