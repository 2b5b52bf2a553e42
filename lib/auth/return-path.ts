/** Where staff land after signing in when the requested page cannot be used. */
export const DEFAULT_RETURN_PATH = '/admin';

/** Percent-encoding can make a 500-character path longer; the sign-in form accepts what this returns. */
export const RETURN_PATH_MAX_LENGTH = 2000;

const PLACEHOLDER_ORIGIN = 'http://retour.invalid';

/**
 * Only a path of this site survives ?retour= (no open redirect). Control
 * characters and backslashes are refused rather than cleaned: browsers drop tabs
 * and newlines from URLs ("/\t/evil.example" becomes "//evil.example") and read
 * "\" as "/", and a newline in a Location header is a 500. What is returned is the
 * URL parser's own serialisation, so it is plain ASCII and means the same to the
 * browser as it did here.
 */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || value.length > 500) return DEFAULT_RETURN_PATH;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_RETURN_PATH;
  if (!value.startsWith('/') || value.startsWith('//')) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === PLACEHOLDER_ORIGIN && path.length <= RETURN_PATH_MAX_LENGTH ? path : DEFAULT_RETURN_PATH;
}
