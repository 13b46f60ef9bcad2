import { docxImages, type SopTree } from '@flowsmith/sop';

/**
 * PNG renderings of the SVG images a DOCX of the tree holds (each flowchart's print parts, keyed
 * by SVG text), drawn on a canvas at twice their size, so DOCX readers without SVG support (older
 * Word, LibreOffice) show the chart too. A chart the browser cannot draw is left out (the DOCX
 * then carries the SVG only).
 */
export async function diagramPngs(tree: SopTree): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const image of docxImages(tree)) {
    if (out.has(image.svg)) continue;
    try {
      out.set(image.svg, await svgToPng(image.svg, image.width, image.height));
    } catch {
      // Not drawable here: the SVG alone still shows in Word 2016 and later.
    }
  }
  return out;
}

async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const scale = 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
