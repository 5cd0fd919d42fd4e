// jsdom cannot lay anything out; React Flow needs these stand-ins to render nodes and edges.
// Anything that truly measures the DOM is tested in Playwright instead.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

class ResizeObserverStandIn {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    // React Flow shows nodes and draws edges only once it has been told their sizes. Report after
    // the current effects: node wrappers observe before React Flow has registered its own container.
    setTimeout(() => this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver), 0);
  }
  unobserve(): void {}
  disconnect(): void {}
}

class DOMMatrixReadOnlyStandIn {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

globalThis.ResizeObserver = ResizeObserverStandIn as unknown as typeof ResizeObserver;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStandIn as unknown as typeof DOMMatrixReadOnly;
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: { get: () => 100, configurable: true },
  offsetWidth: { get: () => 200, configurable: true },
});

// jsdom has no modal dialogs: a stand-in that opens the <dialog> (its content is hidden until then).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};
