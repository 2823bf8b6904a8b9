/**
 * URLs from data are untrusted: only plain web links are ever rendered as links.
 */

/**
 * @param value - a URL taken from data
 * @returns the URL when it is an absolute http(s) URL, otherwise null
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The `rel` of every link to a URL that came from data. */
export const EXTERNAL_REL = 'noopener noreferrer nofollow';
