import type { LogProblem } from '../log/eventLog';
import type { MiningCode } from '../messages/miningMessages';

/** The most problems a reader keeps; beyond it they are only counted. */
export const MAX_PROBLEMS = 1000;

/** The problems met while reading: the first {@link MAX_PROBLEMS} kept, all counted. */
export class ProblemList {
  readonly list: LogProblem[] = [];
  count = 0;

  /** Records a problem at `line`. */
  add(line: number, code: MiningCode, message: string): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ line, code, message });
  }
}
