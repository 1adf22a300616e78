// bench:cards — what a preview card costs to draw, stage by stage, and what the cheaper ways #13 lists would
// save: satori lays the card out as SVG (its text as paths), resvg rasterises it, libvips (sharp) encodes
// it. Measured on one core over the same cards: the pipeline as built; a card with no text (the most a cached
// background could spare); libvips rasterising satori's SVG itself; JPEG for PNG; and the size of each card.
import { Resvg } from '@resvg/resvg-js';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, renderCard } from '../../src/build/og-image.ts';
import { generateCorpus } from './corpus.ts';

const CARDS = Number(process.env.CARDS ?? 40);
const texts = generateCorpus(CARDS, 5).map((report, i) => ({
  kicker: `Outlet ${i}`,
  title: report.title,
  footer: '23 May 2025',
}));

/** Milliseconds per card of some work, and the mean size of what it made. */
async function time(label: string, work: (index: number) => Promise<unknown>): Promise<void> {
  await work(0); // fonts and native libraries loaded before the clock starts
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < CARDS; i++) {
    const made = await work(i);
    if (Buffer.isBuffer(made)) bytes += made.length;
  }
  const ms = (performance.now() - start) / CARDS;
  console.log(`| ${label} | ${ms.toFixed(1)} ms | ${bytes > 0 ? `${(bytes / CARDS / 1024).toFixed(0)} KB` : ''} |`);
}

const svgs = await Promise.all(texts.map((text) => cardSvg(text)));
const rendered = svgs.map((svg) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render(),
);
const pixels = (i: number) =>
  sharp(rendered[i].pixels, {
    raw: { width: rendered[i].width, height: rendered[i].height, channels: 4 },
  }).removeAlpha();

console.log(`## Preview cards, ${CARDS} cards of ${CARD_WIDTH}×${CARD_HEIGHT}, one core\n`);
console.log('| stage or alternative | per card | card size |');
console.log('| --- | ---: | ---: |');
await time('whole card as built (satori → resvg → libvips PNG)', (i) => renderCard(texts[i]));
// A cached background would spare only what a card without text costs: the text is drawn per card anyway.
await time('a card with no text (all a cached background could spare)', () =>
  renderCard({ kicker: '', title: '', footer: '' }),
);
await time('satori: layout to SVG', (i) => cardSvg(texts[i]));
await time('resvg: SVG to pixels', (i) =>
  Promise.resolve(
    new Resvg(svgs[i], { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render(),
  ),
);
await time('resvg loading the system fonts first (its default; the build no longer does)', (i) =>
  Promise.resolve(new Resvg(svgs[i], { fitTo: { mode: 'width', value: CARD_WIDTH } }).render()),
);
await time('libvips: pixels to PNG', (i) => pixels(i).png({ compressionLevel: 6 }).toBuffer());
await time('libvips: pixels to JPEG (q 85)', (i) => pixels(i).jpeg({ quality: 85 }).toBuffer());
await time("libvips rasterises the SVG itself and encodes PNG (resvg's place)", (i) =>
  sharp(Buffer.from(svgs[i])).removeAlpha().png({ compressionLevel: 6 }).toBuffer(),
);
