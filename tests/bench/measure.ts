import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Median and 95th percentile of samples, in the samples' unit. */
export function percentiles(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Raw and gzip bytes of files, each compressed on its own as a server would send it. */
export function fileBytes(files: readonly string[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, file) => {
      const content = readFileSync(file);
      // Pagefind's own files are already compressed; gzip would not shrink them further.
      const gzip = Math.min(content.length, gzipSync(content, { level: 9 }).length);
      return { raw: sum.raw + content.length, gzip: sum.gzip + gzip };
    },
    { raw: 0, gzip: 0 },
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
