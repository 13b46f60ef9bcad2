/**
 * The table view's text forms: durations typed as text (`15`, `15 min`, `10-15-30 h`, `~30`),
 * "next steps" typed as names, and rows pasted from a spreadsheet (tab-separated) turned into one
 * `elements.add` call. Pure.
 */
import {
  freshId,
  type CommandCall,
  type Distribution,
  type Flow,
  type ProcessDocument,
  type Role,
  type Step,
  type StepType,
  type TaskKind,
  type TimeUnit,
  type ValueClass,
} from '@flowsmith/model';
import { laneOrientation, lanesOf } from './lanes';
import { nextFreeSpot } from './newStep';
import { workingCalendarId } from './workingHours';
import {
  DEFAULT_COLUMNS,
  foldWord,
  readColumn,
  readKind,
  readStepType,
  readValue,
  type PasteColumn,
} from './pasteVocabulary';

const UNITS: Record<string, TimeUnit> = {
  s: 's',
  sec: 's',
  秒: 's',
  m: 'min',
  min: 'min',
  分: 'min',
  分钟: 'min',
  h: 'h',
  hr: 'h',
  小时: 'h',
  时: 'h',
  secs: 's',
  second: 's',
  seconds: 's',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  个小时: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  天: 'd',
  日: 'd',
};

/** Reads a duration typed in a cell; `undefined` for empty, `null` when it cannot be read. */
export function parseDurationText(text: string): Distribution | undefined | null {
  const src = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[–—~～]/g, (c) => (c === '~' || c === '～' ? '~' : '-'));
  if (!src) return undefined;
  const m = /^(~)?\s*([\d.]+(?:\s*-\s*[\d.]+){0,2})\s*([a-z\u4e00-\u9fff]*)$/i.exec(src);
  if (!m) return null;
  const unitWord = m[3]!.toLowerCase();
  const unit = unitWord ? UNITS[unitWord] : 'min';
  if (!unit) return null;
  const nums = m[2]!.split('-').map((x) => Number(x.trim()));
  if (nums.some((n) => !Number.isFinite(n) || n < 0)) return null;
  if (m[1]) return nums.length === 1 ? { dist: 'exponential', mean: nums[0]!, unit } : null;
  if (nums.length === 1) return { dist: 'fixed', value: nums[0]!, unit };
  if (nums.length === 2)
    return nums[0]! <= nums[1]! ? { dist: 'uniform', min: nums[0]!, max: nums[1]!, unit } : null;
  const [min, mode, max] = nums as [number, number, number];
  return min <= mode && mode <= max ? { dist: 'triangular', min, mode, max, unit } : null;
}

/** A duration as the table shows it; readable back by `parseDurationText` where the kind allows. */
export function formatDurationText(d: Distribution | undefined): string {
  if (!d) return '';
  const b = d.bounds;
  const bounds = b ? ` [${b.min ?? ''}-${b.max ?? ''}]` : '';
  return `${plainDurationText(d)}${d.shift ? ` shift ${d.shift}` : ''}${bounds}`;
}

/** A duration without its shift and bounds, as the table shows it. Pure. */
function plainDurationText(d: Distribution): string {
  const u = d.unit ?? 'min';
  switch (d.dist) {
    case 'fixed':
      return `${d.value} ${u}`;
    case 'uniform':
      return `${d.min}-${d.max} ${u}`;
    case 'triangular':
      return `${d.min}-${d.mode}-${d.max} ${u}`;
    case 'exponential':
      return `~${d.mean} ${u}`;
    case 'normal':
      return `N(${d.mean}, ${d.sd}) ${u}`;
    case 'lognormal':
      return `LN(${d.mean}, ${d.sd}) ${u}`;
    case 'erlang':
      return `Erlang(${d.mean}, k=${d.k}) ${u}`;
    case 'gamma':
      return `Gamma(${d.shape}, ${d.scale}) ${u}`;
    case 'empirical':
      return `Empirical(${d.values.join(', ')}) ${u}`;
    case 'histogram':
      return `Histogram(${d.bins.map((b) => `${b.from}-${b.to}:${b.weight}`).join(', ')}) ${u}`;
  }
}

/** Splits a list of names typed in a cell (`,` `，` `;` `、` or new lines). */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，;；、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Finds a step by exact id, else exact name, else case-insensitive name. */
export function findStep(steps: readonly Step[], key: string): Step | undefined {
  const k = key.trim();
  return (
    steps.find((s) => s.id === k) ??
    steps.find((s) => s.name === k) ??
    steps.find((s) => s.name.toLowerCase() === k.toLowerCase())
  );
}

/** The calls that make `fromId`'s next steps exactly `names`, or the names that match no step. */
export function nextStepsCalls(
  doc: ProcessDocument,
  fromId: string,
  names: readonly string[],
): { calls: CommandCall[] } | { unknown: string[] } {
  const targets: string[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    const s = findStep(doc.steps, n);
    if (s) targets.push(s.id);
    else unknown.push(n);
  }
  if (unknown.length) return { unknown };
  const current = doc.flows.filter((f) => f.from === fromId);
  const calls: CommandCall[] = [];
  const reserved: string[] = [];
  for (const f of current)
    if (!targets.includes(f.to)) calls.push({ id: 'flow.disconnect', params: { id: f.id } });
  for (const to of new Set(targets)) {
    if (current.some((f) => f.to === to)) continue;
    const id = freshId(doc, 'flow', reserved);
    reserved.push(id);
    calls.push({ id: 'flow.connect', params: { id, from: fromId, to } });
  }
  return { calls };
}

/** One row pasted from a spreadsheet: name, type, role, kind, duration, next steps, value class. */
export interface PastedRow {
  name: string;
  /** The step type; `task` when the rows have no type column or the cell is empty. */
  type: Exclude<StepType, 'subprocess'>;
  role?: string;
  kind?: TaskKind;
  duration?: Distribution;
  next: string[];
  value?: ValueClass;
}

/**
 * A cell that could not be taken: its line (1-based, as pasted), its column, its text, and why —
 * `empty` (a row without a name), `unknown` (no such kind, value, type or duration) or
 * `notForType` (a role, kind, value, duration or next step the row's step type cannot have).
 */
export interface PasteProblem {
  line: number;
  column: PasteColumn;
  text: string;
  reason: 'empty' | 'unknown' | 'notForType';
}

/**
 * The columns named by a heading row (one cell names the name column; cells naming no column,
 * such as `#` or `Notes`, are skipped), or null when `cells` is a row of data.
 */
function headingColumns(cells: readonly string[]): Array<PasteColumn | null> | null {
  const cols = cells.map((c) => readColumn(c) ?? null);
  return cols.includes('name') ? cols : null;
}

/**
 * Reads tab-separated rows. A first row of column headings (in English or Chinese: Name/名称,
 * Type/类别, Role/角色, Kind/类型, Duration/时长, Next steps/下一步, Value/价值; `#` skipped)
 * sets the column order — so rows copied from the table view paste back; otherwise the columns
 * are name, role, kind, duration, next, value. Kinds, values and types are read in either
 * language (`readKind`, `readValue`, `readStepType`); a cell that cannot be read is a problem
 * naming its line and column, never dropped or guessed. Pure.
 */
export function parseRows(tsv: string): { rows: PastedRow[]; problems: PasteProblem[] } {
  const rows: PastedRow[] = [];
  const problems: PasteProblem[] = [];
  const lines = tsv.replace(/\r\n?/g, '\n').split('\n');
  let columns: ReadonlyArray<PasteColumn | null> = DEFAULT_COLUMNS;
  let first = true;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split('\t').map((c) => c.trim());
    if (first) {
      first = false;
      const heading = headingColumns(cells);
      if (heading) {
        columns = heading;
        return;
      }
    }
    const cell: Partial<Record<PasteColumn, string>> = {};
    columns.forEach((c, j) => {
      if (c && cells[j]) cell[c] = cells[j];
    });
    const problem = (column: PasteColumn, text: string, reason: PasteProblem['reason']) =>
      problems.push({ line: i + 1, column, text, reason });
    const name = cell.name ?? '';
    if (!name) return problem('name', '', 'empty');
    const type = cell.type ? readStepType(cell.type) : 'task';
    if (!type) return problem('type', cell.type!, 'unknown');
    const row: PastedRow = { name, type, next: splitNames(cell.next ?? '') };
    const taskOnly = (column: PasteColumn, text: string | undefined) =>
      text !== undefined && type !== 'task'
        ? (problem(column, text, 'notForType'), false)
        : text !== undefined;
    if (taskOnly('role', cell.role)) row.role = cell.role;
    if (taskOnly('kind', cell.kind)) {
      const kind = readKind(cell.kind!);
      if (kind) row.kind = kind;
      else problem('kind', cell.kind!, 'unknown');
    }
    if (cell.duration !== undefined) {
      const d = parseDurationText(cell.duration);
      if (type !== 'task' && type !== 'timer') problem('duration', cell.duration, 'notForType');
      else if (d === null) problem('duration', cell.duration, 'unknown');
      else if (d) row.duration = d;
    }
    if (taskOnly('value', cell.value)) {
      const value = readValue(cell.value!);
      if (value) row.value = value;
      else problem('value', cell.value!, 'unknown');
    }
    if (type === 'end' && row.next.length > 0) problem('next', cell.next!, 'notForType');
    rows.push(row);
  });
  return { rows, problems };
}

/**
 * One `elements.add` call for pasted rows: tasks (placed one after another in their role's
 * lane), roles named but missing (created), and flows to the named next steps (among the pasted
 * rows or already in the document). Next names that match nothing are returned, not dropped.
 */
export function rowsCall(
  doc: ProcessDocument,
  rows: readonly PastedRow[],
): { call: CommandCall; stepIds: string[]; unknownNext: string[] } {
  const reserved: string[] = [];
  const take = (prefix: string) => {
    const id = freshId(doc, prefix, reserved);
    reserved.push(id);
    return id;
  };
  const roles: Role[] = [];
  const roleId = (name: string): string => {
    const key = foldWord(name);
    const found =
      doc.roles.find((r) => r.id === name || r.name === name) ??
      roles.find((r) => r.name === name) ??
      [...doc.roles, ...roles].find((r) => foldWord(r.name) === key || foldWord(r.id) === key);
    if (found) return found.id;
    const calendar = workingCalendarId(doc);
    const role: Role = { id: take('role'), name, ...(calendar ? { calendar } : {}) };
    roles.push(role);
    return role.id;
  };
  const horizontal = laneOrientation(doc) === 'horizontal';
  let spot = nextFreeSpot(doc);
  const steps: Step[] = rows.map((r) => {
    const position = { ...spot };
    let step: Step;
    if (r.type === 'task') {
      step = { id: take('task'), type: 'task', name: r.name, position };
      if (r.role) step.role = roleId(r.role);
      if (r.kind) step.kind = r.kind;
      if (r.duration) step.duration = r.duration;
      if (r.value) step.value = r.value;
    } else if (r.type === 'timer') {
      step = { id: take('timer'), type: 'timer', name: r.name, position };
      if (r.duration) step.duration = r.duration;
    } else step = { id: take(r.type), type: r.type, name: r.name, position };
    spot = horizontal ? { x: spot.x + 160, y: spot.y } : { x: spot.x, y: spot.y + 140 };
    return step;
  });
  // Put each task across the flow in its lane: the middle of an existing lane, or a new row
  // below the others for a role this paste creates (each new role gets a row of its own).
  const bands = lanesOf(doc);
  const middle = new Map<string, number>();
  let below = -Infinity;
  for (const b of bands) {
    if (b.roleId !== null)
      middle.set(b.roleId, horizontal ? b.y + b.height / 2 : b.x + b.width / 2);
    below = Math.max(below, horizontal ? b.y + b.height : b.x + b.width);
  }
  if (below === -Infinity) below = (horizontal ? spot.y : spot.x) - 80;
  const ROW = 160;
  for (const r of roles) {
    middle.set(r.id, below + ROW / 2);
    below += ROW;
  }
  for (const s of steps) {
    const cross = s.type === 'task' && s.role ? middle.get(s.role) : undefined;
    if (cross !== undefined && s.position)
      s.position = horizontal ? { x: s.position.x, y: cross } : { x: cross, y: s.position.y };
  }
  const flows: Flow[] = [];
  const unknownNext: string[] = [];
  rows.forEach((r, i) => {
    for (const n of r.next) {
      const target = findStep(steps, n) ?? findStep(doc.steps, n);
      if (!target) unknownNext.push(n);
      else flows.push({ id: take('flow'), from: steps[i]!.id, to: target.id });
    }
  });
  return {
    call: { id: 'elements.add', params: { roles, steps, flows } },
    stepIds: steps.map((s) => s.id),
    unknownNext,
  };
}
