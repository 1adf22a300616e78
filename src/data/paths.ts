// The site's URLs under the base Astro builds for (SITE_URL's path; see astro.config.mjs).
import { sitePaths } from '../lib/site-paths.ts';

export const paths = sitePaths(import.meta.env.BASE_URL);
