import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { downloadBlob } from '../../io/download';
import { exportFileName } from '../../io/file-names';
import { svgToPng } from '../../io/image-export';
import { svgToPdf, type Orientation, type PosterSize } from '../../io/pdf-export';
import { mapPicture } from './map-picture';
import { PdfOptions } from './pdf-options';

type ImageFormat = 'png' | 'svg' | 'pdf';
const RESOLUTIONS = [1, 2, 3] as const;

/** "Export PNG" (1×, 2× or 3×), "Export SVG" and "Export PDF" (poster sizes) of the whole map, with its legend and footer. */
export function ExportImageButtons({ map }: { map: PathwayMap }) {
  const { getNodes } = useReactFlow();
  const [working, setWorking] = useState<ImageFormat | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [resolution, setResolution] = useState<number>(1);
  const [sizes, setSizes] = useState<PosterSize[]>([]);
  const [orientation, setOrientation] = useState<Orientation>('landscape');

  const exportAs = async (format: ImageFormat) => {
    const nodes = getNodes();
    if (nodes.length === 0) {
      setProblem('Add an occupation first: there is nothing to draw yet.');
      return;
    }
    setWorking(format);
    setProblem(undefined);
    try {
      // Every picture is drawn from the one SVG, not copied from the page: the page shows only titles
      // when zoomed out, and a large map keeps only the cards on screen.
      const svg = mapPicture(map, nodes, new Date());
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : format === 'png'
            ? await svgToPng(svg, resolution)
            : await svgToPdf(svg, sizes, orientation);
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
      <label className="export-resolution">
        PNG resolution
        <select value={resolution} onChange={(event) => setResolution(Number(event.target.value))}>
          {RESOLUTIONS.map((value) => (
            <option key={value} value={value}>{`${value}×`}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void exportAs('png')} disabled={working !== undefined} aria-busy={working === 'png'}>
        {working === 'png' ? 'Drawing PNG…' : 'Export PNG'}
      </button>
      <button type="button" onClick={() => void exportAs('svg')} disabled={working !== undefined} aria-busy={working === 'svg'}>
        {working === 'svg' ? 'Drawing SVG…' : 'Export SVG'}
      </button>
      <PdfOptions sizes={sizes} onSizes={setSizes} orientation={orientation} onOrientation={setOrientation} />
      <button type="button" onClick={() => void exportAs('pdf')} disabled={working !== undefined} aria-busy={working === 'pdf'}>
        {working === 'pdf' ? 'Drawing PDF…' : 'Export PDF'}
      </button>
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
