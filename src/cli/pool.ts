/**
 * Worker pool: batches go to worker threads, outcomes come back in any order and are handed on in
 * input order. At most `2 × workers` batches are in flight: `submit` waits, so a fast reader cannot
 * fill memory (backpressure). With one worker everything runs inline, in this thread.
 */
import { Worker } from 'node:worker_threads'
import { processSafely, type Job, type Outcome, type Settings } from './records.js'

export interface Pool {
  /** Hand over a batch; resolves when there is room for another. */
  submit(jobs: Job[]): Promise<void>
  /** Wait for every batch submitted so far to be handed on. */
  drain(): Promise<void>
  /** Wait for every batch to be handed on, then stop the workers. */
  close(): Promise<void>
}

export function createPool(
  workers: number, settings: Settings, workerUrl: URL, onOutcomes: (outcomes: Outcome[]) => Promise<void>,
): Pool {
  // Hand outcomes on one batch at a time, in order.
  let chain = Promise.resolve()
  let failure: unknown
  const deliver = (outcomes: Outcome[]) => {
    chain = chain.then(() => onOutcomes(outcomes)).catch((error: unknown) => {
      failure ??= error
    })
    return chain
  }
  if (workers <= 1) {
    return {
      async submit(jobs) {
        if (failure) throw failure
        await deliver(jobs.map((job) => processSafely(job, settings)))
      },
      async drain() {
        await chain
        if (failure) throw failure
      },
      async close() {
        await chain
        if (failure) throw failure
      },
    }
  }

  const threads = Array.from({ length: workers }, () => new Worker(workerUrl, { workerData: settings }))
  const idle = [...threads]
  const waiting: Array<{ id: number; jobs: Job[] }> = []
  const done = new Map<number, Outcome[]>()
  let nextId = 0
  let nextOut = 0
  let inFlight = 0
  let room: (() => void) | undefined
  let finished: (() => void) | undefined

  const dispatch = () => {
    while (idle.length && waiting.length) idle.pop()!.postMessage(waiting.shift()!)
  }
  for (const thread of threads) {
    thread.on('message', (message: { id: number; outcomes: Outcome[] }) => {
      idle.push(thread)
      done.set(message.id, message.outcomes)
      while (done.has(nextOut)) {
        const outcomes = done.get(nextOut)!
        done.delete(nextOut++)
        void deliver(outcomes).then(() => {
          inFlight--
          room?.()
          room = undefined
          if (inFlight === 0) finished?.()
        })
      }
      dispatch()
    })
    thread.on('error', (error) => {
      failure ??= error
      room?.()
      finished?.()
    })
  }
  return {
    async submit(jobs) {
      if (failure) throw failure
      inFlight++
      waiting.push({ id: nextId++, jobs })
      dispatch()
      while (inFlight >= workers * 2 && !failure) await new Promise<void>((resolve) => (room = resolve))
      if (failure) throw failure
    },
    async drain() {
      if (inFlight > 0 && !failure) await new Promise<void>((resolve) => (finished = resolve))
      await chain
      if (failure) throw failure
    },
    async close() {
      if (inFlight > 0 && !failure) await new Promise<void>((resolve) => (finished = resolve))
      await chain
      await Promise.all(threads.map((t) => t.terminate()))
      if (failure) throw failure
    },
  }
}
