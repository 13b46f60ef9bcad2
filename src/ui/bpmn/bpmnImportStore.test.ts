import { describe, expect, it } from 'vitest';
import { warningsText } from './bpmnImportStore';

describe('warningsText', () => {
  it('puts one warning per line with its element id and type', () => {
    const text = warningsText({
      fileName: 'a.bpmn',
      documents: ['A'],
      warnings: [
        {
          code: 'unsupported-element' as never,
          elementId: 'Gw_1',
          elementType: 'bpmn:InclusiveGateway',
          message: 'mapped to xor',
        },
        { code: 'unsupported-element' as never, message: 'no id' },
      ],
    });
    expect(text).toBe('Gw_1\tbpmn:InclusiveGateway\tmapped to xor\nno id');
  });
});
