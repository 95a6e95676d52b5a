"""Blind set 12, Spanish: travel guide, restaurant review, charity-fundraising regulation (trap)."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 16. Travel guide
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "es-villarcon-sierra-guia-viaje",
    "register": "travel guide",
    "lang": "es",
    "paras": P("""
Villarcón de la Sierra en un fin de semana: murallas, pinares y el mejor cordero de la comarca

Este pueblo de 900 habitantes colgado sobre el río Guadarranque es una de las escapadas de interior más agradecidas del otoño. Te contamos qué ver, dónde comer y cómo organizar dos días sin prisas.

Texto: Marta Iribarren

Sábado por la mañana: el casco antiguo

Conviene llegar temprano, antes de que lleguen los autobuses de excursionistas. El recorrido empieza en la Puerta del Arrabal y sube por la calle de los Tintoreros, con sus casas de entramado de madera y balcones corridos, hasta la plaza Mayor, porticada en tres de sus lados.

Desde la plaza, un sendero empedrado lleva a la muralla. Se puede recorrer a pie un tramo de unos 600 metros, con vistas a la hoz del río. La subida es corta pero empinada: mejor con calzado cómodo.

Sábado por la tarde: el pinar de los Hoyos

A diez minutos en coche, el pinar de los Hoyos tiene una ruta circular señalizada de 7,5 kilómetros que pasa por un mirador y por las pinturas rupestres del Abrigo del Cerrajón. Las visitas al abrigo son guiadas y hay que reservarlas en la oficina de turismo.

Domingo: mercado y despedida

Los domingos por la mañana se celebra un pequeño mercado de productores en la plaza, con quesos de oveja, miel de romero y embutidos de la sierra. Es buen momento para comprar antes de regresar.

Dónde comer

El Mesón del Rollo sigue siendo la referencia para el cordero asado en horno de leña; conviene reservar el fin de semana. Para algo más ligero, la taberna La Muralla sirve raciones y vinos de la zona en una terraza con vistas.

Cómo llegar

Villarcón está a dos horas y media en coche desde Madrid y a hora y media desde Cuenca. No hay tren; un autobús diario sale de Cuenca a las 9.15 y regresa a las 18.00.
"""),
    "head": [
        "Inicio › Viajes › Escapadas › Castilla-La Mancha",
        "Foto: Vista de Villarcón de la Sierra desde el mirador de la hoz. Getty Images/iStockphoto",
        "Publicidad",
    ],
    "mid": [
        ("Desde la plaza, un sendero", "Reserva tu alojamiento rural en Villarcón con hasta un 25 % de descuento en CasasDeSierra.com. Ver ofertas"),
        ("Los domingos por la mañana", "Te puede interesar\nLos 15 pueblos más bonitos de España para visitar en otoño\nRutas de senderismo fáciles cerca de Madrid"),
    ],
    "tail": [
        "Suscríbete a Escapadas, nuestra newsletter de viajes: cada miércoles, un destino nuevo y las mejores ofertas para el fin de semana.",
        "Síguenos en Instagram y TikTok para más inspiración viajera: @viajesconcalma",
        "Este artículo contiene enlaces de afiliados. Si reservas a través de ellos, podemos recibir una comisión sin coste adicional para ti.",
        "© Ediciones Horizonte S.L. Todos los derechos reservados. Aviso legal · Política de cookies",
    ],
    "mixed": [
        ("Texto: Marta Iribarren", "end", "Actualizado: 09/10/2025 - 12:40"),
        ("A diez minutos en coche", "end", "Compra tus entradas para la visita guiada aquí"),
        ("Villarcón está a dos horas", "start", "¿Viajas en coche? Alquila desde 19 € al día con RutaCar."),
    ],
    "ltop": L("""
Viajes con Calma
Escapadas · Rutas · Gastronomía · Internacional · Ofertas
Inicio › Viajes › Escapadas › Castilla-La Mancha
Foto: Getty Images/iStockphoto
"""),
    "lmid": [
        ("Conviene llegar temprano", "Publicidad"),
        ("Dónde comer", "Reserva tu alojamiento rural con hasta un 25 % de descuento"),
    ],
    "lbot": L("""
Compartir en Facebook · WhatsApp · Pinterest
Suscríbete a la newsletter Escapadas
Te puede interesar
Aviso legal · Política de cookies · Contacto
"""),
})

# ---------------------------------------------------------------------------
# 17. Restaurant review
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "es-casa-meruelo-critica-restaurante",
    "register": "restaurant review",
    "lang": "es",
    "paras": P("""
Casa Meruelo: cocina de lonja sin artificios en el puerto de Arnela

La tercera generación de una familia de pescadores ha convertido la antigua taberna del muelle en la mejor mesa marinera de la costa occidental. Sin espumas, sin nitrógeno y sin carta de maridaje.

Por Íñigo Salcedo

Casa Meruelo abre a las 13.00, pero a las 12.45 ya hay gente esperando en el muelle. No se puede reservar para grupos de menos de seis, y la cola forma parte del ritual: los camareros salen a ofrecer un vaso de sidra a quien aguanta.

La carta cabe en una pizarra y cambia cada día según lo que entra en la lonja a primera hora. El día de nuestra visita había salmonetes, una merluza del pincho de casi tres kilos, pulpo, almejas y un centollo que el propio Lucas Meruelo, el cocinero, pesó delante de nosotros.

Empezamos con unas almejas a la marinera correctas, quizá algo saladas, y seguimos con un pulpo a la brasa de textura perfecta sobre una crema de patata ahumada. Los salmonetes, fritos enteros y servidos con un poco de ajo, fueron lo mejor de la comida.

La merluza, en cambio, llegó ligeramente pasada de punto, y una ración de patatas fritas congeladas desentona en una casa que cuida tanto el producto.

Los postres son caseros y sencillos: arroz con leche requemado, tarta de queso y una quesada pasiega que merece el viaje por sí sola.

El servicio es rápido, cercano y sabe explicar el pescado. La carta de vinos es breve pero bien elegida, con varios albariños y txakolis por debajo de 30 euros.

Dirección: Muelle de Poniente, 4, Arnela. Precio medio: 45-55 euros por persona sin vino. Cierra domingos por la noche y lunes.

Nota: 8/10
"""),
    "head": [
        "Gastronomía › Restaurantes › Críticas",
        "Reserva mesa en Casa Meruelo con MesaYa y consigue un 20 % de descuento en la carta. Reservar ahora",
    ],
    "mid": [
        ("La carta cabe en una pizarra", "Imagen: Salmonetes fritos de Casa Meruelo. Foto: Paula Ortuño"),
        ("La merluza, en cambio", "Contenido patrocinado | Conservas Cantábrico Azul: el mar en lata desde 1921. Descubre nuestra tienda online"),
    ],
    "tail": [
        "¿Has comido en Casa Meruelo? Cuéntanos tu experiencia en los comentarios. 31 comentarios",
        "Recibe cada viernes nuestras recomendaciones gastronómicas con la newsletter La Buena Mesa. Apúntate gratis",
        "Más críticas de restaurantes\nEl Rincón de Tasia: guisos de cuchara que reconcilian con el invierno\nSushi en Arnela: probamos los tres nuevos japoneses del centro",
        "Descarga la app de El Diario del Cantábrico y no te pierdas ninguna crítica: disponible en App Store y Google Play",
    ],
    "mixed": [
        ("Por Íñigo Salcedo", "end", "| 15 de noviembre de 2025"),
        ("Empezamos con unas almejas", "start", "Publicidad"),
        ("Los postres son caseros", "end", "Hazte suscriptor por 1 € el primer mes y lee todas nuestras críticas"),
    ],
    "ltop": L("""
El Diario del Cantábrico
Actualidad · Región · Deportes · Gastronomía · Ocio · Suscríbete
Gastronomía › Restaurantes › Críticas
"""),
    "lmid": [
        ("Casa Meruelo abre a las 13.00", "Imagen: Salmonetes fritos de Casa Meruelo. Foto: Paula Ortuño"),
        ("El servicio es rápido", "Reserva mesa con MesaYa: 20 % de descuento"),
    ],
    "lbot": L("""
31 comentarios
Más críticas de restaurantes
Apúntate a La Buena Mesa
© El Diario del Cantábrico. Todos los derechos reservados.
"""),
})

# ---------------------------------------------------------------------------
# 18. TRAP: regulation of street fundraising by charities
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "es-captacion-socios-ong-regulacion-trap",
    "register": "charity-sector regulation news",
    "lang": "es",
    "trap": True,
    "trap_promo": ("Las entidades tendrán", "Publicidad"),
    "paras": P("""
El Gobierno regional limita la captación de socios de ONG en la calle y en los domicilios

El nuevo decreto prohíbe la visita puerta a puerta sin cita previa, obliga a identificar claramente a las agencias subcontratadas y da a los donantes 30 días para anular su cuota sin explicaciones.

Por Lucía Benavente

Las organizaciones no gubernamentales que piden donativos en la calle tendrán que cambiar su forma de trabajar a partir del 1 de marzo. El Consejo de Gobierno aprobó este martes un decreto que regula por primera vez la llamada captación directa, la técnica por la que jóvenes con petos de colores invitan a los viandantes a hacerse socios de una entidad con una cuota mensual.

La norma responde a un aumento de las quejas. La oficina autonómica de consumo recibió el año pasado 412 reclamaciones relacionadas con donaciones, frente a 96 en 2021. La mayoría se referían a cuotas que los donantes no recordaban haber autorizado o que no sabían cómo cancelar.

Qué cambia

Los captadores deberán llevar una acreditación visible con su nombre y el de la empresa que los contrata, si no trabajan directamente para la ONG.

Queda prohibido pedir datos bancarios a menores de 25 años que digan no tener ingresos propios.

Las entidades tendrán que enviar en un plazo de 48 horas una confirmación por escrito con el importe, la periodicidad y un teléfono gratuito para darse de baja.

El donante podrá anular la domiciliación en los 30 días siguientes y recuperar todo lo pagado.

La Coordinadora de ONG de la región valoró positivamente la mayor transparencia, pero advirtió de que algunas medidas pueden reducir los ingresos de las entidades pequeñas. «La captación en la calle es cara, pero es casi la única forma que tenemos de conseguir socios jóvenes», afirmó su presidenta, Elena Roldán.

Las organizaciones de consumidores piden ir más allá y prohibir que los captadores cobren comisiones por cada nuevo socio, una práctica que, según denuncian, fomenta la presión sobre los viandantes.
"""),
    "head": [
        "Sociedad › Solidaridad",
        "Foto: Una captadora de una ONG conversa con un viandante en el centro de la ciudad. EFE",
        "Escucha la noticia · 4 minutos",
    ],
    "mid": [
        ("La norma responde", "Lee también: Las donaciones desgravan más en 2025: así puedes calcular tu deducción"),
        ("El donante podrá anular", "Publicidad"),
    ],
    "tail": [
        "El periodismo de calidad tiene un coste. Suscríbete a La Voz del Levante desde 3,99 € al mes y apoya la información local independiente.",
        "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día",
        "Noticias relacionadas\nEl banco de alimentos de la comarca atendió a un 12 % más de familias en 2024\nLa ley de mecenazgo, pendiente en el Congreso",
        "© La Voz del Levante. Prohibida la reproducción total o parcial.",
    ],
    "mixed": [
        ("Por Lucía Benavente", "end", "Valencia, 21 ENE 2026 - 14:27 CET"),
        ("La Coordinadora de ONG", "start", "Anuncio."),
        ("Las organizaciones de consumidores", "end", "Comenta esta noticia (17)"),
    ],
    "ltop": L("""
La Voz del Levante
Portada · Comunidad · España · Sociedad · Economía · Opinión
Sociedad › Solidaridad
Foto: EFE
"""),
    "lmid": [
        ("Qué cambia", "Publicidad"),
        ("La Coordinadora de ONG", "Lee también: Las donaciones desgravan más en 2025"),
    ],
    "lbot": L("""
Comenta esta noticia (17)
Suscríbete desde 3,99 € al mes
Noticias relacionadas
Aviso legal · Privacidad · Configuración de cookies
"""),
})
