/**
 * Test data: the damaged documents of issue 14 (item 5) as they were found in IndexedDB, each
 * with the JSON path `parseProcess` names. Used by the persistence tests only.
 */
import { gallery } from '@flowsmith/model';

const doc = gallery.xorSplitJoin;

/** `[what is wrong, the stored document, the JSON path of the first problem]`. */
export const damagedDocs: [string, unknown, string][] = [
  ['steps null', { ...doc, steps: null }, 'steps'],
  ['the document a string', JSON.stringify(doc), ''],
  ['roles an object', { ...doc, roles: {} }, 'roles'],
  ['flows null', { ...doc, flows: null }, 'flows'],
  ['no document', undefined, ''],
  [
    'a flow to a missing step',
    { ...doc, flows: [...doc.flows, { id: 'fx', from: doc.steps[0]!.id, to: 'gone' }] },
    `flows[${doc.flows.length}].to`,
  ],
  [
    'a step without type',
    { ...doc, steps: doc.steps.map((s, i) => (i === 1 ? { ...s, type: undefined } : s)) },
    'steps[1]',
  ],
];
