import type { BpmnModdleInstance } from 'bpmn-moddle';

/** The namespaces bpmn-moddle reads, by URI, with the element names each allows. */
export type KnownNames = Map<string, Set<string>>;

interface PackageLike {
  uri: string;
  types: Array<{ name: string; properties?: Array<{ name: string; isAttr?: boolean }> }>;
}

const PREFIXES = ['bpmn', 'bpmndi', 'dc', 'di', 'bioc', 'color', 'flowsmith', 'qbp'];

/**
 * Every element name the reader understands, per namespace URI: each type's name (as written
 * and with a lower-case first letter, as tag aliases do) and each non-attribute property's name.
 * Read from the moddle's own packages, so it follows bpmn-moddle's schema.
 */
export function knownNames(moddle: BpmnModdleInstance): KnownNames {
  const out: KnownNames = new Map();
  const getPackage = (moddle as unknown as { getPackage?: (p: string) => PackageLike | undefined })
    .getPackage;
  for (const prefix of PREFIXES) {
    const pkg = getPackage?.call(moddle, prefix);
    if (!pkg) continue;
    const names = new Set<string>();
    for (const t of pkg.types) {
      names.add(t.name).add(t.name[0]!.toLowerCase() + t.name.slice(1));
      for (const p of t.properties ?? [])
        if (!p.isAttr) names.add(p.name.slice(p.name.indexOf(':') + 1));
    }
    out.set(pkg.uri, names);
  }
  return out;
}
