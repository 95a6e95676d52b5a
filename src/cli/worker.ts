/**
 * Worker thread: cleans batches sent by the main thread and sends the results back; the output of a
 * run of JSON lines or WARC records is handed over, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { bytesOf, runTask, transferable, type Settings, type Task } from './records.js'

const settings = workerData as Settings
parentPort!.on('message', async (message: { id: number; task: Task }) => {
  const result = await runTask(message.task, settings)
  const bytes = bytesOf(result)
  parentPort!.postMessage({ id: message.id, result }, bytes ? transferable(bytes) : [])
})
