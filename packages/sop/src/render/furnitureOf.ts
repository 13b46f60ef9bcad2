import { documentLabels } from '../documentLabels';
import type { PageFurniture, SopTree } from '../tree';

/**
 * What every printed page of `tree` carries: its own `furniture`, else its title in the header and
 * "Page X of Y" / "第 X 页 共 Y 页" in its language — so job descriptions and workshop reports are
 * numbered too. Pure.
 */
export function furnitureOf(tree: SopTree): PageFurniture {
  return tree.furniture ?? { title: tree.title, pageOf: documentLabels[tree.lang].pageOf };
}
