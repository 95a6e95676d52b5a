/** App download prompts. */
import { entries } from './types.js'

export const app = [
  ...entries('app', 'any', 3, [
    'download our app', 'download the app', 'get our app', 'get the app', 
    'get it on google play', 'download on the app store', 'available on the app store',
    'open in app', 'open in the app', 'read in app', 'read this story in the app', 'read it in the app', 'in our app',
    'install the app', 'install our app', 'app for ios and android',
    'turn on notifications', 'enable notifications',
  ]),
  ...entries('app', 'head', 3, [
    'download', 'itunes', 'apple podcasts', 'google podcasts', 'spotify', 'stitcher', 'subscribe on',
    'how to listen', 'listen on', 'available on', 'get it on',
  ], true),
  ...entries('app', 'line', 3, ['app store', 'google play', 'download', 'get the app', 'open app', 'apps'], true),
  ...entries('app', 'any', 2, ['our app', 'on google play', 'in the app store', 'breaking news alerts', 'push notifications']),
  // German, French, Spanish, Italian, Portuguese.
  ...entries('app', 'any', 3, [
    'laden sie unsere app', 'unsere app herunterladen', 'in unserer app', 'app herunterladen',
    'benachrichtigungen aktivieren', 'téléchargez notre application', 'téléchargez l\'application',
    'dans notre application', 'activez les notifications', 'descarga nuestra app', 'descarga la app',
    'descarga nuestra aplicación', 'en nuestra app', 'activa las notificaciones', 'scarica la nostra app',
    'scarica l\'app', 'nella nostra app', 'attiva le notifiche', 'baixe nosso app', 'baixe o app', 'baixe o aplicativo',
    'baixe nosso aplicativo', 'no nosso app', 'ative as notificações', 'descarregue a aplicação',
  ]),
  ...entries('app', 'any', 2, [
    'unsere app', 'notre application', 'nuestra app', 'nuestra aplicación', 'la nostra app', 'nosso app',
    'nosso aplicativo',
  ]),
  ...entries('app', 'line', 3, ['herunterladen', 'télécharger', 'descargar', 'scarica', 'baixar'], true),
  // App prompts, push alerts, WhatsApp channels and podcast platforms in German, French, Spanish,
  // Italian and Portuguese.
  ...entries('app', 'any', 3, [
    'jetzt app laden', 'app jetzt laden', 'in der app öffnen', 'in der app lesen', 'push-benachrichtigungen aktivieren',
    'keine eilmeldung mehr verpassen', 'für ios und android', 'für iphone und android', 'unserem whatsapp-kanal',
    'unseren whatsapp-kanal', 'wo es podcasts gibt', 'überall wo es podcasts gibt', 'unsere kostenlose app',
    'télécharger l\'application', 'ouvrir dans l\'application',
    'lire dans l\'application', 'recevez nos alertes', 'activer les notifications', 'notre chaîne whatsapp',
    'rejoignez notre chaîne', 'votre plateforme d\'écoute', 'plateformes d\'écoute', 'notre application gratuite',
    'descárgate la app', 'descarga gratis', 'abrir en la app',
    'leer en la app', 'activar notificaciones', 'activa nuestras notificaciones', 'nuestro canal de whatsapp',
    'únete a nuestro canal', 'en tu plataforma de podcast', 'escúchalo en',
    'scarica gratis', 'apri nell\'app', 'leggi nell\'app',
    'il nostro canale whatsapp', 'unisciti al canale', 'unisciti al nostro canale', 'ascoltalo su',
    'su tutte le piattaforme di podcast',
    'baixe grátis', 'abrir no app', 'ler no app',
    'receba notificações', 'nosso canal no whatsapp', 'canal do whatsapp', 'entre no canal', 'participe do canal',
    'ouça no spotify', 'nas principais plataformas de áudio', 'descarregue a app', 'na nossa aplicação',
  ]),
  ...entries('app', 'any', 2, ['whatsapp-kanal', 'canal de whatsapp', 'canale whatsapp', 'chaîne whatsapp']),
  ...entries('app', 'line', 3, [
    'app laden', 'zur app', 'app öffnen', 'in der app öffnen', 'ouvrir l\'application', 'ouvrir l\'appli',
    'abrir la app', 'abrir app', 'apri l\'app', 'apri app', 'abrir o app', 'abrir aplicativo', 'baixe o app',
  ], true),
  // Reading in the app, in six languages.
  ...entries('app', 'any', 3, [
    'read in the app', 'in der app lesen', 'lire dans l\'appli', 'lire dans l\'application', 'leer en la app',
    'leggi nell\'app', 'ler na app', 'ler no app',
  ]),
]
