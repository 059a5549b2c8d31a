/**
 * Values derived from the rules a computation actually read, shared by every view whose rules
 * answer those reads the same way (see `PolicyView.tracked`). A computation's reads of a view
 * are recorded in order with their answers; the reads form a decision tree (which table it reads
 * next depends only on the answers so far), so a later view finds its value by asking the same
 * questions and following its own answers, without computing anything. The resolved values and
 * members a view hands out are the same objects for every view inside one period of their entry,
 * so an answer is compared by identity.
 *
 * @module
 */

/** A read of a view: {@link READ_VALUE} `view.value(id)`, {@link READ_MEMBER} `view.member(id, member)`, {@link READ_MEMBERS} `view.members(id)`, {@link READ_DATE} `view.date`, {@link READ_DIVISION} `view.division`; `at`: the division of the view read, when it is `view.at(division)` ('' for the view itself). @internal */
export type Read = readonly [op: number, id: string, member: string, at: string];

/** @internal */
export const READ_VALUE = 0;
/** @internal */
export const READ_MEMBER = 1;
/** @internal */
export const READ_MEMBERS = 2;
/** @internal */
export const READ_DATE = 3;
/** @internal */
export const READ_DIVISION = 4;

/**
 * The reads of one computation, each once, in the order made, with their answers. A read that
 * threw taints the recording (the computation may have caught it: its value is not kept).
 *
 * @internal
 * @example
 * ```ts
 * const r = new ReadLog();
 * r.add(READ_VALUE, 'fee.passport.issue', '', resolved);
 * ```
 */
export class ReadLog {
  readonly reads: Read[] = [];
  readonly answers: unknown[] = [];
  /** Value reads of the view itself, by table id (most reads: no key to build). */
  readonly #values = new Set<string>();
  readonly #seen = new Set<string>();
  tainted = false;

  add(op: number, id: string, member: string, answer: unknown, at = ''): void {
    if (op === READ_VALUE && at === '') {
      if (this.#values.has(id)) return;
      this.#values.add(id);
    } else {
      const k = `${op}\u0000${id}\u0000${member}\u0000${at}`;
      if (this.#seen.has(k)) return;
      this.#seen.add(k);
    }
    this.reads.push([op, id, member, at]);
    this.answers.push(answer);
  }
}

/** The value at the end of a path of answers. */
class Leaf {
  constructor(readonly value: unknown) {}
}

/**
 * A read, and where each of its answers leads (a `members` answer, an array, is compared item by
 * item): the first answer inline (most reads of a tree only ever get one), the others in a map
 * (or a list, for `members`) made when a second answer comes.
 */
interface Node {
  readonly read: Read;
  first: unknown;
  firstTo: Node | Leaf | undefined;
  next: Map<unknown, Node | Leaf> | undefined;
  lists: [readonly unknown[], Node | Leaf][] | undefined;
}

function sameList(a: readonly unknown[], b: unknown): boolean {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function follow(n: Node, answer: unknown): Node | Leaf | undefined {
  if (n.read[0] !== READ_MEMBERS) return n.firstTo !== undefined && n.first === answer ? n.firstTo : n.next?.get(answer);
  if (n.firstTo !== undefined && sameList(n.first as readonly unknown[], answer)) return n.firstTo;
  if (n.lists !== undefined) for (const [list, to] of n.lists) if (sameList(list, answer)) return to;
  return undefined;
}

function attach(n: Node, answer: unknown, to: Node | Leaf): void {
  if (n.firstTo === undefined) {
    n.first = answer;
    n.firstTo = to;
  } else if (n.read[0] === READ_MEMBERS) (n.lists ??= []).push([answer as readonly unknown[], to]);
  else (n.next ??= new Map()).set(answer, to);
}

/**
 * A decision tree of reads for one computation (one key), holding at most `limit` nodes: past
 * it, it starts afresh.
 *
 * @internal
 * @example
 * ```ts
 * const tree = new ReadTree(4096);
 * tree.find((read) => ask(view, read)) ?? tree.add(log, compute(recorder));
 * ```
 */
export class ReadTree {
  #root: Node | Leaf | undefined;
  #size = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value kept for the answers `ask` gives, as `{ value }`, or `undefined` when none is (`ask` may throw: the caller computes afresh then). */
  find(ask: (read: Read) => unknown): { readonly value: unknown } | undefined {
    let n = this.#root;
    while (n !== undefined && !(n instanceof Leaf)) n = follow(n, ask(n.read));
    return n;
  }

  /** Keeps `value` under the reads and answers of `log` (nothing when they do not fit the tree: the computation did not read as the tree says). */
  add(log: ReadLog, value: unknown): void {
    if (log.tainted) return;
    const { reads, answers } = log;
    if (this.#size + reads.length + 1 > this.#limit) {
      this.#root = undefined;
      this.#size = 0;
    }
    const chain = (from: number): Node | Leaf => {
      let to: Node | Leaf = new Leaf(value);
      for (let i = reads.length - 1; i >= from; i--) {
        const n: Node = { read: reads[i] as Read, first: undefined, firstTo: undefined, next: undefined, lists: undefined };
        attach(n, answers[i], to);
        to = n;
      }
      this.#size += reads.length - from + 1;
      return to;
    };
    if (this.#root === undefined) {
      this.#root = chain(0);
      return;
    }
    let n: Node | Leaf = this.#root;
    for (let i = 0; i < reads.length; i++) {
      if (n instanceof Leaf) return;
      const r = reads[i] as Read;
      if (n.read[0] !== r[0] || n.read[1] !== r[1] || n.read[2] !== r[2] || n.read[3] !== r[3]) return;
      const to = follow(n, answers[i]);
      if (to === undefined) {
        attach(n, answers[i], chain(i + 1));
        return;
      }
      n = to;
    }
  }
}
