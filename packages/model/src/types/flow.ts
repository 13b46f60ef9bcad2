/** A sequence flow: a case moves from `from` to `to`. */
export interface Flow {
  id: string;
  from: string;
  to: string;
  /** Shown on the canvas and in the SOP, e.g. `金额 > 5万`. */
  label?: string;
  /**
   * On flows leaving an xor: the share of cases that take it (0..1). On flows leaving an or:
   * this flow's own chance of being taken, independently of the others, in (0, 1].
   */
  probability?: number;
  /** An expression of the condition language over the case's data, e.g. `amount > 50000`. */
  condition?: string;
  /** On a flow leaving an xor or or: taken when no other flow is (BPMN default flow). */
  default?: boolean;
}
