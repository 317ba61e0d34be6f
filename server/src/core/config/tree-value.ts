// The value a parsed JSON tree stands for, built the way JSON.parse builds it.
import type { Node } from 'jsonc-parser';

/** The plain value of a JSON tree; every key becomes an own property (`__proto__` too), so no key is lost or reaches a prototype. */
export function treeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(treeValue);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) Object.defineProperty(out, String(key.value), { value: treeValue(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
