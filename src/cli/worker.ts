/**
 * Worker thread: cleans batches of jobs sent by the main thread and sends the outcomes back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { processJob, type Job, type Settings } from './records.js'

const settings = workerData as Settings
parentPort!.on('message', (batch: { id: number; jobs: Job[] }) => {
  const outcomes = batch.jobs.map((job) => {
    try {
      return processJob(job, settings)
    } catch (error) {
      const raw = job.line ?? job.text ?? ''
      const n = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length
      return { output: raw, bytesIn: n, bytesOut: n, removed: {}, error: `internal error: ${(error as Error).message}` }
    }
  })
  parentPort!.postMessage({ id: batch.id, outcomes })
})
