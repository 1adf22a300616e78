// `node tests/support/make-synthetic.ts <dir> <count>`: a synthetic content folder.
import { resolve } from 'node:path';
import { writeSyntheticContent } from '../bench/synthetic-content.ts';

const [dir = 'dist-content', count = '1000'] = process.argv.slice(2);
writeSyntheticContent(dir, Number(count), resolve('.'));
console.log(`wrote ${count} synthetic reports to ${dir}`);
