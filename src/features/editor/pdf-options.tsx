import { POSTER_SIZES, type Orientation, type PosterSize } from '../../io/pdf-export';

const SIZES = Object.keys(POSTER_SIZES) as PosterSize[];

/** Poster sizes for the PDF (one page each; none chosen: one page the size of the map) and their orientation. */
export function PdfOptions({
  sizes,
  onSizes,
  orientation,
  onOrientation,
}: {
  sizes: readonly PosterSize[];
  onSizes: (sizes: PosterSize[]) => void;
  orientation: Orientation;
  onOrientation: (orientation: Orientation) => void;
}) {
  return (
    <details className="pdf-options">
      <summary>PDF poster sizes{sizes.length > 0 ? ` (${sizes.map((size) => POSTER_SIZES[size].label).join(', ')})` : ''}</summary>
      <fieldset>
        <legend>Poster sizes, one page each</legend>
        {SIZES.map((size) => (
          <label key={size}>
            <input
              type="checkbox"
              checked={sizes.includes(size)}
              onChange={(event) => onSizes(event.target.checked ? SIZES.filter((one) => one === size || sizes.includes(one)) : sizes.filter((one) => one !== size))}
            />
            {POSTER_SIZES[size].label}
          </label>
        ))}
      </fieldset>
      <label>
        Orientation
        <select value={orientation} onChange={(event) => onOrientation(event.target.value === 'portrait' ? 'portrait' : 'landscape')}>
          <option value="landscape">Landscape</option>
          <option value="portrait">Portrait</option>
        </select>
      </label>
    </details>
  );
}
