import type { Command } from 'commander';
import { formatMessage, type Lang } from '@flowsmith/model';
import { jsonLinesLog, startWorkshopServer, type WorkshopServer } from '@flowsmith/server';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile } from '../io/readProcessFile';
import { wholeNumberOption } from '../io/wholeNumberOption';
import type { RegisterCommand } from './RegisterCommand';
import { serveMessages, type ServeMessageParams } from './serveMessages';

/** What `flowsmith serve` was asked for, once parsed. */
export interface ServeOptions {
  host: string;
  port: number;
  db: string;
  redis?: { host: string; port: number };
  postgres?: string;
  room?: string;
  title?: string;
  /** A process file the new room starts with. */
  process?: string;
  appUrl?: string;
  allowDelete: boolean;
  allowRoles: boolean;
  /** Log every connection and store too, not only refusals and errors. */
  verbose?: boolean;
  /** Tokens to open `room` with (from the environment), so several processes share a room. */
  facilitatorToken?: string;
  participantToken?: string;
}

/** `host:port` → `{ host, port }`; anything else is a wrong call (exit 2). Pure apart from the throw. */
export function parseRedisAddress(value: string, lang: Lang): { host: string; port: number } {
  const m = /^([^:\s]+):(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) {
    throw new CliError(formatMessage(serveMessages, 'serve.redisSyntax', { value }, lang), 2);
  }
  return { host: m[1]!, port };
}

/**
 * Starts the workshop server, prints where it listens and the room's links and tokens (a new room
 * each start unless `--room` names one the store already has), and runs until `signal` aborts;
 * then stores every room and closes. Resolves with the stopped server's address.
 */
export async function serveWorkshop(
  options: ServeOptions,
  signal: AbortSignal,
  lang: Lang,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<string> {
  const say = <K extends keyof ServeMessageParams>(code: K, params: ServeMessageParams[K]) =>
    write(formatMessage(serveMessages, code, params, lang));
  const server: WorkshopServer = await startWorkshopServer({
    host: options.host,
    port: options.port,
    databasePath: options.postgres ? undefined : options.db,
    postgres: options.postgres ? { connectionString: options.postgres } : undefined,
    redis: options.redis,
    appUrl: options.appUrl,
    log: (entry) => {
      if (options.verbose || entry.level === 'warn') jsonLinesLog(entry);
    },
  });
  try {
    say('serve.listening', {
      url: server.url,
      store: options.postgres ? 'PostgreSQL' : options.db,
    });
    if (options.redis)
      say('serve.redis', { address: `${options.redis.host}:${options.redis.port}` });
    if (!/^(127\.|::1$|localhost$)/.test(options.host))
      say('serve.notLoopback', { host: options.host });
    const known = options.room
      ? (await server.listRooms()).some((r) => r.id === options.room)
      : false;
    if (known && options.process) {
      throw new CliError(
        formatMessage(serveMessages, 'serve.processForKnownRoom', { id: options.room! }, lang),
        2,
      );
    }
    const doc = options.process
      ? (await loadProcessFile(options.process, { lang })).document
      : undefined;
    if (known && !options.facilitatorToken) say('serve.existingRoom', { id: options.room! });
    else {
      const room = await server.createRoom({
        id: options.room,
        title: options.title ?? doc?.name,
        facilitatorToken: options.facilitatorToken,
        participantToken: options.participantToken,
        process: doc,
        permissions: {
          participantsMayDeleteProcess: options.allowDelete,
          participantsMayChangeRoles: options.allowRoles,
        },
      });
      say('serve.room', { id: room.id, title: room.title });
      say('serve.facilitator', { link: room.links.facilitator, token: room.facilitatorToken });
      say('serve.participant', { link: room.links.participant, token: room.participantToken });
    }
    say('serve.stop', {});
    if (!signal.aborted)
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  } finally {
    await server.close();
  }
  say('serve.stopped', {});
  return server.url;
}

/**
 * `flowsmith serve`: the workshop server (see @flowsmith/server), on 127.0.0.1 unless `--host`
 * says otherwise, keeping rooms in a SQLite file (or PostgreSQL), optionally sharing rooms with
 * other processes through Redis. Stops cleanly, storing every room, on Ctrl-C or SIGTERM.
 */
export const registerServe: RegisterCommand = (program: Command) => {
  program
    .command('serve')
    .description('start a workshop server: print a room link and tokens; Ctrl-C stops it')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '1234')
    .option('--db <file>', 'SQLite file keeping rooms and documents', 'flowsmith-workshop.sqlite')
    .option('--postgres <url>', 'keep rooms and documents in PostgreSQL instead (postgresql://…)')
    .option('--redis <host:port>', 'share rooms with other server processes through Redis')
    .option('--room <id>', 'open the room with this id (kept across restarts)')
    .option('--title <title>', 'the room’s title (default: the process’s name, else the id)')
    .option('--process <file>', 'a process file (.flow.json, .bpmn) the new room starts with')
    .option('--app-url <url>', 'the app the links open', 'http://127.0.0.1:5173/')
    .option('--allow-delete', 'let participants delete the whole process')
    .option('--allow-roles', 'let participants add, change and remove roles')
    .option('--verbose', 'log every join and store on stderr, not only refusals')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nEnvironment: FLOWSMITH_FACILITATOR_TOKEN and FLOWSMITH_PARTICIPANT_TOKEN (with --room)\n' +
        'open the room with these tokens, so several processes behind Redis share it.\n' +
        'Example: flowsmith serve --port 1234 --db workshop.sqlite\n',
    )
    .action(async (raw: Record<string, string | boolean | undefined>) => {
      const lang = langOf(raw as { lang?: string });
      const facilitatorToken = process.env.FLOWSMITH_FACILITATOR_TOKEN || undefined;
      const participantToken = process.env.FLOWSMITH_PARTICIPANT_TOKEN || undefined;
      if ((facilitatorToken || participantToken) && !raw.room) {
        throw new CliError(formatMessage(serveMessages, 'serve.tokensNeedRoom', {}, lang), 2);
      }
      const options: ServeOptions = {
        host: String(raw.host),
        port: wholeNumberOption(String(raw.port), '--port', lang, 0, 65535),
        db: String(raw.db),
        postgres: typeof raw.postgres === 'string' ? raw.postgres : undefined,
        redis: typeof raw.redis === 'string' ? parseRedisAddress(raw.redis, lang) : undefined,
        room: typeof raw.room === 'string' ? raw.room : undefined,
        title: typeof raw.title === 'string' ? raw.title : undefined,
        process: typeof raw.process === 'string' ? raw.process : undefined,
        appUrl: String(raw.appUrl),
        allowDelete: raw.allowDelete === true,
        allowRoles: raw.allowRoles === true,
        verbose: raw.verbose === true,
        facilitatorToken,
        participantToken,
      };
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await serveWorkshop(options, stop.signal, lang);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
};
