/** One measured figure; `target` and `better` let the report say whether it is within budget. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
  better?: "lower" | "higher";
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns runs per second. */
export function opsPerSecond(fn: () => void, ms = 1000): number {
  const warmUntil = performance.now() + ms / 5;
  while (performance.now() < warmUntil) fn();
  let runs = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    runs++;
    now = performance.now();
  }
  return (runs * 1000) / (now - start);
}

/** Median wall time of `fn` in milliseconds over `runs` runs, after two warm-up runs. */
export function medianMs(fn: () => void, runs = 30): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
