import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/**
 * A loopback static server that remembers which files it served, to count a query's download. With a
 * `base` ("/newsfold/"), it serves the site under that path, as a project page or a newsroom's folder is.
 */
export async function serveStatic(
  root: string,
  port = 0,
  base = '/',
): Promise<{ origin: string; served: string[]; close: () => void }> {
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = `${requested}/`.startsWith(base);
    const path = normalize(inside ? `/${requested.slice(base.length)}` : '/no-such-file').replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) && existsSync(join(root, path, 'index.html'))) {
      response.writeHead(301, { Location: `${requested}/` }).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': 'text/html' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end();
      return;
    }
    served.push(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return { origin: `http://127.0.0.1:${bound}`, served, close: () => server.close() };
}
