import { describe, expect, it } from 'vitest';
import { workerAnswer } from './workerAnswer';

type Response =
  | { id: number; ok: true; type: 'build'; html: string }
  | { id: number; ok: true; type: 'markdown'; text: string }
  | { id: number; ok: false; message: string };

describe('workerAnswer', () => {
  it('returns the answer of the kind asked for', () => {
    const r = { id: 1, ok: true, type: 'markdown', text: '# SOP' } as Response;
    expect(workerAnswer(r, 'markdown').text).toBe('# SOP');
  });

  it("throws the worker's message on a failure", () => {
    const r = { id: 1, ok: false, message: 'step "a" has no role' } as Response;
    expect(() => workerAnswer(r, 'build')).toThrow('step "a" has no role');
  });

  it('throws on an answer of another kind', () => {
    const r = { id: 1, ok: true, type: 'build', html: '<p>' } as Response;
    expect(() => workerAnswer(r, 'markdown')).toThrow('unexpected worker answer');
  });
});
