// `node tests/support/serve.ts <dir> <port> [base]`: a second built site for the end-to-end
// tests (astro preview allows one server per project), under `base` when it was built for one.
import { serveStatic } from './static-server.ts';

const [dir = 'dist', port = '4323', base = '/'] = process.argv.slice(2);
const { origin } = await serveStatic(dir, Number(port), base);
console.log(`serving ${dir} at ${origin}${base}`);
