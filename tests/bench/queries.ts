/** What the benchmark's reader types: names, typos, variants and several words. */
export const BENCH_QUERIES = ['Lavrov', 'Lavrof', 'Umerow', 'Zelenskiy', 'Istambul', 'peace talks', 'Vatican Lavrov'];

/** Every prefix of every query, as typed one key at a time. */
export function keystrokes(): string[] {
  return BENCH_QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

/** Milliseconds per keystroke of `run` over the first `max` benchmark keystrokes. */
export async function timeKeystrokes(
  run: (query: string) => Promise<unknown> | unknown,
  max: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (const query of keystrokes().slice(0, max)) {
    const start = performance.now();
    await run(query);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The plain full-text Fuse.js setup measured against: bodies indexed, as TOOLCHAIN.md measured it. */
export const PLAIN_FUSE_OPTIONS = { keys: ['title', 'body'], threshold: 0.3, ignoreLocation: true };
