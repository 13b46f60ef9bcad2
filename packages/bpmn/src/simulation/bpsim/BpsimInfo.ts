/** The XML namespace of BPSim (the WfMC's Business Process Simulation standard, 1.0 and 2.0). */
export const BPSIM_NS = 'http://www.bpsim.org/schemas/1.0';

/** A BPSim parameter value as written: its element name (`NormalDistribution`…) and attributes. */
export interface BpsimValue {
  type: string;
  attrs: Record<string, string>;
  /** The points of a `UserDistribution`: each a probability and a value. */
  points?: Array<{ probability: number; value: BpsimValue }>;
}

/** One parameter of one element: `ProcessingTime` in `TimeParameters` of task `t1`. */
export interface BpsimParameter {
  elementRef: string;
  group: string;
  name: string;
  value?: BpsimValue;
}

/** The first scenario of a file's `bpsim:BPSimData`, element refs as Flowsmith ids. */
export interface BpsimInfo {
  /** `ms`, `s`, `min`, `hour`, `day` or `year`; BPSim's default is `ms`. */
  baseTimeUnit: string;
  parameters: BpsimParameter[];
  /** Scenarios after the first (read no further) and calendars, by id. */
  leftOut: string[];
}
