/** First index in a sorted list at which `list[index] >= value` (binary search). */
export function lowerBound<T extends string | number>(list: readonly T[], value: T): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
