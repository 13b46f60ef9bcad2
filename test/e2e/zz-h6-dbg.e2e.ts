import { it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { selectStep, zoomOutUntilVisible } from './harness/driver';
const app = appSuite();
it('dbg', async () => {
  const { page } = await app.open({ viewport: { width: 1500, height: 900 } });
  await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
  await page.screenshot({ path: '/tmp/h6/dbg0.png' });
  await selectStep(page, 'mgrRecheck');
  await page.keyboard.press('Delete');
  await zoomOutUntilVisible(page, 'financeInvoice');
  await selectStep(page, 'financeInvoice');
  await page.screenshot({ path: '/tmp/h6/dbg1.png' });
  console.log(JSON.stringify(await page.locator('.react-flow__node-step[data-id="pay"]').boundingBox()), await page.locator('.react-flow__node-step[data-id="pay"]').count());
  await selectStep(page, 'pay', { shift: true });
  await page.screenshot({ path: '/tmp/h6/dbg1.png' });
});
