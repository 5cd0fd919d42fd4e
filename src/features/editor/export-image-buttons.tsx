import { getNodesBounds, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { wageText } from '../../domain/wage-words';
import { downloadBlob } from '../../io/download';
import { exportMapPng, svgToPng } from '../../io/image-export';
import { mapToSvg, type SvgCard } from '../../io/map-svg';
import { LEVEL_LABELS } from '../canvas/labels';
import { LARGE_MAP_CARDS } from '../canvas/zoom';
import { safeColour } from '../canvas/safe-colour';

type ImageFormat = 'png' | 'svg';

/** "Export PNG" and "Export SVG" of the whole map, with its title and group legend. */
export function ExportImageButtons({ map }: { map: PathwayMap }) {
  const { getNodes } = useReactFlow();
  const [working, setWorking] = useState<ImageFormat | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const exportAs = async (format: ImageFormat) => {
    const viewport = document.querySelector<HTMLElement>('.editor-canvas .react-flow__viewport');
    const nodes = getNodes();
    if (!viewport || nodes.length === 0) {
      setProblem('Add an occupation first: there is nothing to draw yet.');
      return;
    }
    setWorking(format);
    setProblem(undefined);
    try {
      const svg = () => mapToSvg({ title: map.title, groups: map.groups, cards: svgCards(map, nodes), arrows: svgArrows(map) });
      // A large map's cards are not all on the page (see LARGE_MAP_CARDS): its PNG is drawn from the SVG.
      const blob =
        format === 'svg'
          ? new Blob([svg()], { type: 'image/svg+xml' })
          : nodes.length > LARGE_MAP_CARDS
            ? await svgToPng(svg())
            : await exportMapPng({ viewport, bounds: getNodesBounds(nodes), title: map.title, groups: map.groups });
      downloadBlob(`${map.id}.${format}`, blob);
    } catch (error) {
      // html-to-image rejects with a bare Event when the browser can't draw the page: say it plainly.
      const detail = error instanceof Error ? ` (${error.message})` : '';
      setProblem(`The image could not be made${detail}. Try Export SVG, or zoom in and try again.`);
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

type PlacedNode = { id: string; position: { x: number; y: number }; measured?: { width?: number; height?: number } };

/** Cards where the canvas shows them, at their measured size, with their level and wage. */
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
      width: node.measured?.width ?? 240,
      height: node.measured?.height ?? 110,
      title: occupation.title,
      lines,
      colour: safeColour(occupation.groupId === undefined ? undefined : colours.get(occupation.groupId)),
    }];
  });
}

const svgArrows = (map: PathwayMap) =>
  map.transitions.map((transition) => ({ from: transition.from, to: transition.to, kind: transition.kind ?? 'advancement' }));
