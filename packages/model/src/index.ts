/**
 * @flowsmith/model — the process document of FORMAT.md: types, parsing and validation,
 * migrations, graph queries, patches and commands, the condition language and the
 * reference token game. Pure TypeScript, no DOM.
 */
export * from './types';
export * from './messages/lang';
export * from './distribution/distributionMoments';
export { gallery, type GalleryName } from './testing/processes';
export * as build from './testing/build';
