/**
 * The "done when" of issue 12: a person builds the content-publishing flow (选题策划 → 撰写文案 →
 * 设计配图 → 主管审核 → 法务审核 → 通过？ 否 → 返工修改 → back to 主管审核; 是 → 发布 → 数据复盘) in four
 * lanes, in the zh-CN interface at 1440×900, with the mouse and keyboard only: lanes from the
 * roles panel, a chain from the palette, the rest from the context pad, names typed in place,
 * tasks dragged into their lanes, the loop drawn by a drop on the target's body, branch labels
 * typed on the flows. No connection fails; the saved document is exactly the intended process.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { clickPalette, sizeText, stepNode } from './harness/driver';
import { boxOf, bringIntoView, dragToBody, savedDocument, settled, zoomTo } from './connectDriver';

const app = appSuite();

/** Types a name into the in-place editor that is open and commits it with Enter. */
async function typeName(page: Page, name: string) {
  const editor = page.getByTestId('label-editor');
  await editor.waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await editor.waitFor({ state: 'detached' });
}

const selectedId = async (page: Page) =>
  (await page.locator('.react-flow__node-step.selected').getAttribute('data-id'))!;

/** Appends a step after `from` from its context pad, names it, returns its id. */
async function append(page: Page, from: string, button: string, name: string) {
  await bringIntoView(page, [from]);
  await stepNode(page, from).click();
  await stepNode(page, from).getByRole('button', { name: button, exact: true }).click();
  await typeName(page, name);
  return selectedId(page);
}

/** Drags a step with the mouse into the lane of `roleId`, at its own x or at `x`. */
async function intoLane(page: Page, id: string, roleId: string, x?: number) {
  await bringIntoView(page, [id]);
  const box = await boxOf(page, id);
  const lane = (await page
    .locator(`.react-flow__node-lane[data-id="lane:${roleId}"]`)
    .boundingBox())!;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // The middle of the part of the lane that is on screen.
  const top = Math.max(lane.y, pane.y + 40);
  const bottom = Math.min(lane.y + lane.height, pane.y + pane.height - 20);
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const to = { x: x ?? from.x, y: (top + bottom) / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/**
 * Double-clicks the flow from `fromName` to `toName` and types its label. Like a person, it
 * clicks where the pointer is on that flow and no other: half-way along it, or the nearest point
 * to half-way that is not where another flow runs close by (flows sharing a channel run 6 px
 * apart, inside each other's click area).
 */
async function labelFlow(page: Page, fromName: string, toName: string, label: string) {
  await settled(page);
  // … and once the lines are drawn where the router puts them (until then a new flow is a
  // straight elbow that may run over another one).
  await expect.poll(() => page.locator('.fs-flow:not(.is-routed)').count()).toBe(0);
  const edge = page.locator(`.react-flow__edge[aria-label^="从 ${fromName} 到 ${toName} "]`);
  const p = await edge.evaluate((g) => {
    const path = g.querySelector<SVGPathElement>('path.react-flow__edge-interaction, path')!;
    const m = path.getScreenCTM()!;
    const screenAt = (share: number) => {
      const at = path.getPointAtLength(path.getTotalLength() * share);
      return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f };
    };
    for (const share of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const q = screenAt(share);
      if (document.elementFromPoint(q.x, q.y)?.closest('.react-flow__edge') === g) return q;
    }
    const mid = screenAt(0.5);
    const hit = document.elementFromPoint(mid.x, mid.y);
    throw new Error(
      `no point of the flow ${g.getAttribute('aria-label')} is clickable on its own: half-way (${Math.round(mid.x)}, ${Math.round(mid.y)}, length ${Math.round(path.getTotalLength())}) is ${hit?.tagName}.${hit?.getAttribute('class')} in ${hit?.closest('[aria-label]')?.getAttribute('aria-label')}`,
    );
  });
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('flow-label-editor');
  await editor.waitFor();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await editor.waitFor({ state: 'detached' });
}

describe('the done-when build', () => {
  it('builds the content-publishing flow (nine steps, a start and an end) in four lanes without a failed connection', async () => {
    const { page, trap, context } = await app.open({
      locale: 'zh-CN',
      filePickers: false,
      viewport: { width: 1440, height: 900 },
    });

    // Four lanes, named in the roles panel.
    const roles = ['编辑', '设计', '主管', '法务'];
    for (let i = 0; i < roles.length; i++)
      await page.getByRole('button', { name: '添加泳道' }).click();
    for (const [i, name] of roles.entries()) {
      await page.getByTestId(`role-name-${i}`).fill(name);
      await page.getByTestId(`role-name-${i}`).press('Enter');
    }
    const [editor, designer, manager, legal] = ['role-1', 'role-2', 'role-3', 'role-4'];
    await page.locator(`.react-flow__node-lane[data-id="lane:${legal}"]`).waitFor();
    // Zoomed out so the whole process will fit the screen, as on a projector.
    await zoomTo(page, 0.58);

    // A chain from the palette: start, then two tasks, each named in place (double-click).
    const start = await clickPalette(page, 'start');
    const plan = await clickPalette(page, 'task');
    await stepNode(page, plan).dblclick();
    await typeName(page, '选题策划');
    const write = await clickPalette(page, 'task');
    await stepNode(page, write).dblclick();
    await typeName(page, '撰写文案');
    expect(await sizeText(page)).toBe('3 个步骤 · 2 条连线');

    // The rest from the context pad; tasks dragged into their lanes.
    const design = await append(page, write, '追加任务', '设计配图');
    await intoLane(page, design, designer);
    const review = await append(page, design, '追加任务', '主管审核');
    await intoLane(page, review, manager);
    const legalReview = await append(page, review, '追加任务', '法务审核');
    await intoLane(page, legalReview, legal);
    const decide = await append(page, legalReview, '追加判断', '通过？');
    const rework = await append(page, decide, '追加任务', '返工修改');
    const decideBox = await boxOf(page, decide);
    await intoLane(page, rework, editor, decideBox.x + decideBox.width / 2);
    const publish = await append(page, decide, '追加任务', '发布');
    await intoLane(page, publish, editor);
    const retro = await append(page, publish, '追加任务', '数据复盘');
    const end = await append(page, retro, '追加结束', '结束');
    expect(await sizeText(page)).toBe('11 个步骤 · 10 条连线');

    // The loop back: drag from 返工修改's handle onto 主管审核's body.
    await bringIntoView(page, [rework, review]);
    await dragToBody(page, rework, 'l', review, 0.6, 0.6);
    expect(await sizeText(page)).toBe('11 个步骤 · 11 条连线');

    // Branch labels typed on the flows themselves.
    await labelFlow(page, '通过？', '发布', '是');
    await labelFlow(page, '通过？', '返工修改', '否');
    expect(await page.getByTestId('refusal').count()).toBe(0);

    const doc = await savedDocument(page);
    expect(doc.roles.map((r) => r.name)).toEqual(roles);
    const byId = new Map(doc.steps.map((s) => [s.id, s]));
    expect(doc.steps.map((s) => [s.name, s.type, s.type === 'task' ? s.role : '-'])).toEqual([
      ['开始', 'start', '-'],
      ['选题策划', 'task', editor],
      ['撰写文案', 'task', editor],
      ['设计配图', 'task', designer],
      ['主管审核', 'task', manager],
      ['法务审核', 'task', legal],
      ['通过？', 'xor', '-'],
      ['返工修改', 'task', editor],
      ['发布', 'task', editor],
      ['数据复盘', 'task', editor],
      ['结束', 'end', '-'],
    ]);
    const flows = doc.flows.map(
      (f) => `${byId.get(f.from)!.name}→${byId.get(f.to)!.name}${f.label ? `:${f.label}` : ''}`,
    );
    expect(flows.sort()).toEqual(
      [
        '开始→选题策划',
        '选题策划→撰写文案',
        '撰写文案→设计配图',
        '设计配图→主管审核',
        '主管审核→法务审核',
        '法务审核→通过？',
        '通过？→返工修改:否',
        '返工修改→主管审核',
        '通过？→发布:是',
        '发布→数据复盘',
        '数据复盘→结束',
      ].sort(),
    );
    expect([start, end].every((id) => byId.has(id))).toBe(true);

    // The whole map, as the room sees it.
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 20 } });
    await page.locator('.react-flow__controls-fitview').click();
    await settled(page);
    await page.screenshot({ path: 'test-results/content-flow-zh.png' });
    trap.expectClean();
    await context.close();
  });
});
