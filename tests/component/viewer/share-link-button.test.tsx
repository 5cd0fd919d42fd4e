import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLinkButton } from '../../../src/features/viewer/share/share-link-button';
import { decodeShareFragment } from '../../../src/io/share-link';
import { buildMap } from '../../support/build-map';

const small = buildMap({ id: 'trades', title: 'Building trades', occupations: [{ id: 'helper', title: 'Construction Helper' }] });

/** Text that does not compress away: a map well past a link's 16 KB. */
const large = buildMap({
  id: 'large',
  title: 'A large map',
  occupations: Array.from({ length: 400 }, (_, index) => ({
    id: `role-${index}`,
    title: `Role ${index} ${(index * 7919).toString(36)} ${(index * 104729).toString(36)}`,
    description: `Tasks ${(index * 31337).toString(36)} ${(index * 65537).toString(16)} ${(index * 9973).toString(36)}`,
  })),
});


function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText && { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('ShareLinkButton', () => {
  it('shows a link that opens this map, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<ShareLinkButton map={small} />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: 'Share link' }));

    const dialog = screen.getByRole('dialog', { name: 'Share “Building trades”' });
    expect(dialog).toBeInTheDocument();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this map' });
    expect(field).toHaveAttribute('readonly');
    const link = new URL(field.value);
    expect(link.pathname).toBe('/shared');
    const opened = decodeShareFragment(link.hash);
    expect(opened.ok && opened.map).toEqual(small);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(screen.getByRole('status')).toHaveTextContent(/^Copied\./);
  });

  it('when copying is not allowed, selects the link and says to copy it by hand', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    render(<ShareLinkButton map={small} />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(screen.getByRole('status')).toHaveTextContent('This browser did not allow copying. The link is selected above: copy it by hand');
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this map' });
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it('the same when the browser has no clipboard at all', async () => {
    const user = userEvent.setup();
    stubClipboard(undefined); // after setup(), which brings a clipboard of its own
    render(<ShareLinkButton map={small} />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(/did not allow copying/);
  });

  it('a map too large for a link says so, with the sizes, and offers the file', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:map');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ShareLinkButton map={large} />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: 'Share link' }));

    expect(screen.getByRole('dialog')).toHaveTextContent(
      /This map is too large for a link \([\d.,]+ KB compressed, the limit is 16 KB\)\. Send the file instead\./,
    );
    expect(screen.queryByRole('textbox', { name: 'Link to this map' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(JSON.parse(await blob!.text())).toMatchObject({ id: 'large', title: 'A large map' });
  });
});
