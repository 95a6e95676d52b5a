import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
    dict(
        slug="t8-es-vivienda-alquiler-valencia",
        lang="es",
        register="economía vivienda",
        paras=P("""
El precio medio del alquiler en la ciudad de Valencia subió un 11,4 % en 2025 y se situó en 14,80 euros por metro cuadrado, según el informe anual del portal inmobiliario Habitaclick publicado este martes.

Es el mayor incremento entre las capitales de provincia, por delante de Málaga (9,8 %) y Madrid (8,1 %).

Los barrios con mayores subidas fueron Russafa, el Cabanyal y Benimaclet, donde la presión del alquiler de temporada y de los pisos turísticos sigue siendo intensa, según el estudio.

"Una familia con dos sueldos medios ya dedica más del 40 % de sus ingresos a pagar el alquiler", explica el economista de la Universitat de València Andreu Ferrer.

El Ayuntamiento defiende que la moratoria de nuevas licencias turísticas, en vigor desde mayo, empezará a notarse este año. La concejala de Vivienda, Marta Llorens, anunció además la construcción de 620 viviendas de alquiler asequible en Moreras.

Los inquilinos pueden consultar si su contrato cumple la ley en la oficina municipal de vivienda o descargar la guía gratuita del Ministerio, recordó la concejala.

Por su parte, el Sindicat de Llogateres ha convocado una manifestación para el próximo 14 de febrero.

Qué dicen los propietarios

La Asociación de Propietarios de Viviendas de Valencia atribuye la subida a la escasez de oferta y a la inseguridad jurídica. "Hay pisos vacíos porque los dueños tienen miedo", afirma su presidente, Vicente Sanchis.
"""),
        head=[
            "Diario del Turia",
            "Escuchar este artículo · 4 min",
            "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes.",
        ],
        mid=[
            (1, "Publicidad"),
            (4, "Lee también: Valencia limitará los pisos turísticos en todo el centro histórico"),
            (6, "Recibe cada mañana las noticias más importantes de Valencia con nuestra newsletter 'Bon dia'. Apúntate gratis"),
        ],
        tail=[
            "Únete a nuestro canal de WhatsApp y recibe las noticias de la Comunitat Valenciana en tu móvil.",
            "Sigue a Diario del Turia en Google Noticias.",
            "Comentarios (23)",
            "© Editorial Turia Media S.L.",
        ],
        mixed=[
            (0, "start", "PUBLICIDAD"),
            (2, "end", "Foto: EFE/Manuel Bruque"),
            (3, "end", "Lee también: ¿Cuánto cuesta alquilar una habitación en Valencia?"),
            (4, "start", "Apúntate a 'Bon dia', la newsletter gratuita de Diario del Turia."),
            (6, "start", "Publicidad"),
            (8, "end", "Únete a nuestro canal de WhatsApp para no perderte nada."),
        ],
        ltop=L("""
Ir al contenido
Diario del Turia
València ciudad
Comunitat
Economía
Deportes
Iniciar sesión
Suscríbete
El alquiler en Valencia sube un 11,4 % y lidera el encarecimiento en España
Por Laura Ivars
Actualizado: 27/01/2026 - 09:30h
"""),
        lmid=[
            (2, "Publicidad"),
            (5, "Edificio de viviendas en el barrio de Russafa. / DT"),
        ],
        lbot=L("""
Temas: Vivienda, Alquiler, Ayuntamiento de Valencia
Compartir en Facebook
Compartir en X
Aviso legal
Política de privacidad
Configuración de cookies
© Diario del Turia
"""),
    ),
    dict(
        slug="t8-es-viaje-asturias-oriente",
        lang="es",
        register="viajes reportaje",
        paras=P("""
El oriente de Asturias en invierno es otro lugar: sin colas en los lagos de Covadonga, con la niebla enganchada en los Picos y las sidrerías llenas de gente de la zona.

Llegamos a Cangas de Onís un jueves de enero. Hacía cuatro grados y el puente romano estaba vacío, algo impensable en agosto.

Los lagos sin restricciones

En temporada alta, el acceso en coche a los lagos de Covadonga está cortado y hay que subir en autobús. En invierno se puede subir en coche, aunque conviene consultar el estado de la carretera antes de salir.

El lago Enol estaba medio helado. En dos horas nos cruzamos con seis personas y un rebaño de vacas casinas.

Dónde comer

En Arriondas, la Casa Mirta sirve un cachopo de ternera para dos por 28 euros y una fabada que justifica el viaje.

En Llanes recomendamos el puerto a última hora de la tarde, cuando vuelven los barcos.

Consejos prácticos

Lleva cadenas en el coche entre diciembre y marzo.

Muchos alojamientos rurales cierran entre semana en invierno: llama antes de ir.
"""),
        head=[
            "Escapadas",
            "Este artículo contiene enlaces de afiliados. Si reservas a través de ellos, podemos recibir una comisión.",
        ],
        mid=[
            (1, "Publicidad"),
            (5, "Reserva tu casa rural en Asturias con un 15 % de descuento en RuralNido."),
            (8, "Te puede interesar: Los 10 pueblos más bonitos de Cantabria para ir en invierno"),
        ],
        tail=[
            "¿Te ha gustado este artículo? Suscríbete a 'Maleta', nuestra newsletter de viajes, y recibe cada viernes una escapada nueva.",
            "Síguenos en Instagram: @maletaviajes",
            "Más escapadas",
            "Las mejores rutas de senderismo por los Picos de Europa",
        ],
        mixed=[
            (0, "end", "Foto: Getty Images/iStock"),
            (1, "start", "Publicidad"),
            (3, "end", "Consulta precios de hoteles en Cangas de Onís en Booking."),
            (4, "start", "Suscríbete a 'Maleta' y recibe una escapada cada viernes."),
            (6, "end", "Te puede interesar: Sidrerías de Gijón: las 8 que nunca fallan"),
            (9, "start", "Compartir en WhatsApp"),
        ],
        ltop=L("""
Revista Maleta
Destinos
Escapadas
Gastronomía
Naturaleza
Newsletter
Asturias en invierno: el oriente sin turistas
Texto y fotos: Nuria Castaño
15 de enero de 2026
"""),
        lmid=[
            (2, "El lago Enol, en enero. / N. C."),
            (6, "Publicidad"),
        ],
        lbot=L("""
Compartir
Etiquetas: Asturias, Escapadas de invierno
Quiénes somos
Publicidad en Maleta
Aviso legal
Política de cookies
© Revista Maleta 2026
"""),
    ),
    dict(
        slug="t8-es-tribunal-contratos-diputacion",
        lang="es",
        register="tribunales",
        paras=P("""
La Audiencia Provincial de Jaén ha condenado a tres años y medio de prisión al exdiputado provincial de Obras Públicas Rafael Mengíbar por adjudicar contratos de asfaltado a una empresa de su cuñado entre 2017 y 2020.

El tribunal le considera autor de un delito continuado de prevaricación y otro de tráfico de influencias, y le impone además nueve años de inhabilitación para empleo o cargo público.

Según la sentencia, a la que ha tenido acceso este diario, Mengíbar fraccionó al menos 41 obras para que no superaran el umbral de los contratos menores y pudieran adjudicarse sin concurso.

La empresa beneficiada, Asfaltos del Guadalbullón, facturó 1,9 millones de euros a la Diputación en ese periodo.

El cuñado del exdiputado, Antonio Vílchez, ha sido condenado a dos años como cooperador necesario.

La defensa sostuvo durante el juicio que las obras eran urgentes y que no había otras empresas disponibles en la comarca. Los magistrados rechazan ese argumento: "La urgencia fue la excusa, no la causa".

La sentencia no es firme y puede recurrirse ante el Tribunal Superior de Justicia de Andalucía.

La Diputación, que ejercía la acusación particular, ha anunciado que reclamará la devolución de las cantidades pagadas de más.
"""),
        head=[
            "Tribunales",
            "Escuchar noticia",
        ],
        mid=[
            (2, "Publicidad"),
            (5, "LEER MÁS: La Guardia Civil investiga obras sin licencia en tres pueblos de Sierra Mágina"),
        ],
        tail=[
            "Apoya el periodismo local. Hazte socio de Jaén al Día desde 3 euros al mes.",
            "Recibe las noticias de Jaén en tu correo: suscríbete a nuestro boletín diario.",
            "Comentarios (9)",
        ],
        mixed=[
            (0, "start", "Escuchar este artículo · 3 min"),
            (1, "end", "PUBLICIDAD"),
            (2, "end", "LEER MÁS: El PSOE pide la dimisión del vicepresidente de la Diputación"),
            (4, "start", "Foto: Jaén al Día/Archivo"),
            (5, "end", "Hazte socio de Jaén al Día desde 3 € al mes y apoya el periodismo local."),
            (7, "start", "Síguenos en X, Facebook e Instagram."),
        ],
        ltop=L("""
Jaén al Día
Portada
PROVINCIA
Sucesos
Tribunales
Opinión
Hazte socio
Condenado a tres años y medio el exdiputado que dio obras a la empresa de su cuñado
Redacción
Jaén, 26 ENE 2026 - 13:05
"""),
        lmid=[
            (3, "Publicidad"),
            (6, "Noticias relacionadas"),
        ],
        lbot=L("""
Lo más leído
Contacto
Aviso legal
Política de privacidad
Ajustes de cookies
© 2026 Jaén al Día Comunicación S.L.
"""),
    ),
    dict(
        slug="t8-es-trap-app-abono-transporte",
        lang="es",
        register="servicios transporte",
        trap=True,
        trap_promo=(3, "Publicidad"),
        paras=P("""
Desde el 1 de febrero, el abono de transporte de Zaragoza podrá llevarse en el móvil. El Ayuntamiento ha presentado este lunes la nueva aplicación Bus Zaragoza Pass, que sustituirá progresivamente a la tarjeta física.

Para usarla, los viajeros deberán descargar la app, disponible para Android e iOS, y registrarse con su DNI. Después podrán recargar el abono con tarjeta bancaria o Bizum.

El precio no cambia: el abono mensual general cuesta 20 euros y el joven, 10 euros, gracias a las ayudas estatales y autonómicas.

El consejero de Movilidad, Pedro Lahoz, explicó que la aplicación permitirá además consultar en tiempo real cuándo llega el próximo autobús o tranvía y recibir avisos de incidencias.

"No queremos dejar a nadie atrás", aseguró. Las personas que no tengan teléfono inteligente podrán seguir usando la tarjeta de plástico, que se podrá recargar en los estancos y en las oficinas de atención al cliente.

Las asociaciones de mayores han pedido que se refuercen esos puntos de atención y que se organicen talleres para aprender a usar la aplicación.

La Federación de Asociaciones de Barrio critica también que la app pida permiso para acceder a la ubicación. El Ayuntamiento asegura que los datos no se comparten con terceros y que la localización puede desactivarse.

Quienes tengan dudas pueden llamar al 976 000 010 o acudir a la oficina de la plaza de España.
"""),
        head=[
            "Movilidad urbana",
            "Escuchar este artículo · 3 min",
        ],
        mid=[
            (1, "Publicidad"),
            (4, "Te puede interesar: El tranvía de Zaragoza ampliará su horario los fines de semana"),
        ],
        tail=[
            "Descarga la app de Heraldo Aragonés y recibe las últimas noticias en tu móvil.",
            "Compartir en WhatsApp",
            "Comentarios (31)",
        ],
        mixed=[
            (0, "end", "Foto: Ayuntamiento de Zaragoza"),
            (1, "start", "PUBLICIDAD"),
            (2, "end", "Descarga gratis la app de Heraldo Aragonés para Android e iOS."),
            (4, "start", "Te puede interesar: Estas son las líneas de bus que cambian de recorrido"),
            (5, "end", "Suscríbete a Heraldo Aragonés por 4,99 € al mes."),
            (7, "start", "Síguenos en nuestro canal de WhatsApp."),
        ],
        ltop=L("""
Heraldo Aragonés
Zaragoza ciudad
Aragón
Deportes
Suscríbete
Entrar
El abono de transporte de Zaragoza llega al móvil: así funciona la nueva app
Por Irene Lasheras
27/01/2026 actualizado a las 18:22h
"""),
        lmid=[
            (2, "Publicidad"),
            (5, "Vídeo: Así funciona Bus Zaragoza Pass"),
        ],
        lbot=L("""
Noticias relacionadas
Última hora
Aviso legal
Privacidad
Cookies
© Heraldo Aragonés
"""),
    ),
]
