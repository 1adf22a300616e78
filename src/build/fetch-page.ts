// Fetches a web page for ingest with the limits a server may not respect: a timeout, a size cap, a cap on
// redirects and a content-type check; every failure is one IngestError naming the URL and the reason.
import { IngestError } from '../lib/ingest/ingest-error.ts';

export const FETCH_LIMITS = { timeoutMs: 15_000, redirects: 5 } as const;
const USER_AGENT = 'Newsfold/0.1 (news aggregator; +https://github.com/newsfold/newsfold)';
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export interface FetchedPage {
  bytes: Uint8Array;
  /** The final address, after redirects. */
  url: string;
  /** The charset the Content-Type header names, if any. */
  charset: string | null;
  /** The Content-Type header. */
  type: string;
}

/** Reads a body up to `max` bytes, refusing a larger one before it is all downloaded. */
async function readCapped(response: Response, url: string, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) throw new IngestError(url, 'size', `is ${declared} bytes, over the cap of ${max}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > max) throw new IngestError(url, 'size', `is over the cap of ${max} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchPage(address: string, maxBytes: number, accept = PAGE_TYPES): Promise<FetchedPage> {
  let url = address;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
        signal: AbortSignal.timeout(FETCH_LIMITS.timeoutMs),
      });
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${FETCH_LIMITS.timeoutMs / 1000} s`
          : 'could not be reached';
      throw new IngestError(url, 'fetch', reason);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (redirects >= FETCH_LIMITS.redirects)
        throw new IngestError(address, 'fetch', `more than ${FETCH_LIMITS.redirects} redirects`);
      url = new URL(location, url).href;
      continue;
    }
    if (!response.ok) throw new IngestError(url, 'fetch', `answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!accept.test(type)) throw new IngestError(url, 'content-type', `is "${type || 'not stated'}", not a web page`);
    return {
      bytes: await readCapped(response, url, maxBytes),
      url,
      charset: /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? null,
      type,
    };
  }
}
