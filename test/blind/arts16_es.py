"""blind13 data: Spanish articles (court brief, music festival, careers). Fictional content."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 16. Tribunales / sucesos
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-es-tribunales-estafa-alquiler",
    register="crime/court brief",
    lang="es",
    paras=P("""
Condenado a tres años de cárcel un hombre que estafó a 41 inquilinos con pisos que no eran suyos

Redacción · Valdeplata

La Audiencia Provincial de Valdeplata ha condenado a tres años y tres meses de prisión a Rubén T. M., de 44 años, por anunciar en portales inmobiliarios una decena de pisos que no le pertenecían y cobrar fianzas y mensualidades por adelantado a 41 personas.

Según la sentencia, a la que ha tenido acceso este diario, el acusado obtuvo entre marzo de 2021 y enero de 2022 un total de 58.300 euros.

El método era siempre el mismo. El condenado copiaba fotografías de viviendas reales, fijaba un precio ligeramente por debajo del mercado y citaba a los interesados en el portal del edificio, donde les enseñaba un piso piloto al que accedía con llaves que había conseguido como trabajador de una empresa de reformas.

Tras la visita, exigía una transferencia inmediata de dos mensualidades y la fianza «porque había otros tres interesados». Después dejaba de contestar al teléfono.

«Me quedé sin los ahorros de dos años y sin casa el mismo día», declaró durante el juicio una de las víctimas, una enfermera de 29 años.

La sala le considera autor de un delito continuado de estafa agravada y le impone, además, el pago de las cantidades defraudadas más los intereses legales.

El tribunal ha rechazado el argumento de la defensa, que sostenía que su cliente actuaba por encargo de un tercero al que nunca identificó.

La sentencia no es firme y puede recurrirse ante el Tribunal Superior de Justicia en el plazo de diez días.

Consejos de la Policía para evitar fraudes en el alquiler:

Desconfíe de precios muy por debajo del mercado.

No pague nada antes de ver la vivienda por dentro y firmar un contrato.

Compruebe en el Registro de la Propiedad quién es el titular.
"""),
    head=[
        "Únete al canal de WhatsApp de Diario del Plata y recibe las noticias de sucesos de la provincia antes que nadie.",
        "PUBLICIDAD",
    ],
    mid=[
        (4, "Te puede interesar\nDetenida una banda que alquilaba trasteros ajenos en un portal de segunda mano\nEl precio del alquiler sube un 11 % en Valdeplata en un año"),
        (8, "Este contenido es exclusivo para suscriptores. Hazte suscriptor por 1 € el primer mes y accede sin límites a toda la información local."),
    ],
    tail=[
        "¿Tienes información sobre algún suceso? Escríbenos a redaccion@diariodelplata.example o por WhatsApp al 600 000 000.",
        "Lo más leído\n1. Un incendio obliga a desalojar un edificio en el barrio del Carmen\n2. Cortes de tráfico este fin de semana por la media maratón\n3. La borrasca dejará nieve por encima de los 900 metros",
        "© Diario del Plata. Todos los derechos reservados. Queda prohibida la reproducción total o parcial.",
    ],
    mixed=[
        (2, "end", "Archivo DP"),
        (5, "start", "Sigue leyendo tras la publicidad"),
        (9, "end", "Descarga la app de Diario del Plata y activa las alertas."),
        (12, "start", "Noticia relacionada: La Policía alerta de un repunte de los fraudes en el alquiler vacacional."),
    ],
    ltop=L("""
Diario del Plata
Inicio > Valdeplata > Sucesos
Suscríbete | Iniciar sesión
Esta web utiliza cookies propias y de terceros. Aceptar | Rechazar | Configurar
"""),
    lmid=[
        (3, "Publicidad"),
        (1, "Escucha la noticia"),
    ],
    lbot=L("""
Comparte esta noticia
Facebook Twitter WhatsApp Telegram
Comentarios (19)
Aviso legal · Política de privacidad · Política de cookies
"""),
))

# ---------------------------------------------------------------------------
# 17. Crónica de festival de música
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-es-festival-marejada",
    register="music festival report",
    lang="es",
    paras=P("""
Marejada 2024: lluvia, cumbia y un cierre que nadie olvidará en Puerto Alcor

Por Lucía Arregui

El festival Marejada cerró el domingo su novena edición con 62.000 asistentes en tres días, según la organización, y con la sensación de haber sobrevivido a todo: a un aguacero de dos horas el viernes, a un corte de luz en el escenario principal y a un cartel que muchos habían criticado por previsible.

La crónica, día a día

Viernes. La lluvia llegó justo cuando el trío gallego Xouvenza empezaba su concierto. Lejos de dispersarse, el público se quedó bajo los chubasqueros y acabó coreando entre charcos su versión electrónica de una muiñeira tradicional.

Sábado. Fue la jornada más multitudinaria. La colombiana Mariana Quiroz presentó su último disco, «Río adentro», en un concierto de cumbia psicodélica que convirtió la explanada del puerto en una pista de baile de kilómetro y medio.

Domingo. El corte de luz llegó a las 23.12, en mitad del concierto de Los Alisios. Durante once minutos, la banda siguió tocando con una guitarra acústica y un megáfono mientras miles de linternas de móvil iluminaban el escenario.

«No sé si fue lo peor o lo mejor que nos ha pasado en veinte años de carrera», dijo después el cantante, Iker Santamaría.

Lo mejor

La puntualidad de todos los conciertos, pese a la tormenta.

El nuevo escenario junto a la playa, dedicado a artistas emergentes.

Lo peor

Las colas de más de una hora para recargar la pulsera de pago el sábado por la noche.

La organización anunció que la décima edición se celebrará del 11 al 13 de julio del año que viene y que ampliará la zona de sombra y los puntos de agua gratuita.
"""),
    head=[
        "🎟️ Ya a la venta los abonos early bird para Marejada 2025: 69 € + gastos hasta el 31 de agosto o fin de existencias.",
        "Escucha la playlist oficial de Marejada en Sonora y vive el festival todo el año.",
    ],
    mid=[
        (4, "GALERÍA | Las mejores fotos del viernes pasado por agua (42 imágenes)"),
        (7, "Publicidad"),
        (12, "Suscríbete a «Altavoz», nuestra newsletter musical: conciertos, discos y festivales cada jueves en tu correo."),
    ],
    tail=[
        "Síguenos en Instagram y TikTok (@revistacompas) para no perderte nada del circuito de festivales.",
        "Más festivales\nCartel completo del Sónar del Norte 2025\nGuía de festivales de verano: fechas, precios y cómo llegar",
        "Revista Compás © 2024 · Hecho con cariño en Puerto Alcor",
    ],
    mixed=[
        (1, "end", "Fotos: Javi Loureiro"),
        (4, "start", "Vídeo: así sonó Xouvenza bajo la tormenta"),
        (7, "end", "Entradas para la gira de Los Alisios, en nuestra tienda"),
        (13, "start", "¿Estuviste en Marejada? Cuéntanos tu experiencia en los comentarios."),
    ],
    ltop=L("""
Revista Compás
Inicio / Festivales / Crónicas
Tienda · Suscripción · Contacto
Usamos cookies para mejorar tu experiencia. Aceptar todas
"""),
    lmid=[
        (2, "Patrocinado por Cervezas Faro del Sur – Bebe con moderación"),
        (10, "Marejada 2025: ¡consigue tu abono ahora!"),
    ],
    lbot=L("""
Compartir en X
Compartir en Facebook
Compartir en WhatsApp
32 comentarios
Aviso legal y política de privacidad
"""),
))

# ---------------------------------------------------------------------------
# 18. Mercado laboral / empleo
# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="b13-es-empleo-semana-cuatro-dias",
    register="job-market/careers story",
    lang="es",
    paras=P("""
La semana de cuatro días gana terreno en las ofertas de empleo, pero sigue siendo minoritaria

Las ofertas que mencionan jornada comprimida se han triplicado en dos años, aunque apenas suponen el 2,4 % del total

Por Daniel Ocaña

Cada vez más empresas usan la semana laboral de cuatro días como reclamo para atraer talento. Según un análisis de 1,2 millones de anuncios publicados en portales de empleo durante el último año, elaborado por la consultora Trabalia, las ofertas que la mencionan se han triplicado desde 2022.

Sin embargo, la cifra sigue siendo modesta: solo el 2,4 % de las vacantes incluye alguna fórmula de jornada comprimida o reducida sin rebaja salarial.

Los sectores que más la ofrecen son el tecnológico, el marketing digital y, de forma algo más sorprendente, la hostelería, donde algunas cadenas la utilizan para retener a cocineros y camareros.

«En hostelería no se trata de una moda, sino de pura supervivencia», explica Marta Villaseca, directora de recursos humanos de un grupo de restaurantes con 14 locales. «Si no ofreces algo distinto, la gente se va al bar de enfrente».

Qué piden los candidatos

Una encuesta de la misma consultora entre 3.000 trabajadores revela que el 61 % cambiaría de empleo por una semana de cuatro días aunque el sueldo fuera similar. Entre los menores de 30 años, el porcentaje sube al 72 %.

Los expertos advierten, no obstante, de la letra pequeña. En algunas ofertas, la jornada de cuatro días supone en realidad cuatro jornadas de diez horas.

«Conviene preguntar en la entrevista cuántas horas reales se trabajan y si el acuerdo figura por escrito en el contrato», recomienda el abogado laboralista Sergio Pardal.

Tres preguntas para la entrevista:

¿Cuántas horas semanales incluye el contrato?

¿La medida es indefinida o está en fase de prueba?

¿Cómo se organizan las guardias o los picos de trabajo?
"""),
    head=[
        "Contenido patrocinado por TalentoPlus: encuentra empleo en más de 40.000 empresas. Sube tu CV gratis",
        "Escuchar noticia · 3 min",
    ],
    mid=[
        (5, "Recibe cada lunes «Tu Carrera», la newsletter de empleo y formación de Economía Hoy. Es gratis."),
        (9, "OFERTAS DESTACADAS\nDesarrollador/a backend – Valdeplata – 38.000-45.000 €\nJefe/a de cocina – Puerto Alcor – Jornada de 4 días\nVer todas las ofertas"),
    ],
    tail=[
        "Sigue toda la actualidad económica en nuestro canal de Telegram.",
        "Más noticias sobre empleo\nEl paro baja en 18.000 personas en el último mes\nLos perfiles más demandados para la campaña de verano",
        "Información elaborada por Economía Hoy. Prohibida su reproducción sin autorización expresa. © 2024",
    ],
    mixed=[
        (3, "end", "Ilustración: Economía Hoy"),
        (6, "start", "Publicidad"),
        (10, "end", "Hazte premium y lee sin anuncios"),
        (8, "end", "Consulta aquí el informe completo de Trabalia (PDF)."),
    ],
    ltop=L("""
Economía Hoy
Inicio › Empleo › Mercado laboral
Regístrate gratis
Iniciar sesión
"""),
    lmid=[
        (4, "Publicidad"),
        (10, "Calcula tu sueldo neto con nuestra calculadora"),
    ],
    lbot=L("""
Etiquetas: Empleo · Teletrabajo · Recursos humanos
Compartir en LinkedIn
Compartir en X
Quiénes somos · Aviso legal · Cookies · Contacto
"""),
))
