import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RAW_DIR = join(ROOT, 'tests', 'fixtures', 'raw');
export const UNSEEN_DIR = join(ROOT, 'tests', 'fixtures', 'unseen');
export const REPORTS_DIR = join(ROOT, 'content', 'reports');

/** The ingest arguments each seed report was produced with. */
export const SEED_ARGS: Record<string, string[]> = JSON.parse(readFileSync(join(RAW_DIR, 'seeds.json'), 'utf8'));

export function readRaw(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function reportFiles(): string[] {
  return readdirSync(REPORTS_DIR).filter((name) => name.endsWith('.md'));
}
