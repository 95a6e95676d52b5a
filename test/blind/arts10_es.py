from common import P, L

ARTICLES = [
    {
        "slug": "b10-es-fichajes-rumores",
        "lang": "es",
        "register": "sports transfer rumours",
        "paras": P("""
El Betis negocia la cesión de Iker Salazar y mira a Portugal para reforzar la banda

El club verdiblanco tiene hasta el 2 de febrero para cerrar operaciones. Pellegrini pide un extremo zurdo con gol.

El mercado de invierno entra en su última semana y el Real Betis se mueve en dos frentes: dar salida a Iker Salazar y encontrar un extremo izquierdo antes del cierre, el lunes 2 de febrero a medianoche.

Salazar, de 22 años, apenas ha jugado 214 minutos en Liga esta temporada. Según ha podido saber este diario, el Leganés y el Eibar han preguntado por su cesión hasta final de curso, y el jugador prefiere Butarque por la cercanía con Madrid, donde vive su familia.

La opción portuguesa

En la dirección deportiva gusta Tiago Brandão, del Vitória de Guimarães, que lleva siete goles y cinco asistencias. Su cláusula es de 15 millones, una cifra inasumible para el Betis en este mercado.

La fórmula que se estudia es una cesión con opción de compra de unos 8 millones. El Vitória, según la prensa lusa, no quiere desprenderse del jugador antes de final de temporada.

Lo que dijo Pellegrini

«Necesitamos profundidad por la izquierda. Si llega alguien, bien; si no, tenemos soluciones en casa», dijo el técnico en la rueda de prensa previa al partido ante Osasuna.

Betis 2, Osasuna 1. El equipo suma 34 puntos y es sexto.

Otros nombres

Mateo Ruiz (Lanús), 19 años

En el entorno del club se da por hecho que no habrá grandes incorporaciones si antes no sale algún jugador con ficha alta. El límite salarial fijado por LaLiga aprieta.
"""),
        "head": [
            "Fútbol · LaLiga EA Sports · Mercado de fichajes",
            "Sigue el mercado en directo: última hora de todos los fichajes en nuestro minuto a minuto.",
        ],
        "mid": [
            ("Salazar, de 22 años,", "Te puede interesar: El Sevilla cierra la llegada de un central argentino por 6 millones"),
            ("La fórmula que se estudia", "Apuesta con cabeza. +18. Juega con responsabilidad. Bono de bienvenida de hasta 200 € en ApuestaSur. Aplican T&C."),
            ("Betis 2, Osasuna 1.", "Únete a nuestro canal de WhatsApp y recibe los rumores del mercado antes que nadie."),
        ],
        "tail": [
            "Descarga la app de Estadio Sur y activa las alertas de tu equipo. Disponible en iOS y Android.",
            "Noticias relacionadas: La afición verdiblanca llena el Villamarín en el entrenamiento de puertas abiertas · Isco: «Quiero retirarme aquí»",
            "¿Qué te parece el posible fichaje de Brandão? Deja tu comentario (57)",
        ],
        "mixed": [
            ("El mercado de invierno entra", "start", "Última hora."),
            ("En el entorno del club", "end", "Suscríbete a Estadio Sur Plus por 1 € el primer mes y lee sin anuncios."),
            ("En la dirección deportiva gusta", "end", "Compra la camiseta oficial del Betis con un 15 % de descuento en nuestra tienda."),
            ("«Necesitamos profundidad por la izquierda.", "start", "Vídeo: la rueda de prensa completa."),
        ],
        "ltop": L("""
Estadio Sur
Portada
Fútbol
Verdiblancos
Sevilla FC
Baloncesto
Motor
Más deportes
Suscríbete
BETIS | MERCADO
Álvaro Pineda
Sevilla, 27 ENE 2026 - 13:25 CET
Actualizado: 27 ENE 2026 - 19:02 CET
Iker Salazar, durante un entrenamiento en la ciudad deportiva. JOAQUÍN CORCHERO / EUROPA PRESS
"""),
        "lmid": [
            ("Salazar, de 22 años,", "Publicidad"),
            ("La fórmula que se estudia", "Lo más leído"),
            ("La fórmula que se estudia", "1. El Sevilla presenta a su nuevo entrenador"),
            ("Betis 2, Osasuna 1.", "Clasificación LaLiga · Ver completa"),
        ],
        "lbot": L("""
Comparte en Facebook
Comparte en X
Comparte en WhatsApp
Archivado en
Mercado de fichajes
Aviso legal
Política de privacidad
Configuración de cookies
Contacto
© Ediciones Estadio Sur S.L.
"""),
        "trap": False,
        "trap_promo": None,
    },
    {
        "slug": "b10-es-apertura-panaderia",
        "lang": "es",
        "register": "local business opening",
        "paras": P("""
Abre en Ruzafa una panadería que solo cobra con su propia app y regala el pan del día siguiente a quien se suscriba

Masa Madre Lab apuesta por un modelo de suscripción: 29 euros al mes por una barra diaria. Los vecinos se dividen.

VALÈNCIA – La calle Sueca amaneció el sábado con una cola de casi cincuenta personas frente al número 41. El motivo: la inauguración de Masa Madre Lab, una panadería de masa madre que funciona casi exclusivamente mediante una aplicación móvil.

Los clientes descargan la app, eligen su plan y recogen el pan mostrando un código QR. La suscripción básica cuesta 29 euros al mes e incluye una barra de 500 gramos diaria; la premium, de 45 euros, añade bollería los fines de semana.

«Queremos acabar con el desperdicio. Si sabemos cuántas barras vamos a vender, no tiramos nada», explica su fundadora, Lucía Ferrer, de 34 años, que trabajó cinco años en una panadería de Copenhague.

Quienes no quieran suscribirse pueden comprar en el mostrador, aunque solo con tarjeta. El local no acepta efectivo.

Críticas en el barrio

La decisión ha molestado a parte del vecindario. «Mi madre tiene 82 años y no va a descargarse ninguna aplicación», se quejaba Vicent Martí en la cola.

La Asociación de Vecinos de Ruzafa recuerda que el Banco de España considera el efectivo de curso legal y pide a los comercios que lo acepten. Ferrer asegura que estudiará instalar un cajero de pago en efectivo «si hay demanda».

Para la inauguración, la panadería regalaba a los primeros cien suscriptores el pan del día siguiente y un descuento del 20 % el primer mes.

Horario: de lunes a sábado, de 7.30 a 14.30 horas.

Lucía Ferrer saca del horno la primera hornada del día, pasadas las siete de la mañana.
"""),
        "head": [
            "València · Comercio",
            "Apoya el periodismo local: suscríbete a Crónica de Ruzafa por 4,99 € al mes.",
        ],
        "mid": [
            ("Los clientes descargan la app,", "Lee también: Cierra la mercería más antigua de Ruzafa tras 90 años"),
            ("Quienes no quieran suscribirse", "Publicidad · Mercado de Ruzafa: producto fresco y de proximidad. Abierto de lunes a sábado."),
            ("La Asociación de Vecinos de Ruzafa", "Encuesta: ¿Deberían todos los comercios aceptar efectivo? Vota aquí."),
        ],
        "tail": [
            "¿Tienes un negocio en el barrio y quieres anunciarte? Escríbenos a publicidad@cronicaderuzafa.es",
            "Recibe cada viernes «Ruzafa en 5 minutos», nuestro boletín con lo que pasa en el barrio.",
            "Crónica de Ruzafa · Periodismo de barrio desde 2014 · Aviso legal · Privacidad · Cookies",
        ],
        "mixed": [
            ("VALÈNCIA – La calle Sueca", "start", "Contenido patrocinado."),
            ("Para la inauguración,", "end", "Síguenos en Instagram para ver la galería de fotos de la apertura."),
            ("«Queremos acabar con el desperdicio.", "end", "Más información en la web del comercio."),
            ("La decisión ha molestado", "start", "Lectura de 3 minutos."),
        ],
        "ltop": L("""
Crónica de Ruzafa
Barrio
Comercio
Cultura
Opinión
Agenda
Hazte socio
Redacción
14 de marzo de 2026
Fotografía: Crónica de Ruzafa
"""),
        "lmid": [
            ("Los clientes descargan la app,", "Anuncio"),
            ("Quienes no quieran suscribirse", "Galería: así fue la inauguración (12 fotos)"),
            ("La Asociación de Vecinos de Ruzafa", "Etiquetas: panaderías, comercio local, Ruzafa"),
        ],
        "lbot": L("""
Compartir
Copiar enlace
Comentarios
Deja un comentario
Nombre
Correo electrónico
Publicar comentario
Entradas relacionadas
Aceptar cookies
Rechazar
"""),
        "trap": True,
        "trap_promo": ("tail", "Recibe cada viernes «Ruzafa en 5 minutos», nuestro boletín con lo que pasa en el barrio."),
    },
    {
        "slug": "b10-es-ruta-senderismo",
        "lang": "es",
        "register": "hiking guide",
        "paras": P("""
Ruta del Cares: cómo hacer la garganta divina de los Picos de Europa sin agobios

Doce kilómetros de senda excavada en la roca entre Poncebos y Caín. Consejos para evitar las multitudes del verano.

La ruta del Cares es probablemente el sendero más famoso de España, y en agosto puede recibir más de 2.000 caminantes al día. Pero con algo de planificación se disfruta como merece.

Ficha técnica

Distancia: 12 km (solo ida)

Tiempo: 3 h 30 min por trayecto

Cómo llegar

Lo habitual es empezar en Poncebos (Asturias), donde hay un aparcamiento de pago, y terminar en Caín (León). Si no quieres deshacer el camino, varias empresas ofrecen taxis de regreso por carretera, un trayecto de más de dos horas.

El tramo más exigente es la subida de Los Collados, al principio, con poca sombra. Después, el camino discurre casi llano junto al canal de agua, con túneles y puentes colgados sobre el río.

«La gente subestima el calor. Hay que llevar al menos dos litros de agua por persona», advierte Marta Bulnes, guarda del Parque Nacional.

Nuestros consejos

Sal antes de las ocho de la mañana o a partir de las cinco de la tarde en verano. En otoño, la luz entre los desfiladeros es espectacular y apenas hay gente.

No hay cobertura en buena parte del recorrido, así que conviene descargar el mapa en el móvil antes de salir. Los perros deben ir atados.
"""),
        "head": [
            "Viajes › Escapadas › Naturaleza",
            "Este artículo contiene enlaces de afiliados. Si reservas a través de ellos, recibimos una pequeña comisión.",
            "Guarda esta ruta en tu lista de favoritos.",
        ],
        "mid": [
            ("Tiempo: 3 h 30 min por trayecto", "Reserva tu alojamiento en Cangas de Onís con hasta un 25 % de descuento en Booking. Ver ofertas"),
            ("El tramo más exigente", "Te recomendamos: Las 10 mejores rutas de Asturias para hacer en familia"),
            ("«La gente subestima el calor.", "Nuestro equipo recomienda: botas Trekmax Gore-Tex, 89,95 € en Deportes Norte. Comprar"),
        ],
        "tail": [
            "¿Te ha gustado esta guía? Suscríbete a «Mochila», nuestra newsletter viajera, y recibe una ruta nueva cada semana.",
            "Descarga gratis el track GPX de la ruta registrándote en nuestra comunidad.",
            "Sigue a Sendas Magazine en Instagram y TikTok: @sendasmagazine",
            "Texto y fotos protegidos por derechos de autor. Prohibida su reproducción total o parcial.",
        ],
        "mixed": [
            ("La ruta del Cares es probablemente", "start", "Actualizado en marzo de 2026."),
            ("No hay cobertura en buena parte", "end", "Prueba gratis Wikiloc Premium durante 30 días con nuestro enlace."),
            ("Lo habitual es empezar en Poncebos", "end", "Reserva tu taxi de regreso en nuestra web partner."),
            ("Sal antes de las ocho", "start", "Patrocinado por Turismo de Asturias."),
        ],
        "ltop": L("""
Sendas Magazine
Rutas
Destinos
Material
Escapadas
Revista
Tienda
Por Nerea Ibarra
Viajera y guía de montaña
Publicado el 3 de marzo de 2026
Tiempo de lectura: 5 minutos
Vista de la garganta desde los puentes colgantes. Foto: Nerea Ibarra
"""),
        "lmid": [
            ("Tiempo: 3 h 30 min por trayecto", "Mapa interactivo de la ruta (requiere aceptar cookies de terceros)"),
            ("El tramo más exigente", "PUBLICIDAD"),
            ("«La gente subestima el calor.", "Más rutas en Picos de Europa"),
        ],
        "lbot": L("""
Valora este artículo
Guardar
Compartir
Quiénes somos
Trabaja con nosotros
Aviso legal
Cookies
Sendas Magazine © 2026
"""),
        "trap": False,
        "trap_promo": None,
    },
]
