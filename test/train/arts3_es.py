from common import P, L

ARTICLES = []

# 1 -- national news: drought emergency lifted
ARTICLES.append(dict(
    slug="es3-sequia-emergencia-barcelona", lang="es", register="national",
    paras=P("""
La Generalitat levanta la emergencia por sequía en Barcelona tras más de un año de restricciones

Las lluvias de otoño han elevado las reservas de los embalses del sistema Ter-Llobregat por encima del 40 %, el umbral fijado para salir de la fase de emergencia.

El Govern ha aprobado este martes el fin de la emergencia por sequía en el área metropolitana de Barcelona y en otros 200 municipios que dependen del sistema Ter-Llobregat. La medida entrará en vigor el próximo lunes, tras su publicación en el Diari Oficial de la Generalitat.

Con el cambio de fase, el consumo máximo por habitante pasa de 200 a 230 litros diarios, incluidos los usos municipales e industriales. También se podrán volver a llenar las piscinas privadas y regar los jardines dos días por semana, siempre fuera de las horas de más calor.

«Salimos de la emergencia, pero no de la sequía», advirtió el conseller de Acción Climática en la rueda de prensa posterior al Consell Executiu. El territorio se mantiene en estado de excepción, la fase inmediatamente anterior, y las restricciones podrían volver si las reservas caen de nuevo.

La agricultura es uno de los sectores más beneficiados. Los regantes del Baix Llobregat podrán aumentar su dotación de agua del 60 % al 75 % de lo habitual, una cifra que las organizaciones agrarias consideran todavía insuficiente.

Las desaladoras del Prat y de Tordera seguirán funcionando a plena capacidad. El Gobierno catalán recuerda que tiene en marcha la ampliación de la planta de Tordera, que debería estar operativa en 2028, y la construcción de una nueva desaladora en Cubelles.

Según la Agencia Catalana del Agua, los embalses de las cuencas internas almacenan actualmente 280 hectómetros cúbicos, frente a los 120 de hace un año. Los expertos recuerdan que la recuperación completa de los acuíferos puede tardar varios años.
"""),
    head=["España › Cataluña",
          "Marta Ribas Barcelona",
          "Actualizado Martes, 19 noviembre 2024 - 14:22",
          "El embalse de Sau, en la provincia de Barcelona, con el nivel de agua recuperado. EFE / Siu Wu"],
    mid=[("Con el cambio de fase", "Publicidad"),
         ("«Salimos de la emergencia", "Te puede interesar\nQué se puede hacer y qué no con cada fase de sequía\nLos embalses españoles, al 48 % de su capacidad"),
         ("Las desaladoras del Prat", "Sigue toda la información de actualidad en nuestro canal de WhatsApp. Únete aquí.")],
    tail=["Archivado en\nSequía\nCataluña\nMedio ambiente\nGeneralitat",
          "Conforme a los criterios de The Trust Project\nSaber más",
          "Suscríbete a El Diario Nacional por 1 € el primer mes y accede sin límites a toda nuestra información.\nSuscríbete ya",
          "Comentarios\nLos comentarios están disponibles solo para suscriptores.",
          "© Unidad Editorial Prensa S.L. Aviso legal · Política de privacidad · Política de cookies"],
    mixed=[("El Govern ha aprobado", "start", "ESPAÑA |"),
           ("La agricultura es uno", "end", "Más información: La sequía reduce un 40 % la cosecha de cereal en Cataluña"),
           ("Según la Agencia Catalana", "end", "Síguenos en Google Discover para no perderte nada.")],
    ltop=L("""
El Diario Nacional
Internacional Economía Deportes Cultura
Iniciar sesión
Suscríbete
"""),
    lmid=[(0, "19/11/2024 14:22"),
          ("Con el cambio de fase", "Publicidad"),
          ("La agricultura es uno", "Compartir en Facebook"),
          ("La agricultura es uno", "Compartir en X")],
    lbot=L("""
Lo más leído
El Supremo confirma la condena al exalcalde de Marbella
Aviso legal
Política de cookies
Configuración de privacidad
Contacto
"""),
))

# 2 -- sport: Basque derby
ARTICLES.append(dict(
    slug="es3-derbi-vasco-real-athletic", lang="es", register="sport",
    paras=P("""
La Real se lleva el derbi vasco con un gol de Oyarzabal en el descuento

La Real Sociedad derrotó 1-0 al Athletic Club en un derbi intenso y con pocas ocasiones, decidido por un cabezazo de su capitán en el minuto 92.

El Reale Arena vivió un derbi de los de antes: duelos en cada balón, 33 faltas y un ambiente eléctrico desde el calentamiento. Durante la primera parte apenas hubo fútbol. El Athletic, más intenso en la presión, obligó a Remiro a intervenir una sola vez, en un disparo lejano que se marchaba cerca de la escuadra.

Tras el descanso, la Real dio un paso al frente. Imanol movió el banquillo con la entrada de Sergio Gómez y Barrenetxea, y los txuri-urdin comenzaron a llegar por las bandas. Unai Simón evitó el primero con una gran mano a remate de Kubo en el minuto 71.

Cuando el empate parecía escrito, un centro medido de Sergio Gómez desde la izquierda encontró a Oyarzabal solo en el segundo palo. El capitán no perdonó y desató la locura en la grada.

«Es un gol que llevaba mucho tiempo soñando. Ganar un derbi así, en el último minuto, es lo más bonito que hay», declaró el delantero a los micrófonos de DAZN. Ernesto Valverde reconoció que su equipo «no mereció perder», aunque lamentó la falta de acierto en los metros finales.

Con esta victoria, la Real Sociedad se coloca a un punto de los puestos europeos. El Athletic, que encadena tres jornadas sin ganar, cae a la sexta posición.

Ficha técnica: Real Sociedad, 1 – Athletic Club, 0. Gol: 1-0, min. 92, Oyarzabal. Árbitro: Gil Manzano. Amonestó a Zubimendi, Aramburu, Vivian, Sancet y Yuri. Unos 38.000 espectadores.
"""),
    head=["Fútbol › LaLiga EA Sports › Jornada 15",
          "Por Iñigo Etxeberria · San Sebastián",
          "Actualizado a 01/12/2024 · 20:51 CET",
          "Oyarzabal celebra el gol de la victoria ante la afición txuri-urdin. / Juan Herrero (EFE)"],
    mid=[("El Reale Arena vivió", "PUBLICIDAD"),
         ("Cuando el empate parecía", "Relacionadas\nImanol: «Este equipo nunca se rinde»\nLas notas de los jugadores de la Real"),
         ("Con esta victoria", "¿Quieres ver todos los partidos de LaLiga? Consigue DAZN con un 50 % de descuento el primer mes. Ver oferta")],
    tail=["Clasificación LaLiga\nResultados\nCalendario",
          "Descárgate la app de Deportes Norte y recibe alertas con los goles de tu equipo en directo.",
          "Etiquetas: Real Sociedad, Athletic Club, Mikel Oyarzabal, LaLiga",
          "Hay 56 comentarios. ¡Únete a la conversación!",
          "© Deportes Norte S.L. Reservados todos los derechos."],
    mixed=[("La Real Sociedad derrotó", "start", "EN DIRECTO |"),
           ("«Es un gol que llevaba", "end", "Vídeo: las declaraciones de Oyarzabal tras el partido."),
           ("Tras el descanso", "start", "Foto: EFE")],
    ltop=L("""
Deportes Norte
Fútbol Baloncesto Pelota Ciclismo
Resultados
Entrar
"""),
    lmid=[(0, "01/12/2024 · 20:51"),
          ("El Reale Arena vivió", "PUBLICIDAD"),
          ("Cuando el empate parecía", "Galería: las mejores imágenes del derbi")],
    lbot=L("""
Compartir
Comentar
Noticias relacionadas
Quiénes somos
Aviso legal
Política de privacidad
"""),
))

# 3 -- recipe: salmorejo
ARTICLES.append(dict(
    slug="es3-receta-salmorejo", lang="es", register="recipe",
    paras=P("""
Salmorejo cordobés: la receta tradicional, paso a paso

El salmorejo es mucho más que un gazpacho espeso. En Córdoba se prepara solo con tomate, pan, ajo, aceite y sal, y el secreto está en la calidad de cada ingrediente y en triturarlo el tiempo suficiente para que quede cremoso.

Tiempo total: 20 minutos, más 2 horas de refrigeración. Dificultad: fácil.

Ingredientes para 4 personas

1 kg de tomates pera bien maduros

200 g de pan de telera o pan candeal del día anterior

1 diente de ajo pequeño

150 ml de aceite de oliva virgen extra

1 cucharadita de sal

Para decorar: 2 huevos cocidos y 80 g de jamón ibérico en taquitos

Elaboración

Lavamos los tomates, les quitamos el pedúnculo y los troceamos. Los trituramos con la batidora hasta obtener un puré fino y lo pasamos por un colador para eliminar pieles y pepitas.

Troceamos el pan, lo añadimos al tomate y dejamos que se empape durante unos diez minutos.

Añadimos el ajo y la sal y volvemos a triturar. Con la batidora en marcha, incorporamos el aceite en un hilo fino hasta que la crema emulsione y adquiera un color anaranjado.

Probamos y rectificamos de sal. Lo guardamos en la nevera al menos dos horas y lo servimos muy frío, con el huevo picado, el jamón y un chorrito de aceite por encima.

Truco: si el salmorejo queda demasiado espeso, añade un poco de agua fría; si queda líquido, un trozo más de pan. Y quítale el germen al ajo para que no repita.
"""),
    head=["Inicio › Recetas › Sopas y cremas",
          "Publicado por Lucía Moreno el 12 de junio de 2024",
          "Guardar receta\nImprimir\nCompartir",
          "Valoración: 4,9 de 5 (1.204 votos)"],
    mid=[("Tiempo total:", "Publicidad"),
         ("Para decorar:", "Nuestra recomendación: batidora de vaso de 1.200 W, ideal para cremas frías. Ver precio en Amazon"),
         ("Probamos y rectificamos", "¿Te ha gustado esta receta? Suscríbete a nuestro boletín y recibe cada semana nuevas ideas para cocinar en casa.")],
    tail=["Si haces esta receta, no olvides etiquetarnos en Instagram con #LaCocinaDeLucia. ¡Nos encanta ver vuestras versiones!",
          "Otras recetas que te pueden gustar\nGazpacho andaluz\nAjoblanco malagueño\nPorra antequerana",
          "Deja tu comentario\nTu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
          "Esta web utiliza cookies propias y de terceros para analizar el tráfico y mostrarte publicidad relacionada con tus preferencias. Aceptar | Rechazar | Configurar",
          "© 2024 La Cocina de Lucía · Aviso legal · Política de privacidad"],
    mixed=[("El salmorejo es mucho más", "start", "Contiene enlaces de afiliados."),
           ("Truco: si el salmorejo", "end", "¡Valora esta receta!"),
           ("Elaboración", "end", "Ir a la receta imprimible")],
    ltop=L("""
La Cocina de Lucía
Recetas
Menús semanales
Tienda
Contacto
"""),
    lmid=[(0, "12 de junio de 2024"),
          ("1 diente de ajo", "Publicidad"),
          ("Lavamos los tomates", "Vídeo: así se hace el salmorejo")],
    lbot=L("""
Imprimir receta
Pinterest
Comentarios (37)
Aviso legal
Política de cookies
"""),
))

# 4 -- TRAP: the newsletter business
ARTICLES.append(dict(
    slug="es3-auge-newsletters-periodistas", lang="es", register="media", trap=True,
    paras=P("""
El negocio de escribir cartas: los periodistas que viven de sus newsletters

Cada vez más periodistas españoles abandonan las redacciones para lanzar sus propios boletines por correo electrónico. Algunos ya superan los 5.000 suscriptores de pago.

Cuando Ana Belén Villar dejó su puesto de redactora de economía en un diario madrileño, hace dos años, no tenía claro que pudiera vivir de escribir un correo a la semana. Hoy su newsletter sobre vivienda, Tejado, tiene 41.000 lectores gratuitos y 3.800 suscriptores que pagan cinco euros al mes por recibir análisis extra y datos exclusivos.

«La gente no paga por la información, que está en todas partes. Paga por el criterio de alguien en quien confía», explica Villar. Su modelo es el más habitual: una edición gratuita que sirve de escaparate y una de pago con contenidos adicionales.

Plataformas como Substack, Ghost o Beehiiv dan las herramientas para gestionar las altas, los cobros y los envíos a cambio de una comisión, que suele oscilar entre el 5 % y el 10 % de los ingresos. La mayoría de los autores consultados dedica además parte de su tiempo a buscar patrocinadores, que pagan por aparecer con un breve anuncio al inicio del boletín.

Los medios tradicionales también se han sumado a la tendencia. Casi todos los grandes diarios ofrecen hoy decenas de boletines temáticos, y varios los utilizan como puerta de entrada a sus suscripciones digitales. Según el Digital News Report, el 12 % de los españoles recibe al menos una newsletter informativa a la semana.

No todos los proyectos salen adelante. «El primer año casi lo dejo: tenía 300 suscriptores y pasaba más tiempo haciendo promoción en redes que escribiendo», reconoce Daniel Osuna, autor de un boletín sobre fútbol modesto. La saturación de las bandejas de entrada y la dificultad para que un correo no acabe en la carpeta de promociones son los principales obstáculos que citan los autores.

Para la profesora de Periodismo de la Universidad de Navarra Elena Goñi, el fenómeno dice mucho del momento de la profesión: «Es un modelo que premia la marca personal y la constancia, pero también traslada al periodista todo el riesgo empresarial».
"""),
    trap_promo=("tail", "¿Te ha interesado este tema? Apúntate a «Titulares», nuestra newsletter semanal sobre medios y comunicación. Es gratis y llega cada lunes a tu correo."),
    head=["Comunicación",
          "Sara Llorente Madrid",
          "Domingo, 9 de febrero 2025 - 08:30",
          "Escuchar esta noticia"],
    mid=[("«La gente no paga", "Publicidad"),
         ("Los medios tradicionales", "Leer más\nLa suscripción digital se estanca en los grandes diarios\nPódcast: cómo se financia el periodismo local")],
    tail=["¿Te ha interesado este tema? Apúntate a «Titulares», nuestra newsletter semanal sobre medios y comunicación. Es gratis y llega cada lunes a tu correo.",
          "Este contenido es exclusivo para suscriptores. Ya soy suscriptor: Iniciar sesión",
          "Compartir en WhatsApp\nCompartir en LinkedIn\nCopiar enlace",
          "Más sobre: Periodismo · Medios de comunicación · Internet"],
    mixed=[("Cada vez más periodistas", "end", "Contenido exclusivo para suscriptores"),
           ("Para la profesora de Periodismo", "end", "Puedes escribir a la autora a sllorente@elcorreodeldomingo.es"),
           ("Plataformas como Substack", "start", "Publicidad")],
    ltop=L("""
El Correo del Domingo
Opinión
Sociedad
Comunicación
Suscríbete
"""),
    lmid=[(0, "09/02/2025"),
          ("«La gente no paga", "Publicidad"),
          ("No todos los proyectos", "Escuchar artículo")],
    lbot=L("""
Comentar
Lo más visto
Aviso legal
Política de cookies
Mapa web
"""),
))

# 5 -- science: Iberian lynx census
ARTICLES.append(dict(
    slug="es3-censo-lince-iberico", lang="es", register="science",
    paras=P("""
El lince ibérico supera los 2.000 ejemplares por primera vez desde que hay registros

El último censo cifra la población en 2.021 linces en España y Portugal, un 20 % más que el año anterior. Hace dos décadas quedaban menos de un centenar.

El censo, elaborado por las comunidades autónomas y el Ministerio para la Transición Ecológica a partir de fototrampeo y seguimiento de rastros, contabiliza 722 hembras reproductoras y 1.299 ejemplares entre machos adultos, jóvenes y cachorros nacidos en el último año.

Andalucía se consolida como la región con más linces, con 755 ejemplares repartidos entre Doñana, Sierra Morena y nuevas áreas de reintroducción como la de Guarrizas, en Jaén, seguida muy de cerca por Castilla-La Mancha, con 734. En Portugal, la población del valle del Guadiana ya supera los 290 individuos.

«Es un éxito de la conservación sin precedentes en Europa para un felino», explica la bióloga Ramona Castillejo, que ha coordinado el seguimiento en Sierra Morena. Según los investigadores, la clave ha sido la combinación de cría en cautividad, reintroducción en zonas con abundancia de conejo y acuerdos con propietarios de fincas privadas.

Los expertos advierten, sin embargo, de que la especie no está fuera de peligro. Los atropellos siguen siendo la principal causa de muerte no natural: el año pasado murieron 178 linces en las carreteras, la cifra más alta registrada. La baja diversidad genética de algunas poblaciones aisladas y las enfermedades que afectan al conejo son otras amenazas.

La UICN rebajó en 2024 la categoría de amenaza del lince de «en peligro» a «vulnerable». El objetivo de los programas de conservación es alcanzar un estado favorable, que los científicos sitúan en torno a 3.000 hembras reproductoras conectadas genéticamente entre sí.
"""),
    head=["Ciencia › Medio ambiente",
          "Agencia SINC / Redacción",
          "Publicado el 22/05/2025",
          "Una hembra de lince ibérico con sus cachorros en Sierra Morena. / Programa de conservación Ex-situ del lince ibérico"],
    mid=[("El censo, elaborado", "Publicidad"),
         ("«Es un éxito de la conservación", "Puede que te interese\nLos buitres negros vuelven a criar en la sierra de Madrid\nQué es el fototrampeo y por qué revoluciona la biología\nLa sequía amenaza a los anfibios del Pirineo"),
         ("Los expertos advierten", "Apoya la divulgación científica independiente. Hazte socio desde 3 € al mes.")],
    tail=["¿Te ha gustado este artículo? Compártelo:\nFacebook\nX\nBluesky",
          "Derechos: Creative Commons. Puedes reproducir este contenido citando la fuente.",
          "Recibe nuestro boletín semanal de ciencia y naturaleza. Introduce tu correo electrónico\nSuscribirme",
          "Etiquetas: biodiversidad, lince ibérico, conservación, Doñana",
          "Nuestra web utiliza cookies. Al continuar navegando, consideramos que acepta su uso. Más información | Aceptar"],
    mixed=[("El último censo cifra", "end", "Lectura: 3 min"),
           ("La UICN rebajó en 2024", "end", "Comparte esta noticia en tus redes sociales."),
           ("Andalucía se consolida", "start", "Ver mapa interactivo")],
    ltop=L("""
Ciencia Abierta
Salud
Tecnología
Tierra y clima
Menú
"""),
    lmid=[(0, "22/05/2025 10:00 CEST"),
          ("El censo, elaborado", "Publicidad"),
          ("La UICN rebajó en 2024", "Comparte")],
    lbot=L("""
Noticias relacionadas
Boletín
Quiénes somos
Aviso legal
Accesibilidad
"""),
))

# 6 -- forum thread: fixed vs variable mortgage
ARTICLES.append(dict(
    slug="es3-foro-hipoteca-fija-variable", lang="es", register="forum",
    paras=P("""
¿Hipoteca fija o variable en 2025? Me ofrecen las dos y no sé cuál elegir

Hola a todos. Estamos a punto de firmar nuestra primera hipoteca: 180.000 euros a 30 años. El banco nos ofrece fija al 2,85 % o variable a euríbor más 0,79 %, con bonificaciones por nómina y seguro de hogar en ambos casos. ¿Qué haríais vosotros?

Yo me fui a fija en 2022 y no me arrepiento. Con el euríbor ahora mismo por debajo del 2,5 % la variable parece más barata, pero 30 años es mucho tiempo. Para mí la tranquilidad de saber lo que voy a pagar cada mes no tiene precio.

Depende mucho de cuánto margen tengas en tu economía. Haz el cálculo con el euríbor al 4 %, como en 2023: si podéis pagar esa cuota sin agobios, la variable puede salir a cuenta. Si no, fija sin dudarlo.

Ojo con las bonificaciones. El seguro de hogar del banco suele costar el doble que uno contratado por tu cuenta. Pedid la oferta vinculante sin bonificar y comparad el coste total, no solo el tipo de interés.

Otra opción que no habéis mencionado es la mixta: algunos bancos ofrecen un tipo fijo los primeros 10 años y luego variable. Nosotros la tenemos y de momento contentos, aunque el diferencial de la parte variable era algo más alto.

Gracias a todos por las respuestas, de verdad. Hemos hecho números con el euríbor al 4 % y nos quedaríamos muy justos, así que vamos a ir a fija. Y vamos a pedir presupuesto del seguro de hogar por fuera, que no lo habíamos pensado.
"""),
    head=["Foro › Economía doméstica › Hipotecas y vivienda",
          "Tema iniciado por lauraymiguel_84 · 14 feb. 2025",
          "Respuestas: 5 · Visitas: 2.318"],
    mid=[("Hola a todos.", "Publicidad"),
         ("Yo me fui a fija", "Responder · Citar · Me gusta (12)"),
         ("Depende mucho de cuánto", "Consigue tu hipoteca con el mejor tipo. Compara más de 20 bancos gratis en 2 minutos. Calcular ahora")],
    tail=["Para responder a este tema debes iniciar sesión o registrarte.",
          "Temas similares\nEuríbor: ¿subirá en 2025?\nSeguro de vida vinculado a la hipoteca, ¿es obligatorio?\nGastos de notaría: quién paga qué",
          "Normas del foro · Política de privacidad · Contacto",
          "Usamos cookies para mejorar tu experiencia en el foro. Al hacer clic en «Aceptar», consientes su uso."],
    mixed=[("Ojo con las bonificaciones", "start", "Respuesta destacada"),
           ("Otra opción que no habéis", "end", "Editado por última vez: 15 feb. 2025"),
           ("Gracias a todos por", "end", "Marcar como solución")],
    ltop=L("""
ForoHogar
Últimos mensajes
Buscar
Iniciar sesión
Registrarse
"""),
    lmid=[(0, "lauraymiguel_84"),
          (1, "pacoalbacete"),
          (2, "ecofinanzas_madrid"),
          ("Ojo con las bonificaciones", "Publicidad"),
          (4, "sandra.vlc")],
    lbot=L("""
Responder
Temas similares
Normas del foro
Aviso legal
"""),
))
