from common import P, L

ARTICLES = []

# ---------------------------------------------------------------- ES 1 (national news: wildfire)
ARTICLES.append(dict(
    slug="es-incendio-sierra", lang="es", register="national-news",
    paras=P("""
Desalojados 1.200 vecinos por un incendio forestal en la sierra de Gata

Unas 1.200 personas de tres localidades del norte de Cáceres han tenido que abandonar sus casas este domingo por el avance de un incendio forestal que ha quemado ya más de 3.000 hectáreas en la sierra de Gata.

El fuego se declaró poco después de las 15.00 horas en un paraje cercano a Hoyos y, empujado por rachas de viento de hasta 60 kilómetros por hora, llegó en menos de dos horas a las primeras viviendas de Acebo.

La Junta de Extremadura ha elevado el incendio al nivel 2 de peligrosidad y ha solicitado la intervención de la Unidad Militar de Emergencias (UME). Trabajan en la zona 14 medios aéreos y más de 300 efectivos.

«Hemos cogido a los abuelos, los papeles y el perro, y nos hemos ido», contaba Isabel Martín, vecina de Acebo, desde el pabellón de Moraleja donde se ha habilitado un centro de acogida.

La Guardia Civil investiga las causas del fuego. No se descarta que fuera provocado.

Las temperaturas superaron los 40 grados en buena parte de la provincia, y la Agencia Estatal de Meteorología mantiene el aviso naranja hasta el martes.

Nota de la redacción: una versión anterior de esta noticia situaba el origen del fuego en Acebo. El incendio comenzó cerca de Hoyos.
"""),
    head=["España", "Incendios forestales", "EFE | Cáceres\nActualizado: 10/08/2025 21:47h",
          "Un hidroavión descarga agua sobre el incendio de la sierra de Gata. (Foto: Junta de Extremadura)"],
    mid=[("El fuego se declaró poco", "PUBLICIDAD"),
         ("«Hemos cogido a los abuelos", "Noticia relacionada\nAsí es el mapa de riesgo de incendios de este verano"),
         ("La Guardia Civil investiga", "Sigue el minuto a minuto del incendio en nuestro directo")],
    tail=["Archivado en:\nIncendios\nExtremadura\nCáceres\nUME",
          "Compartir en Facebook Compartir en X Compartir en WhatsApp",
          "Sigue a Diario del Sur en Google Noticias y no te pierdas ninguna novedad.",
          "© Diario del Sur S.L. Todos los derechos reservados. Aviso legal | Política de privacidad | Política de cookies"],
    mixed=[("Unas 1.200 personas de tres", "start", "Última hora"),
           ("La Junta de Extremadura ha elevado", "end", "Publicidad"),
           ("Las temperaturas superaron los 40", "end", "Más información: Aemet")],
    ltop=L("""
Diario del Sur
España Internacional Economía Deportes Cultura
Suscríbete
Iniciar sesión
Incendios forestales
"""),
    lmid=[(0, "EFE | Cáceres"), (0, "Actualizado: 10/08/2025 21:47h"),
          ("La Junta de Extremadura ha elevado", "Publicidad"),
          ("La Guardia Civil investiga", "Te puede interesar")],
    lbot=L("""
Archivado en
Comentarios
Lo más visto
Aviso legal
Política de cookies
"""),
))

# ---------------------------------------------------------------- ES 2 (sports: football match report)
ARTICLES.append(dict(
    slug="es-racing-remontada", lang="es", register="sports",
    paras=P("""
El Racing remonta en el descuento y duerme líder

Racing de Santander 2 – Real Oviedo 1

El Racing de Santander se impuso al Real Oviedo (2-1) en un derbi del norte que parecía perdido hasta el minuto 88. Un doble cambio de José Alberto y un cabezazo de Íñigo Vicente en el tiempo añadido dieron la vuelta a un partido que los asturianos dominaron durante una hora.

El Oviedo se adelantó en el minuto 34 con un disparo lejano de Santi Cazorla que tocó en un defensa y despistó al portero. Los Campos, lleno con 21.300 espectadores, enmudeció.

El Racing salió tras el descanso con más intensidad, pero sin ideas. Hasta que Arana empató en el 88 tras un rechace en el área pequeña, y en el 92 Vicente cabeceó a la red un centro de Mantilla.

«Este equipo no se rinde nunca. Es lo que pide la grada», dijo el técnico al final del encuentro.

Con esta victoria, el Racing suma 42 puntos y supera al Elche en la clasificación.

Ficha técnica

Racing: Ezkieta; Mantilla, Rubén Alves, Javi Castro, Saúl García; Aldasoro, Maguette (Gueye, 75’); Andrés Martín, Íñigo Vicente, Suleiman (Arana, 60’); Karrikaburu.

Goles: 0-1, min. 34, Cazorla. 1-1, min. 88, Arana. 2-1, min. 92, Vicente.

Árbitro: Alejandro Quintero González. Amonestó a Castro y a Colombatto.
"""),
    head=["Deportes > Fútbol > Segunda División", "Crónica", "Íñigo Vicente celebra el gol de la victoria. (LaLiga)"],
    mid=[("El Oviedo se adelantó en el minuto 34", "Apuesta por el próximo partido del Racing: cuota 2,10. +18 | Juega con responsabilidad"),
         ("Con esta victoria, el Racing suma", "Clasificación\n1. Racing 42\n2. Elche 41\n3. Mirandés 39\nVer clasificación completa")],
    tail=["Vídeo: resumen y goles del Racing – Oviedo (2:45)",
          "Recibe las noticias del Racing en tu móvil: únete a nuestro canal de WhatsApp.",
          "Más noticias de Segunda División\nEl Sporting destituye a su entrenador\nEl Zaragoza ficha a un delantero cedido",
          "Comentarios (64)\nPara comentar debes estar registrado."],
    mixed=[("El Racing de Santander se impuso", "start", "Fútbol |"),
           ("El Racing salió tras el descanso", "end", "Publicidad"),
           ("Goles: 0-1, min. 34", "end", "Consulta todas las estadísticas del partido.")],
    ltop=L("""
El Norte Deportivo
Fútbol Baloncesto Motor Tenis Más deportes
Segunda División
Crónica
"""),
    lmid=[(1, "Finalizado"), ("El Oviedo se adelantó", "Publicidad"),
          ("Ficha técnica", "Ver alineaciones")],
    lbot=L("""
Resumen y goles
Comentarios (64)
Más noticias
Contacto
Aviso legal
Cookies
"""),
))

# ---------------------------------------------------------------- ES 3 (university news)
ARTICLES.append(dict(
    slug="es-universidad-sequia", lang="es", register="university",
    paras=P("""
Investigadores de la Universidad de Murcia desarrollan un sensor barato para detectar fugas en el riego

Un equipo de la Facultad de Informática de la Universidad de Murcia ha desarrollado un sensor de bajo coste capaz de detectar fugas en las redes de riego por goteo, un problema que provoca la pérdida de hasta el 15 % del agua en algunas explotaciones agrícolas.

El dispositivo, que cuesta menos de 20 euros, mide pequeñas variaciones de presión en las tuberías y envía un aviso al teléfono del agricultor cuando detecta una anomalía.

«En el campo de Cartagena cada gota cuenta. Muchas fugas no se ven hasta que ya se ha perdido mucha agua», explica el profesor Andrés Molina, director del proyecto.

El sensor se ha probado durante un año en cinco fincas de lechuga y brócoli de la comarca, con un ahorro medio del 9 % del agua de riego.

El proyecto ha contado con financiación de la Fundación Séneca y del Ministerio de Ciencia, Innovación y Universidades.

El grupo de investigación trabaja ahora con una cooperativa de regantes para fabricar los primeros 500 sensores.
"""),
    head=["Sala de prensa", "Inicio > Actualidad > Investigación", "Publicado el 15 de enero de 2025"],
    mid=[("El dispositivo, que cuesta menos", "Matrícula abierta: másteres oficiales 2025-2026. Infórmate"),
         ("El sensor se ha probado", "Noticias relacionadas\nLa UMU, entre las 400 mejores universidades del mundo\nNuevo grado en Ciencia de Datos")],
    tail=["Contacto para medios: Área de Comunicación, comunicacion@umu-ejemplo.es, 868 88 00 00",
          "Compartir: Facebook X LinkedIn",
          "Suscríbete al boletín de la Universidad",
          "Universidad de Murcia · Avda. Teniente Flomesta, 5 · 30003 Murcia · Aviso legal · Accesibilidad"],
    mixed=[("Un equipo de la Facultad de Informática", "start", "Investigación"),
           ("«En el campo de Cartagena cada gota", "end", "Foto: Área de Comunicación UMU"),
           ("El grupo de investigación trabaja", "end", "Etiquetas: agua, agricultura, sensores, transferencia")],
    ltop=L("""
UM · Universidad de Murcia · Inicio
Estudios Investigación Internacional Vida universitaria
Sala de prensa
Actualidad
"""),
    lmid=[(0, "15/01/2025"), ("El dispositivo, que cuesta menos", "Foto: Área de Comunicación UMU"),
          ("El proyecto ha contado", "Noticias relacionadas")],
    lbot=L("""
Compartir
Suscríbete al boletín
Aviso legal
Accesibilidad
Perfil del contratante
"""),
))

# ---------------------------------------------------------------- ES 4 (trap: city council app launch)
ARTICLES.append(dict(
    slug="es-app-ayuntamiento", lang="es", register="local-news", trap=True,
    paras=P("""
El Ayuntamiento de Valladolid lanza una app para avisar de baches, farolas fundidas y contenedores llenos

El Ayuntamiento de Valladolid ha presentado este martes «Valladolid Avisa», una aplicación gratuita para móviles con la que los vecinos podrán comunicar incidencias en la vía pública y seguir su resolución.

La app, disponible para Android e iOS, permite hacer una foto del problema, marcar su ubicación en el mapa y enviarla directamente al servicio municipal correspondiente. El usuario recibe una notificación cuando la incidencia se asigna a un equipo y otra cuando se da por resuelta.

«Queremos que avisar al ayuntamiento sea tan fácil como mandar un WhatsApp», ha explicado la concejala de Innovación, Marta Escudero.

Para usarla es necesario registrarse con un correo electrónico o con el certificado digital. El consistorio asegura que los datos solo se utilizarán para gestionar los avisos y que la aplicación no contiene publicidad.

Durante la fase de pruebas, en la que participaron 600 vecinos, se recibieron 2.140 avisos. Los más frecuentes fueron los relacionados con el alumbrado público y los contenedores.

La oposición ha criticado que la app haya costado 180.000 euros y ha pedido que se mantenga la atención telefónica en el 010 para quienes no tienen teléfono inteligente. El equipo de gobierno ha garantizado que ese servicio seguirá funcionando.
"""),
    head=["Valladolid ciudad", "Por Laura Herrero\nValladolid, 4 de marzo de 2025 - 13:20",
          "La concejala Marta Escudero, durante la presentación de la aplicación. (Foto: Ical)"],
    mid=[("La app, disponible para Android", "Publicidad"),
         ("Para usarla es necesario registrarse", "Lee también\nLas obras de la calle Santiago terminarán en junio\nValladolid tendrá 12 nuevas zonas de carga y descarga")],
    tail=["¿Quieres estar al tanto de todo lo que pasa en Valladolid? Descarga gratis la app de Noticias Pucela y activa las notificaciones.",
          "Etiquetas: Ayuntamiento de Valladolid · Aplicaciones · Servicios municipales",
          "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
          "Comentarios\nNo hay comentarios todavía. ¡Sé el primero en comentar!"],
    mixed=[("El Ayuntamiento de Valladolid ha presentado", "start", "Actualidad |"),
           ("«Queremos que avisar al ayuntamiento", "end", "PUBLICIDAD"),
           ("Durante la fase de pruebas", "end", "Descarga la app de Noticias Pucela")],
    ltop=L("""
Noticias Pucela
Valladolid Provincia Castilla y León Deportes
Suscríbete
Por Laura Herrero
"""),
    lmid=[(0, "4 de marzo de 2025"), ("La app, disponible para Android", "Publicidad"),
          ("Para usarla es necesario registrarse", "Te puede interesar"),
          ("Para usarla es necesario registrarse", "Las obras de la calle Santiago terminarán en junio")],
    lbot=L("""
Comentarios
Lo más leído
Descarga nuestra app
Quiénes somos
Aviso legal
Política de cookies
"""),
))

# ---------------------------------------------------------------- ES 5 (trap: digital paper's membership model)
ARTICLES.append(dict(
    slug="es-diario-socios", lang="es", register="national-news", trap=True,
    trap_promo=("tail", "Hazte socio de La Brújula: sin publicidad, con acceso a todos los contenidos y al boletín diario. Desde 5 € al mes."),
    paras=P("""
Un diario digital supera los 100.000 socios sin muro de pago

El periódico digital El Faro Diario ha superado los 100.000 socios, según anunció este jueves su director, Rubén Alcalde, en un acto en Madrid. La cifra convierte al medio en uno de los más sostenidos por sus lectores de Europa.

A diferencia de la mayoría de los periódicos, El Faro no cierra sus noticias tras un muro de pago. Cualquier persona puede leerlas gratis. Los socios, que pagan desde 7 euros al mes, reciben a cambio una versión sin publicidad, una revista trimestral y acceso anticipado a algunos artículos.

«No vendemos noticias, vendemos independencia», dijo Alcalde. «La gente no se hace socia porque no pueda leernos, sino para que otros puedan hacerlo.»

Los ingresos de los socios representan ya el 58 % de la facturación del medio, frente al 34 % de la publicidad. El resto procede de eventos y de la venta de libros.

El investigador de la Universidad de Navarra Ignacio Peña advirtió, sin embargo, de que el modelo es difícil de copiar. «Funciona para medios con una identidad muy clara y una comunidad muy fiel. Para un diario local, el muro de pago suele dar mejores resultados», explicó.

El Faro prevé contratar a 15 periodistas este año, la mayoría para reforzar su información local en Andalucía y Galicia.
"""),
    head=["Comunicación", "Medios", "Rubén Alcalde, director de El Faro Diario, durante la presentación en Madrid. (EUROPA PRESS)"],
    mid=[("A diferencia de la mayoría", "Publicidad"),
         ("«No vendemos noticias", "También te puede interesar\nLa audiencia de la radio cae por tercer año consecutivo\nLos jóvenes se informan cada vez más por vídeo")],
    tail=["Hazte socio de La Brújula: sin publicidad, con acceso a todos los contenidos y al boletín diario. Desde 5 € al mes.",
          "Compartir\nWhatsApp\nFacebook\nX\nCopiar enlace",
          "Sobre la firma\nMarta Iglesias es redactora de Comunicación. Antes trabajó en la Cadena Ser. @martaiglesias",
          "Archivado En\nPrensa · Periodismo · Medios de comunicación"],
    mixed=[("El periódico digital El Faro Diario", "start", "Medios |"),
           ("Los ingresos de los socios", "end", "Publicidad"),
           ("El Faro prevé contratar", "end", "Suscríbete a nuestro boletín de medios.")],
    ltop=L("""
La Brújula
España Mundo Economía Comunicación Cultura
Hazte socio
Entrar
Comunicación
Marta Iglesias
"""),
    lmid=[(0, "(EUROPA PRESS)"), ("A diferencia de la mayoría", "Publicidad"),
          ("El investigador de la Universidad", "Más información")],
    lbot=L("""
Sobre la firma
Archivado En
Prensa
Lo más visto
Contacto
Política de privacidad
"""),
))

# ---------------------------------------------------------------- ES 6 (trap: forum Q&A on personalised ads)
ARTICLES.append(dict(
    slug="es-foro-publicidad-personalizada", lang="es", register="forum", trap=True,
    paras=P("""
¿Cómo desactivo la publicidad personalizada en mi móvil Android?

Desde hace unas semanas me sale publicidad de cosas de las que solo he hablado en voz alta, o eso me parece. Ayer hablé de unas zapatillas con mi hermana y hoy me han salido anuncios de esas zapatillas en dos aplicaciones. ¿Me escucha el móvil? ¿Cómo quito los anuncios personalizados?

Lo más probable es que no te escuche. Lo que pasa es que tu hermana y tú estáis conectados (misma red wifi, contactos, ubicación parecida) y si ella buscó las zapatillas, los anunciantes pueden mostrártelas a ti también. Es más inquietante que el micrófono, pero es así.

Para desactivar la personalización en Android: Ajustes → Google → Anuncios → Eliminar ID de publicidad. Luego, en myadcenter.google.com, desactiva «Anuncios personalizados».

Ten en cuenta que seguirás viendo la misma cantidad de publicidad, solo que menos relacionada con lo que haces.

Y revisa qué aplicaciones tienen permiso para usar el micrófono: Ajustes → Privacidad → Gestor de permisos → Micrófono. Si una aplicación de linterna lo tiene, quítaselo.

Gracias a los dos. He borrado el ID de publicidad y he quitado el permiso del micrófono a cuatro aplicaciones que no lo necesitaban.
"""),
    head=["Foros › Tecnología › Móviles Android", "Tema iniciado por lucia_rb · 23 feb 2025 · 3 respuestas"],
    mid=[("Desde hace unas semanas", "Me gusta · Citar · Responder"),
         ("Para desactivar la personalización", "ANUNCIO"),
         ("Ten en cuenta que seguirás", "Mejor respuesta ✔")],
    tail=["Para responder en este hilo debes iniciar sesión o registrarte.",
          "Temas similares\n¿Es seguro usar el wifi del aeropuerto?\nMi móvil se calienta al cargar, ¿es normal?",
          "Compartir: WhatsApp · Telegram · Enlace",
          "Foro Xataka-Comunidad © 2025 · Normas del foro · Contacto"],
    mixed=[("Lo más probable es que no te escuche", "start", "#2"),
           ("Y revisa qué aplicaciones tienen", "start", "Citar"),
           ("Gracias a los dos.", "end", "Tema marcado como resuelto")],
    ltop=L("""
Comunidad Tecnológica
Foros Novedades Miembros
Iniciar sesión Registrarse
Móviles Android
lucia_rb
Mensajes: 8
"""),
    lmid=[("Desde hace unas semanas", "davidsanz_tech"), ("Desde hace unas semanas", "Moderador"),
          ("Ten en cuenta que seguirás", "ANUNCIO"),
          ("Ten en cuenta que seguirás", "pablo_gz")],
    lbot=L("""
Responder
Temas similares
Normas del foro
Política de privacidad
Ajustes de cookies
"""),
))
