import { readFragment } from '../io/system-clipboard';
import { useAppStore } from './app-store';

/** Paste: the cards on the system clipboard (copied in any tab, before a reload too), else the page's own copy. */
export async function pasteAnywhere(mapId: string): Promise<void> {
  const fragment = await readFragment();
  const store = useAppStore.getState();
  if (!fragment && !store.clipboard) {
    store.showNotice({ tone: 'info', text: 'Nothing to paste: copy occupations first (Ctrl+C).' });
    return;
  }
  store.paste(mapId, fragment);
}
