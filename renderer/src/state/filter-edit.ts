/**
 * Edits of a filter tree as pure functions: the builder edits by path, facets and pivots add or
 * exclude one condition, and every result is a new tree (the old one stays valid for undo/back).
 */
import type { Condition, FilterNode, Group } from '../../../shared/filter/tree';

/** Child indexes from the root group down to a node. */
export type NodePath = readonly number[];

/** The node with keys in a fixed order, so that two equal trees stringify alike. */
export function canonical(n: FilterNode): FilterNode {
  if (n.kind !== 'cond') return { kind: n.kind, children: n.children.map(canonical) };
  const out: Condition = { kind: 'cond', field: n.field, op: n.op };
  if (n.value !== undefined) out.value = Array.isArray(n.value) ? ([...n.value] as Condition['value']) : n.value;
  if (n.caseSensitive) out.caseSensitive = true;
  return out;
}

export function sameNode(a: FilterNode | null, b: FilterNode | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The builder always edits a group at the root: `null` is an empty AND, a lone condition is wrapped. */
export function toBuilderRoot(tree: FilterNode | null): Group {
  if (tree === null) return { kind: 'and', children: [] };
  return tree.kind === 'cond' ? { kind: 'and', children: [tree] } : tree;
}

/**
 * The tree a builder root means, tidied: empty groups dropped (an empty AND would match everything
 * and an empty OR nothing, neither of which an analyst means by an unfinished group), a one-child
 * AND/OR replaced by its child, and an empty root is `null` (no filter).
 */
export function fromBuilderRoot(root: Group): FilterNode | null {
  return prune(root);
}

function prune(n: FilterNode): FilterNode | null {
  if (n.kind === 'cond') return n;
  const children = n.children.map(prune).filter((c): c is FilterNode => c !== null);
  if (children.length === 0) return null;
  if (n.kind !== 'not' && children.length === 1) return children[0];
  return { kind: n.kind, children };
}

export function nodeAt(root: FilterNode, path: NodePath): FilterNode | null {
  let n: FilterNode = root;
  for (const i of path) {
    if (n.kind === 'cond' || i < 0 || i >= n.children.length) return null;
    n = n.children[i];
  }
  return n;
}

/** Replaces the node at `path` (the root for an empty path) by `f(node)`. */
export function updateAt(root: Group, path: NodePath, f: (n: FilterNode) => FilterNode): Group {
  const walk = (n: FilterNode, depth: number): FilterNode => {
    if (depth === path.length) return f(n);
    if (n.kind === 'cond') return n;
    return { kind: n.kind, children: n.children.map((c, i) => (i === path[depth] ? walk(c, depth + 1) : c)) };
  };
  const out = walk(root, 0);
  return out.kind === 'cond' ? { kind: 'and', children: [out] } : out;
}

/** Removes the node at `path` (not the root). */
export function removeAt(root: Group, path: NodePath): Group {
  if (path.length === 0) return { kind: root.kind, children: [] };
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  return updateAt(root, parent, (n) => (n.kind === 'cond' ? n : { kind: n.kind, children: n.children.filter((_, i) => i !== last) }));
}

/** Appends `child` to the group at `path`. */
export function appendAt(root: Group, path: NodePath, child: FilterNode): Group {
  return updateAt(root, path, (n) => (n.kind === 'cond' ? n : { kind: n.kind, children: [...n.children, child] }));
}

/** Whether a top-level AND of `tree` already includes or excludes `cond`. */
export function conditionState(tree: FilterNode | null, cond: Condition): 'include' | 'exclude' | null {
  for (const n of topLevel(tree)) {
    if (sameNode(n, cond)) return 'include';
    if (n.kind === 'not' && n.children.length === 1 && sameNode(n.children[0], cond)) return 'exclude';
  }
  return null;
}

function topLevel(tree: FilterNode | null): FilterNode[] {
  if (tree === null) return [];
  return tree.kind === 'and' ? tree.children : [tree];
}

/**
 * `tree` AND `cond` (or AND NOT `cond`). A top-level copy of the same condition, included or
 * excluded, is replaced rather than repeated, so that clicking "exclude" after "include" flips it.
 */
export function withCondition(tree: FilterNode | null, cond: Condition, mode: 'include' | 'exclude'): FilterNode {
  const add: FilterNode = mode === 'include' ? cond : { kind: 'not', children: [cond] };
  const rest = withoutCondition(tree, cond);
  if (rest === null) return add;
  if (rest.kind === 'and') return { kind: 'and', children: [...rest.children, add] };
  return { kind: 'and', children: [rest, add] };
}

/** `tree` without a top-level copy of `cond` (included or excluded); null when nothing is left. */
export function withoutCondition(tree: FilterNode | null, cond: Condition): FilterNode | null {
  if (tree === null) return null;
  const keep = topLevel(tree).filter((n) => !(sameNode(n, cond) || (n.kind === 'not' && n.children.length === 1 && sameNode(n.children[0], cond))));
  if (tree.kind !== 'and') return keep.length ? tree : null;
  if (keep.length === tree.children.length) return tree;
  if (keep.length === 0) return null;
  return keep.length === 1 ? keep[0] : { kind: 'and', children: keep };
}

/** How many conditions a tree holds (for badges). */
export function countConditions(tree: FilterNode | null): number {
  if (tree === null) return 0;
  if (tree.kind === 'cond') return 1;
  return tree.children.reduce((n, c) => n + countConditions(c), 0);
}
