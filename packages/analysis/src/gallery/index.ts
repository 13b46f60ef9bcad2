import { contentPublishing } from './contentPublishing';
import { contractApproval } from './contractApproval';
import { customerComplaints } from './customerComplaints';
import { employeeOnboarding } from './employeeOnboarding';
import { expenseReimbursement } from './expenseReimbursement';
import type { GalleryCase } from './galleryCase';
import { itIncidents } from './itIncidents';
import { loanApplication } from './loanApplication';
import { monthEndClose } from './monthEndClose';
import { procureToPay } from './procureToPay';
import { purchaseApproval } from './purchaseApproval';
import { returnsRefunds } from './returnsRefunds';
import { supplierOnboarding } from './supplierOnboarding';

export type { GalleryCase, Never } from './galleryCase';

/**
 * The expert gallery: as-is processes written from real situations, each with the controls,
 * findings, top three by impact and forbidden suggestions an expert would sign
 * (gallery.test.ts asserts all of them).
 */
export const expertGallery: Record<string, GalleryCase> = {
  purchaseApproval,
  expenseReimbursement,
  procureToPay,
  contractApproval,
  customerComplaints,
  contentPublishing,
  employeeOnboarding,
  itIncidents,
  monthEndClose,
  loanApplication,
  returnsRefunds,
  supplierOnboarding,
};
