import { useAppStore } from '../../store/app-store';
import { UnreadableMapItem } from './unreadable-map-item';

/** Stored maps that could not be read are listed, never dropped or overwritten unasked. */
export function UnreadableMaps() {
  const unreadable = useAppStore((state) => state.unreadable);
  if (unreadable.length === 0) return null;
  return (
    <section className="banner banner--problem" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Some saved maps could not be opened</h2>
      <p>
        They are kept on this device unchanged until you remove them. Download the saved data to keep a copy, repair a
        map whose text still reads, or remove it.
      </p>
      <ul>
        {unreadable.map((item) => (
          <UnreadableMapItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
