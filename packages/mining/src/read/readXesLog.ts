import type { Lang } from '@flowsmith/model';
import type { AttributeValue, ReadLogResult } from '../log/eventLog';
import { miningMessage } from '../messages/miningMessages';
import { LogBuilder, type RawEvent } from './LogBuilder';
import { parseTimestamp } from './parseTimestamp';
import type { LogSource } from './textChunks';
import { xmlTags, type XmlTag } from './xmlTags';
import { ProblemList } from './ProblemList';

/** Options of {@link readXesLog}. */
export interface ReadXesOptions {
  lang?: Lang;
  /** Called now and then with the number of events read so far. */
  onProgress?: (events: number) => void;
  /** Checked between chunks: when aborted, reading stops with what was read. */
  signal?: { readonly aborted: boolean };
}

const TYPED = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

interface PendingEvent {
  attributes: Record<string, string>;
  line: number;
}

/**
 * Reads an XES log (IEEE 1849) in a stream: one case per `<trace>` (a repeated trace name gets
 * `#2`, `#3`…), `concept:name` as activity, `org:resource`, `org:role`, `time:timestamp` and
 * `lifecycle:transition` (start and complete are paired; other transitions are skipped); trace
 * attributes become case attributes. `<global>` defaults and nested attributes are ignored. An
 * event with an unreadable timestamp is left out and reported with its line; events without any
 * timestamp keep their order in the trace. Never throws for bad content.
 */
export async function readXesLog(
  source: LogSource,
  options: ReadXesOptions = {},
): Promise<ReadLogResult> {
  const builder = new LogBuilder();
  const problems = new ProblemList();
  const stack: string[] = [];
  const seenNames = new Map<string, number>();
  let traceIndex = 0;
  let inGlobal = 0;
  let traceAttrs: Record<string, AttributeValue> | undefined;
  let traceName: string | undefined;
  let events: PendingEvent[] = [];
  let event: PendingEvent | undefined;
  let count = 0;
  let anyTime = false;
  for await (const tag of xmlTags(source)) {
    if (tag.kind === 'close') {
      stack.pop();
      if (tag.name === 'global') inGlobal--;
      else if (tag.name === 'event' && event && traceAttrs) {
        events.push(event);
        event = undefined;
      } else if (tag.name === 'trace' && traceAttrs) {
        traceIndex++;
        const base = traceName ?? String(traceIndex);
        const seen = seenNames.get(base) ?? 0;
        seenNames.set(base, seen + 1);
        const caseId = seen === 0 ? base : `${base}#${seen + 1}`;
        for (const [k, v] of Object.entries(traceAttrs)) builder.caseAttribute(caseId, k, v);
        let last = 0;
        for (const e of events) {
          const raw = toRaw(caseId, e, last, problems, options.lang);
          if (!raw) continue;
          if (e.attributes['time:timestamp'] !== undefined) anyTime = true;
          last = raw.time;
          builder.event(raw);
          count++;
        }
        if (count % 50_000 < events.length) options.onProgress?.(count);
        traceAttrs = undefined;
        traceName = undefined;
        events = [];
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    if (tag.kind === 'open') stack.push(tag.name);
    if (tag.name === 'global') {
      if (tag.kind === 'open') inGlobal++;
      continue;
    }
    if (inGlobal) continue;
    if (tag.name === 'trace' && tag.kind === 'open') {
      traceAttrs = Object.create(null) as Record<string, AttributeValue>;
      events = [];
    } else if (tag.name === 'event' && traceAttrs) {
      event = { attributes: Object.create(null) as Record<string, string>, line: tag.line };
      if (tag.kind === 'empty') {
        events.push(event);
        event = undefined;
      }
    } else if (TYPED.has(tag.name) && tag.attributes.key !== undefined) {
      readAttribute(tag, parent, event, traceAttrs, (n) => (traceName = n));
    }
    if (options.signal?.aborted) break;
  }
  const log = builder.build();
  log.hasTime = anyTime;
  return { log, problems: problems.list, problemCount: problems.count };
}

function readAttribute(
  tag: XmlTag,
  parent: string | undefined,
  event: PendingEvent | undefined,
  traceAttrs: Record<string, AttributeValue> | undefined,
  setName: (n: string) => void,
): void {
  const key = tag.attributes.key!;
  const value = tag.attributes.value ?? '';
  if (parent === 'event' && event) event.attributes[key] = value;
  else if (parent === 'trace' && traceAttrs) {
    if (key === 'concept:name') setName(value);
    else traceAttrs[key] = typed(tag.name, value);
  }
}

function typed(type: string, value: string): AttributeValue {
  if (type === 'int' || type === 'float') {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean') return value === 'true';
  return value;
}

function toRaw(
  caseId: string,
  e: PendingEvent,
  last: number,
  problems: ProblemList,
  lang: Lang | undefined,
): RawEvent | undefined {
  const a = e.attributes;
  const life = (a['lifecycle:transition'] ?? 'complete').toLowerCase();
  if (life !== 'complete' && life !== 'start') return undefined;
  const stamp = a['time:timestamp'];
  let time = last;
  if (stamp !== undefined) {
    const t = parseTimestamp(stamp);
    if (t === undefined) {
      problems.add(e.line, 'xes.noTime', miningMessage('xes.noTime', {}, lang));
      return undefined;
    }
    time = t;
  }
  const activity = a['concept:name'];
  if (activity === undefined || activity === '') {
    problems.add(
      e.line,
      'row.noActivity',
      miningMessage('row.noActivity', { column: 'concept:name' }, lang),
    );
    return undefined;
  }
  return {
    caseId,
    activity,
    lifecycle: life,
    time,
    ...(a['org:resource'] ? { resource: a['org:resource'] } : {}),
    ...(a['org:role'] ? { role: a['org:role'] } : {}),
  };
}
