/** Documents of the run-mode end-to-end test: a timer, a decision people take, names that need escaping. */

/** Review, then a decision with two unconditioned branches (people choose), a 2-day timer, then the end. */
export const reviewWithTimer = {
  format: 'flowsmith.process',
  version: 1,
  id: 'review-timer',
  name: 'Contract review',
  language: 'en',
  roles: [
    { id: 'legal', name: 'Legal' },
    { id: 'sales', name: 'Sales' },
  ],
  steps: [
    { id: 'start', type: 'start', name: 'Contract received', position: { x: 60, y: 80 } },
    {
      id: 'review',
      type: 'task',
      name: 'Review "terms" </script>',
      role: 'legal',
      position: { x: 200, y: 80 },
      instructions: 'Read every clause.',
      cautions: ['Check the liability cap'],
    },
    { id: 'ok', type: 'xor', name: 'Acceptable?', position: { x: 380, y: 80 } },
    {
      id: 'wait',
      type: 'timer',
      name: 'Cooling-off period',
      position: { x: 520, y: 80 },
      duration: { dist: 'fixed', value: 2, unit: 'd' },
    },
    { id: 'sign', type: 'task', name: 'Sign', role: 'sales', position: { x: 680, y: 80 } },
    { id: 'reject', type: 'task', name: 'Send back', role: 'sales', position: { x: 520, y: 240 } },
    { id: 'end', type: 'end', name: 'Done', position: { x: 840, y: 80 } },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'review' },
    { id: 'f2', from: 'review', to: 'ok' },
    { id: 'f3', from: 'ok', to: 'wait', label: 'Yes' },
    { id: 'f4', from: 'ok', to: 'reject', label: 'No' },
    { id: 'f5', from: 'wait', to: 'sign' },
    { id: 'f6', from: 'sign', to: 'end' },
    { id: 'f7', from: 'reject', to: 'end' },
  ],
};
