/**
 * Process mining off the main thread: a log file is read here in a stream (the page stays
 * responsive and shows the share of bytes read; the app cancels by terminating the worker), and
 * discovery, replay and the validation (the open document simulated and compared with the log)
 * run here too. One worker per task. The simulation engine (@flowsmith/simulation, pure
 * TypeScript) is imported only by a validation, so reading a log does not load it.
 */
import {
  discoverProcess,
  figuresVersusData,
  MiningError,
  parseTimeZone,
  readCsvLog,
  readXesLog,
  readXlsxLog,
  tokenReplay,
  validateAgainstLog,
  VALIDATION_MAX_CASES,
} from '@flowsmith/mining';
import { isXesName, isXlsxName, type MiningRequest, type MiningResponse } from './miningProtocol';

/** `figuresVersusData`'s zone option from a zone name (IANA or offset), or none for UTC. */
const zoneOption = (name?: string) => {
  const zone = name ? parseTimeZone(name) : undefined;
  return zone ? { zone } : {};
};

const reply = (r: MiningResponse) => (self as unknown as Worker).postMessage(r);

/** Progress of a validation is posted at most this often (ms). */
const PROGRESS_MS = 100;

/**
 * Simulates the document five times with the engine (`runReplicationSync`, simulation time 0 at
 * `DEFAULT_LOG_EPOCH`) and compares its figures with the log's (`validateAgainstLog`), posting
 * the run under way and the share of simulated cases done. The simulator's refusal is thrown.
 */
async function validate(
  req: Extract<MiningRequest, { type: 'validate' }>,
): Promise<MiningResponse> {
  const { DEFAULT_LOG_EPOCH, runReplicationSync } = await import('@flowsmith/simulation');
  let run = 1;
  let runs = 1;
  let last = -Infinity;
  const progress = (fraction: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && fraction < 1) return;
    last = now;
    reply({ type: 'progress', fraction: (run - 1 + fraction) / runs, run, runs });
  };
  const zone = req.zone ? parseTimeZone(req.zone) : undefined;
  const validation = validateAgainstLog(
    req.document,
    req.log,
    (doc, { cases, seed }) =>
      runReplicationSync(doc, { cases, warmup: 0, replications: 1, seed }, 0, {
        recordLog: true,
        lang: req.lang,
        onProgress: progress,
      }).log ?? [],
    {
      epochMs: DEFAULT_LOG_EPOCH,
      seed: req.seed,
      ...(zone ? { zone } : {}),
      onRun: (k, n) => {
        run = k;
        runs = n;
        last = -Infinity;
        progress(0);
      },
    },
  );
  const cases = Math.min(req.log.cases.length, VALIDATION_MAX_CASES);
  return { type: 'validate', validation, cases };
}

/** The file's bytes as a stream of chunks, gunzipped when the name says `.gz`, reporting progress. */
async function* chunks(file: Blob, name: string): AsyncGenerator<Uint8Array> {
  let read = 0;
  let reported = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const stream = /\.gz$/i.test(name)
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
    : counted;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const fraction = file.size ? read / file.size : 1;
    if (fraction - reported >= 0.02) {
      reported = fraction;
      reply({ type: 'progress', fraction });
    }
    yield value;
  }
}

self.addEventListener('message', (event: MessageEvent<MiningRequest>) => {
  const req = event.data;
  void (async () => {
    try {
      if (req.type === 'read') {
        const source = chunks(req.file, req.name);
        const mapping = req.mapping ? { mapping: req.mapping } : {};
        // An XLSX is a zip: it is read whole (its bytes as an ArrayBuffer), not in a stream.
        const result = isXlsxName(req.name)
          ? await readXlsxLog(new Uint8Array(await req.file.arrayBuffer()), {
              lang: req.lang,
              ...mapping,
              ...(req.sheet !== undefined ? { sheet: req.sheet } : {}),
            })
          : isXesName(req.name)
            ? await readXesLog(source, { lang: req.lang })
            : await readCsvLog(source, { lang: req.lang, ...mapping });
        reply({ type: 'progress', fraction: 1 });
        reply({ type: 'read', result });
      } else if (req.type === 'discover') {
        const { document } = discoverProcess(req.log, {
          noise: req.noise,
          lang: req.lang,
          name: req.name,
          id: `discovered-${Date.now().toString(36)}`,
        });
        reply({ type: 'discover', document });
      } else if (req.type === 'validate') {
        reply(await validate(req));
      } else {
        reply({
          type: 'conform',
          conformance: tokenReplay(req.document, req.log),
          figures: figuresVersusData(req.document, req.log, zoneOption(req.zone)),
        });
      }
    } catch (e) {
      reply({
        type: 'error',
        message: e instanceof MiningError || e instanceof Error ? e.message : String(e),
      });
    }
  })();
});
