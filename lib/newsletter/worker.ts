import 'server-only';
import { after } from 'next/server';
import { purgeRateLimits } from '@/lib/rate-limit';
import { newsletterContext } from './context';
import { runOutbox } from './outbox';
import { purgeUnconfirmed } from './subscription';

export const OUTBOX_INTERVAL_MS = 30_000;

const globalForWorker = globalThis as unknown as { newsletterWorker?: { timer: NodeJS.Timeout; running: boolean } };

async function tick(): Promise<void> {
  const context = newsletterContext();
  await runOutbox(context);
  await purgeUnconfirmed(context);
  await purgeRateLimits(context.db, 24 * 60 * 60_000);
}

function logFailure(error: unknown) {
  console.error('[newsletter] passage du distributeur d’alertes en échec', error instanceof Error ? error.message : error);
}

/**
 * Sends what a publish just queued once the response is gone (the transaction
 * committed by then; a rolled-back one left nothing to send). Outside a request
 * (scripts, tests) `after` is unavailable: the interval will send it.
 */
export function scheduleOutboxRun(): void {
  try {
    after(() => tick().catch(logFailure));
  } catch {
    // Not in a request: nothing to schedule.
  }
}

/** Started once per server process (instrumentation.ts); every instance runs one, SKIP LOCKED shares the work. */
export function startOutboxWorker(): void {
  if (globalForWorker.newsletterWorker) return;
  const state = { running: false, timer: undefined as unknown as NodeJS.Timeout };
  state.timer = setInterval(() => {
    if (state.running) return;
    state.running = true;
    tick()
      .catch(logFailure)
      .finally(() => {
        state.running = false;
      });
  }, OUTBOX_INTERVAL_MS);
  state.timer.unref();
  globalForWorker.newsletterWorker = state;
}
