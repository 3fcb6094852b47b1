/** A line chart draws no more points than this: more than the pixels across a chart only costs render time. */
export const maxPointsPerLine = 1000

export type ChartPoint = { x: number; y: number }

/**
 * At most `maxPoints` of `points` (sorted by x), chosen by Largest-Triangle-Three-Buckets (Steinarsson, 2013):
 * the shape of the line survives, spikes included, where keeping every n-th point would drop them.
 * The first and last points are always kept; the chosen points are the input's own objects, extra fields and all.
 * When there are at most `maxPoints` points, `points` itself is returned.
 */
export function downsample<P extends ChartPoint>(points: readonly P[], maxPoints: number): readonly P[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw new RangeError(
      `downsample keeps the first and last points, so maxPoints must be 2 or more, not ${maxPoints}.`,
    )
  }
  if (points.length <= maxPoints) return points
  const first = points[0] as P
  const last = points[points.length - 1] as P
  if (maxPoints === 2) return [first, last]

  // The points between first and last fall into maxPoints − 2 buckets; each bucket gives one point.
  const bucketSize = (points.length - 2) / (maxPoints - 2)
  const bucketStart = (bucket: number) => Math.floor(bucket * bucketSize) + 1
  const chosen: P[] = [first]
  let previous = first
  for (let bucket = 0; bucket < maxPoints - 2; bucket++) {
    // The triangle's third corner is the average of the next bucket (the last point, after the last bucket).
    const nextStart = bucketStart(bucket + 1)
    const nextEnd = Math.min(bucketStart(bucket + 2), points.length)
    let averageX = 0
    let averageY = 0
    for (let index = nextStart; index < nextEnd; index++) {
      const point = points[index] as P
      averageX += point.x
      averageY += point.y
    }
    averageX /= nextEnd - nextStart
    averageY /= nextEnd - nextStart

    let best = bucketStart(bucket)
    let largestArea = -1
    for (let index = bucketStart(bucket); index < nextStart; index++) {
      const point = points[index] as P
      // Twice the triangle's area; the factor does not change which is largest.
      const area = Math.abs(
        (previous.x - averageX) * (point.y - previous.y) - (previous.x - point.x) * (averageY - previous.y),
      )
      if (area > largestArea) {
        largestArea = area
        best = index
      }
    }
    previous = points[best] as P
    chosen.push(previous)
  }
  chosen.push(last)
  return chosen
}
