// `node tests/support/check-links.ts [dist] [base]`: every internal link and anchor of the
// built site resolves to a file and, for #fragments, to an element id in it. A site built
// for a sub-path (`base`, e.g. "/newsfold/") must link only under it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? '/';
const pages = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The built file a site path is served from, if any. */
function fileFor(served: string): string | null {
  if (!served.startsWith(base)) return null;
  const path = `/${served.slice(base.length)}`;
  const candidates = path.endsWith('/')
    ? [join(root, path, 'index.html')]
    : [join(root, path), join(root, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const broken: string[] = [];
let checked = 0;
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const pagePath = `${base}${relative(root, page).replace(/index\.html$/, '')}`;
  for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    if (/^(https?:|mailto:|data:)/.test(value)) continue;
    const [path, fragment] = value.split('#');
    const target = path === '' ? page : fileFor(new URL(path, `http://site${pagePath}`).pathname);
    checked += 1;
    if (!target) broken.push(`${relative(root, page)}: ${attribute}="${value}": no such file`);
    else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
      broken.push(`${relative(root, page)}: ${attribute}="${value}": no element with id "${fragment}"`);
    }
  }
}
console.log(`checked ${checked} internal links and anchors in ${pages.length} pages`);
for (const line of broken) console.log(`broken: ${line}`);
process.exitCode = broken.length === 0 ? 0 : 1;
