/**
 * Process mining off the main thread: a log file is read here in a stream (the page stays
 * responsive and shows the share of bytes read; the app cancels by terminating the worker), and
 * discovery and replay run here too. One worker per task.
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
} from '@flowsmith/mining';
import { isXesName, isXlsxName, type MiningRequest, type MiningResponse } from './miningProtocol';

/** `figuresVersusData`'s zone option from a zone name (IANA or offset), or none for UTC. */
const zoneOption = (name?: string) => {
  const zone = name ? parseTimeZone(name) : undefined;
  return zone ? { zone } : {};
};

const reply = (r: MiningResponse) => (self as unknown as Worker).postMessage(r);

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
