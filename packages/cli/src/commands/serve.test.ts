import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readStoredProcess, SqliteStore } from '@flowsmith/server';
import { describe, expect, it } from 'vitest';
import { CliError } from '../CliError';
import { tempDir } from '../testing/tempDir';
import { parseRedisAddress, serveWorkshop, type ServeOptions } from './serve';

const { file } = tempDir('serve');

const base = (db: string): ServeOptions => ({
  host: '127.0.0.1',
  port: 0,
  db,
  allowDelete: false,
  allowRoles: false,
  appUrl: 'http://127.0.0.1:5173/',
});

/** Runs `serveWorkshop` until it has printed how to stop it; returns what it printed. */
async function serveOnce(options: ServeOptions, lang: 'en' | 'zh-CN' = 'en'): Promise<string[]> {
  const lines: string[] = [];
  const stop = new AbortController();
  const done = serveWorkshop(options, stop.signal, lang, async (line) => {
    lines.push(line);
    if (/Ctrl-C/.test(line)) {
      const url = /listening on (\S+)|在 (\S+) 上监听/.exec(lines[0]!)!;
      const health = await fetch(`${(url[1] ?? url[2])!.replace('ws:', 'http:')}/health`);
      lines.push(`health ${health.status} ${(await health.text()).trim()}`);
      stop.abort();
    }
  });
  await done;
  return lines;
}

describe('flowsmith serve', () => {
  it('listens on 127.0.0.1, prints a room with both links and tokens, and stops cleanly', async () => {
    const lines = await serveOnce({ ...base(file('a.sqlite')), room: 'kaizen', title: 'Kaizen' });
    const text = lines.join('\n');
    expect(text).toMatch(/listening on ws:\/\/127\.0\.0\.1:\d+/);
    expect(text).toContain('Room "Kaizen" (kaizen)');
    expect(text).toMatch(
      /facilitator: http:\/\/127\.0\.0\.1:5173\/#workshop=.+&room=kaizen&token=\S+/,
    );
    expect(text).toMatch(/participant: .+\n\s+token \S{16,}/);
    expect(text).toContain('health 200 ok');
    expect(lines.at(-1)).toMatch(/stopped; every room is stored/);
  });

  it('keeps an existing room and its tokens when started again on the same file', async () => {
    const db = file('b.sqlite');
    await serveOnce({ ...base(db), room: 'kaizen' });
    const again = await serveOnce({ ...base(db), room: 'kaizen' }, 'zh-CN');
    expect(again.join('\n')).toContain('房间 kaizen 已存在');
  });

  it('starts a new room with --process, and refuses --process for a room already there', async () => {
    const db = file('c.sqlite');
    const example = fileURLToPath(
      new URL('../../../../examples/purchase-approval-as-is.flow.json', import.meta.url),
    );
    await serveOnce({ ...base(db), room: 'asis', process: example });
    const store = new SqliteStore(db);
    expect((await readStoredProcess(store, 'asis'))?.id).toBe(
      (JSON.parse(await readFile(example, 'utf8')) as { id: string }).id,
    );
    await store.close();
    await expect(serveOnce({ ...base(db), room: 'asis', process: example })).rejects.toThrow(
      /already holds/,
    );
  });

  it('reads --redis as host:port and refuses anything else (exit 2)', () => {
    expect(parseRedisAddress('127.0.0.1:6379', 'en')).toEqual({ host: '127.0.0.1', port: 6379 });
    for (const bad of ['6379', 'host:', 'host:99999', 'a b:1']) {
      expect(() => parseRedisAddress(bad, 'en')).toThrow(CliError);
    }
  });
});
