import { describe, expect, it } from 'vitest';
import { createExportSlots } from './export-slots';

describe('createExportSlots', () => {
  it('lets a client run two exports at once and all clients four, and frees a slot on release', () => {
    const slots = createExportSlots({ perClient: 2, total: 4 });
    const first = slots.acquire('10.0.0.1');
    const second = slots.acquire('10.0.0.1');
    expect(first && second).toBeTruthy();
    expect(slots.acquire('10.0.0.1')).toBeNull();
    expect(slots.acquire('10.0.0.2')).not.toBeNull();
    expect(slots.acquire('10.0.0.3')).not.toBeNull();
    expect(slots.acquire('10.0.0.4')).toBeNull();
    first!();
    first!();
    expect(slots.running).toBe(3);
    expect(slots.acquire('10.0.0.1')).not.toBeNull();
    expect(slots.acquire('10.0.0.1')).toBeNull();
  });
});
