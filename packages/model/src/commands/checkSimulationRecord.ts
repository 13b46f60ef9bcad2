import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import { checkCondition } from '../parse/checkCondition';
import { checkSimulationFields } from '../parse/checkSimulationFields';
import { parseRole } from '../parse/parseRole';
import { parseSimulationSettings } from '../parse/parseSimulationSettings';
import { parseStep } from '../parse/parseStep';
import { ProblemCollector } from '../parse/ProblemCollector';
import type { ProcessDocument, SimulationSettings } from '../types/process';
import type { Calendar } from '../types/calendar';
import type { Role } from '../types/role';
import type { Step } from '../types/step';
import { recordsOf } from './documentIds';

/** Whether a role uses a simulation field beyond FORMAT.md (`members`, `queue`). Pure. */
export function roleHasSimulationFields(role: Role): boolean {
  return role.members !== undefined || role.queue !== undefined;
}

/**
 * Whether a step uses a simulation field beyond FORMAT.md (`batch`, `sets`, `terminate`, arrival
 * `rule`/`profile`, or is an `or`). Pure.
 */
export function stepHasSimulationFields(step: Step): boolean {
  switch (step.type) {
    case 'or':
      return true;
    case 'task':
      return step.batch !== undefined || step.sets !== undefined;
    case 'end':
      return step.terminate !== undefined;
    case 'start':
      return step.arrival?.rule !== undefined || step.arrival?.profile !== undefined;
    default:
      return false;
  }
}

/**
 * The refusal for a role with `members` or `queue` as it would be stored in `doc` (replacing the
 * role with its id, or added last): the parser's checks of packages/model/README.md "members"
 * and "queue", calendars and tasks looked up in `doc`, and agreement with the same member in
 * other roles. The first problem becomes a `value.problem` refusal naming its path. Pure.
 */
export function checkSimulationRole(
  doc: ProcessDocument,
  role: Role,
  lang: Lang = 'en',
): Refusal | null {
  const c = new ProblemCollector(lang);
  parseRole(c, role, '');
  const roles = [...recordsOf(doc, 'roles')];
  const at = roles.findIndex((r) => r.id === role.id);
  const index = at < 0 ? roles.length : at;
  roles[index] = role;
  return firstProblem(c, doc, role.id, lang, `roles[${index}]`, { roles });
}

/**
 * The refusal for a step with simulation fields as it would be stored in `doc` (replacing the
 * step with its id, or added last): the parser's checks (batch, sets, terminate, arrival rule
 * and profile), calendars looked up in `doc`, and for an `or` no outgoing flow with probability
 * 0. Pure.
 */
export function checkSimulationStep(
  doc: ProcessDocument,
  step: Step,
  lang: Lang = 'en',
  pendingRoles: ReadonlySet<string> = new Set(),
): Refusal | null {
  const c = new ProblemCollector(lang);
  parseStep(c, step, '', []);
  const steps = [...recordsOf(doc, 'steps')];
  const at = steps.findIndex((s) => s.id === step.id);
  const index = at < 0 ? steps.length : at;
  steps[index] = step;
  const bad = recordsOf(doc, 'flows').find(
    (f) =>
      f.from === step.id &&
      step.type === 'or' &&
      f.probability !== undefined &&
      !(f.probability > 0),
  );
  if (bad) return refusal('flow.orProbability', { id: bad.id }, lang);
  return firstProblem(c, doc, step.id, lang, `steps[${index}]`, { steps }, pendingRoles);
}

/** The refusal for the document's `simulation` settings, as the parser reads them. Pure. */
export function checkSimulationSettings(
  doc: ProcessDocument,
  settings: SimulationSettings,
  lang: Lang = 'en',
): Refusal | null {
  const c = new ProblemCollector(lang);
  parseSimulationSettings(c, settings, 'simulation', checkCondition);
  return firstProblem(c, doc, doc.id, lang, undefined, {});
}

/** Entries of the document replaced for a check (the others are the document's). */
interface Entries {
  roles?: readonly Role[];
  steps?: readonly Step[];
  calendars?: readonly Calendar[];
}

/**
 * The refusal for a calendar change that would leave a batch schedule that never opens, or an
 * arrival profile with no weight in open time (the whole-document checks, before and after).
 * Pure.
 */
export function checkSimulationCalendar(
  doc: ProcessDocument,
  calendar: Calendar,
  lang: Lang = 'en',
): Refusal | null {
  const calendars = [...recordsOf(doc, 'calendars')];
  const at = calendars.findIndex((k) => k.id === calendar.id);
  calendars[at < 0 ? calendars.length : at] = calendar;
  return firstProblem(new ProblemCollector(lang), doc, calendar.id, lang, '', { calendars });
}

/**
 * Resolves the references the parse recorded against `doc`, runs the whole-document checks on
 * `entries` (new problems only; paths under `prefix` shortened to the record's), and turns the
 * first problem into a refusal.
 */
function firstProblem(
  c: ProblemCollector,
  doc: ProcessDocument,
  id: string,
  lang: Lang,
  prefix: string | undefined,
  entries: Entries,
  pendingRoles: ReadonlySet<string> = new Set(),
): Refusal | null {
  const known = {
    role: new Set(recordsOf(doc, 'roles').map((r) => r.id)),
    calendar: new Set(recordsOf(doc, 'calendars').map((k) => k.id)),
    data: new Set(recordsOf(doc, 'data').map((d) => d.id)),
    step: new Set(recordsOf(doc, 'steps').map((s) => s.id)),
  };
  if (entries.steps) for (const s of entries.steps) known.step.add(s.id);
  for (const r of pendingRoles) known.role.add(r);
  for (const ref of c.references) {
    if (!known[ref.kind].has(ref.id)) c.report(ref.path, 'reference.missing', ref);
  }
  if (prefix !== undefined) {
    // Whole-document problems this change brings (under the record, or elsewhere: a member
    // another role now contradicts, a flow of a new or split).
    const whole = (e: Entries) => {
      const w = new ProblemCollector(lang);
      checkSimulationFields(w, {
        roles: e.roles ?? recordsOf(doc, 'roles'),
        steps: e.steps ?? recordsOf(doc, 'steps'),
        calendars: e.calendars ?? recordsOf(doc, 'calendars'),
        flows: recordsOf(doc, 'flows'),
      });
      return w.problems;
    };
    const before = new Set(whole({}).map((p) => `${p.path}\n${p.message}`));
    for (const p of whole(entries)) {
      if (before.has(`${p.path}\n${p.message}`)) continue;
      const own = p.path === prefix || p.path.startsWith(`${prefix}.`);
      c.problems.push(own ? { ...p, path: p.path.slice(prefix.length + 1) } : p);
    }
  }
  const p = c.problems[0];
  return p ? refusal('value.problem', { id, path: p.path, detail: p.message }, lang) : null;
}
