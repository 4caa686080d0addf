/**
 * fvbommel/sortorder NaturalLess, which `docker volume ls` sorts names with:
 * runs of digits compare as numbers (vol2 < vol10), digits sort before other
 * characters, and the rest compares byte by byte.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function naturalLess(a: string, b: string): boolean {
  const s1 = utf8(a);
  const s2 = utf8(b);
  let i1 = 0;
  let i2 = 0;
  while (i1 < s1.length && i2 < s2.length) {
    const c1 = s1[i1];
    const c2 = s2[i2];
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    // digits: skip leading zeros, then the longer number is the larger
    while (i1 < s1.length && s1[i1] === 48) i1++;
    while (i2 < s2.length && s2[i2] === 48) i2++;
    const n1 = i1;
    const n2 = i2;
    while (i1 < s1.length && isDigit(s1[i1])) i1++;
    while (i2 < s2.length && isDigit(s2[i2])) i2++;
    const len1 = i1 - n1;
    const len2 = i2 - n2;
    if (len1 !== len2) return len1 < len2;
    for (let k = 0; k < len1; k++) {
      if (s1[n1 + k] !== s2[n2 + k]) return s1[n1 + k] < s2[n2 + k];
    }
    // equal numbers: the one with fewer zeros first
    if (n1 !== n2) return n1 < n2;
  }
  return s1.length < s2.length;
}

/** A comparator for Array.prototype.sort (Go's sort.Slice is not stable; ties do not occur for unique names). */
export function naturalCompare(a: string, b: string): number {
  return naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0;
}
