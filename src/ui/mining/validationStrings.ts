/** The strings of "Simulate and compare with the log" (`log.validate.` prefix), in English and Chinese. */
import { addFeatureStrings } from '../../i18n/featureStrings';

addFeatureStrings('log', {
  en: {
    validate: {
      button: 'Simulate and compare with the log',
      title: 'Simulated vs the log',
      running: 'Simulating: run {{run}} of {{runs}}…',
      progress: 'Simulation progress',
      about:
        '“{{name}}” simulated {{runs}} times with {{cases}} cases each (seeds 1–{{runs}}); both sides measured the same way.',
      head: {
        figure: 'Figure',
        log: 'Log',
        simulated: 'Simulated',
        error: 'Error',
        tolerance: 'Tolerance',
        verdict: 'Verdict',
      },
      verdict: {
        ok: 'ok',
        band: 'ok within the runs',
        fail: 'FAIL',
        unjudged: 'few cases',
      },
      passed: 'Every judged figure is within its tolerance: the simulation reproduces the log.',
      failed_one: '{{count}} of {{judged}} judged figures is outside its tolerance (FAIL).',
      failed_other: '{{count}} of {{judged}} judged figures are outside their tolerance (FAIL).',
      notes:
        '“ok within the runs”: the log’s figure lies within the 95 % band of the five runs. “few cases”: fewer than {{min}} executions, not judged. Times in minutes; utilisation as a share (0–1).',
      cancelled: 'The simulation was cancelled; nothing was compared.',
      refused: 'The simulator cannot run this map:',
    },
  },
  'zh-CN': {
    validate: {
      button: '仿真并与日志对比',
      title: '仿真与日志对比',
      running: '正在仿真：第 {{run}} 次，共 {{runs}} 次…',
      progress: '仿真进度',
      about:
        '“{{name}}”仿真 {{runs}} 次，每次 {{cases}} 个案例（种子 1–{{runs}}）；两边用同样的方法度量。',
      head: {
        figure: '指标',
        log: '日志',
        simulated: '仿真',
        error: '误差',
        tolerance: '容差',
        verdict: '结论',
      },
      verdict: {
        ok: '通过',
        band: '波动内通过',
        fail: '未通过',
        unjudged: '案例太少',
      },
      passed: '所有参与判断的指标都在容差之内：仿真结果与日志一致。',
      failed_other: '{{judged}} 个参与判断的指标中有 {{count}} 个超出容差（未通过）。',
      notes:
        '“波动内通过”：日志的值落在五次仿真结果的 95% 区间内。“案例太少”：执行次数少于 {{min}}，不作判断。时间单位为分钟；利用率为比例（0–1）。',
      cancelled: '仿真已取消，没有进行对比。',
      refused: '仿真器无法运行此流程图：',
    },
  },
});
