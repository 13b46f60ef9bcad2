import { describe, expect, it } from 'vitest';
import { nearestName } from './nearestName';

describe('nearestName', () => {
  const fields = ['duration', 'description', 'role', 'raci', 'inputs', 'outputs'];
  it.each([
    ['duraton', 'duration'],
    ['Duration', 'duration'],
    ['rloe', 'role'],
    ['ouptuts', 'outputs'],
    ['rol', 'role'],
  ])('%s -> %s', (typo, hint) => {
    expect(nearestName(typo, fields)).toBe(hint);
  });
  it.each(['salary', 'x', 'durationsAndMore'])('%s has no close name', (name) => {
    expect(nearestName(name, fields)).toBeUndefined();
  });
});
