/** Bounded concurrency: for conversations at once within a load cap, and self-test runs two at a time. */

/** Runs `job` for every item, at most `limit` at a time; results keep the items' order. */
export async function inBatches<T, R>(items: T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
