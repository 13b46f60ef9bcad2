import type { BpmnModdleInstance, ModdleParseResult } from 'bpmn-moddle';
import { BpmnImportError } from '../BpmnImportError';
import { readPayload } from '../extensionPayload';
import { createModdle, isA, list, one, str, type El } from '../moddle';
import type { ImportOptions, ImportResult } from '../types';
import { ImportContext, collectShapes } from './ImportContext';
import { precheck } from './precheck';
import { knownNames, type KnownNames } from './knownNames';
import { readContainer } from './readContainer';
import { calledElementOf } from './readNode';
import { readSimulationData } from '../simulation/readSimulationData';

let moddle: BpmnModdleInstance | undefined;
let known: KnownNames | undefined;

/**
 * Reads a BPMN 2.0 XML file into process documents: the main process first, then every embedded
 * sub-process and every further pool as documents of their own. What Flowsmith has no place for
 * is approximated or left out, each time with a warning naming the element (see README.md).
 * bpmn-moddle's own warnings are passed on. A file that cannot be read at all — empty, binary, not
 * XML, too large or too deeply nested, so full of unknown elements that reading would take minutes,
 * not BPMN, no process — rejects with a `BpmnImportError`.
 */
export async function importBpmn(xml: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { lang } = options;
  moddle ??= createModdle();
  known ??= knownNames(moddle);
  const text = precheck(xml, lang, options.maxSize, options.maxDepth, known);
  let parsed: ModdleParseResult;
  try {
    parsed = await moddle.fromXML(text);
  } catch (error) {
    const detail = firstLine(error);
    if (/failed to parse document as <bpmn:Definitions>/.test(detail)) {
      const warning = (error as { warnings?: Array<{ message?: unknown }> }).warnings?.[0]?.message;
      throw BpmnImportError.of(
        'not-bpmn',
        { detail: typeof warning === 'string' ? firstLine(warning) : detail },
        lang,
      );
    }
    throw BpmnImportError.of('unreadable', { detail }, lang);
  }
  const definitions = parsed.rootElement;
  if (
    typeof definitions !== 'object' ||
    definitions === null ||
    !isA(definitions as El, 'bpmn:Definitions')
  )
    throw BpmnImportError.of('not-bpmn', { detail: 'no <definitions>' }, lang);
  const defs = definitions as El;
  const ctx = new ImportContext(lang, collectShapes(defs));
  for (const w of parsed.warnings) ctx.warn('moddle-warning', { detail: oneLine(w.message) });
  const pools = orderProcesses(defs, ctx);
  if (pools.length === 0) throw BpmnImportError.of('no-process', {}, lang, ctx.warnings);
  // A main process the file leaves unnamed takes the name the caller knows it by (its file).
  const fallback = options.fallbackName?.trim();
  if (fallback && !pools[0]!.named) pools[0]!.name = fallback;
  let byFlowsmith = false;
  pools.forEach(({ process, name }, i) => {
    const saved = readPayload(process, 'document')?.id;
    if (i === 0) byFlowsmith = saved !== undefined;
    const docId = ctx.documentIds.allocate(
      typeof saved === 'string' ? saved : str(process, 'id'),
      'process',
    );
    if (i > 0) ctx.warn('pool-as-document', { ...ctx.about(process), name }, process);
    readContainer(process, { docId, name }, ctx);
  });
  const externalProcesses = callsOutside(ctx);
  if (options.simulation !== false) readSimulationData(defs, byFlowsmith, ctx);
  return { documents: ctx.documents, warnings: ctx.warnings, externalProcesses };
}

/**
 * The processes other tools' call activities call that the file does not hold, warning about each
 * call (one that names no process was warned about already). The step stays a subprocess calling
 * that id: the link is what the model says, and it resolves once that process is beside it.
 */
function callsOutside(ctx: ImportContext): string[] {
  const held = new Set(ctx.documents.map((d) => d.id));
  const outside = new Set<string>();
  for (const { step, el, byFlowsmith } of ctx.calls) {
    if (byFlowsmith || held.has(step.process)) continue;
    outside.add(step.process);
    if (calledElementOf(el))
      ctx.warn('call-target-outside', { ...ctx.about(el), process: step.process }, el);
  }
  return [...outside];
}

/** The processes to import, main first: pools in order, then processes no pool shows. */
function orderProcesses(
  defs: El,
  ctx: ImportContext,
): Array<{ process: El; name: string; named: boolean }> {
  const roots = list(defs, 'rootElements');
  const seen = new Set<El>();
  const ordered: Array<{ process: El; name: string; named: boolean }> = [];
  for (const collaboration of roots.filter((r) => isA(r, 'bpmn:Collaboration'))) {
    for (const participant of list(collaboration, 'participants')) {
      const process = one(participant, 'processRef');
      if (!process) {
        ctx.warn('pool-without-process', ctx.about(participant), participant);
        continue;
      }
      if (seen.has(process)) continue;
      seen.add(process);
      const given = str(process, 'name') || str(participant, 'name');
      ordered.push({ process, name: given || str(process, 'id') || '', named: Boolean(given) });
    }
    for (const mf of list(collaboration, 'messageFlows'))
      ctx.warn('element-left-out', ctx.about(mf), mf);
  }
  for (const process of roots.filter((r) => isA(r, 'bpmn:Process') && !seen.has(r)))
    ordered.push({
      process,
      name: str(process, 'name') || str(process, 'id') || '',
      named: Boolean(str(process, 'name')),
    });
  // The main process is the pool with the most flow nodes (the first of equals).
  const size = (p: El) => list(p, 'flowElements').filter((e) => isA(e, 'bpmn:FlowNode')).length;
  let main = 0;
  ordered.forEach((p, i) => {
    if (size(p.process) > size(ordered[main]!.process)) main = i;
  });
  if (main > 0) ordered.unshift(...ordered.splice(main, 1));
  return ordered;
}

/** A reader message on one line: `…detected; line: 2; column: 2; nested error: …`. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, '; ').slice(0, 500);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
