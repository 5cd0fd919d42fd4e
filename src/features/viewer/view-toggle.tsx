import { useViewerStore, type ViewerView } from './viewer-store';

const VIEWS: readonly { view: ViewerView; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'outline', label: 'Outline' },
];

/** Map or outline: two toggle buttons, the pressed one is what is shown. */
export function ViewToggle() {
  const current = useViewerStore((state) => state.view);
  const setView = useViewerStore((state) => state.setView);
  return (
    <div className="view-toggle" role="group" aria-label="Show the map as">
      {VIEWS.map(({ view, label }) => (
        <button key={view} type="button" aria-pressed={current === view} onClick={() => setView(view)}>
          {label}
        </button>
      ))}
    </div>
  );
}
