import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { wageText } from '../../domain/wage-words';
import { downloadBlob } from '../../io/download';
import { exportFileName } from '../../io/file-names';
import { svgToPng } from '../../io/image-export';
import { mapToSvg, type SvgArrow, type SvgCard } from '../../io/map-svg';
import { LEVEL_LABELS, monthsLabel } from '../canvas/labels';
import { safeColour } from '../canvas/safe-colour';
import { DEFAULT_CARD_SIZE } from '../../layout/layout-options';

type ImageFormat = 'png' | 'svg';

/** "Export PNG" and "Export SVG" of the whole map, with its title and group legend. */
export function ExportImageButtons({ map }: { map: PathwayMap }) {
  const { getNodes } = useReactFlow();
  const [working, setWorking] = useState<ImageFormat | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const exportAs = async (format: ImageFormat) => {
    const nodes = getNodes();
    if (nodes.length === 0) {
      setProblem('Add an occupation first: there is nothing to draw yet.');
      return;
    }
    setWorking(format);
    setProblem(undefined);
    try {
      // The PNG is the SVG drawn on a canvas, not a copy of the page: the page shows only titles when
      // zoomed out, and a large map keeps only the cards on screen.
      const svg = mapToSvg({ title: map.title, groups: map.groups, cards: svgCards(map, nodes), arrows: svgArrows(map) });
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      downloadBlob(exportFileName(map, `.${format}`), blob);
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : '';
      setProblem(`The image could not be made${detail}. Try Export SVG instead.`);
    } finally {
      setWorking(undefined);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void exportAs('png')} disabled={working !== undefined} aria-busy={working === 'png'}>
        {working === 'png' ? 'Drawing PNG…' : 'Export PNG'}
      </button>
      <button type="button" onClick={() => void exportAs('svg')} disabled={working !== undefined} aria-busy={working === 'svg'}>
        {working === 'svg' ? 'Drawing SVG…' : 'Export SVG'}
      </button>
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}

type PlacedNode = { id: string; position: { x: number; y: number } };

// Not the measured size: zoomed out, a card on the page shows only its title and measures differently.
// The SVG card grows to hold its text (map-svg.ts).
const CARD = { width: DEFAULT_CARD_SIZE.width, height: 110 };

/** Cards where the canvas shows them, with their level and wage. */
function svgCards(map: PathwayMap, nodes: readonly PlacedNode[]): SvgCard[] {
  const occupations = new Map(map.occupations.map((occupation) => [occupation.id, occupation]));
  const colours = new Map(map.groups.map((group) => [group.id, group.color]));
  return nodes.flatMap((node) => {
    const occupation = occupations.get(node.id);
    if (!occupation) return [];
    const lines = [
      occupation.level ? LEVEL_LABELS[occupation.level] : 'Level not set',
      occupation.wage ? wageText(occupation.wage) : 'Wage not known',
    ];
    if (occupation.socCode) lines.push(`SOC ${occupation.socCode}`);
    return [{
      id: node.id,
      x: node.position.x,
      y: node.position.y,
      ...CARD,
      title: occupation.title,
      lines,
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
