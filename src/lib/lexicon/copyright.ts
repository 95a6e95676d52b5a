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
  // German, French, Spanish, Italian, Portuguese.
  ...entries('copyright', 'any', 3, [
    'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati',
    'todos os direitos reservados', 'toute reproduction interdite', 'prohibida su reproducción',
    'prohibida la reproducción', 'riproduzione riservata', 'vietata la riproduzione', 'é proibida a reprodução',
    'proibida a reprodução',
  ]),
  ...entries('copyright', 'line', 2, [
    'kontakt', 'über uns', 'agb', 'mediadaten', 'mentions légales', 'nous contacter', 'qui sommes-nous',
    'contacto', 'aviso legal', 'quiénes somos', 'contatti', 'chi siamo', 'note legali', 'contato', 'quem somos',
    'fale conosco', 'expediente',
  ], true),
]
