import { readFragment } from '../io/system-clipboard';
import { useAppStore } from './app-store';

/**
 * Paste: the cards on the system clipboard (copied in any tab, before a reload too). The page's own
 * copy is used only when the clipboard can't be read: when it can and holds something else (text
 * copied since), that older copy is not what the user means to paste, in this map or another.
 */
export async function pasteAnywhere(mapId: string): Promise<void> {
  const read = await readFragment();
  const store = useAppStore.getState();
  if (read.kind === 'cards') {
    store.paste(mapId, read.fragment);
    return;
  }
  if (read.kind === 'unreadable' && store.clipboard) {
    store.paste(mapId);
    return;
  }
  store.showNotice({ tone: 'info', text: 'Nothing to paste: the clipboard holds no occupations. Select some and copy them first (Ctrl+C).', mapId });
}
