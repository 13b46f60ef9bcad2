/**
 * Starting and cancelling a simulation run from the panel: check the scenario and both
 * documents on the main thread (cheap), then hand the replications to the worker pool and turn
 * what comes back into summaries and, when comparing, paired differences.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { aggregate, compareResults } from '@flowsmith/simulation';
import type { TFunction } from 'i18next';
import type { AppServices } from '../EditorContext';
import { loadStoredDocument, loadSubprocesses } from './loadStoredDocument';
import { openIsToBe } from './counterpart';
import { pagePool } from './pagePool';
import { formMessages, formToScenario, scenarioFor } from './scenarioForm';
import { simulationRefusal } from './simulationRefusal';
import type { RunStatus, SimulationStore } from './simulationStore';
import type { RunHandle } from './SimulationPool';

let current: RunHandle | null = null;
/** Bumped by every start and cancel, so a start still loading documents knows it was overtaken. */
let generation = 0;

/** Runs the scenario of the form on the open document (and the one to compare with, if chosen). */
export async function startSimulation(
  services: AppServices,
  compareKey: string | null,
  lang: Lang,
  t: TFunction,
): Promise<void> {
  const { editor, workspace } = services;
  const simulationStore = services.panels.simulation;
  const doc = editor.state.doc;
  const docVersion = editor.state.docVersion;
  const set = (status: RunStatus) => simulationStore.setState({ status });
  const form = formToScenario(simulationStore.getState().form, doc, lang, formMessages(t));
  if (!form.ok) return;
  const mine = ++generation;
  current?.cancel();
  set({ state: 'running', progress: 0 });

  const stored = workspace.store.getState().documents;
  let other: ProcessDocument | undefined;
  const summary = compareKey ? stored.find((d) => d.key === compareKey) : undefined;
  let children: ProcessDocument[];
  try {
    if (summary) other = await loadStoredDocument(summary.key);
    children = await loadSubprocesses(other ? [doc, other] : [doc], stored);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    set({
      state: 'failed',
      problems: [
        {
          path: '',
          code: 'storage',
          message: t('simulation.loadFailed', { name: summary?.name ?? '', message }),
          document: doc.name,
        },
      ],
    });
    return;
  }
  const byId = new Map(children.map((c) => [c.id, c]));
  const resolve = (id: string) => byId.get(id);
  const runDocs = (other ? [doc, other] : [doc]).map((d) => ({
    doc: d,
    scenario: scenarioFor(form.scenario, d),
    children,
  }));

  const overloaded = (role: string, load: number) =>
    t('simulation.overload', { role, percent: `${Math.round(load * 100)} %` });
  if (mine !== generation) return;
  const readiness = runDocs.map((r) => ({
    doc: r.doc,
    ...simulationRefusal(r.doc, r.scenario, lang, overloaded, resolve),
  }));
  const refused = readiness.flatMap((r) => r.problems.map((p) => ({ ...p, document: r.doc.name })));
  if (refused.length) {
    set({ state: 'refused', problems: refused });
    return;
  }
  const warnings = readiness.flatMap((r) =>
    r.warnings.map((w) => (runDocs.length > 1 ? `${r.doc.name}: ${w}` : w)),
  );

  // Load the charts while the workers run, so the results appear without a pause.
  void import('./ResultsView');
  const pool = pagePool();
  const handle = pool.run(runDocs, form.scenario.replications ?? 10, lang, (progress) =>
    set({ state: 'running', progress }),
  );
  current = handle;
  const outcome = await handle.outcome;
  if (current === handle) current = null;
  if (outcome.status === 'cancelled') return set({ state: 'cancelled' });
  if (outcome.status === 'failed')
    return set({
      state: 'failed',
      problems: outcome.problems.map((p) => ({ ...p, document: runDocs[outcome.slot]!.doc.name })),
    });

  // Columns read as-is, then to-be; the open document is the to-be when the other is its `derivedFrom`.
  const swap = other !== undefined && summary !== undefined && openIsToBe(doc.derivedFrom, summary);
  const order = swap ? [1, 0] : runDocs.map((_, i) => i);
  const results = order.map((i) => outcome.slots[i]!.map((o) => o.result));
  simulationStore.setState({
    status: { state: 'idle' },
    results: {
      docs: order.map((i) => runDocs[i]!.doc),
      summaries: results.map(aggregate),
      cycles: order.map((i) => outcome.slots[i]!.map((o) => o.cycles)),
      ...(results.length === 2 ? { comparison: compareResults(results[0]!, results[1]!) } : {}),
      openSlot: swap ? 1 : 0,
      warnings,
      docKey: workspace.store.getState().key,
      docVersion,
      ms: outcome.ms,
      workers: Math.min(pool.size, runDocs.length * (form.scenario.replications ?? 10)),
    },
  });
}

/** Cancels the run in progress, if any. */
export function cancelSimulation(simulationStore: SimulationStore): void {
  generation++;
  current?.cancel();
  current = null;
  simulationStore.setState({ status: { state: 'cancelled' } });
}
