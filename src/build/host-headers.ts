// An Astro integration: after the build, writes `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf`
// into the output, carrying the Content-Security-Policy of the pages just built.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, nginxSnippet } from '../lib/sharing/host-headers.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'newsfold:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // In path order, so the policy's sources come in the same order in every build.
        const policies = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
          .map((file) => META.exec(readFileSync(file, 'utf8'))?.[1])
          .filter((policy): policy is string => policy !== undefined);
        if (policies.length === 0) throw new Error('host headers: no page carries a Content-Security-Policy');
        const policy = mergePolicies(policies);
        writeFileSync(join(root, '_headers'), headersFile(policy, base));
        writeFileSync(join(root, 'nginx-headers.conf'), nginxSnippet(policy, base));
        logger.info(`_headers and nginx-headers.conf: one policy for ${policies.length} pages`);
      },
    },
  };
}
