import { gallery } from '@flowsmith/model';
import { RuleContext } from '../packages/analysis/src/ruleContext';
import { removeStepCommands } from '../packages/analysis/src/suggestions/removeStepCommands';
const ctx = new RuleContext(gallery.doubleApproval);
const g = ctx.graph;
console.log(g.incoming('approve2'), g.outgoing('approve2'), g.outgoing('check'));
console.log(removeStepCommands(ctx.graph, 'approve2', ctx.ids));
