// Preview cards are the build's most expensive output (~14 ms each on one core).
// Worker threads draw them, one per core, while the main thread builds pages;
// finished cards are kept on disk by content, so a rebuild draws only new ones.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
// sharp's native libraries must be loaded by the main thread before any worker uses them,
// or a worker's exit can unload them under the others (sharp's worker-thread guidance).
import 'sharp';
import type { CardJob, CardReply } from './card-worker.ts';
import type { CardText } from './og-image.ts';

// NEWSFOLD_CARD_CACHE moves it (the unit tests draw into a temporary folder, not the build's cache).
const CACHE_DIR = process.env.NEWSFOLD_CARD_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'newsfold-og');
// Run from source, by path: this module is bundled by Astro, and a worker needs a file Node can load.
const SOURCE_DIR = join(process.cwd(), 'src', 'build');
const WORKER_FILE = join(SOURCE_DIR, 'card-worker.ts');
// Any change to how a card is drawn gives every card a new name.
const DRAWING = createHash('sha256')
  .update(readFileSync(join(SOURCE_DIR, 'og-image.ts')))
  .digest('hex');

interface Task {
  job: CardJob;
  settle: (error?: string) => void;
}

const queue: Task[] = [];
const idle: Worker[] = [];
const busy = new Map<Worker, Task>();
let workers: Worker[] = [];
const drawing = new Map<string, Promise<void>>();

function startWorkers(): void {
  workers = Array.from({ length: availableParallelism() }, () => {
    const worker = new Worker(WORKER_FILE);
    worker.on('error', (error) => failAll(`a card worker stopped: ${error.message}`));
    return worker;
  });
  idle.push(...workers);
}

function stopWorkers(): void {
  for (const worker of workers) void worker.terminate();
  workers = [];
  idle.length = 0;
  busy.clear();
}

function failAll(error: string): void {
  for (const task of [...busy.values(), ...queue.splice(0)]) task.settle(error);
  stopWorkers();
}

function dispatch(): void {
  if (queue.length > 0 && workers.length === 0) startWorkers();
  while (idle.length > 0 && queue.length > 0) {
    const [worker] = idle.splice(-1);
    const [task] = queue.splice(0, 1);
    busy.set(worker, task);
    worker.once('message', (reply: CardReply) => {
      // A worker stopped after another one failed may still answer; its task is already settled.
      if (!busy.has(worker)) return;
      busy.delete(worker);
      task.settle(reply.error);
      idle.push(worker);
      dispatch();
    });
    worker.postMessage(task.job);
  }
  // Idle workers would keep the build process alive; new cards start them again.
  if (queue.length === 0 && workers.length > 0 && busy.size === 0) stopWorkers();
}

function draw(text: CardText, file: string): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  return new Promise((resolve, reject) => {
    const settle = (error?: string) =>
      error ? reject(new Error(`preview card "${text.title}": ${error}`)) : resolve();
    queue.push({ job: { text, file }, settle });
    dispatch();
  });
}

/** The cache file of a card, drawn first if it is not there yet. */
export async function cachedCardFile(text: CardText): Promise<string> {
  const key = createHash('sha256').update(DRAWING).update(JSON.stringify(text)).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  let drawn = drawing.get(file);
  if (!drawn) {
    drawn = existsSync(file) ? Promise.resolve() : draw(text, file);
    drawing.set(file, drawn);
  }
  await drawn;
  return file;
}

/** Starts drawing cards in the background; `cachedCard` later waits for the same work. */
export function prepareCards(texts: readonly CardText[]): void {
  // Failures surface where the card is asked for.
  for (const text of texts) cachedCardFile(text).catch(() => {});
}

/** A card's PNG, drawn by a worker unless an earlier build already drew it. */
export async function cachedCard(text: CardText): Promise<Buffer> {
  return readFileSync(await cachedCardFile(text));
}

/** Static paths whose props are cards, with every card started now: workers draw while the build does the rest. */
export function cardRoutes<Path extends { props: CardText }>(paths: Path[]): Path[] {
  prepareCards(paths.map((path) => path.props));
  return paths;
}

/** The PNG response of a card route. */
export async function cardResponse(text: CardText): Promise<Response> {
  return new Response(new Uint8Array(await cachedCard(text)), { headers: { 'Content-Type': 'image/png' } });
}
