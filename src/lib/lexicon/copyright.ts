/** Copyright and legal footers. */
import { entries } from './types.js'

export const copyright = [
  ...entries('copyright', 'any', 3, [
    'all rights reserved', 'copyright', 'may not be reproduced', 'may not be published',
    'without permission', 'without prior written permission', 'rebroadcast or redistributed',
    'broadcast, rewritten or redistributed', 'reproduction in whole or in part', 'registered trademark',
    'is a trademark of', 'contact us', 'about us', 'careers', 'work for us', 'accessibility statement',
    'site map', 'sitemap', 'corrections policy', 'editorial standards', 'code of conduct',
  ]),
  ...entries('copyright', 'line', 3, [
    'contact', 'about', 'careers', 'jobs', 'imprint', 'impressum', 'legal', 'help', 'faq', 'feedback',
    'accessibility', 'press', 'advertise with us', 'media kit', 'corrections',
  ], true),
]
