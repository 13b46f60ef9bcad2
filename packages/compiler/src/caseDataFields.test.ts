import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { caseDataFields } from './caseDataFields';
import { caseDataType } from './emitCaseTypes';

/** (o) -> [x] with one flow per condition, each to its own end; plus declared data `po`. */
function decide(...conditions: string[]): ProcessDocument {
  return {
    ...build.processOf('data', {
      steps: [
        build.start(),
        build.gate('x', 'xor'),
        ...conditions.map((_, i) => build.end(`e${i}`)),
      ],
      flows: [
        build.flow('start', 'x'),
        ...conditions.map((condition, i) => build.flow('x', `e${i}`, { condition })),
      ],
    }),
    data: [{ id: 'po', name: '采购订单' }],
  };
}

describe('CM-DATA the case data a process reads and declares', () => {
  it('CM-DATA types each name by what its conditions compare it with', () => {
    const fields = caseDataFields(
      decide(
        'amount > 50000 and urgent',
        'tier == "gold" or amount <= 0',
        'code == 1 or code == "A"',
        'a == b',
      ),
    );
    const types = Object.fromEntries(fields.map((f) => [f.name, f.types]));
    expect(types).toEqual({
      amount: ['number'],
      urgent: ['boolean'],
      tier: ['string'],
      code: ['number', 'string'],
      a: [],
      b: [],
      po: [],
    });
    expect(fields.find((f) => f.name === 'po')).toMatchObject({
      readBy: [],
      declared: { name: '采购订单' },
    });
    expect(fields.find((f) => f.name === 'amount')!.readBy).toEqual(['x']);
  });

  it('CM-TS-TYPES the data type: optional keys, unions, any primitive without a hint, declared data unknown, dotted names both ways', () => {
    const source = caseDataType(
      caseDataFields(decide('amount > 1 and customer.tier == "gold"', 'a == b')),
    );
    expect(source).toBe(
      [
        '{',
        '  amount?: number;',
        '  "customer.tier"?: string;',
        '  customer?: {',
        '    tier?: string;',
        '  };',
        '  a?: number | string | boolean;',
        '  b?: number | string | boolean;',
        '  po?: unknown;',
        '}',
      ].join('\n'),
    );
  });
});
