// The pages and feeds of tests/fixtures/pages served on 127.0.0.1, as an outlet's site would serve them,
// with the failures ingest must report: a redirect, a loop, a PDF, a 404, broken XML. And an address
// where nothing listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const file = (name: string) => readFileSync(join(PAGES, name));

export async function startFixtureSite(): Promise<{ origin: string; close: () => void }> {
  let origin = '';
  const server = createServer((request, response) => {
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'Content-Type': type }).end(body);
    const routes: Record<string, () => void> = {
      '/share/ferry': () => response.writeHead(301, { Location: '/news/ferry-crews-strike' }).end(),
      '/news/ferry-crews-strike': () => send('text/html; charset=utf-8', file('harbour-ferry-strike.html')),
      '/news/ferry-talks-resume': () => send('text/html', file('harbour-ferry-talks.html')),
      '/feed.xml': () =>
        send('application/rss+xml', file('ferry-feed.xml').toString('utf8').replaceAll('ORIGIN', origin)),
      '/broken.xml': () => send('application/rss+xml', file('broken-feed.xml')),
      '/report.pdf': () => send('application/pdf', '%PDF-1.4'),
      '/loop': () => response.writeHead(302, { Location: '/loop' }).end(),
    };
    (routes[request.url ?? ''] ?? (() => response.writeHead(404).end('not found')))();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => server.close() };
}

/** An address on 127.0.0.1 where nothing listens. */
export async function closedAddress(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
