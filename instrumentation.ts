// Once per server process (Next's instrumentation hook): the newsletter's alert
// worker (ADR 016). Not during `next build`, whose workers only prerender.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startOutboxWorker } = await import('@/lib/newsletter/worker');
  startOutboxWorker();
}
