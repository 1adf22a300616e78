/**
 * The deployed origin: astro.config.mjs always sets `site` (from SITE_URL,
 * with one default there), so a missing one is a configuration error.
 */
export function siteOrigin(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: site: not set; every absolute URL needs it');
  return site;
}
