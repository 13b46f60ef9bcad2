/**
 * Live co-editing (issue 15), three browser contexts against a local workshop server: the first
 * brings its process into the room, the others get it from the link; they add, move, rename,
 * connect and delete at once and all three converge to the same document, which the model
 * validates; undo in one context undoes only its own change; each sees who is here and what the
 * others have selected; a context that goes offline keeps editing and both sides' edits are
 * there after it reconnects; a participant finds the timer the facilitator's (disabled, with
 * why) and sees it run once the facilitator starts it. Only mouse and keyboard drive the app; the documents are read from
 * what each browser stored (IndexedDB). No console error on the way.
 */
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { startWorkshopServer, type WorkshopServer } from '@flowsmith/server';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { connect, dragStep, selectStep, stepNode } from './harness/driver';
import { openExample } from './harness/openExample';

const app = appSuite();
let server: WorkshopServer;
beforeAll(async () => {
  server = await startWorkshopServer({ log: () => undefined });
});
afterAll(async () => {
  await server?.close();
});

/**
 * A TCP relay to the workshop server that the test can cut and restore: a participant behind it
 * loses the network (its connection drops, new ones are refused) without the page knowing why.
 */
async function startRelay(targetPort: number) {
  let cut = false;
  const pairs = new Set<[Socket, Socket]>();
  // Connections tried while cut wait (as over a dead network) instead of failing: a refused
  // WebSocket handshake is a console error Chromium prints itself.
  const waiting: Socket[] = [];
  const pipe = (client: Socket) => {
    const upstream = tcpConnect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  };
  const relay: Server = createServer((client) => {
    if (!cut) return pipe(client);
    client.on('error', () => undefined);
    waiting.push(client);
  });
  await new Promise<void>((ok) => relay.listen(0, '127.0.0.1', ok));
  return {
    url: `ws://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    setOffline(offline: boolean) {
      cut = offline;
      if (offline) for (const pair of [...pairs]) for (const socket of pair) socket.destroy();
      else for (const client of waiting.splice(0)) if (!client.destroyed) pipe(client);
    },
    close: () => {
      for (const client of waiting.splice(0)) client.destroy();
      return new Promise<void>((ok) => relay.close(() => ok()));
    },
  };
}

/** The process this browser stored most recently (what autosave wrote, remote changes included). */
async function storedDoc(page: Page): Promise<ProcessDocument | null> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('flowsmith');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = await new Promise<Array<{ updatedAt: number; doc: unknown }>>((ok, fail) => {
      const r = db.transaction('documents').objectStore('documents').getAll();
      r.onsuccess = () => ok(r.result as Array<{ updatedAt: number; doc: unknown }>);
      r.onerror = () => fail(r.error);
    });
    db.close();
    all.sort((a, b) => b.updatedAt - a.updatedAt);
    return (all[0]?.doc ?? null) as ProcessDocument | null;
  });
}

/** JSON with sorted keys: replicas may order a record's keys differently. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

/** Waits until every page stored the same document, and returns it. */
/** Waits until `node` stays in the same place on screen for two looks 150 ms apart. */
async function settled(node: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await node.boundingBox());
        const same = box === last;
        last = box;
        return same;
      },
      { timeout: 10_000, interval: 150 },
    )
    .toBe(true);
}

async function converged(pages: Page[]): Promise<ProcessDocument> {
  let docs: Array<ProcessDocument | null> = [];
  await expect
    .poll(
      async () => {
        docs = await Promise.all(pages.map(storedDoc));
        return new Set(docs.map(canonical)).size;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(1);
  return docs[0]!;
}

/** Opens the app in a fresh context as `name` and joins the room by its link. */
async function joinAs(name: string, link: (base: string) => string, example?: string) {
  const opened = await app.open();
  const { page } = opened;
  await page.evaluate((n) => localStorage.setItem('flowsmith.participant', n), name);
  if (example) await openExample(page, example, 'mgrApprove');
  await page.goto(link(page.url()));
  await page.reload();
  await page.locator('[data-testid="workshop-who"][data-status="connected"]').waitFor();
  return opened;
}

const stepOf = (doc: ProcessDocument, id: string) => doc.steps.find((s) => s.id === id);

describe('co-editing in a workshop', () => {
  it('three participants edit at once, converge, undo only their own change, see each other and merge offline edits', async () => {
    const room = await server.createRoom({ title: 'Purchase approval' });
    const relay = await startRelay(server.port);
    const linkTo = (workshop: string) => (base: string) => {
      const u = new URL(base);
      u.hash = new URLSearchParams({
        workshop,
        room: room.id,
        token: room.participantToken,
      }).toString();
      return u.toString();
    };
    const a = await joinAs('Ann', linkTo(server.url), 'purchase-approval-as-is');
    const b = await joinAs('Bo', linkTo(server.url));
    // Cy's network goes through a relay the test can cut.
    const c = await joinAs('Cy', linkTo(relay.url));
    const pages = [a.page, b.page, c.page];

    // Everyone has the facilitator's process and sees who is here.
    for (const page of [b.page, c.page]) await stepNode(page, 'mgrApprove').waitFor();
    const who = a.page.getByTestId('workshop-who');
    await expect
      .poll(() =>
        who
          .locator('[data-peer]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-peer'))),
      )
      .toEqual(['Ann', 'Bo', 'Cy']);

    // Presence: Bo selects a step; Ann sees it ringed in Bo's colour with Bo's name.
    await selectStep(b.page, 'mgrApprove');
    await a.page.locator('[data-presence-step="mgrApprove"][data-presence-name="Bo"]').waitFor();
    // … and Bo's pointer on the map, named.
    const pane = (await b.page.locator('.react-flow__pane').boundingBox())!;
    await b.page.mouse.move(pane.x + 300, pane.y + 300, { steps: 4 });
    await a.page.locator('[data-presence-cursor="Bo"]').waitFor();
    if (process.env.FLOWSMITH_E2E_SHOTS)
      await a.page.screenshot({ path: `${process.env.FLOWSMITH_E2E_SHOTS}/coedit-presence.png` });

    // At once: Ann adds a step after fillPr and Bo one after mgrApprove (both editors pick the
    // same fresh id), Bo then moves mgrApprove, Cy renames fillPr.
    const before = new Set((await converged(pages)).steps.map((s) => s.id));
    await selectStep(a.page, 'fillPr');
    await Promise.all([
      a.page.locator('.fs-palette-item[data-step-type="task"]').click(),
      (async () => {
        const nodes = b.page.locator('.react-flow__node');
        const count = await nodes.count();
        await b.page.locator('.fs-palette-item[data-step-type="task"]').click();
        // As a person would: drag once the new step is drawn and the map has stopped moving
        // (adding may bring the new step into view).
        await expect.poll(() => nodes.count()).toBeGreaterThan(count);
        await settled(stepNode(b.page, 'mgrApprove'));
        await dragStep(b.page, 'mgrApprove', 0, 120);
      })(),
      (async () => {
        await selectStep(c.page, 'fillPr');
        const name = c.page.locator('.fs-side').getByTestId('step-name');
        await name.fill('Fill in the request');
        await name.press('Enter');
      })(),
    ]);
    await expect
      .poll(async () => (await storedDoc(a.page))!.steps.length, { timeout: 15_000 })
      .toBe(before.size + 2);
    let doc = await converged(pages);
    const added = doc.steps.filter((s) => !before.has(s.id)).map((s) => s.id);
    expect(added).toHaveLength(2);
    // Each new step came with its flow from the step it was added after.
    expect(
      doc.flows
        .filter((f) => added.includes(f.to))
        .map((f) => f.from)
        .sort(),
    ).toEqual(['fillPr', 'mgrApprove']);
    const newStep = added[0]!;
    expect(stepOf(doc, 'fillPr')!.name).toBe('Fill in the request');
    const movedTo = stepOf(doc, 'mgrApprove')!.position!;
    expect(movedTo.y).toBeGreaterThan(200);

    // Ann connects fillPr to mgrApprove; Bo deletes the step Ann added.
    await stepNode(b.page, newStep).waitFor();
    await connect(a.page, 'fillPr', 'b', 'mgrApprove', 't');
    await selectStep(b.page, newStep);
    await b.page.keyboard.press('Delete');
    await expect
      .poll(
        async () => {
          const d = (await storedDoc(a.page))!;
          return (
            !stepOf(d, newStep) && d.flows.some((f) => f.from === 'fillPr' && f.to === 'mgrApprove')
          );
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    doc = await converged(pages);
    expect(stepOf(doc, newStep)).toBeUndefined();
    expect(doc.flows.some((f) => f.from === 'fillPr' && f.to === 'mgrApprove')).toBe(true);
    const parsed = parseProcess(doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);

    // Cy's undo takes back Cy's rename only: Bo's move and Ann's flow stay.
    await c.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await c.page.keyboard.press('Control+z');
    await expect
      .poll(async () => stepOf((await storedDoc(a.page))!, 'fillPr')?.name)
      .not.toBe('Fill in the request');
    doc = await converged(pages);
    expect(stepOf(doc, 'mgrApprove')!.position).toEqual(movedTo);
    expect(doc.flows.some((f) => f.from === 'fillPr' && f.to === 'mgrApprove')).toBe(true);

    // Cy goes offline and renames mgrApprove; Ann renames fillPr meanwhile; Cy comes back.
    relay.setOffline(true);
    await c.page.locator('[data-testid="workshop-who"][data-status="offline"]').waitFor();
    for (const [page, id, name] of [
      [c.page, 'mgrApprove', 'Approve (offline)'],
      [a.page, 'fillPr', 'Fill in (online)'],
    ] as const) {
      await selectStep(page, id);
      const field = page.locator('.fs-side').getByTestId('step-name');
      await field.fill(name);
      await field.press('Enter');
    }
    // While Cy is cut off, Ann does not have Cy's change.
    await expect
      .poll(async () => stepOf((await storedDoc(a.page))!, 'fillPr')?.name)
      .toBe('Fill in (online)');
    expect(stepOf((await storedDoc(a.page))!, 'mgrApprove')!.name).not.toBe('Approve (offline)');
    relay.setOffline(false);
    await c.page
      .locator('[data-testid="workshop-who"][data-status="connected"]')
      .waitFor({ timeout: 30_000 });
    doc = await converged(pages);
    expect(stepOf(doc, 'mgrApprove')!.name).toBe('Approve (offline)');
    expect(stepOf(doc, 'fillPr')!.name).toBe('Fill in (online)');
    expect(parseProcess(doc).ok).toBe(true);

    for (const p of [a, b, c]) p.trap.expectClean();
    for (const p of [a, b, c]) await p.context.close();
    await relay.close();
  });

  it('only the facilitator starts the timer; a participant sees it disabled, then running', async () => {
    const room = await server.createRoom({ title: 'Timer' });
    const linkAs = (token: string) => (base: string) => {
      const u = new URL(base);
      u.hash = new URLSearchParams({ workshop: server.url, room: room.id, token }).toString();
      return u.toString();
    };
    const lead = await joinAs('Fay', linkAs(room.facilitatorToken), 'purchase-approval-as-is');
    const guest = await joinAs('Gus', linkAs(room.participantToken));
    await stepNode(guest.page, 'mgrApprove').waitFor();
    const panelOf = async (page: Page) => {
      await page
        .locator('.fs-side')
        .getByRole('tab', { name: /Workshop/ })
        .click();
      return page.getByTestId('workshop-panel');
    };
    const guestPanel = await panelOf(guest.page);
    await expect.poll(() => guestPanel.getByTestId('timer-start').isDisabled()).toBe(true);
    expect(await guestPanel.getByTestId('vote-budget').isDisabled()).toBe(true);
    expect(await guestPanel.getByTestId('timer-facilitator-only').textContent()).toBe(
      'Only the facilitator can start the timer',
    );
    if (process.env.FLOWSMITH_E2E_SHOTS)
      await guest.page.screenshot({
        path: `${process.env.FLOWSMITH_E2E_SHOTS}/coedit-participant-timer.png`,
      });

    const leadPanel = await panelOf(lead.page);
    expect(await leadPanel.getByTestId('timer-start').isDisabled()).toBe(false);
    expect(await leadPanel.getByTestId('timer-facilitator-only').count()).toBe(0);
    await leadPanel.getByTestId('timer-minutes').fill('5');
    await leadPanel.getByTestId('timer-start').click();
    await expect
      .poll(() => guest.page.getByTestId('workshop-timer').textContent(), { timeout: 15_000 })
      .toMatch(/^[45]:\d\d/);
    // still connected: nothing of the participant's was refused
    await guest.page.locator('[data-testid="workshop-who"][data-status="connected"]').waitFor();

    for (const p of [lead, guest]) p.trap.expectClean();
    for (const p of [lead, guest]) await p.context.close();
  });
});
