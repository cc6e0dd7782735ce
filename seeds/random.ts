/** A small seeded generator (a linear congruential one): the same seed gives the same demo history and benchmark data. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
