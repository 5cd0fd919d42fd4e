/**
 * Where a skip link to a canvas puts focus, best first: its selected card, else its first card, else
 * its first control (a map with no cards yet). Read from the page when the link is used.
 */
export function canvasSkipTargets(region: Element | null): (HTMLElement | null)[] {
  if (!region) return [];
  const find = (selector: string) => region.querySelector<HTMLElement>(selector);
  return [
    find('.react-flow__node[aria-current="true"]'),
    find('.react-flow__node.selected[tabindex="0"]'),
    find('.react-flow__node[tabindex="0"]'),
    find('button, [tabindex="0"]'),
  ];
}
