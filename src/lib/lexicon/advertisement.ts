/** Advertisement and sponsored-content labels. */
import { entries } from './types.js'

export const advertisement = [
  ...entries('advertisement', 'any', 3, [
    'continue reading the main story', 'story continues below advertisement', 'article continues below',
    'story continues below', 'continue reading below',
    'please continue reading below', 'scroll to continue with content', 'content continues below',
    'sponsored content', 'paid content', 'paid post', 'partner content', 'promoted content',
    'this content was paid for', 'affiliate links', 'affiliate commission',
    'we may earn a commission', 'may earn a commission', 'earn a small commission', 'commission from links',
    'this post may contain', 'recommended by outbrain', 'by taboola', 'sponsored links', 'ad feedback',
    'report this ad', 'skip ad', 'ads by', 'remove ads', 'buy now', 'shop now',
  ]),
  ...entries('advertisement', 'line', 4, [
    'advertisement', 'advertising', 'advertise', 'advert', 'ad', 'ads', 'sponsored', 'promoted',
    'sponsored by', 'paid partnership', 'anzeige', 'werbung', 'publicité', 'publicidad', 'anuncio',
    'pubblicità', 'реклама', '广告', 'advertisement continue reading below', 'skip advertisement',
  ], true),
  ...entries('advertisement', 'any', 1.5, ['presented by', 'in partnership with']),
]
