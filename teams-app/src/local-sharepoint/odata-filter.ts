// The OData v3 `$filter` subset SharePoint list REST accepts, parsed to a small tree. Types are
// checked later against the list's fields (see item-query.ts), because only the field knows
// whether `'2021-04-30'` is a date or a text.

import { badRequest } from './sp-error';

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null'; readonly value: null }
  | { readonly kind: 'datetime'; readonly value: string }
  | { readonly kind: 'guid'; readonly value: string };

/** `status`, `plan/Title`, `Author/Id`: a field and optionally one projected property. */
export type Path = readonly string[];

export type FilterNode =
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly operand: FilterNode }
  | { readonly type: 'compare'; readonly op: CompareOp; readonly path: Path; readonly value: Literal }
  | { readonly type: 'startswith' | 'substringof'; readonly path: Path; readonly value: Literal };

type Token =
  | { readonly t: 'lparen' | 'rparen' | 'comma'; readonly pos: number }
  | { readonly t: 'word'; readonly text: string; readonly pos: number }
  | { readonly t: 'literal'; readonly literal: Literal; readonly pos: number };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
/** Parentheses and `not` nest by recursion; past this a crafted filter would exhaust the stack. */
const MAX_NESTING = 100;
const MIRRORED: Readonly<Record<CompareOp, CompareOp>> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

function readQuoted(src: string, start: number): { value: string; end: number } {
  // start points at the opening quote; '' inside is one quote.
  let value = '';
  let i = start + 1;
  for (;;) {
    const q = src.indexOf("'", i);
    if (q < 0) throw new FilterSyntaxError('unterminated string literal', start);
    value += src.slice(i, q);
    if (src[q + 1] === "'") {
      value += "'";
      i = q + 2;
      continue;
    }
    return { value, end: q + 1 };
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ t: 'lparen', pos: i++ });
    } else if (c === ')') {
      tokens.push({ t: 'rparen', pos: i++ });
    } else if (c === ',') {
      tokens.push({ t: 'comma', pos: i++ });
    } else if (c === "'") {
      const { value, end } = readQuoted(src, i);
      tokens.push({ t: 'literal', literal: { kind: 'string', value }, pos: i });
      i = end;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(src.slice(i));
      if (!m) throw new FilterSyntaxError(`unexpected '${c}'`, i);
      const value = Number(m[0].replace(/[mMdDfFlL]$/, ''));
      if (!Number.isFinite(value)) throw new FilterSyntaxError(`bad number '${m[0]}'`, i);
      tokens.push({ t: 'literal', literal: { kind: 'number', value }, pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(src.slice(i))!;
      const word = m[0];
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && src[i + word.length] === "'") {
        const { value, end } = readQuoted(src, i + word.length);
        tokens.push({ t: 'literal', literal: { kind: lower, value }, pos: i });
        i = end;
        continue;
      }
      if (lower === 'true' || lower === 'false') {
        tokens.push({ t: 'literal', literal: { kind: 'boolean', value: lower === 'true' }, pos: i });
      } else if (lower === 'null') {
        tokens.push({ t: 'literal', literal: { kind: 'null', value: null }, pos: i });
      } else {
        tokens.push({ t: 'word', text: word, pos: i });
      }
      i += word.length;
    } else {
      throw new FilterSyntaxError(`unexpected '${c}'`, i);
    }
  }
  return tokens;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parse(): FilterNode {
    const node = this.orExpr();
    const extra = this.tokens[this.i];
    if (extra) throw new FilterSyntaxError('unexpected text after the end of the expression', extra.pos);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private posOfNext(): number {
    return this.peek()?.pos ?? this.length;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.text.toLowerCase() === word;
  }

  private expect(kind: 'lparen' | 'rparen' | 'comma'): void {
    const t = this.peek();
    if (t?.t !== kind) {
      const what = { lparen: "'('", rparen: "')'", comma: "','" }[kind];
      throw new FilterSyntaxError(`expected ${what}`, this.posOfNext());
    }
    this.i++;
  }

  private orExpr(): FilterNode {
    let left = this.andExpr();
    while (this.isWord('or')) {
      this.i++;
      left = { type: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.i++;
      left = { type: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.i++;
      return { type: 'not', operand: this.nested(() => this.unary()) };
    }
    return this.primary();
  }

  private nested(parse: () => FilterNode): FilterNode {
    if (++this.depth > MAX_NESTING) {
      throw new FilterSyntaxError(`the expression nests parentheses or 'not' more than ${MAX_NESTING} levels deep`, this.posOfNext());
    }
    const node = parse();
    this.depth--;
    return node;
  }

  private primary(): FilterNode {
    const t = this.peek();
    if (!t) throw new FilterSyntaxError('expression ends too early', this.length);
    if (t.t === 'lparen') {
      this.i++;
      const inner = this.nested(() => this.orExpr());
      this.expect('rparen');
      return this.boolSuffix(inner);
    }
    if (t.t === 'word') {
      const lower = t.text.toLowerCase();
      if ((lower === 'startswith' || lower === 'substringof') && this.tokens[this.i + 1]?.t === 'lparen') {
        return this.boolSuffix(this.call(lower));
      }
      if (lower === 'endswith' && this.tokens[this.i + 1]?.t === 'lparen') {
        throw new FilterSyntaxError('endswith is not supported by SharePoint list queries', t.pos);
      }
      this.i++;
      return { type: 'compare', op: this.compareOp(), path: this.path(t.text, t.pos), value: this.literal() };
    }
    if (t.t === 'literal') {
      // `3 eq Id`: legal OData, rare; mirror it so the field is on the left.
      this.i++;
      const op = this.compareOp();
      const field = this.peek();
      if (field?.t !== 'word') throw new FilterSyntaxError('one side of a comparison must be a field name', this.posOfNext());
      this.i++;
      return { type: 'compare', op: MIRRORED[op], path: this.path(field.text, field.pos), value: t.literal };
    }
    throw new FilterSyntaxError('expected a field name, a function or (', t.pos);
  }

  /** `startswith(Title,'a') eq true` is how some clients write a boolean function. */
  private boolSuffix(node: FilterNode): FilterNode {
    const t = this.peek();
    if (t?.t !== 'word' || (t.text.toLowerCase() !== 'eq' && t.text.toLowerCase() !== 'ne')) return node;
    const negate = t.text.toLowerCase() === 'ne';
    this.i++;
    const lit = this.peek();
    if (lit?.t !== 'literal' || lit.literal.kind !== 'boolean') {
      throw new FilterSyntaxError('a boolean expression can only be compared with true or false', this.posOfNext());
    }
    this.i++;
    return lit.literal.value !== negate ? node : { type: 'not', operand: node };
  }

  private call(name: 'startswith' | 'substringof'): FilterNode {
    this.i++; // name
    this.expect('lparen');
    let path: Path;
    let value: Literal;
    if (name === 'startswith') {
      path = this.fieldArg();
      this.expect('comma');
      value = this.literal();
    } else {
      value = this.literal();
      this.expect('comma');
      path = this.fieldArg();
    }
    this.expect('rparen');
    if (value.kind !== 'string') throw new FilterSyntaxError(`${name} takes a text value`, this.posOfNext());
    return { type: name, path, value };
  }

  private fieldArg(): Path {
    const t = this.peek();
    if (t?.t !== 'word') throw new FilterSyntaxError('expected a field name', this.posOfNext());
    this.i++;
    return this.path(t.text, t.pos);
  }

  private path(text: string, pos: number): Path {
    const parts = text.split('/');
    if (parts.length > 2 || parts.some((p) => p.length === 0)) {
      throw new FilterSyntaxError(`'${text}' is not a field or a field/property`, pos);
    }
    return parts;
  }

  private compareOp(): CompareOp {
    const t = this.peek();
    if (t?.t !== 'word' || !COMPARE_OPS.has(t.text.toLowerCase())) {
      throw new FilterSyntaxError('expected eq, ne, lt, le, gt or ge', this.posOfNext());
    }
    this.i++;
    return t.text.toLowerCase() as CompareOp;
  }

  private literal(): Literal {
    const t = this.peek();
    if (t?.t !== 'literal') throw new FilterSyntaxError('expected a value', this.posOfNext());
    this.i++;
    return t.literal;
  }
}

export function parseFilter(src: string): FilterNode {
  try {
    return new Parser(tokenize(src), src.length).parse();
  } catch (e) {
    if (e instanceof FilterSyntaxError) {
      throw badRequest(`The $filter expression "${src}" is not valid: ${e.message} (at position ${e.pos + 1}).`);
    }
    throw e;
  }
}

/** `a and (b and c) and d` → [a, b, c, d]: the conjuncts in written order. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

export function leaves(node: FilterNode): FilterNode[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...leaves(node.left), ...leaves(node.right)];
    case 'not':
      return leaves(node.operand);
    default:
      return [node];
  }
}
