import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redisServer';

/** A throwaway PostgreSQL cluster on 127.0.0.1 for tests. */
export interface TestPostgres {
  connectionString: string;
  stop(): void;
}

/** The folder of Debian's PostgreSQL server programs (`initdb`, `pg_ctl`), or `null`. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions)
    if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return null;
}

/**
 * Creates a cluster in a temporary folder (trust authentication, no fsync) and starts it on a
 * free port of 127.0.0.1. As root, runs the server as the `postgres` user (PostgreSQL refuses
 * root). Throws, saying how to install it, when Debian's `postgresql` is missing.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is missing: run `node scripts/ensureSystemDeps.mjs` (apt-get install postgresql)',
    );
  const dir = mkdtempSync(join(tmpdir(), 'flowsmith-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  const run = (program: string, args: string[]) => {
    const command = asRoot
      ? (['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] as const)
      : ([join(bin, program), args] as const);
    const r = spawnSync(command[0], [...command[1]], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${program} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'flowsmith', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
  ]);
  return {
    connectionString: `postgresql://flowsmith@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
