import type { GalleryCase } from './galleryCase';
import { chain, end, processOf, role, start, task, tri, wait } from './galleryBuilder';

/** Procure-to-pay with a three-way match, and the buyer checking the invoice a second time. */
export const procureToPay: GalleryCase = {
  situation:
    'A distributor’s indirect spend: the buyer places the order, receiving checks the delivery, the buyer and then AP both check the invoice, AP matches PO, receipt and invoice, and pays in the weekly run.',
  doc: processOf({
    id: 'gallery-procure-to-pay',
    name: 'Procure to pay (as-is)',
    language: 'en',
    roles: [
      role('buyer', 'Buyer', 2, 45),
      role('receiving', 'Receiving clerk', 1, 28),
      role('ap', 'AP clerk', 1, 35),
      role('controller', 'Finance manager', 1, 70),
    ],
    steps: [
      start('Requisition approved', 60),
      task('placePo', 'Place purchase order', 'buyer', tri(15, 20, 40), {
        value: 'VA',
        outputs: ['po'],
        raci: { accountable: 'buyer' },
      }),
      wait('delivery', 'Wait for delivery', tri(2, 4, 10, 'd')),
      task('receive', 'Receive goods and post GRN', 'receiving', tri(10, 15, 30), {
        value: 'VA',
        outputs: ['grn'],
        raci: { accountable: 'receiving' },
      }),
      task('buyerCheck', 'Buyer checks invoice', 'buyer', tri(10, 15, 25), {
        kind: 'review',
        value: 'NVA',
        inputs: ['invoice', 'po'],
      }),
      task('match', 'Three-way match', 'ap', tri(15, 20, 40), {
        kind: 'review',
        value: 'BVA',
        inputs: ['invoice', 'po', 'grn'],
        raci: { accountable: 'ap' },
      }),
      task('approvePay', 'Approve payment', 'controller', tri(5, 10, 15), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'controller' },
      }),
      wait('payRun', 'Wait for weekly payment run', tri(0, 3, 7, 'd')),
      task('pay', 'Pay supplier', 'ap', tri(5, 8, 15), {
        value: 'BVA',
        raci: { accountable: 'ap' },
      }),
      end('Supplier paid'),
    ],
    flows: chain(
      'start',
      'placePo',
      'delivery',
      'receive',
      'buyerCheck',
      'match',
      'approvePay',
      'payRun',
      'pay',
      'end',
    ),
    data: [
      { id: 'po', name: 'Purchase order' },
      { id: 'grn', name: 'Goods receipt' },
      { id: 'invoice', name: 'Supplier invoice' },
    ],
  }),
  controls: ['receive', 'match'],
  findings: ['delay:payRun', 'non-value-adding:buyerCheck,buyer'],
  topThree: ['delay', 'delay', 'non-value-adding'],
  never: [
    { removes: 'match' },
    { removes: 'receive' },
    { gives: 'receive', to: 'buyer' },
    { gives: 'pay', to: 'receiving' },
  ],
};
