from common import P, L

ARTICLES = [
dict(
    slug="b6-es-wiki-faro",
    lang="es",
    register="wiki de aficionados (serie de TV)",
    paras=P("""
El faro de Punta Negra (episodio)

«El faro de Punta Negra» es el séptimo episodio de la segunda temporada de la serie gallega Marea Baja. Se emitió por primera vez el 14 de noviembre de 2024.

Sinopsis

La sargento Uxía Lorenzo vuelve al faro abandonado donde desapareció su hermano en 1998, después de que un pescador encuentre allí una linterna con sus iniciales grabadas.

Mientras tanto, el alcalde Ramón Seoane intenta frenar la investigación para proteger la venta del terreno a una cadena hotelera.

Producción

El episodio se rodó en el faro de Cabo Vilán, en Camariñas, durante cuatro noches de octubre de 2023. El equipo tuvo que suspender el rodaje un día por un temporal con olas de más de ocho metros.

«Queríamos que el faro pareciera un personaje más», explicó la directora Antía Rey en una entrevista.

Recepción

Fue el episodio más visto de la temporada, con 1,2 millones de espectadores en su primera emisión y una cuota de pantalla del 14,8 %.

Pregunta frecuente: ¿Aparece el hermano de Uxía? Respuesta: Solo en un recuerdo, interpretado por el actor infantil Brais Fontán.

Curiosidades

La linterna del episodio es la misma que se usó en el primer capítulo de la serie, con las iniciales añadidas a mano por el equipo de atrezo.
"""),
    head=[
        "Marea Baja Wiki · Fandom",
        "¡Bienvenido a la wiki! Crea una cuenta gratis para editar artículos y participar en el foro.",
    ],
    mid=[
        ("La sargento Uxía Lorenzo", "Episodio anterior: «La subasta» · Episodio siguiente: «Niebla»"),
        ("El episodio se rodó", "Publicidad"),
        ("Fue el episodio más visto", "¿Eres fan de Marea Baja? Únete a nuestro servidor de Discord con más de 3.000 miembros: discord.gg/mareabaja"),
    ],
    tail=[
        "Categorías: Episodios | Temporada 2 | Episodios dirigidos por Antía Rey",
        "El contenido de la comunidad está disponible bajo CC-BY-SA a menos que se indique lo contrario.",
        "Explora otras comunidades de Fandom\nVigo Confidencial Wiki\nEl Ministerio del Tiempo Wiki",
        "Sigue a Fandom en TikTok, Instagram y X",
    ],
    mixed=[
        ("«El faro de Punta Negra» es", "end", "Editar"),
        ("Mientras tanto, el alcalde", "end", "[editar | editar código]"),
        ("«Queríamos que el faro", "start", "ANUNCIO"),
        ("La linterna del episodio", "end", "Comentarios (19) · Añadir comentario"),
    ],
    ltop=L("""
Explorar
Página principal
Todas las páginas
Comunidad
Personajes
Temporadas
Iniciar sesión
"""),
    lmid=[
        ("Sinopsis", "Ficha técnica: Dirección: Antía Rey · Guion: Iago Pazos · Duración: 52 min"),
        ("Recepción", "Contenido destacado: ¿Quién mató a Lois? Todas las teorías"),
    ],
    lbot=L("""
Más Fandom
Fan Feed
Descarga la app de Fandom
Acerca de Fandom
Política de privacidad
Configuración de cookies
"""),
),
dict(
    slug="b6-es-trap-tarjeta",
    lang="es",
    register="consumo (trampa: tarjeta de fidelización, app, registrarse)",
    trap=True,
    trap_promo=("tail", "¿Quieres recibir las mejores ofertas del súper? Suscríbete gratis a «Cesta Lista», nuestro boletín de los martes."),
    paras=P("""
Dia relanza su tarjeta de puntos: así funciona en sus 2.000 tiendas

Madrid, 3 de marzo de 2026

La cadena de supermercados Dia ha relanzado su programa de fidelización con una nueva tarjeta que acumula un euro de saldo por cada 50 euros de compra y descuentos personalizados que se activan desde la app.

Para darse de alta, los clientes deben registrarse en la aplicación o en la web con su DNI y un número de móvil. La empresa calcula que más de seis millones de personas ya tienen la tarjeta antigua y podrán migrar sus puntos hasta el 30 de junio.

Qué cambia para el cliente

El saldo acumulado se podrá gastar en cualquier compra a partir de 3 euros y caducará a los doce meses, frente a los seis de la tarjeta anterior.

Los cupones personalizados, sin embargo, solo estarán disponibles para quienes descarguen la app y acepten recibir comunicaciones comerciales.

«No puede ser que el mejor descuento dependa de regalar tus datos», critica Ana Serrano, portavoz de la OCU.

La cadena asegura que quien no quiera usar la app podrá pedir sus cupones impresos en la caja.

Pregunta: ¿Tiene coste darse de alta? Respuesta: No, la tarjeta es gratuita y no exige un gasto mínimo.

¿Y ahora qué?

La Agencia Española de Protección de Datos ha pedido información a la empresa sobre el uso de los datos de compra para personalizar ofertas.
"""),
    head=[
        "El Consumidor Digital — noticias de consumo y ahorro",
        "Utilizamos cookies propias y de terceros para fines analíticos y publicitarios. Aceptar | Rechazar | Configurar",
    ],
    mid=[
        ("Para darse de alta", "PUBLICIDAD"),
        ("Los cupones personalizados", "Te puede interesar: Las cinco tarjetas de supermercado que más ahorran, comparadas"),
        ("La cadena asegura que", "Hazte socio de El Consumidor Digital por 3 € al mes y lee sin anuncios. Apoya el periodismo de consumo independiente."),
    ],
    tail=[
        "Compartir en: WhatsApp · Facebook · X · Telegram",
        "Temas: Supermercados, Dia, Protección de datos",
        "© 2026 El Consumidor Digital S.L. Aviso legal · Política de cookies · Contacto",
    ],
    mixed=[
        ("Madrid, 3 de marzo de 2026", "end", "Actualizado a las 12:40"),
        ("El saldo acumulado", "start", "PUBLICIDAD"),
        ("«No puede ser que el mejor", "end", "Síguenos en Telegram: t.me/consumidordigital"),
        ("La Agencia Española", "end", "Comparte esta noticia WhatsApp Facebook X"),
    ],
    ltop=L("""
El Consumidor Digital
Alimentación
Bancos
Energía
Viajes
Reclamaciones
"""),
    lmid=[
        ("Qué cambia para el cliente", "Anuncio"),
        ("Pregunta: ¿Tiene coste", "Lo más leído"),
    ],
    lbot=L("""
Quiénes somos
Publicidad
Trabaja con nosotros
Política de privacidad
© El Consumidor Digital
"""),
),
]
