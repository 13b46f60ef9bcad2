import type { Browser } from 'playwright-core';

/** Where Debian installs Chromium; `FLOWSMITH_CHROMIUM` overrides it. */
export function chromiumPath(): string {
  return process.env.FLOWSMITH_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Thrown by {@link withChromium} when Ctrl-C (SIGINT) came while Chromium was starting or working:
 * the work was interrupted, whatever error Chromium's end caused.
 */
export class ChromiumInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'ChromiumInterrupted';
  }
}

/**
 * Starts a headless Chromium through playwright-core (no download); the caller closes it.
 * Ctrl-C is left to the caller (see {@link withChromium}), not to playwright's own handler.
 */
export async function launchChromium(): Promise<Browser> {
  // playwright-core loads here, when a document is printed, not when the CLI starts.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    handleSIGINT: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs `work` with a headless Chromium, closing it afterwards whatever happens. One browser per
 * call: callers batch their pages inside `work`. Ctrl-C (SIGINT) meanwhile closes the browser and
 * makes the call reject with {@link ChromiumInterrupted} — also when the browser's end made the
 * work fail in some other way first — so callers can say the work was interrupted.
 */
export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  let interrupted = false;
  let browser: Browser | undefined;
  const onSigint = (): void => {
    interrupted = true;
    void browser?.close().catch(() => undefined);
  };
  process.on('SIGINT', onSigint);
  try {
    browser = await launchChromium();
    if (interrupted) throw new ChromiumInterrupted();
    const result = await work(browser);
    if (interrupted) throw new ChromiumInterrupted();
    return result;
  } catch (error) {
    throw interrupted ? new ChromiumInterrupted() : error;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await browser?.close().catch(() => undefined);
  }
}

/**
 * Prints standalone HTML to PDF: A4 unless the page's CSS names other page sizes (the SOP puts
 * wide flowcharts on landscape pages), backgrounds kept, the running header and page numbers
 * from the page's CSS margin boxes, and PDF bookmarks from its headings (`outline`, which needs
 * a tagged PDF). Chromium embeds (subsets of) every font it uses, so Chinese text comes out with
 * its font embedded (as Type 3 fonts for the CFF-based Noto CJK faces).
 */
export async function htmlToPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/**
 * Renders an SVG to PNG at `scale` × its size (a bitmap for readers that cannot show SVG, such as
 * the fallback image in a DOCX). The SVG is shown as an image, so nothing in it can run.
 */
export async function svgToPng(
  browser: Browser,
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Uint8Array> {
  // Chromium limits a bitmap to about 16k pixels a side; big charts get a smaller scale.
  const factor = Math.min(scale, 16000 / Math.max(width, height, 1));
  const page = await browser.newPage({
    javaScriptEnabled: false,
    viewport: { width: Math.ceil(width), height: Math.ceil(height) },
    deviceScaleFactor: factor,
  });
  try {
    const src = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0"><img src="${src}" width="${width}" height="${height}" style="display:block"></body></html>`,
      { waitUntil: 'load' },
    );
    const png = await page.screenshot({ type: 'png', fullPage: false, omitBackground: false });
    return new Uint8Array(png);
  } finally {
    await page.close();
  }
}
