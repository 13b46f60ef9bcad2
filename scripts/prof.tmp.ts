import { generateProcess } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
const doc = generateProcess({ steps: 2000, seed: 7 });
analyze(doc);
