import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { checkHealth } from '../../domain/health/check-health';
import type { Finding } from '../../domain/health/finding';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { FIT_MS } from '../canvas/motion';
import { startRefit } from '../canvas/refit';
import { useStartMotion } from '../canvas/use-map-rest';
import { HealthPanel } from '../health/health-panel';
import { EditorInspector } from './editor-inspector';

type Tab = 'inspector' | 'health';

/** The editor's right-hand panel: the inspector, or the map's health findings. */
export function SidePanel({ map }: { map: PathwayMap }) {
  const [tab, setTab] = useState<Tab>('inspector');
  // Checked after the change has been drawn, in a render React can interrupt (a 2,000-card map takes ~10 ms).
  const checkedMap = useDeferredValue(map);
  const findings = useMemo(() => checkHealth(checkedMap, new Date()), [checkedMap]);
  const { fitView } = useReactFlow();
  const flowStore = useStoreApi();
  const startMotion = useStartMotion();
  const inspectorTab = useRef<HTMLButtonElement>(null);

  // A finding leads to its card: select it, centre it, and show it in the inspector.
  const showTarget = (finding: Finding) => {
    const { select } = useAppStore.getState();
    if (finding.targetKind === 'occupation' || finding.targetKind === 'step') {
      select(map.id, { occupationIds: [finding.targetId], transitionIds: [] });
      // The canvas is busy until the view has glided to the card.
      void startRefit(startMotion, fitView, { nodes: [{ id: finding.targetId }], maxZoom: 1, duration: FIT_MS, includeHiddenNodes: true });
    } else if (finding.targetKind === 'transition') {
      select(map.id, { occupationIds: [], transitionIds: [finding.targetId] });
    } else {
      select(map.id, { occupationIds: [], transitionIds: [] });
    }
    setTab('inspector');
    // The finding's button goes away with the health list: focus moves to what it named (its card or
    // arrow on the canvas), or to the Inspector tab for the map itself, never to the top of the page.
    requestAnimationFrame(() => {
      const selector = finding.targetKind === 'occupation' || finding.targetKind === 'step' ? '.react-flow__node' : finding.targetKind === 'transition' ? '.react-flow__edge' : undefined;
      const target = selector && flowStore.getState().domNode?.querySelector<HTMLElement>(`${selector}[data-id="${CSS.escape(finding.targetId)}"]`);
      (target || inspectorTab.current)?.focus({ preventScroll: true });
    });
  };

  return (
    <div className="side-panel">
      <div className="side-panel__tabs" role="group" aria-label="Side panel">
        <button type="button" ref={inspectorTab} aria-pressed={tab === 'inspector'} onClick={() => setTab('inspector')}>
          Inspector
        </button>
        <button type="button" aria-pressed={tab === 'health'} onClick={() => setTab('health')}>
          Map health ({findings.length})
        </button>
      </div>
      {tab === 'inspector' ? <EditorInspector map={map} /> : <HealthPanel findings={findings} onShowTarget={showTarget} />}
    </div>
  );
}
