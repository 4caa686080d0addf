/**
 * Bash's brace expansion, before all other expansions: `{a,b}`, `{1..3}`,
 * `{a..e}`, `{01..10..2}`, nested and with prefix and suffix. Only unquoted
 * literal braces and commas count; quoted text and `$...` stay whole.
 */
import type { Word, WordPart } from './ast.ts';

type Atom = { c: string } | { part: WordPart };

const MAX_WORDS = 10_000;

export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.t === 'lit' && !p.q && p.v.includes('{'))) return [word];
  const atoms: Atom[] = [];
  for (const p of word.parts) {
    if (p.t === 'lit' && !p.q) for (const c of p.v) atoms.push({ c });
    else atoms.push({ part: p });
  }
  const results = expand(atoms, { left: MAX_WORDS });
  if (results.length === 1) return [word];
  return results.map((r) => ({ raw: word.raw, parts: rebuild(r) }));
}

function isChar(a: Atom | undefined, c: string): boolean {
  return a !== undefined && 'c' in a && a.c === c;
}

function expand(atoms: Atom[], budget: { left: number }): Atom[][] {
  for (let i = 0; i < atoms.length; i++) {
    if (!isChar(atoms[i], '{') || isChar(atoms[i - 1], '$')) continue;
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let j = i + 1; j < atoms.length; j++) {
      if (isChar(atoms[j], '{')) depth++;
      else if (isChar(atoms[j], '}')) {
        if (depth === 0) {
          close = j;
          break;
        }
        depth--;
      } else if (isChar(atoms[j], ',') && depth === 0) commas.push(j);
    }
    if (close < 0) continue;
    let alternatives: Atom[][];
    if (commas.length) {
      const bounds = [i, ...commas, close];
      alternatives = bounds.slice(1).map((b, k) => atoms.slice(bounds[k] + 1, b));
    } else {
      const inner = atoms.slice(i + 1, close);
      if (!inner.every((a) => 'c' in a)) continue;
      const seq = sequence(inner.map((a) => (a as { c: string }).c).join(''));
      if (!seq) continue;
      alternatives = seq.map((s) => [...s].map((c) => ({ c })));
    }
    const prefix = atoms.slice(0, i);
    const suffix = atoms.slice(close + 1);
    const out: Atom[][] = [];
    for (const alt of alternatives) {
      for (const r of expand([...prefix, ...alt, ...suffix], budget)) {
        if (budget.left-- <= 0) return out.length ? out : [atoms];
        out.push(r);
      }
    }
    return out;
  }
  return [atoms];
}

/** `1..5`, `5..1`, `a..e`, `01..10..3` -> the items, or null when it is not a sequence. */
function sequence(text: string): string[] | null {
  const m = /^(-?[0-9]+|[A-Za-z])\.\.(-?[0-9]+|[A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(text);
  if (!m) return null;
  const [, a, b, stepText] = m;
  const numeric = /[0-9]/.test(a);
  if (numeric !== /[0-9]/.test(b)) return null;
  const step = Math.abs(Number(stepText ?? 1)) || 1;
  const from = numeric ? Number(a) : a.charCodeAt(0);
  const to = numeric ? Number(b) : b.charCodeAt(0);
  const width = numeric && (/^-?0[0-9]/.test(a) || /^-?0[0-9]/.test(b)) ? Math.max(a.length, b.length) : 0;
  const out: string[] = [];
  for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
    if (out.length >= MAX_WORDS) break;
    if (!numeric) out.push(String.fromCharCode(v));
    else out.push(v < 0 ? '-' + String(-v).padStart(width - 1, '0') : String(v).padStart(width, '0'));
  }
  return out;
}

function rebuild(atoms: Atom[]): WordPart[] {
  const parts: WordPart[] = [];
  for (const a of atoms) {
    const last = parts[parts.length - 1];
    if ('c' in a) {
      if (last && last.t === 'lit' && !last.q) last.v += a.c;
      else parts.push({ t: 'lit', v: a.c, q: false });
    } else parts.push(a.part.t === 'lit' ? { ...a.part } : a.part);
  }
  return parts;
}
