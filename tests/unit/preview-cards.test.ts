import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedCard, prepareCards } from '../../src/build/card-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, fitTitle, renderCard, type CardText } from '../../src/build/og-image.ts';

// Cards are drawn into an empty folder of their own, before card-cache.ts reads where its cache is:
// every card is really drawn, and the build's cache is left alone.
const cache = await vi.hoisted(async () =>
  (await import('./temp-cache.ts')).tempCache('NEWSFOLD_CARD_CACHE', 'newsfold-cards-'),
);
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const fresh = (title: string): CardText => ({ kicker: 'Test outlet', title, footer: '23 May 2025' });

const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('preview cards', () => {
  it('draws in a worker the same PNG the drawing code makes on the main thread', async () => {
    const text = fresh('Russia and Ukraine complete the first phase of a prisoner exchange');
    const drawn = await cachedCard(text);
    expect(drawn.subarray(1, 4).toString()).toBe('PNG');
    expect(size(drawn)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(drawn.equals(await renderCard(text))).toBe(true);
  });

  it('hands a card started in the background to the page that asks for it, and keeps it', async () => {
    const texts = [fresh('First card'), fresh('Second card'), fresh('Third card')];
    prepareCards(texts);
    const cards = await Promise.all(texts.map(cachedCard));
    expect(new Set(cards.map((card) => card.toString('base64'))).size).toBe(3);
    expect((await cachedCard(texts[1])).equals(cards[1])).toBe(true);
    expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(4);
  });

  it('fails with the card named when a card cannot be drawn', async () => {
    const broken = { kicker: 42, title: 'Broken card', footer: '' } as unknown as CardText;
    await expect(cachedCard(broken)).rejects.toThrow(/preview card "Broken card"/);
  });

  it('shortens long titles at a word boundary', () => {
    const title = fitTitle('word '.repeat(60).trim());
    expect(title.length).toBeLessThanOrEqual(140);
    expect(title.endsWith('word…')).toBe(true);
  });
});
