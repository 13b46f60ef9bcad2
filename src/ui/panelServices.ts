import type { Editor } from '../editor/createEditor';
import { createAnalysisRunner, type AnalysisRunner } from './analysis/analysisRunner';
import { createAnalysisStore, type AnalysisStore } from './analysis/analysisStore';
import { linkHeat } from './analysis/heatSync';
import { createBpmnImportStore, type BpmnImportStore } from './bpmn/bpmnImportStore';
import { createCompareStore, type CompareStore } from './compare/compareStore';
import { createHeatStore, type HeatStore } from './heat/heatStore';
import { createLogStore, type LogStore } from './mining/logStore';
import { createRunStore, type RunStore } from './run/runStore';
import { createSimulationStore, type SimulationStore } from './simulation/simulationStore';
import { createSopStore, type SopStore } from './sop/sopStore';

/**
 * The side panels' session state for one editor: analysis, simulation, run, compare, SOP, BPMN
 * import and the heat overlay, plus the analysis runner that keeps findings fresh. Created with
 * the editor, so two documents or a workshop session never share results or choices.
 */
export interface PanelServices {
  analysis: AnalysisStore;
  simulation: SimulationStore;
  run: RunStore;
  compare: CompareStore;
  sop: SopStore;
  bpmnImport: BpmnImportStore;
  heat: HeatStore;
  /** The event-log panel: the log read, its filters, the last conformance check. */
  log: LogStore;
  analysisRunner: AnalysisRunner;
}

/** The panels' stores for `editor`, fresh. */
export function createPanelServices(editor: Editor): PanelServices {
  const analysis = createAnalysisStore();
  const heat = createHeatStore();
  const stores = {
    analysis,
    simulation: createSimulationStore(),
    run: createRunStore(),
    compare: createCompareStore(),
    sop: createSopStore(),
    bpmnImport: createBpmnImportStore(),
    heat,
  };
  linkHeat(stores);
  return { ...stores, log: createLogStore(), analysisRunner: createAnalysisRunner(editor, stores) };
}
