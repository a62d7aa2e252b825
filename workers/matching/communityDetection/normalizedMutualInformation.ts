// Normalised mutual information between two labelings of the same items:
// NMI = 2·I(A; B) / (H(A) + H(B)), 1 for identical partitions (up to renaming),
// near 0 for independent ones. Two single-cluster labelings count as identical.

export function normalizedMutualInformation(
  a: ArrayLike<number | string>,
  b: ArrayLike<number | string>,
): number {
  if (a.length !== b.length) throw new RangeError('normalizedMutualInformation: labelings differ in length');
  const n = a.length;
  if (n === 0) return 1;
  const countA = new Map<number | string, number>();
  const countB = new Map<number | string, number>();
  const joint = new Map<string, { a: number | string; b: number | string; count: number }>();
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
    const key = `${typeof x}:${x}\u0000${typeof y}:${y}`;
    const cell = joint.get(key);
    if (cell) cell.count++;
    else joint.set(key, { a: x, b: y, count: 1 });
  }
  const entropy = (counts: Map<number | string, number>) => {
    let h = 0;
    for (const c of counts.values()) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const hA = entropy(countA);
  const hB = entropy(countB);
  if (hA + hB === 0) return 1;
  let information = 0;
  for (const { a: x, b: y, count } of joint.values()) {
    information += (count / n) * Math.log((n * count) / (countA.get(x)! * countB.get(y)!));
  }
  return Math.max(0, Math.min(1, (2 * information) / (hA + hB)));
}
