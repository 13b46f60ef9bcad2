/**
 * Text legible in the SOP flowchart: every gateway's name, as drawn in the SVG, covers no other
 * step's box, no step number and no flow label — on every example, the SOP's own numbered print
 * flowchart, and Prosimos's credit-application demo (../shared/simulation-parity), where
 * "lending decision?" sat beside the task "Make credit offer".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import { applyProsimos, importBpmn } from '@flowsmith/bpmn';
import { buildSop, flowchartPositions, layoutForSop, renderFlowchart } from '@flowsmith/sop';
import { loadExample } from './loadExample';

type Box = { x: number; y: number; width: number; height: number };

/** Text width estimated as the flowchart does: CJK characters 1 em, Latin about 0.55 em. */
const textWidth = (text: string, size: number) =>
  [...text].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55) * size, 0);

/** Shrunk by a pixel each way: glyph boxes that only touch do not count. */
const overlaps = (a: Box, b: Box) =>
  a.x + 1 < b.x + b.width &&
  b.x + 1 < a.x + a.width &&
  a.y + 1 < b.y + b.height &&
  b.y + 1 < a.y + a.height;

function textBox(text: string, x: number, baseline: number, size: number, anchor: string): Box {
  const width = textWidth(text, size);
  const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
  return { x: left, y: baseline - 0.8 * size, width, height: size };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every place where a gateway's drawn name covers another step, a step number or a flow label. */
function gatewayNameClashes(svg: string): string[] {
  const steps: Array<{ id: string; box: Box }> = [];
  const names: Array<{ id: string; text: string; box: Box }> = [];
  const others: Array<{ what: string; box: Box }> = [];
  for (const line of svg.split('\n')) {
    const step = /<g class="step" data-step="([^"]*)"[^>]*data-box="([^"]+)">/.exec(line);
    if (step) {
      const [x, y, width, height] = step[2]!.split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      steps.push({ id: step[1]!, box: { x, y, width, height } });
      for (const n of line.matchAll(
        /<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)" font-weight="bold"[^>]*fill="#0b4f8a">([^<]*)<\/text>/g,
      ))
        others.push({
          what: `number ${n[4]}`,
          box: textBox(n[4]!, +n[1]!, +n[2]!, +n[3]!, n[0].includes('"end"') ? 'end' : 'start'),
        });
      if (!line.includes('fill="#fff8d6"')) continue;
      const text =
        /<text font-size="([\d.]+)" text-anchor="(\w+)" fill="#1f2933">(.*?)<\/text>/.exec(line);
      if (!text) continue;
      for (const t of text[3]!.matchAll(/<tspan x="([\d.-]+)" y="([\d.-]+)">([^<]*)<\/tspan>/g))
        names.push({
          id: step[1]!,
          text: unescape(t[3]!),
          box: textBox(unescape(t[3]!), +t[1]!, +t[2]!, +text[1]!, text[2]!),
        });
      continue;
    }
    const label =
      /<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)" text-anchor="middle" fill="#7a4b00"[^>]*>([^<]*)<\/text>/.exec(
        line,
      );
    if (label)
      others.push({
        what: `flow label ${label[4]}`,
        box: textBox(unescape(label[4]!), +label[1]!, +label[2]!, +label[3]!, 'middle'),
      });
  }
  const clashes: string[] = [];
  for (const n of names) {
    for (const s of steps)
      if (s.id !== n.id && overlaps(n.box, s.box)) clashes.push(`${n.text} / step ${s.id}`);
    for (const o of others) if (overlaps(n.box, o.box)) clashes.push(`${n.text} / ${o.what}`);
  }
  return clashes;
}

async function creditDemo(): Promise<ProcessDocument> {
  const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'simulation-parity');
  const imported = await importBpmn(
    readFileSync(join(dir, 'Credit_Application_Simulation.bpmn'), 'utf8'),
    {
      simulation: false,
    },
  );
  const applied = applyProsimos(
    imported.documents,
    readFileSync(join(dir, 'm3-credit.prosimos.json'), 'utf8'),
  );
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return applied.documents[0]!;
}

const examples = readdirSync(join(import.meta.dirname, '..', '..', 'examples'))
  .filter((f) => f.endsWith('.flow.json'))
  .map((f) => f.replace('.flow.json', ''));

async function printedSvg(doc: ProcessDocument): Promise<string> {
  const positions = await layoutForSop(doc);
  const tree = buildSop(doc, positions ? { positions } : {});
  return tree.blocks.find((b) => b.type === 'diagram')!.svg;
}

describe('gateway names in the SOP flowchart cover nothing', () => {
  it('on the credit-application demo, on screen and in print', async () => {
    const doc = await creditDemo();
    const { svg } = renderFlowchart(doc, flowchartPositions(doc), (id) => id ?? '');
    expect(svg).toContain('lending decision?');
    expect(gatewayNameClashes(svg)).toEqual([]);
    expect(gatewayNameClashes(await printedSvg(doc))).toEqual([]);
  });

  it.each(examples)('%s: the numbered print flowchart', async (name) => {
    expect(gatewayNameClashes(await printedSvg(loadExample(name)))).toEqual([]);
  });

  it('the check finds a name drawn over a step number', () => {
    const svg = [
      '<g class="step" data-step="g" data-lane="" data-box="0 25 50 50"><path d="" fill="#fff8d6" stroke="#8a6d00"/><text font-size="11" text-anchor="start" fill="#1f2933"><tspan x="35" y="9">needs which checks</tspan></text></g>',
      '<g class="step" data-step="t" data-lane="" data-box="110 10 100 80"><rect/><text x="112" y="6" font-size="11" font-weight="bold" fill="#0b4f8a">4</text></g>',
    ].join('\n');
    expect(gatewayNameClashes(svg)).toEqual([
      'needs which checks / step t',
      'needs which checks / number 4',
    ]);
  });
});
