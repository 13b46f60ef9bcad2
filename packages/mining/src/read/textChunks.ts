/** What a reader accepts: the whole text, or chunks of text or UTF-8 bytes, sync or async. */
export type LogSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

// Every JavaScript runtime Flowsmith runs in (Node, browsers, workers) has TextDecoder; the
// package's lib has no DOM or Node types, so it is looked up here.
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => Utf8Decoder })
  .TextDecoder;

/**
 * The text chunks of `source`, bytes decoded as UTF-8 in a stream (a character split across two
 * chunks is kept whole; a leading byte-order mark is dropped). Pure apart from reading `source`.
 */
export async function* textChunks(source: LogSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    return;
  }
  const decoder = new Decoder('utf-8');
  let first = true;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * A copy of `s` that does not keep alive the (large) chunk it was sliced from: V8 may represent a
 * slice as a view of its parent, and a log read in a stream must not pin every chunk it read.
 */
export function detached(s: string): string {
  return (s + ' ').slice(0, -1);
}
