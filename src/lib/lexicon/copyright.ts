/** Copyright and legal footers. */
import { entries } from './types.js'

export const copyright = [
  ...entries('copyright', 'any', 3, [
    'all rights reserved', 'may not be reproduced', 'may not be published, broadcast',
    'rebroadcast or redistributed', 'broadcast, rewritten or redistributed', 'reproduction in whole or in part',
    'without prior written permission', 'accessibility statement', 'corrections policy',
  ]),
  ...entries('copyright', 'any', 1.5, ['without permission', 'registered trademark', 'site map', 'sitemap']),
  ...entries('copyright', 'any', 1, ['copyright', 'contact us', 'about us', 'editorial standards', 'code of conduct']),
  ...entries('copyright', 'line', 2, [
    'contact', 'contact us', 'about', 'about us', 'careers', 'jobs', 'imprint', 'impressum', 'legal', 'help',
    'faq', 'feedback', 'accessibility', 'press', 'advertise with us', 'media kit', 'corrections', 'work for us',
  ], true),
]
