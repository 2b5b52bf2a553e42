const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * A link target safe to put in href: http(s), mailto, or a relative URL
 * (path, query or fragment). Anything else (javascript:, data:, vbscript:,
 * protocol-relative "//host") gives null. Applies to Markdown links and to
 * URLs typed by editors (websites, sources).
 */
export function toSafeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): judge the URL without them.
  const compact = trimmed.replace(/[\u0000-\u001f\u007f\s]+/g, '');
  if (compact.startsWith('//') || compact.startsWith('\\') || compact.startsWith('/\\')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return trimmed;
  const protocol = `${scheme[1]!.toLowerCase()}:`;
  return ALLOWED_PROTOCOLS.has(protocol) ? trimmed : null;
}

/** Whether the link leaves the site (to mark it and open nothing new silently). */
export function isExternalHref(href: string): boolean {
  return /^https?:/i.test(href);
}

/** "www.rtes.fr" from "https://www.rtes.fr/", for link text. */
export function displayHost(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return pathname === '/' ? hostname : `${hostname}${pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}
