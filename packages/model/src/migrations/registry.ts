import type { Migration } from './migration';

/**
 * Every migration, oldest first: version 1 is the first version, so none exist yet. To add
 * version 2: write `v1ToV2.ts` exporting a `Migration` with `from: 1`, add it here, and raise
 * `FORMAT_VERSION` (types/process.ts) with the types.
 */
export const migrations: readonly Migration[] = [];
