import { gallery } from '@flowsmith/model';
import { exportBpmn, importBpmn } from './src/index';
const xml = await exportBpmn(gallery.xorSplitJoin);
console.log(xml);
const back = await importBpmn(xml);
console.log(JSON.stringify(back.warnings), JSON.stringify(back.documents[0]) === JSON.stringify(gallery.xorSplitJoin));
console.log(JSON.stringify(back.documents[0]));
console.log(JSON.stringify(gallery.xorSplitJoin));
