// `node tests/support/make-stories.ts <dir>`: a project folder holding the site's content plus the reports
// of three fixture stories it has not seen, placed by automatic story assignment. The end-to-end suite
// builds it (NEWSFOLD_CONTENT=<dir>/content) to test a site of several stories.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestStories, UNSEEN_STORIES } from './unseen-stories.ts';

const [dir = 'dist-stories-project'] = process.argv.slice(2);
const root = resolve(dir);
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync('content', join(root, 'content'), { recursive: true });
ingestStories(root, UNSEEN_STORIES, (line) => console.log(line));
console.log(`ingested the reports of ${UNSEEN_STORIES.length} unseen stories into ${dir}/content`);
