// Where an Astro build's time goes, read from its own log: the seconds of each phase Astro reports and,
// within "generating static routes", the milliseconds each page took, summed by route family. It bounds
// what a lever can save: moving cards out of the route generator saves at most the /og/ family's time.

/** A build's time by phase and by route family, in seconds. */
export interface BuildProfile {
  /** "build info" (content loading and page data), "static entrypoints" (Vite), "static routes". */
  phases: Record<string, number>;
  /** Route families ("/reports/", "/og/reports/", "/search/") and their pages' summed render time. */
  routes: Record<string, { pages: number; seconds: number }>;
}

const COMPLETED = /✓ Completed in ([\d.]+)(m?s)\./;
const VITE = /\[vite\] ✓ built in ([\d.]+)(m?s)/;
const ROUTE = /[├└]─ (\/[^\s]*?)(?:\s*\(\+([\d.]+)(m?s)\))/g;

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** The family of a route: its first two path segments for cards and story pages, its first otherwise. */
function familyOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= 1 || (parts[0] === 'og' && parts.length === 2)) return '/ (single pages)';
  return parts[0] === 'og' ? `/og/${parts[1]}/` : `/${parts[0]}/`;
}

/** Reads an `astro build` log. */
export function buildProfile(log: string): BuildProfile {
  const phases: Record<string, number> = {};
  let phase = '';
  for (const line of log.split('\n')) {
    if (line.includes('Collecting build info')) phase = 'build info (content, page data)';
    else if (line.includes('Building static entrypoints')) phase = 'static entrypoints (Vite)';
    else if (line.includes('generating static routes')) phase = 'static routes';
    const vite = VITE.exec(line);
    if (vite)
      phases['static entrypoints (Vite)'] = (phases['static entrypoints (Vite)'] ?? 0) + seconds(vite[1], vite[2]);
    const done = COMPLETED.exec(line);
    if (done && phase && !(phase in phases)) phases[phase] = seconds(done[1], done[2]);
  }
  const routes: BuildProfile['routes'] = {};
  for (const match of log.matchAll(ROUTE)) {
    const family = familyOf(match[1]);
    const entry = (routes[family] ??= { pages: 0, seconds: 0 });
    entry.pages += 1;
    entry.seconds += seconds(match[2], match[3]);
  }
  return { phases, routes };
}
