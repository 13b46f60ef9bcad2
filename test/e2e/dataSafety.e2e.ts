/**
 * Data safety in real Chromium (issue 14, items 5 and 6): the last edit survives a reload or a
 * closed tab at any moment inside the autosave debounce — or the page asked first; a failed
 * write always asks; damaged records in IndexedDB leave the app on the document list with a
 * message naming the problem, kept aside for export, while the healthy processes open.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gallery } from '@flowsmith/model';
import { appSuite } from './harness/appSuite';
import type { AppPage } from './harness/openApp';
import { clickPalette, sizeText, waitSaved } from './harness/driver';

const app = appSuite();

// The damaged records of issue 14 item 5 (as src/editor/persistence/testDamagedDocs.ts).
const doc = gallery.xorSplitJoin;
const damagedDocs: [string, unknown][] = [
  ['steps null', { ...doc, steps: null }],
  ['the document a string', JSON.stringify(doc)],
  ['roles an object', { ...doc, roles: {} }],
  ['flows null', { ...doc, flows: null }],
  ['no document', undefined],
  [
    'a flow to a missing step',
    { ...doc, flows: [...doc.flows, { id: 'fx', from: doc.steps[0]!.id, to: 'gone' }] },
  ],
  [
    'a step without type',
    { ...doc, steps: doc.steps.map((s, i) => (i === 1 ? { ...s, type: undefined } : s)) },
  ],
];

/** A seeded generator (mulberry32), so the 20 trials are the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function rename(page: Page, name: string) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByTestId('process-name').fill(name);
  await page.getByTestId('process-name').press('Enter');
}

/** Records whether the page asked before leaving (and lets it leave). */
function watchPrompts(page: Page) {
  const seen = { prompted: false };
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') seen.prompted = true;
    void d.accept();
  });
  return seen;
}

/** The number of steps, from the status bar (steps off screen are not drawn). */
const stepCount = async (page: Page) => Number(/\d+/.exec(await sizeText(page))?.[0] ?? -1);

/** Adds a task after the selected step with the palette. */
async function addTask(page: Page, before: number) {
  await page.locator('.fs-palette-item[data-step-type="task"]').click();
  await expect.poll(() => stepCount(page)).toBe(before + 1);
}

describe('data safety', () => {
  it('keeps the last edit through 20 reloads and closes inside the debounce, or asks', async () => {
    const next = random(20261122);
    let current: AppPage = await app.open();
    let prompts = watchPrompts(current.page);
    await clickPalette(current.page, 'task');
    await waitSaved(current.page);
    let expected = {
      name: (await current.page.getByTestId('doc-name').textContent()) ?? '',
      steps: 1,
    };
    let asked = 0;
    const outcomes: string[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const { page } = current;
      // The edit: a rename or a new step, then the page goes 0–700 ms later (debounce: 600 ms).
      if (trial % 2 === 0) {
        expected = { ...expected, name: `Edit ${trial}` };
        await rename(page, expected.name);
      } else {
        await addTask(page, expected.steps);
        expected = { ...expected, steps: expected.steps + 1 };
      }
      await page.waitForTimeout(Math.floor(next() * 700));
      const close = next() < 0.5;
      if (close) {
        current.trap.expectClean();
        const closed = new Promise((r) => page.once('close', r));
        await page.close({ runBeforeUnload: true });
        await closed;
        current = await app.open({ context: current.context });
        const wasPrompted = prompts.prompted;
        prompts = watchPrompts(current.page);
        prompts.prompted = wasPrompted;
      } else {
        await page.reload();
        await page.locator('.react-flow__pane').waitFor();
      }
      const name = await current.page.getByTestId('doc-name').textContent();
      await expect.poll(() => stepCount(current.page)).toBeGreaterThan(0);
      const steps = await stepCount(current.page);
      const kept = name === expected.name && steps === expected.steps;
      outcomes.push(`${close ? 'close' : 'reload'}:${kept ? 'kept' : 'asked'}`);
      if (!kept) {
        // not kept: the page must have asked before going
        expect(prompts.prompted, `trial ${trial}: edit lost without a prompt`).toBe(true);
        asked++;
        expected = { name: name ?? '', steps };
      }
      prompts.prompted = false;
    }
    expect(outcomes).toHaveLength(20);
    expect(asked).toBe(0); // with the journal, nothing needs asking here
    current.trap.expectClean();
    await current.context.close();
  });

  it('asks before closing after a failed write', async () => {
    const { page, context, trap } = await app.open();
    const prompts = watchPrompts(page);
    await clickPalette(page, 'task');
    await waitSaved(page);
    // Every later write is aborted, as a full disk does.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        const request = put.apply(this, args);
        this.transaction.abort();
        return request;
      } as typeof put;
    });
    await rename(page, 'Not stored');
    await page.locator('[data-testid="save-status"][data-state="error"]').waitFor();
    trap.expectClean();
    const closed = new Promise((r) => page.once('close', r));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(prompts.prompted).toBe(true);
    await context.close();
  });

  it('shows the document list with the problem when stored records are damaged', async () => {
    const { page, context, trap } = await app.open();
    const healthy = { ...gallery.mm1, name: 'Healthy process' };
    await page.evaluate(
      async ({ healthy, damaged }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const r = indexedDB.open('flowsmith');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction('documents', 'readwrite');
          const store = tx.objectStore('documents');
          store.put({
            key: 'healthy',
            name: healthy.name,
            documentId: healthy.id,
            stepCount: 3,
            updatedAt: 1,
            revision: 1,
            doc: healthy,
          });
          damaged.forEach(([what, doc], i) =>
            store.put({
              key: `damaged-${i}`,
              name: what,
              documentId: `d${i}`,
              stepCount: 1,
              updatedAt: Date.now() + i,
              revision: 1,
              doc,
            }),
          );
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
        localStorage.setItem('flowsmith.lastDocument', 'damaged-0');
      },
      { healthy, damaged: damagedDocs },
    );
    await page.reload();
    const message = page.getByTestId('damaged-message');
    await message.waitFor();
    await expect
      .poll(() => message.textContent())
      .toContain(
        '“steps null” could not be opened: it is damaged at steps: expected a list, got null.',
      );
    await expect.poll(() => page.getByTestId('damaged-record').count()).toBe(damagedDocs.length);
    await page.screenshot({ path: 'test-results/damaged-records.png' });
    expect(await page.getByTestId('crash').count()).toBe(0);

    // The raw JSON of a damaged record downloads as stored.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the raw JSON of steps null' }).click();
    const raw = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
      steps: unknown;
    };
    expect(raw.steps).toBeNull();

    // The healthy process opens.
    await page
      .locator('.fs-doc-list')
      .getByRole('button', { name: 'Healthy process', exact: true })
      .click();
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('Healthy process');
    await expect
      .poll(() => page.locator('.react-flow__node-step').count())
      .toBe(healthy.steps.length);
    trap.expectClean();
    await context.close();
  });

  it('shows what happened instead of a blank page when a view fails, with a way back', async () => {
    const { page, context, trap } = await app.open();
    await rename(page, 'Still here');
    await waitSaved(page);
    // Make the document list fail while it draws (its dates), then open it.
    await page.evaluate(() => {
      const proto = Intl.DateTimeFormat.prototype;
      const w = window as unknown as { realFormat?: PropertyDescriptor };
      w.realFormat = Object.getOwnPropertyDescriptor(proto, 'format');
      Object.defineProperty(proto, 'format', {
        configurable: true,
        get: () => () => {
          throw new Error('date formatting broke');
        },
      });
    });
    await page.getByRole('button', { name: 'My processes…' }).click();
    const crash = page.getByTestId('crash');
    await crash.waitFor();
    expect(await crash.textContent()).toContain('date formatting broke');
    await page.screenshot({ path: 'test-results/error-boundary.png' });

    // The export still works from there.
    const download = page.waitForEvent('download');
    await crash.getByRole('button', { name: 'Export the open process as JSON' }).click();
    const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
      name: string;
    };
    expect(saved.name).toBe('Still here');

    // Once the cause is gone, the document list opens from the error view and leads back.
    await page.evaluate(() => {
      const w = window as unknown as { realFormat: PropertyDescriptor };
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', w.realFormat);
    });
    await crash.getByRole('button', { name: 'Open My processes' }).click();
    await page
      .locator('.fs-doc-list')
      .getByRole('button', { name: 'Still here', exact: true })
      .click();
    await page.locator('.react-flow__pane').waitFor();
    expect(await page.getByTestId('doc-name').textContent()).toBe('Still here');
    trap.expectClean();
    await context.close();
  });
});
