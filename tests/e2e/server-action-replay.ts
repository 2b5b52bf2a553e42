import type { APIRequestContext, Page, Request } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Runs `trigger` in `page` and captures the server-action request it sends,
 * stopping it before it reaches the server. Returns a function that replays that
 * exact request with another session's request context.
 */
export async function captureServerAction(page: Page, baseURL: string, trigger: () => Promise<void>) {
  let captured: Request | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      captured = request;
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await trigger();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const forged = captured!;
  return (request: APIRequestContext) =>
    request.post(forged.url(), {
      headers: { 'next-action': forged.headers()['next-action']!, 'content-type': forged.headers()['content-type']!, accept: 'text/x-component', origin: baseURL },
      data: forged.postDataBuffer()!,
    });
}

/**
 * The aborted request surfaces in the capturing page as a failed fetch: expected
 * noise, removed from the list. The page is closed first: the failed fetch can
 * surface a second time, as a page error, well after the abort (seen in CI), and
 * a closed page reports nothing more.
 */
export async function dropAbortNoise(page: Page, consoleErrors: string[]): Promise<boolean> {
  await page.close();
  const isAbortNoise = (error: string) => error.includes('Failed to fetch') || error.includes('net::ERR_FAILED');
  const hadNoise = consoleErrors.some(isAbortNoise);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !isAbortNoise(error)));
  return hadNoise;
}
