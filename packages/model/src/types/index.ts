export * from './calendar';
export * from './distribution';
export * from './duty';
export * from './flow';
export * from './process';
export * from './role';
export * from './step';
