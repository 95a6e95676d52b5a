/** Cookie, consent and privacy notices. */
import { entries } from './types.js'

export const cookie = [
  ...entries('cookie', 'any', 3, [
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to',
    'use of cookies', 'our use of cookies', 'use cookies and', 'cookie policy', 'cookie settings',
    'cookie preferences', 'cookies policy', 'cookie notice', 'manage cookies', 'manage preferences',
    'manage consent', 'accept cookies', 'accept all cookies', 'accept all', 'reject all', 'allow all',
    'you consent to', 'you agree to the use', 'consent to our', 'by continuing to use', 'by continuing to browse',
    'by using this site', 'by using our site', 'by clicking accept', 'by choosing i accept', 'tracking technologies',
    'personalized content and targeted ads', 'personalised ads', 'personalized ads', 'your browsing experience',
    'improve your experience', 'privacy policy', 'privacy settings', 'privacy preferences', 'do not sell',
    'do not sell my personal information', 'do not sell or share', 'your privacy choices', 'ad choices',
    'adchoices', 'terms of use', 'terms of service', 'terms and conditions', 'user agreement',
    'california privacy', 'opt out', 'opt-out', 'third-party cookies', 'necessary cookies',
  ]),
  ...entries('cookie', 'line', 3, [
    'i accept', 'accept', 'i agree', 'agree', 'ok', 'got it', 'accept and close', 'reject', 'decline',
    'more info', 'learn more', 'privacy', 'cookies', 'cookie policy', 'privacy policy', 'terms',
    'consent', 'continue', 'close', 'dismiss', 'yes', 'no',
  ], true),
]
