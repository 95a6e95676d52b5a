from common import P, L

ARTICLES = [
    {
        "slug": "b7-es-atico-valencia",
        "register": "real-estate listing article",
        "lang": "es",
        "paras": P("""
Un ático con terraza de 60 metros frente a los Jardines del Turia sale a la venta por 890.000 euros

Un ático de 142 metros cuadrados en la calle Llano de Zaidía, en el barrio valenciano de Morvedre, acaba de salir al mercado por 890.000 euros. Su principal reclamo es una terraza de 60 metros con vistas directas al antiguo cauce del Turia.

La vivienda ocupa la novena planta de un edificio de 1972 rehabilitado por completo en 2021. Tiene tres dormitorios, dos baños, cocina abierta al salón y un pequeño estudio que los actuales propietarios usan como despacho.

El precio sitúa el metro cuadrado en unos 6.270 euros, muy por encima de la media del barrio, que ronda los 3.400 euros según los últimos datos del portal inmobiliario de referencia.

«La terraza es lo que marca la diferencia», explica Laura Císcar, de la agencia Casas del Túria, que gestiona la venta. «En Valencia quedan muy pocos áticos así en primera línea del jardín».

Características

Calefacción por suelo radiante, aerotermia, carpintería de aluminio con rotura de puente térmico y certificado energético B. Incluye plaza de garaje y trastero en el mismo edificio.

El mercado

La vivienda de lujo vive un buen momento en Valencia. Las compraventas de inmuebles de más de 750.000 euros crecieron un 18 % el año pasado, impulsadas sobre todo por compradores extranjeros, que ya firman una de cada tres operaciones en ese segmento.

Sin embargo, el encarecimiento general preocupa a los vecinos. El Ayuntamiento estudia ampliar las zonas tensionadas, una medida que permitiría limitar los precios del alquiler en varios barrios del centro.

Según la agencia, ya se han recibido cuarenta solicitudes de visita en la primera semana.

Gastos de comunidad: 210 euros al mes.
"""),
        "head": [
            "Diario del Turia",
            "Vivienda | Mercado inmobiliario",
            "Hazte suscriptor: el primer año por 29 €. Periodismo local sin límites.",
        ],
        "mid": [
            (3, "CONTENIDO PATROCINADO – Calcula tu hipoteca en 2 minutos con Banco Levante"),
            (7, "Lee también: Los alquileres de temporada se disparan en Ruzafa"),
        ],
        "tail": [
            "¿Quieres vender tu casa? Publica tu anuncio gratis en Turia Casas.",
            "Recibe las últimas noticias de vivienda en nuestro canal de WhatsApp.",
            "© Editorial del Turia S.L. Prohibida la reproducción total o parcial.",
        ],
        "mixed": [
            (1, "end", "Ver las 18 fotos de la vivienda"),
            (9, "start", "Alerta de precios: recibe un aviso cuando bajen los pisos en tu zona."),
        ],
        "ltop": L("""
Portada
València
Comunitat
Economía
Vivienda
Suscríbete
Iniciar sesión
"""),
        "lmid": [
            (2, "Foto: Casas del Túria"),
            (10, "Publicidad"),
        ],
        "lbot": L("""
Compartir en WhatsApp
Compartir en X
Comentarios (9)
Aviso legal
Política de cookies
Configuración de privacidad
"""),
    },
    {
        "slug": "b7-es-parroquia-bizum",
        "register": "parish newsletter",
        "lang": "es",
        "trap": True,
        "trap_promo": ("head", "Hoja Parroquial de San Bartolomé – Nº 412 – Domingo XV del Tiempo Ordinario"),
        "paras": P("""
Ya se puede colaborar con la parroquia mediante Bizum

Queridos feligreses:

Desde este mes, quien lo desee puede hacer su donativo a la parroquia de San Bartolomé a través de Bizum, desde la aplicación de su banco en el teléfono móvil.

Muchos de vosotros nos lo habíais pedido. Cada vez se lleva menos dinero en efectivo, y no era raro que alguien se acercara después de misa a decirnos que quería colaborar pero no llevaba monedas.

Para donar basta con abrir la aplicación del banco, elegir la opción de Bizum para donaciones a ONG y organizaciones, y escribir el código de la parroquia, 01842. El código estará también impreso en un cartel junto a la puerta de la sacristía y en el tablón de anuncios.

Los donativos hechos de esta forma desgravan igual que los demás en la declaración de la renta. Si queréis el certificado, dejad vuestro nombre y DNI en el despacho parroquial.

El cepillo de siempre

Nada cambia para quien prefiera el cepillo o el sobre. Seguiremos pasándolo en todas las misas.

El consejo económico quiere ser transparente: el año pasado la parroquia recibió 38.460 euros en colectas y donativos. De ellos, 11.200 se destinaron a Cáritas parroquial, y el resto a luz, calefacción, seguros y el arreglo del tejado de la capilla.

Un recordatorio importante: la parroquia nunca os pedirá un Bizum por teléfono ni por mensaje. Si alguien lo hace en nuestro nombre, es un engaño.

Agenda

Catequesis de confirmación: martes a las 19.30.

Gracias a todos por vuestra generosidad.

Vuestro párroco, don Ramón
"""),
        "head": [
            "Parroquia de San Bartolomé Apóstol – Leganés",
            "Horario de misas: laborables 19.00 h; domingos 10.00, 12.00 y 19.00 h",
        ],
        "mid": [
            (4, "Inscripciones abiertas para la peregrinación a Fátima del 12 al 15 de octubre: 320 € en habitación doble."),
            (9, "Síguenos en Instagram: @sanbartolome.leganes"),
        ],
        "tail": [
            "Despacho parroquial: lunes y jueves de 18.00 a 19.30 h · Tel. 916 00 00 00",
            "Recibe la hoja parroquial cada semana por correo electrónico: escribe a hoja@sanbartolomeleganes.es",
            "Archidiócesis – Portal de transparencia",
        ],
        "mixed": [
            (2, "end", "Descargar la hoja en PDF"),
            (11, "start", "Únete al grupo de WhatsApp de la parroquia para no perderte ningún aviso."),
        ],
        "ltop": L("""
Inicio
La parroquia
Sacramentos
Cáritas y acción social
Hojas parroquiales
Contacto
"""),
        "lmid": [
            (6, "Dona ahora con tarjeta"),
            (12, "Imagen: cartel de Bizum en la entrada del templo"),
        ],
        "lbot": L("""
Entrada anterior
Entrada siguiente
Esta web utiliza cookies propias para su correcto funcionamiento.
Aceptar
Leer más
Política de privacidad
"""),
    },
]
