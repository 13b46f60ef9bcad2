/**
 * A workshop server in a child process, for tests that kill it (`SIGKILL`) and start it again.
 * Run as `node --conditions=@flowsmith/source --import tsx serveInChild.ts '<options JSON>'`; prints one line
 * `{"url":…,"port":…}` on standard output once it listens; closes cleanly on SIGTERM.
 */
import { startWorkshopServer } from '../startWorkshopServer';
import type { WorkshopServerOptions } from '../WorkshopServerOptions';

const options = JSON.parse(process.argv[2] ?? '{}') as WorkshopServerOptions;
const server = await startWorkshopServer(options);
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
