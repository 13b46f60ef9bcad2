// Entry of a simulation worker thread: the engine is TypeScript source (no build step between
// packages), so the worker registers tsx's loader before importing it. Harmless when the parent
// already runs under tsx.
import { register } from 'tsx/esm/api';

register();
await import('./replicationWorker.ts');
