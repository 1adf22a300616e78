// `node tests/support/compare-builds.ts <a> <b>`: two builds of the same content
// must be byte-identical, file for file.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function hashes(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

const [a, b] = process.argv.slice(2);
const [first, second] = [hashes(a), hashes(b)];
const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
  (file) => first.get(file) !== second.get(file),
);
console.log(`${first.size} files compared; ${differing.length} differ`);
for (const file of differing.slice(0, 20)) console.log(`differs: ${file}`);
process.exitCode = differing.length === 0 ? 0 : 1;
