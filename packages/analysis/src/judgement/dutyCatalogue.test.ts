import { build } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { dutiesOf } from './dutyCatalogue';

const t = (name: string, kind?: 'approval' | 'review') =>
  build.task('s', 'r', 1, kind ? { name, kind } : { name });

describe('dutiesOf', () => {
  it('recognises duties from kinds and names in zh-CN and English', () => {
    expect(dutiesOf(t('填写采购申请单'))).toEqual(['request']);
    expect(dutiesOf(t('部门经理审批', 'approval'))).toEqual(['approve']);
    expect(dutiesOf(t('审批报销申请', 'approval'))).toEqual(['approve']);
    expect(dutiesOf(t('询价比价'))).toEqual(['purchase']);
    expect(dutiesOf(t('Place purchase order'))).toEqual(['purchase']);
    expect(dutiesOf(t('到货验收入库'))).toEqual(['receive']);
    expect(dutiesOf(t('Receive goods'))).toEqual(['receive']);
    expect(dutiesOf(t('财务付款'))).toEqual(['pay']);
    expect(dutiesOf(t('Weekly payment run'))).toEqual(['pay']);
    expect(dutiesOf(t('录入记账凭证'))).toEqual(['record']);
    expect(dutiesOf(t('Bank reconciliation'))).toEqual(['reconcile']);
    expect(dutiesOf(t('核对发票', 'review'))).toEqual([]);
    expect(dutiesOf(t('发放电脑和门禁卡'))).toEqual([]);
  });
});
