import { describe, expect, it, vi } from 'vitest';
import { exampleFile } from './testing/exampleFile';
import { runCapture } from './testing/runCapture';

vi.mock('@flowsmith/analysis', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@flowsmith/analysis')>()),
  analyze: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'en')");
  },
}));

describe('an error no command expected (a bug)', () => {
  it('is one sentence naming the command and the error, exit 2, no stack trace', async () => {
    const r = await runCapture('analyze', exampleFile('purchase-approval-as-is'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `flowsmith: internal error: "analyze" failed unexpectedly (TypeError: Cannot read properties of undefined (reading 'en')). This is a bug in Flowsmith; please report it with the input file; FLOWSMITH_DEBUG=1 shows the details\n`,
    );
  });

  it('speaks the language of the call, and shows the stack only with FLOWSMITH_DEBUG', async () => {
    const zh = await runCapture('analyze', exampleFile('purchase-approval-as-is'), '--lang=zh-CN');
    expect(zh.stderr).toMatch(/^flowsmith: 内部错误：“analyze”意外失败（TypeError: .*）。.*\n$/);
    vi.stubEnv('FLOWSMITH_DEBUG', '1');
    try {
      const debug = await runCapture('analyze', exampleFile('purchase-approval-as-is'));
      expect(debug.stderr).toMatch(/\n\s+at /);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
