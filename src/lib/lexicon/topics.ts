/**
 * Topic words: the nouns an article *about* a kind of promo uses for it (subscriptions, donations,
 * newsletters, cookies and consent, apps, advertising), by category, in six languages. When several
 * paragraphs that read as editorial on their own name one category's words, the page is about it, and a
 * statement in the third person that names its phrases is the story's ("« Refuser les cookies doit être
 * aussi simple que de les accepter », rappelle la CNIL …", "O resumo matinal passará a estar disponível
 * apenas para assinantes digitais."), not a promo (see `topicOf()` in analyze.ts). Data only; words are
 * lower-case single tokens.
 */
import type { Category } from '../types.js'

export const topicWords: Readonly<Partial<Record<Category, readonly string[]>>> = {
  paywall: [
    'subscription', 'subscriptions', 'subscriber', 'subscribers', 'paywall', 'paywalls',
    'abo', 'abos', 'abonnement', 'abonnements', 'abonnenten', 'bezahlschranke', 'abonné', 'abonnés',
    'suscripción', 'suscripciones', 'suscriptores', 'abbonamento', 'abbonamenti', 'abbonati', 'assinatura',
    'assinaturas', 'assinantes',
  ],
  donation: [
    'donation', 'donations', 'donor', 'donors', 'fundraising', 'fundraiser', 'fundraisers', 'spende', 'spenden',
    'spender', 'dons', 'donateurs', 'donación', 'donaciones', 'donantes', 'donativos', 'donazione', 'donazioni',
    'donatori', 'doação', 'doações', 'doadores',
  ],
  newsletter: ['newsletter', 'newsletters', 'infolettre', 'infolettres', 'boletín', 'boletines', 'boletim', 'boletins'],
  // Not English "consent" or "tracking", nor Italian "consenso", which terms of use, planning, health or
  // parcel pages name as often.
  cookie: ['cookie', 'cookies', 'gdpr', 'rgpd', 'dsgvo', 'trackers', 'traceurs', 'einwilligung', 'consentement', 'consentimiento', 'consentimento'],
  app: ['app', 'apps', 'appli', 'applis', 'aplicación', 'aplicaciones', 'aplicativo', 'aplicativos', 'podcast', 'podcasts'],
  advertisement: [
    'advertising', 'advertisers', 'advertiser', 'adverts', 'werbung', 'werbeblocker', 'publicité', 'annonceurs',
    'publicidad', 'anunciantes', 'pubblicità', 'inserzionisti', 'publicidade', 'affiliate',
  ],
}
