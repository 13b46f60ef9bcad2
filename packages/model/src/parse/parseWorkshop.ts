import type { ProcessDocument } from '../types/process';
import {
  NOTE_COLOURS,
  WASTE_KINDS,
  type DotVote,
  type ParkingItem,
  type WasteTag,
  type WorkshopNote,
  type WorkshopTimer,
} from '../types/workshop';
import { childPath } from './jsonPath';
import { ObjectReader } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';
import { isDateTime } from './dates';

export { isDateTime } from './dates';

/** The workshop fields of a process document. */
export type WorkshopFields = Pick<
  ProcessDocument,
  'notes' | 'wasteTags' | 'votes' | 'parkingLot' | 'voteBudget' | 'timer'
>;

function dateTime(r: ObjectReader, key: string, required = false): string | undefined {
  const v = r.string(key, required);
  if (v === undefined || isDateTime(v)) return v;
  r.c.report(r.at(key), 'datetime.syntax', { value: v });
  return undefined;
}

function text(r: ObjectReader, key: string): string | undefined {
  const v = r.string(key, true);
  if (v === undefined || v.trim() !== '') return v;
  r.c.report(r.at(key), 'text.empty', {});
  return undefined;
}

/** Copies the fields whose value is not undefined, in the order given. Pure. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

function parseNote(c: ProblemCollector, value: unknown, path: string): WorkshopNote | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(
    ['id', 'text', 'author', 'createdAt', 'colour', 'resolved', 'on', 'position'],
    'a note',
  );
  const id = r.declaredId('workshop');
  const body = text(r, 'text');
  const fields = {
    author: r.string('author'),
    createdAt: dateTime(r, 'createdAt'),
    colour: r.oneOf('colour', NOTE_COLOURS),
    resolved: r.boolean('resolved'),
    on: r.id('on'),
    position: r.has('position') ? parsePosition(c, r.raw('position'), r.at('position')) : undefined,
  };
  if (id === undefined || body === undefined) return undefined;
  return { id, text: body, ...defined(fields) };
}

function parsePosition(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['x', 'y'], 'a note position');
  const x = r.number('x', true);
  const y = r.number('y', true);
  return x === undefined || y === undefined ? undefined : { x, y };
}

function parseWasteTag(c: ProblemCollector, value: unknown, path: string): WasteTag | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['id', 'step', 'waste', 'author'], 'a waste tag');
  const id = r.declaredId('workshop');
  const step = r.id('step', true);
  const waste = r.oneOf('waste', WASTE_KINDS, true);
  const author = r.string('author');
  if (id === undefined || step === undefined || waste === undefined) return undefined;
  return { id, step, waste, ...defined({ author }) };
}

function parseVote(c: ProblemCollector, value: unknown, path: string): DotVote | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['id', 'by', 'on'], 'a vote');
  const id = r.declaredId('workshop');
  const by = text(r, 'by');
  const on = r.id('on', true);
  if (id === undefined || by === undefined || on === undefined) return undefined;
  return { id, by, on };
}

function parseParking(c: ProblemCollector, value: unknown, path: string): ParkingItem | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['id', 'text', 'author', 'createdAt', 'done'], 'a parking-lot item');
  const id = r.declaredId('workshop');
  const body = text(r, 'text');
  const fields = {
    author: r.string('author'),
    createdAt: dateTime(r, 'createdAt'),
    done: r.boolean('done'),
  };
  if (id === undefined || body === undefined) return undefined;
  return { id, text: body, ...defined(fields) };
}

function parseTimer(c: ProblemCollector, value: unknown, path: string): WorkshopTimer | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['duration', 'startedAt', 'pausedAt', 'label'], 'the timer');
  const duration = r.constrained('duration', 'positive', true);
  const startedAt = dateTime(r, 'startedAt', true);
  const fields = { pausedAt: dateTime(r, 'pausedAt'), label: r.string('label') };
  if (duration === undefined || startedAt === undefined) return undefined;
  return { duration, startedAt, ...defined(fields) };
}

/**
 * Reads the workshop fields of the document `r` (notes, waste tags, votes, parking lot, vote
 * budget, timer), reporting each problem with its JSON path. The elements notes, tags and votes
 * name are checked for id syntax only: material about a removed element stays in the document.
 * Returns only the fields present, in canonical order.
 */
export function parseWorkshop(c: ProblemCollector, r: ObjectReader): WorkshopFields {
  const list = <T>(key: string, parse: (v: unknown, path: string) => T | undefined) =>
    r.list(key)?.map((item, i) => parse(item, childPath(key, i)));
  const fields = {
    notes: list('notes', (v, p) => parseNote(c, v, p)),
    wasteTags: list('wasteTags', (v, p) => parseWasteTag(c, v, p)),
    votes: list('votes', (v, p) => parseVote(c, v, p)),
    parkingLot: list('parkingLot', (v, p) => parseParking(c, v, p)),
    voteBudget: r.constrained('voteBudget', 'positiveInteger'),
    timer: r.has('timer') ? parseTimer(c, r.raw('timer'), 'timer') : undefined,
  };
  return defined(fields) as WorkshopFields;
}
