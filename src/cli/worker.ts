/**
 * Worker thread: cleans batches of jobs sent by the main thread and sends the outcomes back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { processSafely, type Job, type Settings } from './records.js'

const settings = workerData as Settings
parentPort!.on('message', (batch: { id: number; jobs: Job[] }) => {
  parentPort!.postMessage({ id: batch.id, outcomes: batch.jobs.map((job) => processSafely(job, settings)) })
})
