from common import P, L

ARTICLES = [
dict(
    slug="b5-es-viajes-cazorla",
    lang="es",
    register="travel blog",
    paras=P("""
Ruta del río Borosa: la excursión más bonita de la Sierra de Cazorla

Llevaba años oyendo hablar del río Borosa y por fin, el pasado octubre, me decidí a recorrerlo. Son unos 22 kilómetros ida y vuelta desde la piscifactoría hasta el nacimiento, con unos 600 metros de desnivel, y cada uno merece la pena.

La primera parte discurre por una pista ancha junto al río, a la sombra de pinos y fresnos. Después de unos cuatro kilómetros se llega a la Cerrada de Elías, un desfiladero que se cruza por pasarelas de madera pegadas a la roca.

Cómo llegar

Desde Cazorla hay que tomar la carretera A-319 en dirección a la Torre del Vinagre. Justo después del centro de interpretación, un desvío a la derecha lleva a la piscifactoría, donde se puede aparcar gratis.

Lo mejor del camino

Tras la Cerrada, el sendero sigue hasta la central eléctrica y allí empieza la parte más dura: una subida en zigzag que termina en los túneles excavados en la roca. Llevad linterna, porque el segundo túnel es largo y muy oscuro.

Al salir de los túneles aparece el Embalse de los Órganos, de un verde increíble, y poco después la Laguna de Valdeazores.

«El agua está tan limpia que parece que no hay agua», nos dijo un senderista de Jaén que hace la ruta cada otoño.

Consejos prácticos

Salid temprano: en temporada alta el aparcamiento se llena antes de las nueve.

No hay fuentes fiables en el último tramo, así que conviene llevar al menos dos litros de agua por persona.

¿Se puede hacer con niños? Sí, la primera parte hasta la Cerrada de Elías es llana y apta para familias.
"""),
    head=[
        "Mochila y Cuaderno · Blog de viajes y senderismo",
        "Este post contiene enlaces de afiliado. Si reservas a través de ellos, me llevo una pequeña comisión sin coste extra para ti. ¡Gracias por apoyar el blog!",
    ],
    mid=[
        ("La primera parte discurre", "¿Buscas alojamiento en Cazorla? Consulta las mejores casas rurales en Booking aquí →"),
        ("Tras la Cerrada, el sendero", "Descárgate gratis mi guía en PDF «10 rutas imprescindibles por Andalucía» al suscribirte a la Carta Mochilera."),
        ("Al salir de los túneles", "PUBLICIDAD"),
    ],
    tail=[
        "¿Te ha gustado el artículo? Compártelo con quien te acompañaría en esta ruta 💚",
        "Sígueme en Instagram: @mochilaycuaderno",
        "Entradas relacionadas: Los Cahorros de Monachil · Subida al Mulhacén desde Capileira · Caminito del Rey sin agobios",
        "12 comentarios · Deja tu comentario",
    ],
    mixed=[
        ("Llevaba años oyendo hablar", "start", "Actualizado el 4 de noviembre de 2025"),
        ("Desde Cazorla hay que tomar", "end", "Ver ubicación en Google Maps"),
        ("«El agua está tan limpia", "end", "Foto: Embalse de los Órganos © Mochila y Cuaderno"),
        ("¿Se puede hacer con niños?", "end", "Reserva tu seguro de viaje con un 5 % de descuento por ser lector del blog."),
    ],
    ltop=L("""
Inicio
Destinos
España
Portugal
Rutas de senderismo
Sobre mí
Contacto
"""),
    lmid=[
        ("Cómo llegar", "Índice de contenidos [mostrar]"),
        ("Consejos prácticos", "Guárdalo en Pinterest"),
    ],
    lbot=L("""
Buscar en el blog
Política de privacidad
Aviso legal
Política de cookies
© 2025 Mochila y Cuaderno
"""),
),
dict(
    slug="b5-es-trap-tiendas-apps",
    lang="es",
    register="tech news",
    trap=True,
    trap_promo=("head", "Aceptar cookies y continuar | Configurar | Rechazar"),
    paras=P("""
Bruselas obliga a las tiendas de aplicaciones a permitir pagos fuera de la app

Los desarrolladores podrán enlazar a sus propias webs para cobrar suscripciones sin pagar la comisión del 30 %

Por Marta Echeverría

Madrid, 22 de mayo. La Comisión Europea ha dado un plazo de tres meses a los dos grandes operadores de tiendas de aplicaciones para que permitan a los desarrolladores informar a sus usuarios de ofertas más baratas fuera de la app y enlazar directamente a ellas.

Hasta ahora, una aplicación de música o de noticias que quisiera vender una suscripción dentro de la app estaba obligada a usar el sistema de pago de la tienda, que se queda con entre el 15 % y el 30 % de cada cobro. Mostrar un botón con el texto «suscríbete en nuestra web» estaba prohibido.

«Los consumidores tienen derecho a saber que pueden pagar menos», declaró la vicepresidenta de la Comisión, Teresa Ribera.

Qué cambia para los usuarios

En la práctica, los usuarios verán en muchas aplicaciones mensajes que les invitan a darse de alta o a renovar su suscripción en la web del servicio, a menudo con un precio inferior.

Las asociaciones de editores de prensa celebraron la decisión. Según la Asociación de Medios de Información, sus socios pagan cada año más de 20 millones de euros en comisiones a las tiendas de apps por suscripciones digitales.

Las compañías afectadas han anunciado que recurrirán. Una de ellas advirtió en un comunicado de que los pagos externos «exponen a los usuarios a fraudes y a suscripciones difíciles de cancelar».

Preguntas frecuentes:

¿Tendré que darme de baja y volver a suscribirme? No. Las suscripciones existentes se mantendrán salvo que el usuario decida cambiarlas.

La decisión se enmarca en la Ley de Mercados Digitales, en vigor desde 2023, que permite multas de hasta el 10 % de la facturación mundial.
"""),
    head=[
        "Tecnología | Economía digital",
        "Hazte suscriptor por 1 € al mes durante el primer año y lee sin límites. Cancela cuando quieras.",
    ],
    mid=[
        ("Hasta ahora, una aplicación", "Te puede interesar: Así puedes cancelar todas tus suscripciones digitales desde el móvil"),
        ("En la práctica, los usuarios", "Publicidad"),
        ("Las compañías afectadas", "Recibe cada mañana Titulares Tech, el boletín de tecnología de la redacción. Apúntate gratis"),
    ],
    tail=[
        "Comparte esta noticia en Facebook, X o WhatsApp",
        "Archivado en: Unión Europea · Apps · Comisión Europea",
        "Descarga la app de El Diario Digital y recibe alertas de última hora",
        "© Ediciones Digitales del Norte S.L. Todos los derechos reservados.",
    ],
    mixed=[
        ("Por Marta Echeverría", "end", "Actualizado 22 may 2026 - 13:40 CEST"),
        ("«Los consumidores tienen derecho", "end", "Seguir leyendo"),
        ("Las asociaciones de editores", "start", "PUBLICIDAD"),
        ("La decisión se enmarca", "end", "Comentarios (31)"),
    ],
    ltop=L("""
Última hora
España
Internacional
Economía
Tecnología
Iniciar sesión
"""),
    lmid=[
        ("Qué cambia para los usuarios", "Guardar"),
        ("Preguntas frecuentes:", "Escuchar esta noticia"),
    ],
    lbot=L("""
Más leídas
Quiénes somos
Aviso legal
Política de privacidad
Configuración de cookies
"""),
),
]
