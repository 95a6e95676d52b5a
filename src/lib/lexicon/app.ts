/** App download prompts. */
import { entries } from './types.js'

export const app = [
  ...entries('app', 'any', 3, [
    'download our app', 'download the app', 'get our app', 'get the app', 'download the free',
    'get it on google play', 'download on the app store', 'available on the app store', 'on google play',
    'in the app store', 'our app', 'the app for', 'open in app', 'open in the app', 'read in app',
    'install the app', 'install our app', 'app for ios and android', 'for iphone and android',
    'push notifications', 'turn on notifications', 'enable notifications', 'breaking news alerts',
  ]),
  ...entries('app', 'line', 3, ['app store', 'google play', 'download', 'get the app', 'open app', 'apps'], true),
]
