"""blind11, Spanish part 1: qué ver en Cuenca en un fin de semana (travel guide), the Valencia housing
market after the summer (real-estate market column), and a comparison of bean-to-cup coffee machines
under 500 euros (product comparison on a shop blog)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b14-es-guia-cuenca-fin-de-semana",
        "register": "travel guide",
        "lang": "es",
        "paras": P("""
Qué ver en Cuenca en un fin de semana: ruta de dos días por la ciudad colgada

Cuenca se recorre a pie, cuesta arriba y sin prisa. Te proponemos un itinerario de dos días para ver lo imprescindible, comer bien y escaparte a la Ciudad Encantada

Por Lucía Bermejo

Pocas ciudades españolas tienen una silueta tan reconocible. Encaramada sobre una hoz de roca entre los ríos Júcar y Huécar, Cuenca fue declarada Patrimonio de la Humanidad en 1996 y sigue siendo una escapada perfecta desde Madrid o Valencia: a poco más de una hora en AVE, pero con un ritmo completamente distinto.

Día 1: el casco antiguo

Empieza por la parte baja y sube andando por la calle Alfonso VIII, con sus fachadas pintadas de colores, hasta la Plaza Mayor. Allí te espera la catedral de Santa María y San Julián, la primera catedral gótica de Castilla, con unas vidrieras contemporáneas que sorprenden a casi todo el mundo.

Desde la catedral, baja hacia las Casas Colgadas. Una de ellas alberga el Museo de Arte Abstracto Español, fundado en 1966 por Fernando Zóbel, y solo por ver cómo dialogan las obras con los balcones sobre el vacío merece la visita. La entrada es gratuita.

Cruza después el puente de San Pablo, una pasarela de hierro de 1902 sobre la hoz del Huécar. Si tienes vértigo, no mires abajo; si no lo tienes, quédate un rato: es la mejor vista de las casas colgadas.

Consejo: al atardecer, sube al mirador del barrio del Castillo. La luz sobre la hoz del Júcar es espectacular.

Día 2: la Ciudad Encantada

A unos 35 kilómetros de la ciudad, la Ciudad Encantada es un paraje de formaciones kársticas esculpidas por el agua y el viento durante millones de años. Un sendero circular de unos tres kilómetros pasa por las rocas más famosas: el Tormo Alto, los Amantes de Teruel, el Tobogán.

Abre todos los días desde las 10:00 y conviene llegar pronto en verano. Calcula unas dos horas para la visita.

Dónde comer

Prueba el morteruelo, un paté caliente de caza con especias, y el ajoarriero, a base de bacalao, patata y ajo. De postre, alajú, un dulce de miel y almendra de origen andalusí. En la Plaza Mayor los precios suben; vale la pena callejear hacia San Martín.

Cómo llegar

En tren, el AVE une Madrid y Cuenca en unos 55 minutos; la estación Fernando Zóbel está a las afueras, así que tendrás que coger el autobús urbano número 12 hasta el centro. En coche, desde Madrid se tarda algo menos de dos horas por la A-3 y la A-40.

¿Cuándo ir? Primavera y otoño son ideales. En Semana Santa, las procesiones con música religiosa atraen a miles de visitantes.
"""),
        "head": [
            "Inicio › Destinos › España › Castilla-La Mancha",
            "Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, recibimos una pequeña comisión sin coste adicional para ti.",
            "Reserva tu hotel en Cuenca al mejor precio\nHoteles desde 58 € la noche · Cancelación gratuita en la mayoría de opciones\nVer hoteles",
        ],
        "mid": [
            ("Empieza por la parte baja", "Free tour por Cuenca: recorre el casco histórico con guía local. ¡Reserva gratis en Civitatis!"),
            ("Consejo: al atardecer", "Publicidad"),
            ("Abre todos los días", "¿Viajas pronto? Contrata tu seguro de viaje con un 5 % de descuento por ser lector de Mochila y Mapa."),
            ("Prueba el morteruelo", "También te puede interesar\n10 pueblos más bonitos de Castilla-La Mancha\nEscapadas de fin de semana desde Madrid en tren"),
        ],
        "tail": [
            "¿Te ha resultado útil esta guía? Guárdala en Pinterest o compártela con quien vaya a viajar contigo.",
            "Síguenos en Instagram @mochilaymapa y etiqueta tus fotos con #MochilayMapa para salir en nuestras stories.",
            "Suscríbete a nuestra newsletter y recibe gratis nuestra guía en PDF «50 escapadas por España».",
            "Deja un comentario\nTu dirección de correo electrónico no será publicada.",
        ],
        "mixed": [
            ("Desde la catedral", "end", "👉 Reserva aquí tu visita guiada a las Casas Colgadas."),
            ("Día 2: la Ciudad Encantada", "start", "Publicidad"),
            ("Pocas ciudades españolas", "start", "Última actualización: 12 de mayo de 2025"),
            ("En tren, el AVE", "end", "Compara precios de billetes de tren y autobús en nuestra herramienta."),
        ],
        "ltop": L("""
Mochila y Mapa
Destinos | Escapadas | Rutas | Consejos | Seguro de viaje | Tienda
Buscar
Inicio › Destinos › España › Castilla-La Mancha › Cuenca
"""),
        "lmid": [
            ("Día 1: el casco antiguo", "Publicidad"),
            ("Cruza después el puente", "Mapa interactivo de la ruta (abre en Google Maps)"),
            ("Dónde comer", "Hoteles recomendados en Cuenca: Parador de Cuenca · Hotel Leonor de Aquitania · Posada de San José"),
        ],
        "lbot": L("""
Compartir: Facebook · X · Pinterest · WhatsApp
Artículos relacionados
Qué ver en Albarracín en un día
Aviso legal · Política de privacidad · Política de cookies · Contacto
© 2025 Mochila y Mapa. Todos los derechos reservados.
"""),
    },
    {
        "slug": "b14-es-columna-vivienda-valencia",
        "register": "real-estate market column",
        "lang": "es",
        "paras": P("""
La vivienda en Valencia tras el verano: ¿techo o simple pausa?

Los precios siguen subiendo, pero por primera vez en dos años el número de compraventas se estanca. Tres datos para entender qué está pasando

Por Jorge Albiol Sanchis

Cada septiembre, cuando vuelven los agentes inmobiliarios de vacaciones, se repite la misma pregunta en las oficinas: ¿este es el otoño en que por fin se enfría el mercado? En Valencia la respuesta, al menos por ahora, tiene matices.

El precio medio de la vivienda de segunda mano en la ciudad se situó en agosto en 2.940 euros por metro cuadrado, un 11,8 % más que hace un año, según los datos de tasaciones. Es una subida menor que la del año pasado, pero sigue muy por encima de la inflación y, sobre todo, de los salarios.

Primer dato: las compraventas

Lo que sí ha cambiado es el volumen. Las operaciones registradas en la provincia cayeron un 4 % interanual en el segundo trimestre, tras varios trimestres de récords. No es un desplome, pero sí una señal de que muchos compradores han llegado a su límite.

Segundo dato: el comprador extranjero

Casi uno de cada cinco compradores en la ciudad es extranjero, sobre todo en barrios como Ruzafa, El Cabanyal o Benimaclet. Su presupuesto medio es notablemente superior al del comprador local, y eso tensiona los precios en zonas que hace diez años eran asequibles para familias jóvenes.

Tercer dato: el alquiler

El alquiler, lejos de ofrecer una salida, está aún peor. La renta media supera ya los 16 euros por metro cuadrado al mes, y la oferta disponible en los portales se ha reducido casi a la mitad desde 2021, en parte por el paso de pisos al alquiler de temporada.

¿Qué significa todo esto para quien quiere comprar? Que no conviene esperar una bajada de precios inminente, pero sí que hay más margen para negociar que hace un año, sobre todo en viviendas que necesitan reforma o que llevan más de tres meses anunciadas.

«El vendedor que pedía un 10 % por encima de mercado y vendía en una semana ya no existe», me decía la semana pasada una agente con veinte años de experiencia en el barrio de Campanar.

Para quien vende, el mensaje es el inverso: el precio de salida vuelve a importar.

Los tipos de interés ayudan algo. El euríbor ronda el 2,2 % y las hipotecas a tipo fijo se ofrecen por debajo del 3 % en varias entidades, lo que ha devuelto al mercado a compradores que el año pasado se quedaron fuera.

Mi impresión es que estamos ante una meseta más que ante un techo. El problema de fondo, que es la falta de vivienda nueva, sigue intacto, y mientras no se construya más, cualquier pausa será solo eso: una pausa.
"""),
        "head": [
            "Economía › Vivienda",
            "Contenido exclusivo para suscriptores. Suscríbete por 1 € el primer mes.",
            "Escuchar artículo · 6 min",
        ],
        "mid": [
            ("El precio medio de la vivienda", "Publicidad"),
            ("Casi uno de cada cinco", "¿Cuánto vale tu casa? Valórala gratis en dos minutos con nuestra herramienta online."),
            ("«El vendedor que pedía", "Recibe cada jueves «Ladrillo», la newsletter inmobiliaria de Jorge Albiol: datos, tendencias y consejos para comprar o vender. Apúntate gratis."),
            ("Los tipos de interés", "Calcula tu hipoteca\nPrecio de la vivienda: 250.000 €\nPlazo: 30 años\nCuota estimada: 1.054 €/mes\nCalcular"),
        ],
        "tail": [
            "Jorge Albiol Sanchis es economista y analista del mercado inmobiliario. Síguelo en LinkedIn.",
            "Lo más leído\n1. Estos son los barrios más baratos para comprar en Valencia\n2. La nueva ley de alquiler, punto por punto\n3. Cómo desgravar la hipoteca si compraste antes de 2013",
            "Comentarios (58) · Normas de participación",
            "Patrocinado por Hipotecas Turia: tu hipoteca fija al 2,75 % TIN. TAE 3,12 %. Consulta condiciones.",
        ],
        "mixed": [
            ("Primer dato", "start", "Publicidad"),
            ("Cada septiembre", "start", "Este artículo es de pago. Has accedido gracias a tu suscripción."),
            ("Para quien vende", "end", "Te puede interesar: Las hipotecas más baratas de octubre"),
            ("Mi impresión es que", "end", "Compartir en WhatsApp · Compartir en X · Copiar enlace"),
        ],
        "ltop": L("""
Utilizamos cookies propias y de terceros. Puedes aceptarlas, rechazarlas o configurarlas.
Aceptar | Rechazar | Configurar
Diario del Turia
Portada | Valencia | Economía | Deportes | Cultura | Opinión
Suscríbete | Iniciar sesión
Economía › Vivienda
"""),
        "lmid": [
            ("Lo que sí ha cambiado", "Publicidad"),
            ("Tercer dato", "Encuentra tu piso: más de 4.000 viviendas en venta en Valencia en Turia Casa"),
            ("¿Qué significa todo esto", "Noticias relacionadas: El Ayuntamiento limita los nuevos pisos turísticos en Ciutat Vella"),
        ],
        "lbot": L("""
Temas: Vivienda · Valencia · Hipotecas · Alquiler
Aviso legal | Privacidad | Cookies | Publicidad en este medio
© Ediciones del Turia S.L. 2025
"""),
    },
    {
        "slug": "b14-es-comparativa-cafeteras",
        "register": "product comparison on a shop blog",
        "lang": "es",
        "paras": P("""
Comparativa 2025: las mejores cafeteras superautomáticas por menos de 500 €

Hemos probado cinco modelos durante tres semanas en nuestra oficina. Esto es lo que nos ha gustado, lo que no y cuál elegiríamos según lo que bebas

Por el equipo de Cafetalia

Una cafetera superautomática muele el grano, dosifica, prensa y extrae el café con solo pulsar un botón. Durante años fueron un capricho caro, pero hoy hay modelos muy solventes por debajo de los 500 euros. Eso sí: entre ellos hay diferencias importantes en ruido, calidad de la leche y facilidad de limpieza.

Cómo las hemos probado

Cada cafetera preparó al menos 120 cafés: espresso, café largo y, en los modelos que lo permiten, capuchino. Usamos el mismo café de tueste medio, medimos la temperatura en taza y cronometramos el tiempo desde el encendido hasta el primer café.

1. Aurelia Barista S300

Es la que más nos ha convencido en conjunto. Su molinillo cerámico tiene 13 niveles de molienda y el espresso sale con una crema densa y una temperatura constante de 68 grados. El depósito de agua, de 1,8 litros, se extrae por delante, algo que se agradece en cocinas con muebles altos.

Lo mejor: sabor y facilidad de uso.

Lo peor: el vaporizador manual exige algo de práctica.

2. Kessler Caffè Uno

La más silenciosa del grupo y la más compacta, con solo 19 centímetros de ancho. A cambio, el depósito es pequeño y el café largo resulta algo aguado si no se ajusta la molienda.

3. Molino Lattissimo 2

Si bebes sobre todo capuchinos, esta es tu cafetera. Su sistema automático de leche prepara una espuma fina y estable, y el circuito se limpia solo después de cada uso. Es, eso sí, la más ruidosa y la única que tarda más de un minuto en calentar.

4. Brava EasyCafé y 5. Nordika Home B1

Ambas cumplen, pero no destacan. La Brava tiene una pantalla confusa y la Nordika, pese a su buen precio, dejó restos de posos en la taza en varias pruebas.

Nuestra recomendación

Para quien toma café solo, la Aurelia Barista S300. Para amantes de la leche, la Molino Lattissimo 2. Y si el espacio es un problema, la Kessler Caffè Uno.

Un consejo final: descalcifica la cafetera cada dos o tres meses, aunque uses agua filtrada. Alargarás su vida útil y el café sabrá mejor.
"""),
        "head": [
            "Blog › Guías de compra › Cafeteras",
            "Envío gratis en pedidos superiores a 49 € · Devolución en 30 días · Pago en 3 plazos sin intereses",
            "Club Cafetalia: regístrate y llévate un 10 % de descuento en tu primer pedido.",
        ],
        "mid": [
            ("Cómo las hemos probado", "Aurelia Barista S300\n★★★★★ 4,7 (1.284 opiniones)\n449,00 € 529,00 €\nAñadir al carrito"),
            ("Lo peor: el vaporizador", "Kessler Caffè Uno\n★★★★☆ 4,3 (612 opiniones)\n379,00 €\nVer producto"),
            ("Si bebes sobre todo", "¿Dudas? Chatea con nuestros baristas de lunes a viernes de 9:00 a 19:00."),
            ("Ambas cumplen", "Oferta de la semana: 2 kg de café en grano de Colombia por 29,90 € con tu cafetera"),
        ],
        "tail": [
            "Compra ahora y paga en 3 plazos sin intereses con Financiación Cafetalia. Sujeto a aprobación.",
            "Artículos relacionados\nCómo descalcificar tu cafetera paso a paso\nCafé en grano o molido: ¿cuál comprar?",
            "¿Te ha sido útil este artículo? Sí · No",
            "Cafetalia S.L. · Atención al cliente 910 000 000 · Envíos a toda la península en 24/48 h",
        ],
        "mixed": [
            ("Es la que más nos ha convencido", "end", "Ver precio en Cafetalia"),
            ("Nuestra recomendación", "start", "Precio actualizado: 14/10/2025"),
            ("La más silenciosa", "end", "Añadir al carrito"),
            ("Un consejo final", "end", "Descalcificador universal 500 ml: 9,95 € — ¡compra 2 y ahorra 15 %!"),
        ],
        "ltop": L("""
Envío gratis a partir de 49 €
Cafetalia · Tienda de café online
Cafeteras | Café en grano | Cápsulas | Accesorios | Ofertas | Blog
Mi cuenta | Carrito (0)
Blog › Guías de compra › Cafeteras
"""),
        "lmid": [
            ("Una cafetera superautomática", "Ir a la tabla comparativa"),
            ("1. Aurelia Barista S300", "449,00 € – Comprar ahora"),
            ("3. Molino Lattissimo 2", "379,00 € – Ver oferta"),
            ("Nuestra recomendación", "Valoración de los clientes: 4,6 de 5"),
        ],
        "lbot": L("""
Suscríbete a nuestra newsletter
Métodos de pago: Visa · Mastercard · PayPal · Bizum
Condiciones de venta | Devoluciones | Política de privacidad | Cookies
© 2025 Cafetalia S.L.
"""),
    },
]
