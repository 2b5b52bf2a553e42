// How many CSV exports run at once, per client address and in all: each holds
// a database connection while it streams, so a client cannot take the pool by
// opening many. In-process counters: each server process has its own pool.

export const MAX_EXPORTS_PER_CLIENT = 2;
export const MAX_EXPORTS = 4;

export interface ExportSlots {
  /** A release function, or null when the limit is reached. Releasing twice is harmless. */
  acquire(client: string): (() => void) | null;
  readonly running: number;
}

export function createExportSlots({ perClient = MAX_EXPORTS_PER_CLIENT, total = MAX_EXPORTS } = {}): ExportSlots {
  const byClient = new Map<string, number>();
  let running = 0;
  return {
    acquire(client) {
      const current = byClient.get(client) ?? 0;
      if (current >= perClient || running >= total) return null;
      byClient.set(client, current + 1);
      running += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        running -= 1;
        const left = (byClient.get(client) ?? 1) - 1;
        if (left > 0) byClient.set(client, left);
        else byClient.delete(client);
      };
    },
    get running() {
      return running;
    },
  };
}
