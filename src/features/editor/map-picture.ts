import type { PathwayMap } from '../../domain/schema/map';
import { wageText } from '../../domain/wage-words';
import { mapToSvg, type SvgArrow, type SvgCard } from '../../io/map-svg';
import { CARD_WIDTH, PICTURE_CARD_HEIGHT } from '../../layout/card-geometry';
import { CREDENTIAL_KIND_LABELS, educationText, monthsLabel, occupationBadges } from '../../domain/labels';
import { levelLabel } from '../../domain/levels';
import { safeColour } from '../canvas/safe-colour';
import { localDay } from '../../domain/local-day';

type PlacedNode = { id: string; position: { x: number; y: number } };

const CARD = { width: CARD_WIDTH, height: PICTURE_CARD_HEIGHT };

/** The map as a print-grade SVG: the cards where the canvas shows them, with all their text and badges. */
export function mapPicture(map: PathwayMap, nodes: readonly PlacedNode[], today: Date): string {
  return mapToSvg({ title: map.title, groups: map.groups, cards: svgCards(map, nodes), arrows: svgArrows(map), footer: pictureFooter(map, today) });
}

/** Cards where the canvas shows them: level, education, full wage, SOC code, credentials and highlights. */
function svgCards(map: PathwayMap, nodes: readonly PlacedNode[]): SvgCard[] {
  const occupations = new Map(map.occupations.map((occupation) => [occupation.id, occupation]));
  const colours = new Map(map.groups.map((group) => [group.id, group.color]));
  return nodes.flatMap((node) => {
    const occupation = occupations.get(node.id);
    if (!occupation) return [];
    const lines = [
      levelLabel(map.levels, occupation.level) ?? 'Level not set',
      occupation.wage ? wageText(occupation.wage) : 'Wage not known',
    ];
    const education = educationText(occupation);
    if (education) lines.push(education);
    if (occupation.socCode) lines.push(`SOC ${occupation.socCode}`);
    const badges = occupationBadges(occupation).map((badge) => badge.label);
    const kinds = [...new Set((occupation.credentials ?? []).map((credential) => CREDENTIAL_KIND_LABELS[credential.kind]))];
    return [{
      id: node.id,
      x: node.position.x,
      y: node.position.y,
      ...CARD,
      title: occupation.title,
      lines,
      badges: kinds.length > 0 ? [...badges, `Credential: ${kinds.join(', ')}`] : badges,
      colour: safeColour(occupation.groupId === undefined ? undefined : colours.get(occupation.groupId)),
    }];
  });
}

const svgArrows = (map: PathwayMap): SvgArrow[] =>
  map.transitions.map((transition) => ({
    from: transition.from,
    to: transition.to,
    kind: transition.kind ?? 'advancement',
    ...(transition.typicalMonths === undefined ? {} : { label: monthsLabel(transition.typicalMonths) }),
  }));

/** Title and region, wage basis, sources and the date the picture was made. */
export function pictureFooter(map: PathwayMap, today: Date): string[] {
  const where = [map.title, map.sector, map.region].filter((part) => part !== undefined && part.trim() !== '').join(' · ');
  const lines = [where];
  if (map.wageBasis) lines.push(`Wages: ${map.wageBasis}`);
  if (map.sources.length > 0) lines.push(`Sources: ${map.sources.map((source) => (source.year ? `${source.label} (${source.year})` : source.label)).join('; ')}`);
  lines.push(`Made ${localDay(today)} with Pathway Studio`);
  return lines;
}
