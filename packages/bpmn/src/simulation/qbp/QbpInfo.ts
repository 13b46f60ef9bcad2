/** A QBP distribution as written: `type` and its three numbers, in seconds. */
export interface QbpDistribution {
  type: string;
  mean: number;
  arg1: number;
  arg2: number;
}

/** One rule of a QBP timetable: weekdays `MONDAY`…`SUNDAY`, times `HH:MM:SS[.fff][±hh:mm]`. */
export interface QbpRule {
  fromWeekDay: string;
  toWeekDay: string;
  fromTime: string;
  toTime: string;
}

/**
 * What a `qbp:processSimulationInfo` says, in plain data, with element ids as Flowsmith ids: the
 * one shape reading, export and the comparison between them use.
 */
export interface QbpInfo {
  processInstances?: number;
  currency?: string;
  startDateTime?: string;
  arrival?: QbpDistribution;
  timetables: Array<{ id: string; name?: string; isDefault?: boolean; rules: QbpRule[] }>;
  resources: Array<{
    id: string;
    name: string;
    totalAmount: number;
    costPerHour: number;
    timetableId?: string;
  }>;
  elements: Array<{
    elementId: string;
    fixedCost?: number;
    duration?: QbpDistribution;
    resourceIds: string[];
  }>;
  flows: Array<{ elementId: string; probability: number }>;
}
