/** Donation and membership appeals: the publication asks the reader for money or support. */
import { entries } from './types.js'

export const donation = [
  ...entries('donation', 'any', 3, [
    'your support helps', 'your support makes', 'your support means', 'your support allows',
    'your support enables', 'your donation', 'your contribution', 'your generosity',
    'support our journalism', 'support independent journalism', 'support quality journalism',
    'support our work', 'support our reporting', 'support the guardian', 'support the independent',
    'donate now', 'donate today', 'make a donation', 'make a contribution', 'make a gift',
    'give now', 'give today', 'chip in', 'become a member', 'become a supporter', 'become a patron',
    'join our members', 'reader funded', 'reader supported', 'readers like you', 'funded by readers',
    'funded by our readers', 'paid for by those who can afford it', 'keep our journalism free',
    'keep our reporting free', 'keep it free for everyone', 'one-time donation', 'monthly donation',
    'every contribution', 'support from readers', 'we rely on readers', 'we depend on readers',
    'independent journalism needs you', 'consider supporting', 'buy me a coffee', 'ko-fi',
    'why your support matters', 'buy us a coffee', 'your gift will be matched', 'gifts will be matched',
    'if you found this article useful', 'if you value our journalism', 'if you value our reporting',
  ]),
  ...entries('donation', 'any', 2, [
    'support us', 'support now', 'with paywalls', 'choose not to lock', 'lock americans out',
    'available to everyone', 'our journalism', 'nonprofit newsroom', 'membership program', 'patreon',
    'matched dollar for dollar', 'every little helps',
    // A story's credit to the readers who pay for it (a grant or a sponsor is the story's own news).
    'made possible by members', 'made possible by our members', 'made possible by readers',
    'made possible by our readers', 'made possible by supporters', 'made possible by our supporters',
    'made possible by your support',
  ]),
  ...entries('donation', 'any', 1.5, ['quality journalism', 'independent journalism', 'please consider', 'your gift']),
  ...entries('donation', 'line', 3, [
    'support now', 'donate', 'support', 'contribute', 'give', 'join', 'become a member', 'support us',
    'support the independent', 'support our journalism', 'donate now',
  ], true),
  // German, French, Spanish, Italian, Portuguese.
  ...entries('donation', 'any', 3, [
    'unterstützen sie unseren journalismus', 'unterstützen sie uns', 'jetzt spenden', 'jetzt unterstützen',
    'ihre spende', 'mit ihrer spende', 'mit ihrer unterstützung', 'werden sie mitglied', 'unabhängigen journalismus unterstützen',
    'unterstützen sie unabhängigen journalismus', 'unterstützen sie den unabhängigen journalismus',
    'soutenez notre journalisme', 'soutenez-nous', 'soutenez le journalisme indépendant', 'faites un don', 'je fais un don',
    'votre don', 'grâce à votre soutien', 'devenez membre', 'devenez donateur',
    'apoya nuestro periodismo', 'apoya el periodismo independiente', 'apóyanos', 'haz una donación', 'dona ahora',
    'tu donación', 'tu contribución', 'gracias a tu apoyo', 'hazte socio', 'hazte miembro', 'hazte mecenas',
    'sostieni il nostro giornalismo', 'sostieni il giornalismo indipendente', 'sostienici', 'fai una donazione', 'dona ora',
    'la tua donazione', 'il tuo contributo', 'grazie al tuo sostegno', 'diventa socio', 'diventa sostenitore',
    'apoie nosso jornalismo', 'apoie o nosso jornalismo', 'apoie o jornalismo independente', 'apoie-nos', 'faça uma doação',
    'doe agora', 'sua doação', 'sua contribuição', 'graças ao seu apoio', 'torne-se membro', 'seja apoiador',
  ]),
  ...entries('donation', 'any', 2, [
    'ihre unterstützung', 'unseren journalismus', 'votre soutien', 'notre journalisme', 'tu apoyo', 'nuestro periodismo',
    'il tuo sostegno', 'il nostro giornalismo', 'seu apoio', 'nosso jornalismo',
  ]),
  ...entries('donation', 'any', 1.5, [
    'unabhängigen journalismus', 'journalisme indépendant', 'periodismo independiente', 'giornalismo indipendente',
    'jornalismo independente',
  ]),
  ...entries('donation', 'line', 3, [
    'spenden', 'jetzt spenden', 'unterstützen', 'faire un don', 'je soutiens', 'soutenir', 'donar', 'apoyar',
    'donare', 'sostieni', 'doar', 'apoiar', 'apoie',
  ], true),
  // Reader-funded sites (taz, Krautreporter, Mediapart, Reporterre, elDiario.es, Il Post, Fanpage,
  // Agência Pública, Nexo): the appeals they print under articles.
  ...entries('donation', 'any', 3, [
    'unterstützen sie unsere arbeit', 'unterstütze uns', 'unterstütze unsere arbeit', 'unterstützt uns',
    'jetzt mitglied werden', 'fördermitglied werden', 'freiwillig bezahlen', 'freiwillig zahlen', 'jeder beitrag zählt',
    'wir freuen uns über jede unterstützung', 'journalismus kostet geld',
    'soutenez notre travail', 'soutenez notre rédaction', 'soutenez-nous', 'chaque don compte', 'rejoignez nos donateurs',
    'aidez-nous', 'sans publicité et en accès libre',
    'apoya nuestro trabajo', 'tu aportación', 'haz tu aportación', 'colabora con nosotros', 'ayúdanos a seguir',
    'hazte socia', 'hazte socio/a', 'sin ti no es posible', 'necesitamos tu apoyo',
    'sostieni il nostro lavoro', 'sostieni l\'informazione', 'sostieni l\'informazione indipendente', 'aiutaci a',
    'abbiamo bisogno del tuo aiuto', 'diventa membro',
    'apoie nosso trabalho', 'apoie o nosso trabalho', 'apoie o jornalismo', 'seja um apoiador', 'seja uma apoiadora',
    'contribua com qualquer valor', 'doe qualquer valor', 'precisamos do seu apoio',
  ]),
  ...entries('donation', 'any', 2, [
    'nous avons besoin de vous', 'abbiamo bisogno di te', 'con il tuo aiuto',
    'precisamos de você',
  ]),
  // An appeal that credits the reader's gifts, and the gift itself, in six languages.
  ...entries('donation', 'any', 3, [
    'thanks to your donations', 'thanks to your support', 'dank ihrer spenden', 'dank ihrer unterstützung',
    'grâce à vos dons', 'grâce à votre soutien', 'gracias a sus donaciones', 'gracias a tu donación',
    'gracias a tu apoyo', 'grazie alle vostre donazioni', 'grazie al vostro sostegno', 'graças às suas doações',
    'graças ao seu apoio', 'faire un don en ligne', 'jetzt online spenden', 'dona online', 'doe online',
  ]),
  // Italy's tax-return gifts (5 per mille, 8 per mille) asked of the reader; an obituary site's flowers.
  ...entries('donation', 'any', 3, [
    'il tuo 5x1000', 'il tuo 5 per mille', 'destina il 5x1000', 'destina l\'8xmille', 'dona il tuo 5x1000',
    'order flowers', 'send flowers to', 'place a notice',
  ]),
]
