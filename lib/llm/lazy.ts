/**
 * A value built on first use and kept. The service worker starts on every supported page load;
 * schemas and large tables that only a model request needs are built when one comes, not at start.
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
