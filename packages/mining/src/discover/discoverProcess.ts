import {
  FORMAT_ID,
  FORMAT_VERSION,
  type Lang,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { miningMessage } from '../messages/miningMessages';
import { discoverRoles } from './discoverRoles';
import { fitDuration, type DurationFits } from './fitDuration';
import { inductiveMiner } from './inductiveMiner';
import { formatTree, type ProcessTree } from './processTree';
import { simplifyTree } from './simplifyTree';
import { treeToProcess } from './treeToProcess';

/** Options of {@link discoverProcess}. */
export interface DiscoverOptions {
  /** IMf noise threshold, 0..1 (default 0.2); 0 keeps every trace fitting. */
  noise?: number;
  id?: string;
  name?: string;
  lang?: Lang;
}

/** The discovered document and how it was found. */
export interface Discovery {
  document: ProcessDocument;
  tree: ProcessTree;
  /** The tree as text, `->(a, X(b, c))`. */
  treeText: string;
  /** The step id of each activity kept. */
  taskOf: Record<string, string>;
  /** Every candidate fit per activity (minutes), for reports. */
  fits: Record<string, DurationFits>;
  /** `touch` (start and complete timestamps), `sojourn` (complete only) or `none` (no timestamps). */
  durations: 'touch' | 'sojourn' | 'none';
}

/**
 * Discovers a block-structured, sound process document from `log`: the inductive miner (IMf)
 * gives the structure and the branch and repeat probabilities; roles come from `discoverRoles`;
 * each task's duration is the maximum-likelihood fit with the lowest AIC (`fitDuration`) of its
 * touch times (start to complete) or, when the log has complete timestamps only, its sojourn
 * times (from the case's previous complete), which the description says; the start step's arrival
 * is the fit of the gaps between case starts. The document has no positions (lay it out with
 * `@flowsmith/layout`). Pure.
 */
export function discoverProcess(log: EventLog, options: DiscoverOptions = {}): Discovery {
  const lang = options.lang ?? 'en';
  const noise = options.noise ?? 0.2;
  const tree = simplifyTree(inductiveMiner(log, noise));
  const { steps, flows, taskOf } = treeToProcess(tree);
  for (const s of steps)
    if (s.type === 'start' || s.type === 'end')
      s.name =
        lang === 'zh-CN'
          ? s.type === 'start'
            ? '开始'
            : '结束'
          : s.type === 'start'
            ? 'Start'
            : 'End';
  const { roles, roleOf } = discoverRoles(log, lang);
  const durations = !log.hasTime ? 'none' : log.hasStart ? 'touch' : 'sojourn';
  const samples = new Map<string, number[]>();
  const starts: number[] = [];
  let events = 0;
  for (const c of log.cases) {
    events += c.events.length;
    if (c.events.length) starts.push(Math.min(...c.events.map((e) => e.start ?? e.complete)));
    c.events.forEach((e, i) => {
      let x: number | undefined;
      if (durations === 'touch' && e.start !== undefined) x = e.complete - e.start;
      else if (durations === 'sojourn' && i > 0) x = e.complete - c.events[i - 1]!.complete;
      if (x === undefined) return;
      let list = samples.get(e.activity);
      if (!list) samples.set(e.activity, (list = []));
      list.push(x / 60_000);
    });
  }
  const fits: Record<string, DurationFits> = Object.create(null) as Record<string, DurationFits>;
  for (const step of steps) {
    if (step.type !== 'task') continue;
    const task: TaskStep = step;
    const role = roleOf.get(step.name);
    if (role) task.role = role;
    const fitted = fitDuration(samples.get(step.name) ?? []);
    if (fitted) {
      task.duration = fitted.best;
      fits[step.name] = fitted;
    }
  }
  starts.sort((a, b) => a - b);
  const gaps = starts.slice(1).map((t, i) => (t - starts[i]!) / 60_000);
  const arrival = durations !== 'none' && gaps.some((g) => g > 0) ? fitDuration(gaps) : undefined;
  const start = steps.find((s) => s.type === 'start');
  if (start?.type === 'start' && arrival) start.arrival = { interarrival: arrival.best };
  const description = [
    miningMessage(
      'discover.description',
      { cases: log.cases.length, events, noise, criterion: 'AIC' },
      lang,
    ),
    ...(durations === 'none'
      ? []
      : [miningMessage(durations === 'touch' ? 'discover.touch' : 'discover.sojourn', {}, lang)]),
  ].join(' ');
  const document: ProcessDocument = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: options.id ?? 'discovered-process',
    name: options.name ?? (lang === 'zh-CN' ? '挖掘得到的流程' : 'Discovered process'),
    language: lang,
    description,
    roles,
    steps,
    flows,
  };
  return {
    document,
    tree,
    treeText: formatTree(tree),
    taskOf: Object.fromEntries(taskOf),
    fits,
    durations,
  };
}
