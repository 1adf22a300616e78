import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PersonData, ReportData } from '../../src/content.config.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { toReport, byPublication, type Report } from '../../src/lib/reports/report.ts';
import { spellingGroups } from '../../src/lib/search/aliases.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { memorySource } from '../../src/lib/search/memory-source.ts';
import { SearchEngine } from '../../src/lib/search/query.ts';
import { toSearchable } from '../../src/lib/search/searchable.ts';
import { REPORTS_DIR, ROOT, reportFiles } from './helpers.ts';

/** The real reports, read from content/ as the build reads them. */
export function realReports(): Report[] {
  return reportFiles()
    .map((name) => {
      const [, frontmatter, body] = readFileSync(join(REPORTS_DIR, name), 'utf8').split(/^---$/m);
      return toReport(name.replace(/\.md$/, ''), parse(frontmatter) as ReportData, parseReport(body));
    })
    .sort(byPublication);
}

export const people: PersonData[] = JSON.parse(readFileSync(join(ROOT, 'content', 'people.json'), 'utf8'));

/** A search engine over the given reports, with the curated spellings. */
export function engineFor(reports: Report[]) {
  const index = buildSearchIndex(reports.map(toSearchable), spellingGroups(people));
  return { index, engine: new SearchEngine(index.manifest, memorySource(index)) };
}
