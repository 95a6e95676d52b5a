/** Cookie, consent and privacy notices. */
import { entries } from './types.js'

export const cookie = [
  ...entries('cookie', 'any', 3, [
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to',
    'our use of cookies', 'use cookies and', 'cookie policy', 'cookie settings', 'cookie preferences',
    'cookies policy', 'cookie notice', 'manage cookies', 'manage preferences', 'manage consent',
    'accept cookies', 'accept all cookies', 'accept all', 'reject all', 'allow all', 'you consent to',
    'you agree to the use', 'consent to our', 'by continuing to use', 'by continuing to browse',
    'by using this site', 'by using our site', 'by clicking accept', 'by choosing i accept',
    'tracking technologies', 'personalized content and targeted ads', 'your browsing experience',
    'improve your experience', 'do not sell my personal information', 'do not sell or share',
    'your privacy choices', 'adchoices', 'ad choices',
  ]),
  ...entries('cookie', 'any', 2, [
    'use of cookies', 'privacy policy', 'privacy settings', 'privacy preferences', 'terms of use',
    'terms of service', 'personalised ads', 'personalized ads', 'necessary cookies', 'third-party cookies',
  ]),
  ...entries('cookie', 'any', 1.5, ['terms and conditions', 'user agreement', 'california privacy']),
  ...entries('cookie', 'any', 1, ['opt out', 'opt-out']),
  ...entries('cookie', 'line', 3, [
    'i accept', 'accept', 'i agree', 'got it', 'accept and close', 'reject', 'decline', 'more info',
    'privacy', 'cookies', 'cookie policy', 'privacy policy', 'terms', 'consent', 'dismiss', 'learn more',
  ], true),
]
