// Items per second of a piece of work, the best of a few rounds: the machine is shared, the fastest round is the truest.

export function fastestRate(items: number, iterations: number, work: () => void): number {
  const rounds = Math.min(5, iterations);
  const perRound = Math.max(1, Math.round(iterations / rounds));
  work(); // warm-up: JIT, lazy tables, the gazetteer load
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9 / perRound);
  }
  return items / best;
}
