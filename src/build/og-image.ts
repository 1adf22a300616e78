import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

/** What a preview card shows. */
export interface CardText {
  kicker: string;
  title: string;
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// Fonts come from npm packages, read from disk: the build makes no network request.
const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));
const FONTS = [
  { name: 'Serif', data: font('source-serif-4/files/source-serif-4-latin-700-normal.woff'), weight: 700 as const },
  { name: 'Sans', data: font('source-sans-3/files/source-sans-3-latin-400-normal.woff'), weight: 400 as const },
  { name: 'Sans', data: font('source-sans-3/files/source-sans-3-latin-600-normal.woff'), weight: 600 as const },
];

/** Shortens a title to what fits the card, at a word boundary. */
export function fitTitle(title: string, max = 140): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function node(type: string, style: Record<string, unknown>, children: unknown) {
  return { type, props: { style, children } };
}

/** The card laid out as SVG: the kicker, the title, the footer and the Newsfold mark. */
export async function cardSvg(text: CardText): Promise<string> {
  const title = fitTitle(text.title);
  const [marginX, marginY, rule] = [72, 56, 16];
  const inner = node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: CARD_WIDTH - 2 * marginX,
      height: CARD_HEIGHT - rule - 2 * marginY,
      margin: `${marginY}px ${marginX}px`,
    },
    [
      node(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 600, color: '#9b2c1f', letterSpacing: 2 },
        text.kicker.toUpperCase(),
      ),
      node(
        'div',
        {
          display: 'flex',
          fontFamily: 'Serif',
          fontSize: title.length > 90 ? 50 : 62,
          fontWeight: 700,
          lineHeight: 1.15,
        },
        title,
      ),
      node('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#5c5850' }, [
        node('div', { display: 'flex' }, text.footer),
        node('div', { display: 'flex', fontFamily: 'Serif', fontWeight: 700, color: '#1c1b19' }, 'Newsfold'),
      ]),
    ],
  );
  const tree = node(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: '#fdfcfa',
      borderTop: `${rule}px solid #9b2c1f`,
      fontFamily: 'Sans',
      color: '#1c1b19',
    },
    [inner],
  );
  return satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: FONTS });
}

/** A 1200×630 PNG of the card. */
export async function renderCard(text: CardText): Promise<Buffer> {
  // satori has turned the text into paths, so resvg needs no fonts: loading the system's took a third of its time.
  const image = new Resvg(await cardSvg(text), {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  }).render();
  // The card is opaque: encoding RGB with libvips takes about half the time of resvg's RGBA encoder and
  // gives a file about a sixth smaller. (libvips rasterising the SVG itself is faster still but makes the
  // file 60 % larger: bench:cards.)
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
