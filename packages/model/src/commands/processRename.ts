import { refusal } from '../messages/commandMessages';
import { readHeader } from '../patch/entry';
import { defineCommand } from './command';
import { isName } from './documentIds';

/** `process.rename`: gives the process a new name. */
export const processRename = defineCommand({
  id: 'process.rename',
  canExecute(doc, params: { name: string }, lang) {
    return isName(params.name) ? null : refusal('name.empty', { id: doc.id }, lang);
  },
  execute(doc, { name }) {
    const before = readHeader(doc);
    return {
      added: [],
      updated: [
        [
          { collection: 'header', header: before },
          { collection: 'header', header: { ...before, name } },
        ],
      ],
      removed: [],
    };
  },
});
