import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { CommandCall } from './commandRegistry';
import { canExecute, executeCommand } from './executeCommand';
import { copyOf, deepFreeze } from './expectRoundTrip';

describe('executeCommand', () => {
  it('refuses an unknown command id from untyped input, in both languages', () => {
    const call = { id: '__proto__', params: {} } as unknown as CommandCall;
    const r = executeCommand(gallery.mm1, call);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'command.unknown' } });
    expect(canExecute(gallery.mm1, call, { lang: 'zh-CN' })?.message).toContain('没有命令');
  });
  it('gives the patch and the new document, leaving the input as it was', () => {
    const doc = deepFreeze(copyOf(gallery.mm1));
    const r = executeCommand(doc, { id: 'process.rename', params: { name: 'x' } });
    expect(r.ok && r.document.name).toBe('x');
    expect(doc.name).toBe('mm1');
    expect(canExecute(doc, { id: 'process.rename', params: { name: 'x' } })).toBeNull();
  });
  it('types params by command id', () => {
    // @ts-expect-error flow.connect takes a Flow, not step.add's params
    const wrong: CommandCall = { id: 'flow.connect', params: { step: { id: 'x' } } };
    expect(executeCommand(gallery.mm1, wrong).ok).toBe(false);
  });
});
