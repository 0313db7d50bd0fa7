// Small numeric helpers shared by the browser timings, Lighthouse and the decision worker.

/** A seeded pseudo-random generator (mulberry32), so every run draws the same answers. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-th percentile of the numbers in `values`, interpolated; null when there are none. */
export function percentile(values, p) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}

export const median = (values) => percentile(values, 50);

/** The first line of an error's message, for reports. */
export const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
