/** Precision, recall and their harmonic mean. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function pairs(size: number): number {
  return (size * (size - 1)) / 2;
}

function sizes(labels: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * Scores a clustering against gold labels, item by item (`predicted[i]` and `gold[i]` label item i).
 * Pairwise: over every pair of items placed together. BCubed (Bagga & Baldwin 1998): per item, the
 * share of its predicted cluster that is its gold cluster and the reverse, averaged.
 */
export function clusteringScores(
  predicted: readonly string[],
  gold: readonly string[],
): { pairwise: PRF; bcubed: PRF } {
  if (predicted.length !== gold.length) throw new Error('predicted and gold label different numbers of items');
  const joint = sizes(predicted.map((label, i) => `${label}\u0000${gold[i]}`));
  const predictedSizes = sizes(predicted);
  const goldSizes = sizes(gold);
  const together = [...joint.values()].reduce((sum, size) => sum + pairs(size), 0);
  const predictedPairs = [...predictedSizes.values()].reduce((sum, size) => sum + pairs(size), 0);
  const goldPairs = [...goldSizes.values()].reduce((sum, size) => sum + pairs(size), 0);
  const pairwise = prf(
    predictedPairs === 0 ? 1 : together / predictedPairs,
    goldPairs === 0 ? 1 : together / goldPairs,
  );
  let precision = 0;
  let recall = 0;
  predicted.forEach((label, i) => {
    const shared = joint.get(`${label}\u0000${gold[i]}`) ?? 0;
    precision += shared / (predictedSizes.get(label) ?? 1);
    recall += shared / (goldSizes.get(gold[i]) ?? 1);
  });
  const n = Math.max(1, predicted.length);
  return { pairwise, bcubed: prf(precision / n, recall / n) };
}
