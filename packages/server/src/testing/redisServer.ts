import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** A throwaway Redis on 127.0.0.1 for tests. */
export interface TestRedis {
  host: string;
  port: number;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `redis-server` on a free port of 127.0.0.1, without persistence; resolves once it
 * accepts connections. Throws, saying how to install it, when `redis-server` is missing
 * (`node scripts/ensureSystemDeps.mjs` installs it).
 */
export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      'redis-server is missing: run `node scripts/ensureSystemDeps.mjs` (apt-get install redis-server)',
    );
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--loglevel',
      'notice',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (/ready to accept connections/i.test(line)) resolve();
    });
  });
  return {
    host: '127.0.0.1',
    port,
    stop: () => (child.kill('SIGTERM'), exited),
  };
}
