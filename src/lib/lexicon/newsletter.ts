/** Newsletter and email sign-ups. */
import { entries } from './types.js'

export const newsletter = [
  ...entries('newsletter', 'any', 3, [
    'sign up for our', 'sign up to our', 'subscribe to our newsletter', 'subscribe to our',
    'our newsletter', 'our newsletters', 'our daily newsletter', 'our weekly newsletter', 'our free newsletter',
    'newsletter sign up', 'newsletter signup', 'sign up for free', 'sign up here', 'sign up now',
    'get our newsletter', 'get the newsletter', 'get our free', 'delivered to your inbox',
    'straight to your inbox', 'direct to your inbox', 'your inbox every', 'enter your email', 'by signing up',
    'thanks for signing up', 'thank you for signing up', 'you are now subscribed', 'unsubscribe at any time',
    'you can unsubscribe', 'please enter a valid email', 'invalid email address', 'type your email',
    'enter your email address',
  ]),
  ...entries('newsletter', 'any', 2, [
    'in your inbox', 'to your inbox', 'your email address', 'by subscribing',
    'you agree to our', 'top stories delivered',
  ]),
  ...entries('newsletter', 'any', 1.5, ['sign up for the', 'most important stories', 'privacy notice', 'daily briefing', 'morning briefing']),
  ...entries('newsletter', 'line', 3, ['newsletter', 'newsletters', 'sign up', 'subscribe', 'email', 'e-mail'], true),
  // German, French, Spanish, Italian, Portuguese.
  ...entries('newsletter', 'any', 3, [
    'unseren newsletter', 'unser newsletter', 'newsletter abonnieren', 'zum newsletter anmelden', 'für unseren newsletter',
    'direkt in ihr postfach', 'abmeldung jederzeit möglich', 'notre newsletter', 'nos newsletters',
    'notre lettre d\'information', 'inscrivez-vous à notre', 'inscrivez-vous gratuitement', 'recevez notre newsletter',
    'dans votre boîte mail', 'dans votre boîte de réception', 'vous pouvez vous désabonner', 'nuestro boletín',
    'nuestra newsletter', 'nuestros boletines', 'recibe nuestro boletín', 'en tu bandeja de entrada', 'puedes darte de baja',
    'la nostra newsletter', 'le nostre newsletter', 'iscriviti alla newsletter', 'iscriviti alla nostra',
    'nella tua casella di posta', 'puoi disiscriverti', 'nossa newsletter', 'nossas newsletters', 'nosso boletim',
    'inscreva-se na nossa', 'inscreva-se em nossa', 'receba nossa newsletter', 'na sua caixa de entrada',
  ]),
  ...entries('newsletter', 'any', 2, [
    'in ihr postfach', 'ihre e-mail-adresse', 'votre adresse e-mail', 'votre adresse email', 'tu correo electrónico',
    'il tuo indirizzo email', 'il tuo indirizzo e-mail', 'seu e-mail', 'seu endereço de e-mail',
  ]),
  ...entries('newsletter', 'line', 3, [
    'newsletter abonnieren', 's\'inscrire', 'inscription', 'boletín', 'boletines', 'iscriviti', 'inscreva-se',
  ], true),
]
