import { describe, expect, it } from 'vitest';
import { coversPolicy, headersFile, mergePolicies, nginxSnippet } from '../../src/lib/sharing/host-headers.ts';

const front = "script-src 'self' 'sha256-A='; style-src 'self' 'sha256-B='";
const report = "script-src 'self'; style-src 'self' 'sha256-C='; img-src 'self' data:";

describe('one policy for the host, from the pages’ own', () => {
  it('allows what any page allows, and nothing else', () => {
    const merged = mergePolicies([front, report]);
    expect(merged).toBe(
      "script-src 'self' 'sha256-A='; style-src 'self' 'sha256-B=' 'sha256-C='; img-src 'self' data:",
    );
    expect(coversPolicy(merged, front)).toBe(true);
    expect(coversPolicy(merged, report)).toBe(true);
    expect(coversPolicy(front, report)).toBe(false);
    expect(coversPolicy(merged, "script-src 'unsafe-inline'")).toBe(false);
  });

  it('writes _headers with the policy on every path and caching by path, under the base', () => {
    const file = headersFile("script-src 'self'", '/newsfold/');
    expect(file).toBe(
      [
        '/newsfold/*',
        "  Content-Security-Policy: script-src 'self'",
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '/newsfold/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/newsfold/search/*',
        '  Cache-Control: public, max-age=300',
        '/newsfold/og/*',
        '  Cache-Control: public, max-age=86400',
        '',
      ].join('\n'),
    );
  });

  it('writes the same headers for nginx, repeated inside each location (add_header does not inherit)', () => {
    const snippet = nginxSnippet("script-src 'self'", '/');
    expect(snippet).toContain(`add_header Content-Security-Policy "script-src 'self'" always;`);
    expect(snippet).toContain('location ^~ /_astro/ {');
    expect(snippet.match(/add_header Content-Security-Policy/g)).toHaveLength(4);
    expect(snippet).toContain('  add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});
