/**
 * The headers a static host sends with the site, made from the Content-Security-Policy Astro writes into
 * each page (DECISIONS.md: from the same source, at build time). Pages differ only in the hashes of their
 * own inline styles and scripts, so the host's one policy is the union of the pages' policies.
 */

/** One policy, directive by directive, sources in first-seen order. */
type Policy = Map<string, string[]>;

function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** The union of several policies: every directive any page has, with every source any page allows. */
export function mergePolicies(policies: readonly string[]): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Whether `policy` allows at least what `page` allows, directive by directive. */
export function coversPolicy(policy: string, page: string): boolean {
  const allowed = parsePolicy(policy);
  return [...parsePolicy(page)].every(([name, sources]) =>
    sources.every((source) => allowed.get(name)?.includes(source)),
  );
}

/** Headers every response gets. */
function securityHeaders(policy: string): [string, string][] {
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/**
 * Caching by path under the site's base: hashed assets forever; the search index, feeds and preview
 * images briefly, since each build rewrites them under the same names. HTML keeps the host's default
 * (revalidate on every visit on Netlify and Cloudflare Pages): a `Cache-Control` on `/*` would be merged
 * into the assets' own.
 */
function cacheRules(base: string): [string, string][] {
  return [
    [`${base}_astro/*`, 'public, max-age=31536000, immutable'],
    [`${base}search/*`, 'public, max-age=300'],
    [`${base}og/*`, 'public, max-age=86400'],
  ];
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(policy: string, base: string): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block(`${base}*`, securityHeaders(policy)),
    ...cacheRules(base).map(([path, value]) => block(path, [['Cache-Control', value]])),
  ].join('\n')}\n`;
}

/** An nginx snippet with the same headers, to `include` in the site's `server` block. */
export function nginxSnippet(policy: string, base: string): string {
  const header = ([name, value]: [string, string]) => `add_header ${name} "${value}" always;`;
  return `${[
    '# Written by the build from the pages’ own Content-Security-Policy: include it in the server block.',
    ...securityHeaders(policy).map((pair) => header(pair)),
    ...cacheRules(base).map(
      ([path, value]) =>
        `location ^~ ${path.replace(/\*$/, '')} {\n  ${securityHeaders(policy).map(header).join('\n  ')}\n  ${header(['Cache-Control', value])}\n}`,
    ),
  ].join('\n')}\n`;
}
