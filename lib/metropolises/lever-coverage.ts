export interface LeverCoverage {
  slug: string;
  name: string;
  /** Métropoles (of those given) with at least one published plan naming the lever. */
  metropolisCount: number;
}

/**
 * For the lever coverage chart: every lever, even one no plan names (a gap is
 * worth showing), most cited first; ties keep the levers' display order.
 */
export function countLeverCoverage(
  levers: ReadonlyArray<{ slug: string; name: string }>,
  metropolises: ReadonlyArray<{ citedLeverSlugs: readonly string[] }>,
): LeverCoverage[] {
  return levers
    .map((lever, order) => ({
      order,
      slug: lever.slug,
      name: lever.name,
      metropolisCount: metropolises.filter((metropolis) => metropolis.citedLeverSlugs.includes(lever.slug)).length,
    }))
    .sort((a, b) => b.metropolisCount - a.metropolisCount || a.order - b.order)
    .map(({ slug, name, metropolisCount }) => ({ slug, name, metropolisCount }));
}
