// `node tests/support/serve.ts <dir> <port>`: a second built site for the end-to-end
// tests (astro preview allows one server per project).
import { serveStatic } from './static-server.ts';

const [dir = 'dist', port = '4323'] = process.argv.slice(2);
const { origin } = await serveStatic(dir, Number(port));
console.log(`serving ${dir} at ${origin}`);
