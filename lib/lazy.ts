/**
 * A value built on first use and kept. The service worker starts on every supported page load and
 * bundles every schema it may check (messages, stored items, model answers): each is declared with
 * this, so a wake builds only those its first messages need.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
