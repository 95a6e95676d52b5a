/**
 * The default number of worker threads: the cores that are free now. On an idle machine that is
 * every core; on a busy one (other processes keep the cores running, as the 1-minute load average
 * shows) extra threads only compete with them and with the main thread, and one worker (cleaning
 * inline, in the main thread, with no message passing) is faster than two.
 */
export function defaultWorkers(cores: number, load1: number): number {
  const free = Math.floor(cores - load1 + 0.5)
  return Math.max(1, Math.min(cores, free))
}
