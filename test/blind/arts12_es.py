"""Blind set 9 (arts12), Spanish: basketball match report, income-tax personal-finance guide."""
from common import P, L

ARTICLES = [
    {
        "slug": "b12-es-baloncesto-semifinal-copa",
        "register": "crónica deportiva",
        "lang": "es",
        "paras": P("""
El Valdeoro remonta 17 puntos y se mete en la final de Copa

El Valdeoro Basket jugará su primera final de Copa tras remontar una desventaja de 17 puntos ante el Real Orbea (84-79) en una semifinal que parecía perdida al descanso.

Los vascos dominaron la primera mitad con un acierto exterior insultante: nueve triples en 20 minutos, cuatro de ellos del base lituano Mantas Kairys, que se fue al vestuario con 16 puntos.

Al descanso, el marcador reflejaba un 31-48 que hacía presagiar una final inédita para el Orbea.

Pero el equipo de Sergio Almagro salió transformado tras el paso por los vestuarios. Una defensa zonal 2-3 atascó el ataque visitante, que tardó más de cuatro minutos en anotar su primera canasta del tercer cuarto.

El pívot senegalés Ibrahima Ndiaye se convirtió en el eje de la reacción. Capturó 14 rebotes, puso tres tapones y anotó los puntos que dieron al Valdeoro su primera ventaja, 72-71, a falta de tres minutos.

«En el vestuario nadie gritó», explicó Almagro tras el partido. «Les dije que no necesitábamos 17 puntos en una jugada, sino parar diez ataques seguidos».

El Orbea aún tuvo una última opción, pero el triple de Kairys desde la esquina, con 20 segundos por jugar, se salió del aro.

La grada, teñida de verde por unos 3.000 aficionados del Valdeoro, despidió a los suyos con una ovación que duró varios minutos.

Ficha técnica

Valdeoro Basket (84): Ruiz (9), Castaño (12), Olsen (15), Ferrer (8), Ndiaye (22) –cinco inicial– Molina (6), Durán (7), Beltrán (5).

Real Orbea (79): Kairys (24), Etxeberria (10), Walsh (13), Gorostiza (6), Mensah (14) –cinco inicial– Arrieta (7), López (5).

Parciales: 14-25, 17-23, 28-16, 25-15.

El Valdeoro disputará el título el domingo, a las 19.00, ante el vencedor de la otra semifinal entre el Atlético Sur y el Náutico Levante.
"""),
        "head": [
            "Baloncesto › Copa › Semifinales",
            "Vive la final con el minuto a minuto de Diario Cancha: activa las alertas y no te pierdas ni una canasta.",
        ],
        "mid": [
            ("Al descanso, el marcador", "Apuesta por el campeón de Copa: Valdeoro a 2,75 en BetLiga.\n+18. Juega con responsabilidad."),
            ("«En el vestuario", "Vídeo | Los mejores momentos de la remontada (2:58)"),
            ("La grada, teñida", "Publicidad"),
        ],
        "tail": [
            "Hazte Socio Cancha+ y disfruta de análisis, estadísticas avanzadas y cero anuncios por 2,99 € al mes.",
            "Te puede interesar\nNdiaye, el pívot que llegó de Tercera\nAsí quedan los cruces de la Copa\nAlmagro renueva hasta 2027",
            "Síguenos en TikTok: @diariocancha",
        ],
        "mixed": [
            ("El Valdeoro Basket jugará", "end", "Foto: Lorena Gil / Diario Cancha."),
            ("Pero el equipo de Sergio", "start", "Consulta aquí las estadísticas completas del partido."),
            ("El Orbea aún tuvo", "end", "Descarga la app de Diario Cancha y recibe los resultados al instante."),
            ("El Valdeoro disputará", "end", "Las entradas para la final ya están a la venta en nuestra taquilla online con descuento para socios."),
        ],
        "ltop": L("""
Diario Cancha
Fútbol
Baloncesto
Motor
Tenis
Más deportes
Cancha+
Iniciar sesión
Baloncesto › Copa › Semifinales
"""),
        "lmid": [
            ("Los vascos dominaron", "Publicidad"),
            ("Ficha técnica", "Vídeo: la remontada en 3 minutos"),
        ],
        "lbot": L("""
Te puede interesar
Hazte Socio Cancha+
Aviso legal
Política de cookies
© Diario Cancha S.L.
"""),
    },
    {
        "slug": "b12-es-finanzas-declaracion-renta",
        "register": "finanzas personales",
        "lang": "es",
        "paras": P("""
Declaración de la renta: cinco errores que pueden salirte caros

La campaña de la renta arranca en abril y, como cada año, millones de contribuyentes se limitarán a confirmar el borrador que les propone Hacienda. Es cómodo, pero no siempre es buena idea.

El borrador se elabora con los datos que la Agencia Tributaria tiene en su poder, y no siempre están todos. Antes de confirmarlo conviene revisar al menos estos puntos.

1. No comprobar las deducciones autonómicas

Cada comunidad autónoma tiene sus propias deducciones: por alquiler de vivienda habitual, por nacimiento de hijos, por gastos de guardería o por donativos a entidades locales. Muchas no aparecen en el borrador y hay que añadirlas a mano.

2. Olvidar el cambio de domicilio

Si te has mudado durante el año, el domicilio fiscal determina qué deducciones autonómicas puedes aplicar. Un dato desactualizado puede hacer que pierdas una rebaja a la que tienes derecho.

3. Declarar mal las ayudas públicas

Algunas ayudas, como determinadas subvenciones para la compra de vehículos eléctricos o la rehabilitación de viviendas, tributan y deben incluirse. Otras están exentas. «Es uno de los errores que más requerimientos genera», advierte Marta Lozano, asesora fiscal en Zaragoza.

4. No elegir bien entre declaración individual y conjunta

En los matrimonios con dos sueldos parecidos, la declaración individual suele salir mejor. Cuando uno de los cónyuges no tiene ingresos o son muy bajos, la conjunta puede compensar. El programa de la Agencia Tributaria permite comparar ambas opciones antes de presentar.

5. Dejarlo para el último día

Presentar con prisas multiplica los despistes. Además, quien quiera domiciliar el pago debe hacerlo unos días antes de que termine el plazo; después, solo podrá pagar directamente en el banco.

Si detectas un error después de presentar la declaración, puedes corregirlo con una rectificación, tanto si te perjudica como si te beneficia.
"""),
        "head": [
            "Economía › Mis finanzas › Renta",
            "Estás leyendo uno de tus 5 artículos gratuitos de este mes. Con La Voz+ lo lees todo, sin límites.",
        ],
        "mid": [
            ("Cada comunidad autónoma", "Calcula gratis cuánto te devuelve Hacienda con nuestro simulador de la renta →"),
            ("Algunas ayudas, como", "Publicidad\nCuenta Remunerada Norte: 2,50 % TAE el primer año. Sin comisiones. Más información"),
            ("En los matrimonios", "Newsletter «El Bolsillo»: cada martes, las claves para que tu dinero rinda más. Apúntate gratis."),
        ],
        "tail": [
            "Más sobre la renta\nQué gastos puedo desgravar si teletrabajo\nCalendario completo de la campaña\nCómo pedir cita previa en Hacienda",
            "Comenta esta noticia · 32 comentarios",
            "Recibe las últimas noticias de Economía en tu WhatsApp: únete a nuestro canal.",
        ],
        "mixed": [
            ("La campaña de la renta", "end", "Resuelve tus dudas en nuestro consultorio fiscal gratuito, todos los jueves."),
            ("El borrador se elabora", "start", "Algunos enlaces de esta página son de afiliación y pueden generarnos una comisión."),
            ("Presentar con prisas", "end", "Suscríbete a La Voz+ para leer sin límites todo el año."),
            ("Si detectas un error", "end", "Comparte esta guía con quien aún no haya hecho la declaración."),
        ],
        "ltop": L("""
La Voz del Ebro
Aragón
España
Economía
Deportes
La Voz+
Entrar
Economía › Mis finanzas › Renta
"""),
        "lmid": [
            ("2. Olvidar", "Publicidad"),
            ("4. No elegir", "Simulador de la renta"),
        ],
        "lbot": L("""
Más sobre la renta
Suscríbete a La Voz+
Contacto
Configuración de privacidad
© La Voz del Ebro, S.A.
"""),
        "fbot_extra": [
            "Utilizamos cookies propias y de terceros para mostrarte publicidad relacionada con tus preferencias. Aceptar y cerrar Rechazar Más opciones",
        ],
    },
]
