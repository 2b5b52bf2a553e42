import { describe, expect, it } from 'vitest';
import { franceMap, MAP_HEIGHT, MAP_WIDTH } from './france-map';

describe('franceMap', () => {
  it('draws metropolitan France only', () => {
    expect(franceMap.outline).toMatch(/^M/);
    // Mainland, Corsica and Oléron: three closed rings, no overseas territory.
    expect(franceMap.outline.match(/Z/g)).toHaveLength(3);
    expect(franceMap.outline.length).toBeLessThan(20_000);
  });

  it('projects the seats inside the drawing, in the right places', () => {
    const paris = franceMap.project(2.352, 48.857)!;
    const brest = franceMap.project(-4.486, 48.39)!;
    const strasbourg = franceMap.project(7.752, 48.573)!;
    const lille = franceMap.project(3.057, 50.629)!;
    const marseille = franceMap.project(5.37, 43.297)!;
    for (const point of [paris, brest, strasbourg, lille, marseille]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(MAP_WIDTH);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(MAP_HEIGHT);
    }
    expect(brest.x).toBeLessThan(paris.x);
    expect(strasbourg.x).toBeGreaterThan(paris.x);
    expect(lille.y).toBeLessThan(paris.y);
    expect(marseille.y).toBeGreaterThan(paris.y);
  });
});
