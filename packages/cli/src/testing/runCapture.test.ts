import { describe, expect, it } from 'vitest';
import { runCapture } from './runCapture';

describe('runCapture', () => {
  it('returns the exit code and what the command wrote to stderr, then restores the streams', async () => {
    const write = { out: process.stdout.write, err: process.stderr.write };
    const r = await runCapture('validate', '--no-such-option');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--no-such-option'");
    expect(process.stdout.write).toBe(write.out);
    expect(process.stderr.write).toBe(write.err);
  });

  it('captures stdout and leaves no exit code behind for the next run', async () => {
    const r = await runCapture('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: flowsmith');
    expect(process.exitCode).toBeUndefined();
  });
});
