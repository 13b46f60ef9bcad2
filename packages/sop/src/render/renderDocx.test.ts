import { describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { buildSop } from '../buildSop';
import { docxImages, renderDocx } from './renderDocx';

describe('renderDocx', () => {
  it('makes a zip (DOCX) of the SOP, without Node-only output', async () => {
    const bytes = await renderDocx(buildSop(gallery.andSplitJoin));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('is deterministic apart from its timestamps', async () => {
    const tree = buildSop(gallery.xorSplitJoin, { lang: 'zh-CN' });
    const [a, b] = await Promise.all([renderDocx(tree), renderDocx(tree)]);
    expect(Math.abs(a.length - b.length)).toBeLessThan(16);
  });

  it('lists every flowchart part as an image to render a PNG fallback for', () => {
    const tree = buildSop(gallery.andSplitJoin);
    const diagram = tree.blocks.find((b) => b.type === 'diagram')!;
    expect(docxImages(tree)).toEqual(
      diagram.pages!.map((p) => expect.objectContaining({ svg: p.svg, width: p.width })),
    );
  });
});
