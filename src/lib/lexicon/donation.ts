/** Donation and membership appeals: the publication asks the reader for money or support. */
import { entries } from './types.js'

export const donation = [
  ...entries('donation', 'any', 3, [
    'your support helps', 'your support makes', 'your support means', 'your support allows',
    'your support enables', 'your donation', 'your contribution', 'your generosity',
    'support our journalism', 'support independent journalism', 'support quality journalism',
    'support our work', 'support our reporting', 'support us', 'support the guardian',
    'donate now', 'donate today', 'make a donation', 'make a contribution', 'make a gift',
    'give now', 'give today', 'chip in', 'become a member', 'become a supporter', 'become a patron',
    'join our members', 'membership program', 'reader funded', 'reader supported',
    'readers like you', 'funded by readers', 'funded by our readers', 'paid for by those who can afford it',
    'keep our journalism free', 'keep our reporting free', 'keep it free for everyone',
    'one-time donation', 'monthly donation',
    'every contribution', 'support from readers', 'we rely on readers',
    'we depend on readers', 'nonprofit newsroom', 'independent journalism needs you', 'consider supporting',
    'please consider', 'support the independent', 'patreon', 'buy me a coffee', 'ko-fi',
  ]),
  ...entries('donation', 'any', 2, [
    'quality journalism', 'independent journalism', 'our journalism', 'our reporting', 'our journalists',
    'our reporters', 'our newsroom', 'we need your', 'we need reporters', 'we need you', 'help us',
    'with paywalls', 'behind a paywall', 'lock americans out', 'available to everyone',
    'makes all the difference', 'tell the story', 'critical moment',
  ]),
  ...entries('donation', 'line', 3, [
    'support now', 'donate', 'support', 'contribute', 'give', 'join', 'become a member',
    'support us', 'support the independent', 'support our journalism', 'donate now',
  ], true),
]
