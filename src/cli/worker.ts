/**
 * Worker thread: cleans batches sent by the main thread and sends the results back; the output of a
 * run of JSON lines is handed over, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runTask, transferable, type Settings, type Task } from './records.js'

const settings = workerData as Settings
parentPort!.on('message', (message: { id: number; task: Task }) => {
  const result = runTask(message.task, settings)
  parentPort!.postMessage({ id: message.id, result }, 'lines' in result ? transferable(result.lines.output) : [])
})
