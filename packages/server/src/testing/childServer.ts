import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { WorkshopServerOptions } from '../WorkshopServerOptions';
import type { WorkshopLogEntry } from '../WorkshopLog';

/** A workshop server running in a child process (see serveInChild.ts). */
export interface ChildServer {
  url: string;
  port: number;
  /** The log entries the child wrote (JSON lines on its standard error). */
  logs: WorkshopLogEntry[];
  process: ChildProcess;
  /** Kills it at once, as a crash would (`SIGKILL`). */
  kill(): Promise<void>;
  /** Asks it to stop (`SIGTERM`: stores every room, then exits). */
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL('./serveInChild.ts', import.meta.url));

/** Starts a workshop server in a child process; resolves once it listens. */
export function startChildServer(options: WorkshopServerOptions): Promise<ChildServer> {
  // the workspace packages' source, as in the tests (docs/cli.md, "Built packages")
  const args = [
    '--conditions=@flowsmith/source',
    '--import',
    'tsx',
    script,
    JSON.stringify(options),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: WorkshopLogEntry[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as WorkshopLogEntry);
    } catch {
      // Hocuspocus's own console output; not a log entry
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before listening`)),
    );
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { url, port } = JSON.parse(line) as { url: string; port: number };
      resolve({
        url,
        port,
        logs,
        process: child,
        kill: () => (child.kill('SIGKILL'), exited),
        stop: () => (child.kill('SIGTERM'), exited),
      });
    });
  });
}
