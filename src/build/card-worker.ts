// A worker thread that draws preview cards: each message names a card and the
// file to write it to; the reply says when the file is complete.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { renderCard, type CardText } from './og-image.ts';

export interface CardJob {
  text: CardText;
  file: string;
}

/** Sent when the card is written; a worker draws one card at a time, so no id is needed. */
export type CardReply = { error?: string };

parentPort?.on('message', async ({ text, file }: CardJob) => {
  try {
    const png = await renderCard(text);
    // Written under a temporary name and renamed: a reader never sees half a card.
    const partial = `${file}.${threadId}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    parentPort?.postMessage({} satisfies CardReply);
  } catch (error) {
    parentPort?.postMessage({ error: String(error) } satisfies CardReply);
  }
});
