/**
 * Languages: the switch turns every visible string to zh-CN and back; Chinese typed through an
 * input method (a composition in progress, as with pinyin) arrives whole, and keys pressed
 * during the composition trigger no shortcut.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { clickPalette, sizeText, stepNode } from './harness/driver';

const app = appSuite();

describe('languages', () => {
  it('switches the interface to zh-CN and back, and starts in zh-CN for a Chinese browser', async () => {
    const { page, trap, context } = await app.open();
    expect(await page.locator('.fs-menu-button').allTextContents()).toEqual([
      'File',
      'Edit',
      'View',
      'Arrange',
      'Help',
    ]);
    await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    await expect
      .poll(() => page.locator('.fs-menu-button').allTextContents())
      .toEqual(['文件', '编辑', '视图', '排列', '帮助']);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await clickPalette(page, 'task');
    expect(await sizeText(page)).toBe('1 个步骤 · 0 条连线');
    await page.keyboard.press('Shift+?');
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('键盘快捷键');
    await page.screenshot({ path: 'test-results/help-zh.png' });
    await page.keyboard.press('Escape');
    await page.getByLabel('语言', { exact: true }).selectOption('en');
    await expect.poll(() => sizeText(page)).toBe('1 steps · 0 flows');
    await context.close();

    const zh = await app.open({ locale: 'zh-CN' });
    expect(await zh.page.locator('.fs-menu-button').allTextContents()).toEqual([
      '文件',
      '编辑',
      '视图',
      '排列',
      '帮助',
    ]);
    trap.expectClean();
    zh.trap.expectClean();
    await zh.context.close();
  });

  it('takes Chinese typed through an input method composition without losing characters', async () => {
    const { page, trap, context } = await app.open({ locale: 'zh-CN' });
    const id = await clickPalette(page, 'task');
    const name = page.getByTestId('step-name');
    await name.fill('');
    const cdp = await context.newCDPSession(page);
    // 采购 typed as pinyin: the composition grows, Enter and Backspace are pressed while it is
    // open (they belong to the input method), then the text is committed.
    for (const text of ['c', 'ca', 'cai', 'caig', 'caigo', 'caigou']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Process',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: '采购' });
    for (const text of ['s', 'sh', 'she', 'shen', 'shenp', 'shenpi']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Process',
      code: 'Backspace',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: 'Backspace',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: '审批' });
    expect(await name.inputValue()).toBe('采购审批');
    await name.press('Enter');
    await expect.poll(() => stepNode(page, id).textContent()).toContain('采购审批');
    // The step is still there: no shortcut (Delete/Backspace) ran during the composition.
    expect(await sizeText(page)).toBe('1 个步骤 · 0 条连线');
    await page.screenshot({ path: 'test-results/ime-zh.png' });
    trap.expectClean();
    await context.close();
  });
});
