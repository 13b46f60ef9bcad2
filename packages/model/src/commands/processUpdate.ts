import { refusal } from '../messages/commandMessages';
import { isDutyPairName } from '../types/duty';
import { readHeader, type ProcessHeader } from '../patch/entry';
import { applyChanges, type Changes } from './applyChanges';
import { checkHeaderDocumentFields } from './checkDocumentFields';
import { checkSimulationSettings } from './checkSimulationRecord';
import { defineCommand } from './command';
import { recordsOf } from './documentIds';

/** The header fields `process.update` may change (`null` clears one). */
export type ProcessChanges = Changes<Omit<ProcessHeader, 'name'>>;
const FIELDS = new Set([
  'language',
  'description',
  'owner',
  'derivedFrom',
  'allowedDutyPairs',
  'documentControl',
  'relatedDocuments',
  'definitions',
  'view',
  'revisions',
  'simulation',
]);

/**
 * `process.update`: changes language, description, owner, derivedFrom, allowedDutyPairs,
 * documentControl, relatedDocuments, definitions, view, revisions or simulation (the start
 * date-time, case attributes and priority rules, checked as the parser reads them).
 */
export const processUpdate = defineCommand({
  id: 'process.update',
  canExecute(doc, params: { changes: ProcessChanges }, lang) {
    for (const field of Object.keys(params.changes)) {
      if (!FIELDS.has(field))
        return refusal('field.notAllowed', { id: doc.id, field, type: 'process' }, lang);
    }
    const { owner, revisions, language } = params.changes;
    if (owner != null && !recordsOf(doc, 'roles').some((r) => r.id === owner)) {
      return refusal('role.unknown', { id: owner }, lang);
    }
    if (revisions != null && !Array.isArray(revisions)) {
      return refusal('value.invalid', { id: doc.id, field: 'revisions' }, lang);
    }
    const pairs = params.changes.allowedDutyPairs;
    if (pairs != null && !(Array.isArray(pairs) && pairs.every((p) => isDutyPairName(p)))) {
      return refusal('value.invalid', { id: doc.id, field: 'allowedDutyPairs' }, lang);
    }
    if (language != null && typeof language !== 'string') {
      return refusal('value.invalid', { id: doc.id, field: 'language' }, lang);
    }
    const { simulation } = params.changes;
    if (simulation != null) {
      const problem = checkSimulationSettings(doc, simulation, lang);
      if (problem) return problem;
    }
    return checkHeaderDocumentFields(doc, params.changes, lang);
  },
  execute(doc, { changes }) {
    const before = readHeader(doc);
    const after = applyChanges(before, changes);
    return {
      added: [],
      updated: [
        [
          { collection: 'header', header: before },
          { collection: 'header', header: after },
        ],
      ],
      removed: [],
    };
  },
});
