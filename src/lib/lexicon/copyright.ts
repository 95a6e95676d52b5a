/** Copyright and legal footers. */
import { entries } from './types.js'

export const copyright = [
  ...entries('copyright', 'any', 3, [
    'all rights reserved', 'may not be reproduced', 'may not be published, broadcast',
    'rebroadcast or redistributed', 'broadcast, rewritten or redistributed', 'reproduction in whole or in part',
    'without prior written permission', 'accessibility statement', 'corrections policy',
  ]),
  ...entries('copyright', 'any', 1.5, ['without permission', 'registered trademark', 'site map', 'sitemap']),
  // Disclaimers and licence lines under an article: investment advice, a government site's licence.
  ...entries('copyright', 'any', 3, [
    'not investment advice', 'does not constitute investment advice', 'is not a financial adviser',
    'is not a financial advisor', 'should not be taken as financial advice', 'open government licence',
    'except where otherwise stated', 'keine anlageberatung', 'keine anlageempfehlung',
    'ne constitue pas un conseil en investissement', 'ne constitue pas une recommandation d\'investissement',
    'no constituye asesoramiento', 'no constituye una recomendación de inversión', 'non costituisce consulenza',
    'non costituisce una raccomandazione', 'não constitui recomendação de investimento',
    'não constitui recomendação de compra',
  ]),
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
  // Footers of German, French, Spanish, Italian and Portuguese sites.
  ...entries('copyright', 'any', 3, [
    'nachdruck nur mit genehmigung', 'vervielfältigung nur mit genehmigung', 'reproduction interdite sans autorisation',
    'queda prohibida la reproducción', 'riproduzione vietata', 'reprodução proibida',
  ]),
  ...entries('copyright', 'any', 1.5, ['plan du site', 'mapa del sitio', 'mapa web', 'mappa del sito', 'mapa do site']),
  ...entries('copyright', 'line', 2, [
    'barrierefreiheit', 'kontaktformular', 'hilfe', 'leserservice', 'abo-service', 'presse', 'werben',
    'jobs & karriere', 'accessibilité', 'contactez-nous', 'aide', 'cgu', 'cgv', 'recrutement', 'plan du site',
    'accesibilidad', 'contacta con nosotros', 'ayuda', 'trabaja con nosotros', 'mapa web', 'accessibilità',
    'contattaci', 'aiuto', 'lavora con noi', 'mappa del sito', 'acessibilidade', 'ajuda', 'anuncie',
    // Not "ficha técnica": a film's, a match's or a route's data sheet under its heading as often as a masthead link.
    'trabalhe conosco', 'estatuto editorial', 'mapa do site', 'redazione', 'redacción', 'redação',
  ], true),
  // A wire's standards and licensing links; gambling and health-information disclaimers.
  ...entries('copyright', 'any', 3, [
    'purchase licensing rights', 'trust principles', 'please gamble responsibly', 'gamble responsibly',
    't&cs apply', '18+ only', 'does not replace professional medical advice', 'is not a substitute for professional medical advice',
    'no sustituye la consulta', 'ersetzt keinen arztbesuch', 'ersetzt nicht den besuch', 'ne remplace pas une consultation',
    'non sostituisce il parere', 'não substitui a consulta',
  ]),
]
