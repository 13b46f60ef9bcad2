import type { Page } from 'playwright-core';

/** Drops a file with `text` named `name` on the app, as the operating system does. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('.fs-main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.fs-main', 'drop', { dataTransfer: transfer });
}
