/**
 * Normalises the content root's location relative to the working directory (`ctx.pathPrefix`)
 * into a forward-slash prefix that is either empty or ends in exactly one `/`.
 */
export function normalizePrefix(prefix: string): string {
  let p = prefix.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p === '.' || p === '') return '';
  return p.endsWith('/') ? p : `${p}/`;
}

/** A content-root-relative path as the working directory (e.g. a CI workspace) sees it. */
export function withPrefix(prefix: string, path: string): string {
  return normalizePrefix(prefix) + path.replace(/\\/g, '/');
}

/**
 * A path as a relative URI reference: every segment percent-encoded (spaces, `#`, `%`, `?`,
 * non-ASCII), slashes kept. Lone surrogates, which `encodeURIComponent` rejects, become U+FFFD.
 */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\p{Surrogate}/gu, '\uFFFD')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
