"""Blind set 8 (arts11), Spanish: ciclismo, trampa (recogida del banco de alimentos), nota de prensa."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-es-deportes-ciclismo",
        "register": "diario deportivo regional",
        "lang": "es",
        "paras": P("""
Iker Zubiaur gana la Clásica de Sierra Alta con un ataque en el último puerto

El ciclista vizcaíno Iker Zubiaur, del equipo Lurralde, se impuso este domingo en la Clásica de Sierra Alta tras un ataque en solitario en las rampas del alto de La Corza, a doce kilómetros de la meta.

La carrera, de 184 kilómetros, estuvo marcada por el viento y por una fuga de seis corredores que llegó a tener más de cuatro minutos de ventaja a mitad de recorrido. El pelotón, tirado por el Costa Verde, neutralizó a los escapados al pie del último puerto.

Fue entonces cuando Zubiaur, de 23 años, dio el golpe. Con un cambio de ritmo seco en la zona más dura, con rampas del 14 %, dejó atrás a sus rivales y coronó con 25 segundos de ventaja.

«Sabía que si llegaba solo arriba tenía opciones. Me he vaciado en la bajada», explicó el vencedor en meta, todavía sin aliento.

Por detrás, el portugués Rui Tavares (Atlântico) se llevó el esprint del grupo perseguidor por delante del colombiano Sebastián Herrera, que sigue como líder del ranking nacional.

Clasificación

1. Iker Zubiaur (Lurralde), 4h 38' 12''

2. Rui Tavares (Atlântico), a 19''

3. Sebastián Herrera (Andes Pro), m. t.

La próxima cita del calendario nacional será el Gran Premio de Valdecañas, el próximo 14 de abril.
"""),
        "head": [
            "Descarga la app de Diario Deportivo del Norte y sigue todas las carreras en directo",
            "Ciclismo | Carretera",
        ],
        "mid": [
            ("Fue entonces cuando", "Publicidad"),
            ("«Sabía que si", "Te puede interesar\nEl Tour presenta un recorrido con dos contrarrelojes\nLa Federación aprueba el nuevo calendario"),
            ("Por detrás, el portugués", "Síguenos en Instagram y TikTok: @diariodeportivonorte"),
        ],
        "tail": [
            "Lo más leído\n1. El entrenador del Racing Norte, destituido\n2. La selección femenina ya conoce rival\n3. Así queda la clasificación de la liga",
            "Comentarios (9)\nInicia sesión para comentar",
            "Compartir en Facebook\nCompartir en X\nCompartir en WhatsApp",
            "© Diario Deportivo del Norte S.L. Todos los derechos reservados.",
        ],
        "mixed": [
            ("El ciclista vizcaíno", "end", "Foto: Ander Goikoetxea"),
            ("La carrera, de 184", "start", "PUBLICIDAD"),
            ("«Sabía que si", "end", "Recibe cada lunes nuestra newsletter «Pedaladas» con lo mejor del ciclismo."),
            ("La próxima cita", "end", "Lee también: Herrera: «Este año quiero ganar la general»"),
        ],
        "ltop": L("""
Diario Deportivo del Norte
Fútbol
Baloncesto
Ciclismo
Motor
Más deportes
Suscríbete
Iniciar sesión
"""),
        "lmid": [
            ("Fue entonces cuando", "Publicidad"),
            ("Clasificación", "Ver clasificación completa"),
        ],
        "lbot": L("""
Lo más leído
Comentarios (9)
Compartir
Aviso legal
Política de cookies
© Diario Deportivo del Norte S.L.
"""),
    },
    {
        "slug": "b11-es-trap-banco-alimentos",
        "register": "periódico comarcal",
        "lang": "es",
        "trap": True,
        "paras": P("""
El Banco de Alimentos de la Vega lanza su Gran Recogida con la mitad de voluntarios que hace un año

Valdemora. El Banco de Alimentos de la comarca ha puesto en marcha su campaña anual de recogida con una preocupación: faltan voluntarios. Hasta el jueves se habían inscrito 640 personas para atender los puntos de donación en supermercados, frente a las 1.200 del año pasado.

La campaña se celebrará el viernes 22 y el sábado 23 de noviembre en 85 establecimientos de la comarca. Los voluntarios, identificados con un peto naranja, informarán a los clientes de los productos más necesarios e irán recogiendo lo que donen al salir de caja.

«Sin voluntarios no hay recogida. Podemos tener los supermercados, los camiones y el almacén, pero alguien tiene que estar en la puerta», resume Carmen Ibarra, presidenta de la entidad.

Este año la organización pide sobre todo aceite, legumbres cocidas, leche, conservas de pescado y productos de higiene infantil. También se podrá donar en caja mediante tarjetas de 5, 10 y 20 euros que después se canjean por alimentos frescos.

Cómo colaborar

Las personas que quieran participar como voluntarias pueden apuntarse en la web de la entidad o llamando a su sede. Cada turno dura tres horas y no hace falta experiencia previa.

Las empresas pueden sumarse con donativos económicos, que desgravan en el impuesto de sociedades, o cediendo vehículos para el transporte.

El banco atiende actualmente a 9.300 personas a través de 47 asociaciones y parroquias, un 12 % más que hace dos años. Ibarra atribuye el aumento al encarecimiento de la vivienda: «Vienen familias en las que trabajan los dos, pero después de pagar el alquiler no llegan a fin de mes».

La entidad también ha lanzado una campaña para captar socios que aporten una cuota mensual, con el objetivo de no depender solo de las grandes recogidas.
"""),
        "trap_promo": ("tail", "Hazte socio de El Diario de la Vega: periodismo local sin límites desde 1,99 € al mes."),
        "head": [
            "Sociedad",
            "Escucha las noticias del día en nuestro pódcast «La Vega en 10 minutos»",
        ],
        "mid": [
            ("«Sin voluntarios", "Publicidad"),
            ("Las empresas pueden", "Noticias relacionadas\nLa Cruz Roja reparte kits de invierno en Valdemora\nCáritas alerta del aumento de la pobreza infantil"),
            ("El banco atiende", "Recibe las noticias de la comarca en tu móvil: únete a nuestro canal de WhatsApp"),
        ],
        "tail": [
            "Compartir\nFacebook\nX\nWhatsApp\nTelegram\nCorreo",
            "¿Qué te ha parecido esta noticia?\nMe gusta\nMe indigna\nMe entristece",
            "Contenido patrocinado\nLos mejores colchones de 2024 según los expertos\nEsta crema de farmacia arrasa entre las mayores de 50",
        ],
        "mixed": [
            ("Valdemora. El Banco", "end", "Lee también: Cáritas alerta del aumento de la pobreza infantil"),
            ("La campaña se celebrará", "start", "PUBLICIDAD"),
            ("La entidad también", "end", "Si te ha interesado esta noticia, compártela en tus redes sociales."),
        ],
        "ltop": L("""
El Diario de la Vega
Portada
Comarca
Sociedad
Deportes
Opinión
Suscríbete
Acceder
"""),
        "lmid": [
            ("«Sin voluntarios", "Publicidad"),
            ("Las empresas pueden", "Noticias relacionadas"),
        ],
        "lbot": L("""
Compartir
¿Qué te ha parecido esta noticia?
Aviso legal
Privacidad
Configurar cookies
© El Diario de la Vega
"""),
    },
    {
        "slug": "b11-es-nota-prensa-aceite",
        "register": "nota de prensa corporativa",
        "lang": "es",
        "paras": P("""
La Cooperativa Olivarera San Isidro presenta su primer aceite ecológico de cosecha temprana

ALMENARA DEL RÍO (Jaén), 18 de noviembre de 2024. La Cooperativa Olivarera San Isidro, que agrupa a 1.140 pequeños agricultores de la comarca, ha presentado hoy «Primer Verde», su primer aceite de oliva virgen extra ecológico de cosecha temprana.

El aceite procede de 320 hectáreas de olivar de la variedad picual certificadas en producción ecológica desde 2021. La aceituna se recogió en la segunda quincena de octubre, todavía verde, y se molturó en menos de cuatro horas tras su recolección.

«Durante décadas hemos vendido nuestro aceite a granel y otros se han llevado el valor añadido. Con Primer Verde queremos que el nombre de nuestro pueblo llegue a la mesa», ha señalado el presidente de la cooperativa, Antonio Cuadrado.

La producción de esta primera edición es limitada: 24.000 botellas de 500 mililitros, que se venderán en la tienda de la cooperativa, en comercios especializados y a través de su web a partir del 1 de diciembre.

El proyecto ha contado con una inversión de 1,6 millones de euros, destinada a una nueva línea de envasado y a la ampliación de la bodega, y ha recibido apoyo de los fondos europeos de desarrollo rural.

La cooperativa prevé que el aceite ecológico represente el 15 % de su facturación en cinco años y que la iniciativa permita crear seis empleos estables en la almazara.

Sobre la Cooperativa Olivarera San Isidro

Fundada en 1957, la Cooperativa Olivarera San Isidro de Almenara del Río es una de las mayores cooperativas de la provincia. Molturó 41 millones de kilos de aceituna en la última campaña y exporta a once países.
"""),
        "head": [
            "Sala de prensa",
            "Suscríbete a nuestras notas de prensa y recibe las novedades de la cooperativa en tu correo.",
        ],
        "mid": [
            ("El aceite procede", "Descargar imágenes en alta resolución (ZIP, 24 MB)"),
            ("La producción de esta", "Compra ya Primer Verde en nuestra tienda online: 500 ml por 14,90 €. Envío gratis a partir de 40 €."),
        ],
        "tail": [
            "Compartir esta nota:\nLinkedIn\nX\nFacebook\nCorreo electrónico",
            "Otras noticias\nLa cooperativa cierra la campaña con récord de producción\nJornada de puertas abiertas en la almazara",
            "© 2024 Cooperativa Olivarera San Isidro · Aviso legal · Política de privacidad · Cookies",
        ],
        "mixed": [
            ("El aceite procede", "end", "Foto: Cooperativa San Isidro."),
            ("La producción de esta", "end", "Haz tu reserva en tienda.sanisidro.example y recibe tu botella antes de Navidad."),
            ("La cooperativa prevé", "end", "Síguenos en LinkedIn y en Instagram: @sanisidroalmenara."),
        ],
        "ltop": L("""
Cooperativa San Isidro
Inicio
Nuestro aceite
Tienda
Sala de prensa
Contacto
Utilizamos cookies propias y de terceros. Aceptar | Rechazar | Configurar
"""),
        "lmid": [
            ("El aceite procede", "Descargar imágenes"),
            ("La producción de esta", "Comprar ahora"),
        ],
        "lbot": L("""
Compartir esta nota
Otras noticias
Aviso legal
Política de privacidad
© 2024 Cooperativa Olivarera San Isidro
"""),
    },
]
