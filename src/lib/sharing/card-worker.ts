// A worker thread that draws preview cards: each message names a card and the
// file to write it to; the reply says when the file is complete.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { renderCard, type CardText } from './og-image.ts';

export interface CardJob {
  id: number;
  text: CardText;
  file: string;
}

export type CardReply = { id: number; error?: string };

parentPort?.on('message', async ({ id, text, file }: CardJob) => {
  try {
    const png = await renderCard(text);
    // Written under a temporary name and renamed: a reader never sees half a card.
    const partial = `${file}.${threadId}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    parentPort?.postMessage({ id } satisfies CardReply);
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) } satisfies CardReply);
  }
});
