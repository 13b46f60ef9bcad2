/**
 * The page (1-based) each named destination of a PDF printed by Chromium points at, such as the
 * `sec-3` a link `href="#sec-3"` makes: read from the PDF's page tree and its `/Dests`, which
 * Chromium writes as plain (uncompressed) objects. Whatever it cannot read is left out, so a
 * PDF from elsewhere gives an empty map rather than an error. Pure.
 */
export function anchorPages(pdf: Uint8Array): Map<string, number> {
  const text = new TextDecoder('latin1').decode(pdf);
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\nendobj/g))
    objects.set(m[1]!, m[2]!);
  const root = /\/Type\s*\/Catalog[\s\S]*?\/Pages\s+(\d+) 0 R/.exec(text)?.[1];
  const order: string[] = [];
  const visit = (id: string, depth: number): void => {
    const body = objects.get(id);
    if (!body || depth > 64) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) visit(k[1]!, depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) order.push(id);
  };
  if (root) visit(root, 0);
  const pageOf = new Map(order.map((id, i) => [id, i + 1]));
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\/([A-Za-z][\w.-]*)\s*\[\s*(\d+) 0 R\s*\/XYZ/g)) {
    const page = pageOf.get(m[2]!);
    if (page !== undefined && !out.has(m[1]!)) out.set(m[1]!, page);
  }
  return out;
}
