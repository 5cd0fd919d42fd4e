/// <reference lib="webworker" />
// The elk worker: the only module that loads elk, so elk stays out of the main bundle and is
// fetched the first time a layout is asked for (or warmed up).
import ELK from 'elkjs/lib/elk.bundled.js';
import { answerLayoutRequest, type LayoutRequest } from './worker-protocol';

// Without a workerUrl, elk.bundled.js runs elk in this thread (no nested worker).
const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// elk.bundled.js installs its own self.onmessage when it loads inside a worker; this assignment,
// made after the import, replaces it.
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  scope.postMessage(await answerLayoutRequest(elk, event.data));
};
