// An Astro integration: after the build, writes `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf`
// into the output, carrying the Content-Security-Policy of the pages just built.
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, nginxSnippet } from '../lib/sharing/host-headers.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Where a page's policy stands: in its head, within the first few kilobytes (5,000 whole pages took 1 s to read). */
const HEAD_BYTES = 16 * 1024;

/** The policy a page carries: looked for in its head first, and in the whole page only if not there. */
function policyOf(file: string): string | undefined {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  const read = readSync(fd, head, 0, HEAD_BYTES, 0);
  closeSync(fd);
  return (
    META.exec(head.subarray(0, read).toString('utf8'))?.[1] ??
    (read < HEAD_BYTES ? undefined : META.exec(readFileSync(file, 'utf8'))?.[1])
  );
}

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
          .map(policyOf)
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
