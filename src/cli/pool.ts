/**
 * Worker pool: batches go to worker threads, outcomes come back in any order and are handed on in
 * input order. At most `2 × workers` batches are in flight: `submit` waits, so a fast reader cannot
 * fill memory (backpressure). With one worker everything runs inline, in this thread.
 */
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { bytesOf, runTask, transferable, type Result, type Settings, type Task } from './records.js'

/**
 * Least size of each of a worker's two semi-spaces (V8's nursery), in MB, set before the workers
 * start (the flag is read when an isolate is made; this thread's heap is made already and keeps
 * its own). A worker's nursery otherwise stays at about 8 MB where the inline run's grows to 16:
 * cleaning makes many short-lived objects, and on the 100 MB corpus a worker then scavenged about
 * 115 times against 88 with this (`--trace-gc`), for about 12 MB more peak memory in all. Node
 * documents flags set at run time as unsupported; this one only sizes heaps made after it, which the
 * CLI tests (1, 2 and 4 workers, byte-identical output) exercise, and the command sets it only when it
 * starts workers.
 */
const WORKER_MIN_SEMI_SPACE_MB = 16

export interface Pool {
  /** Hand over a batch; resolves when there is room for another. */
  submit(task: Task): Promise<void>
  /** Wait for every batch submitted so far to be handed on. */
  drain(): Promise<void>
  /** Wait for every batch to be handed on, then stop the workers. */
  close(): Promise<void>
}

export function createPool(
  workers: number, settings: Settings, workerUrl: URL, onResult: (result: Result) => Promise<void>,
): Pool {
  // Hand outcomes on one batch at a time, in order.
  let chain = Promise.resolve()
  let failure: unknown
  const deliver = (result: Result) => {
    chain = chain.then(() => onResult(result)).catch((error: unknown) => {
      failure ??= error
    })
    return chain
  }
  if (workers <= 1) {
    return {
      async submit(task) {
        if (failure) throw failure
        await deliver(await runTask(task, settings))
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

  setFlagsFromString(`--min-semi-space-size=${WORKER_MIN_SEMI_SPACE_MB}`)
  const threads = Array.from({ length: workers }, () => new Worker(workerUrl, { workerData: settings }))
  const idle = [...threads]
  const waiting: Array<{ id: number; task: Task }> = []
  const done = new Map<number, Result>()
  let nextId = 0
  let nextOut = 0
  let inFlight = 0
  let room: (() => void) | undefined
  let finished: (() => void) | undefined

  // Raw bytes are handed over, not copied: the reader has no further use for them.
  const dispatch = () => {
    while (idle.length && waiting.length) {
      const message = waiting.shift()!
      const bytes = bytesOf(message.task)
      idle.pop()!.postMessage(message, bytes ? transferable(bytes) : [])
    }
  }
  for (const thread of threads) {
    thread.on('message', (message: { id: number; result: Result }) => {
      idle.push(thread)
      done.set(message.id, message.result)
      while (done.has(nextOut)) {
        const result = done.get(nextOut)!
        done.delete(nextOut++)
        void deliver(result).then(() => {
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
    async submit(task) {
      if (failure) throw failure
      inFlight++
      waiting.push({ id: nextId++, task })
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
