/**
 * The only links model output may carry: absolute http(s). Everything else (javascript:, data:,
 * relative paths that would resolve inside the extension) becomes an empty href.
 */
export function safeHref(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}
