// Entry of a simulation worker thread when the CLI runs from its TypeScript source (tests): the
// worker registers tsx's loader before importing the source. The built CLI starts
// dist/replicationWorker.js instead (see runReplications.ts).
import { register } from 'tsx/esm/api';

register();
await import('./replicationWorker.ts');
