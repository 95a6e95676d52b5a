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
    'your privacy choices', 'adchoices', 'ad choices', 'store and/or access information',
    'unique ids in cookies', 'manage your choices',
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
  // German, French, Spanish, Italian, Portuguese.
  ...entries('cookie', 'any', 3, [
    'wir verwenden cookies', 'diese website verwendet cookies', 'diese seite verwendet cookies',
    'verwendet cookies um', 'cookie-einstellungen', 'cookie-richtlinie', 'alle akzeptieren', 'alle ablehnen',
    'datenschutzeinstellungen', 'mit der nutzung dieser website', 'stimmen sie der verwendung',
    'nous utilisons des cookies', 'ce site utilise des cookies', 'notre site utilise des cookies',
    'utilise des cookies pour', 'paramètres des cookies', 'gérer les cookies', 'politique de cookies',
    'politique relative aux cookies', 'tout accepter', 'tout refuser', 'accepter et fermer',
    'en poursuivant votre navigation', 'vous acceptez l\'utilisation', 'utilizamos cookies', 'usamos cookies',
    'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'este site utiliza cookies',
    'utiliza cookies para', 'política de cookies', 'configuración de cookies', 'aceptar todas', 'rechazar todas',
    'si continúa navegando', 'si continúas navegando', 'aceptas el uso', 'acepta el uso', 'utilizziamo i cookie',
    'usiamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie', 'utilizza cookie per',
    'utilizza i cookie per', 'informativa sui cookie', 'accetta tutti', 'rifiuta tutti', 'proseguendo la navigazione',
    'acconsenti all\'uso', 'impostazioni dei cookie', 'este site usa cookies', 'usa cookies para', 'aceitar todos',
    'rejeitar todos', 'ao continuar navegando', 'você concorda com o uso', 'configurações de cookies',
    'gerenciar preferências',
  ]),
  ...entries('cookie', 'any', 2, [
    'datenschutzerklärung', 'nutzungsbedingungen', 'politique de confidentialité', 'conditions d\'utilisation',
    'política de privacidad', 'términos de uso', 'informativa sulla privacy', 'termini di utilizzo',
    'política de privacidade', 'termos de uso',
  ]),
  ...entries('cookie', 'line', 3, [
    'akzeptieren', 'ablehnen', 'zustimmen', 'einverstanden', 'datenschutz', 'accepter', 'refuser', 'j\'accepte',
    'confidentialité', 'aceptar', 'rechazar', 'acepto', 'privacidad', 'accetta', 'accetto', 'rifiuta', 'aceitar',
    'aceito', 'rejeitar', 'privacidade',
  ], true),
  // Consent banners (and the pay-or-consent walls of German and French sites) as they word them.
  ...entries('cookie', 'any', 3, [
    'cookies und ähnliche technologien', 'einstellungen verwalten', 'cookies akzeptieren', 'cookies ablehnen',
    'nur notwendige cookies', 'privatsphäre-einstellungen', 'zustimmen und weiter', 'akzeptieren und weiter',
    'akzeptieren und schließen', 'mit werbung weiterlesen', 'werbefrei lesen', 'ohne werbetracking', 'pur-abo',
    'einwilligung jederzeit widerrufen',
    'accepter les cookies', 'refuser les cookies', 'gérer mes choix', 'paramétrer les cookies', 'personnaliser mes choix',
    'continuer sans accepter', 'modifier vos choix à tout moment', 'accepter et continuer', 'gestion des cookies',
    'préférences de cookies', 'vous avez choisi de refuser', 'cookies et autres traceurs',
    'aceptar cookies', 'rechazar cookies', 'configurar cookies', 'gestionar cookies', 'aceptar y continuar',
    'aceptar y cerrar', 'cookies propias y de terceros', 'utiliza cookies propias', 'aviso de cookies', 'rechazar todo',
    'aceptar todo', 'personalizar cookies',
    'accetta i cookie', 'rifiuta i cookie', 'gestisci i cookie', 'gestisci preferenze', 'gestisci le preferenze',
    'accetta e chiudi', 'accetta e continua', 'continua senza accettare', 'chiudendo questo banner',
    'aceitar cookies', 'rejeitar cookies', 'gerenciar cookies', 'gerir cookies', 'aceitar e fechar', 'aceitar e continuar',
    'preferências de cookies', 'aceitar todos os cookies', 'nós usamos cookies',
  ]),
  ...entries('cookie', 'any', 2, [
    'notwendige cookies', 'datenschutzhinweise', 'dépôt de cookies', 'cookies de terceros', 'cookie di profilazione',
    'cookie di terze parti', 'cookies essenciais', 'configuración de privacidad',
  ]),
  ...entries('cookie', 'line', 3, [
    'verstanden', 'alles klar', 'ok, verstanden', 'compris', 'j\'ai compris', 'entendido', 'capito', 'ho capito',
    'entendi', 'ok, entendi', 'concordo', 'continuer',
    'datenschutzerklärung', 'politique de confidentialité', 'política de privacidad',
    'informativa privacy', 'política de privacidade', 'cookie-einstellungen', 'gestion des cookies',
  ], true),
]
