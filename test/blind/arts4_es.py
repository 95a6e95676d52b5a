from common import P, L

ARTICLES = [
dict(
    slug="b3-es-deporte-betis",
    lang="es",
    register="sport",
    paras=P("""
El Betis remonta en Vigo y duerme en puestos de Champions

Dos goles en los últimos diez minutos le dieron al Real Betis una victoria por 1-2 en Balaídos que parecía imposible al descanso.

El Celta, mejor durante toda la primera parte, se adelantó en el minuto 31 con un cabezazo de Iago Aspas tras un córner botado por Beltrán.

Manuel Pellegrini movió el banquillo a la hora de partido. La entrada de Abde y de Lo Celso cambió el encuentro: el Betis empezó a llegar por banda y el Celta se fue metiendo atrás.

En el 82, Abde recortó a su defensor y cruzó el balón lejos del alcance de Guaita. Cinco minutos después, Lo Celso aprovechó un rechace dentro del área para firmar la remontada.

«Hemos sufrido mucho, pero este equipo nunca se rinde», dijo el argentino a pie de campo.

Claudio Giráldez, técnico celeste, lamentó la falta de contundencia: «Hemos tenido ocasiones para sentenciar y lo hemos pagado caro».

Con este resultado, el Betis suma 31 puntos y adelanta provisionalmente al Villarreal en la cuarta plaza. El Celta se queda con 22.
"""),
    head=[
        "Deportes › Fútbol › LaLiga EA Sports",
        "Vive LaLiga en directo con el plan Fútbol Total: todos los partidos por 29,99 €/mes el primer año. ¡Contrátalo ya!",
    ],
    mid=[
        ("El Celta, mejor durante", "Consulta aquí la clasificación actualizada de LaLiga"),
        ("En el 82, Abde recortó", "¿Quién ha sido el mejor del partido? Vota: Abde · Lo Celso · Aspas · Isco"),
        ("Claudio Giráldez", "Apuesta por el próximo partido del Betis: cuota 1,85. +18 | Juega con responsabilidad."),
    ],
    tail=[
        "Descarga la app de Gol Directo y recibe los goles de tu equipo al instante.",
        "Noticias relacionadas: Isco vuelve a entrenar con el grupo · El Celta busca central en enero",
        "Ver comentarios (134)",
    ],
    mixed=[
        ("El Betis remonta", "end", "EN DIRECTO"),
        ("Manuel Pellegrini movió", "start", "Publicidad"),
        ("«Hemos sufrido mucho", "end", "Vídeo: el resumen completo del partido, solo para suscriptores Premium."),
        ("Con este resultado,", "end", "Compartir en WhatsApp"),
    ],
    ltop=L("""
Portada
Fútbol
Baloncesto
Motor
Más deportes
Iniciar sesión
Suscríbete
"""),
    lmid=[
        ("Manuel Pellegrini movió", "Lo Celso celebra su gol en Balaídos. (Foto: EFE)"),
    ],
    lbot=L("""
Aviso legal
Política de cookies
Publicidad
Contacto
"""),
),
dict(
    slug="b3-es-salud-calor",
    lang="es",
    register="health advice",
    paras=P("""
Golpe de calor: cómo reconocerlo y qué hacer mientras llega la ambulancia

Con temperaturas por encima de los 40 grados en buena parte del país, los servicios de urgencias recuerdan que el golpe de calor es una emergencia médica que puede ser mortal si no se actúa rápido.

¿Qué es exactamente?

Se produce cuando el cuerpo ya no es capaz de regular su temperatura y esta supera los 40 °C. A diferencia del agotamiento por calor, la persona deja de sudar y su piel está caliente y seca.

Señales de alarma

Confusión, habla incoherente o comportamiento extraño.

Dolor de cabeza intenso y náuseas.

Pulso rápido y respiración acelerada.

Pérdida de conocimiento o convulsiones.

Qué hacer

Llame al 112 de inmediato. Mientras tanto, lleve a la persona a un lugar fresco y a la sombra, quítele la ropa que sobre y enfríela con paños húmedos o agua en cuello, axilas e ingles. No le dé de beber si está confusa o inconsciente.

«Los mayores de 65 años, los niños pequeños y quienes trabajan al aire libre son los más vulnerables», explica la doctora Inmaculada Ferrer, médica de urgencias del Hospital La Fe de Valencia.
"""),
    head=[
        "Salud › Prevención",
        "Contenido patrocinado por Farmacias Vitalia: protector solar 50+ al 2×1 en toda la web.",
    ],
    mid=[
        ("Con temperaturas por encima", "Suscríbete a «Vivir Mejor», nuestro boletín semanal de salud y bienestar, y recibe una guía gratuita de primeros auxilios."),
        ("Pulso rápido", "También te puede interesar: Diez alimentos que te ayudan a hidratarte"),
        ("Llame al 112", "Anuncio"),
    ],
    tail=[
        "¿Te ha resultado útil? Sí | No",
        "Síguenos en TikTok para más consejos de salud en un minuto.",
        "© Cuídate Plus Digital S.L. Queda prohibida la reproducción total o parcial.",
    ],
    mixed=[
        ("Golpe de calor: cómo", "end", "Guardar"),
        ("Se produce cuando", "start", "Escucha la noticia"),
        ("Confusión, habla", "start", "PUBLICIDAD"),
        ("«Los mayores de 65 años", "end", "Pide cita con un médico online en menos de 24 horas con nuestro seguro Salud+ desde 19 € al mes."),
    ],
    ltop=L("""
Inicio
Enfermedades
Nutrición
Bienestar
Mamás y bebés
Entrar
"""),
    lmid=[
        ("Qué hacer", "Imagen: iStock"),
    ],
    lbot=L("""
Quiénes somos
Política de privacidad
Configurar cookies
Trabaja con nosotros
"""),
),
dict(
    slug="b3-es-micromecenazgo",
    lang="es",
    register="culture/business (trap: crowdfunding)",
    trap=True,
    trap_promo=("head", "Este periódico se sostiene gracias a sus socios. Hazte socio hoy y forma parte de la comunidad que hace posible el periodismo independiente."),
    paras=P("""
El cine que pagan los espectadores: el micromecenazgo salva un documental sobre la despoblación

Cuando la productora Sierra Norte Films se quedó sin una subvención con la que contaba, a su directora, Lucía Garcés, solo se le ocurrió una salida: pedir ayuda a quienes iban a ver la película.

La campaña de micromecenazgo de «Los que se quedan», un documental sobre los últimos vecinos de tres pueblos de Soria, recaudó 68.400 euros en cuarenta días, casi el doble de su objetivo.

Participaron 2.113 mecenas. La mayoría aportó entre 10 y 30 euros, a cambio de recompensas como ver su nombre en los créditos, una entrada para el preestreno o un kilo de judías de Muriel de la Fuente.

«Lo que más nos sorprendió fueron los mensajes», cuenta Garcés. «Mucha gente escribía que su abuelo era de un pueblo así y que quería que alguien lo contara».

Las plataformas de financiación colectiva cobran en torno a un 5 % de comisión, a la que se suman los costes de los pagos y el envío de recompensas, que a menudo se subestiman.

La productora reconoce que enviar más de seiscientos paquetes con libros y legumbres les llevó semanas de trabajo que no tenían previstas.

Según la Asociación Española de Crowdfunding, los proyectos culturales recaudaron el año pasado algo más de 14 millones de euros en España, una cifra modesta comparada con Francia o Alemania.

«Los que se quedan» se estrenará en la Seminci de Valladolid en octubre.
"""),
    head=[
        "Este periódico se sostiene gracias a sus socios. Hazte socio hoy y forma parte de la comunidad que hace posible el periodismo independiente.",
        "Cultura · Cine",
    ],
    mid=[
        ("La campaña de micromecenazgo", "Más información: Los festivales de cine pequeño que resisten en la España vaciada"),
        ("Las plataformas de financiación", "¿Tienes una historia sobre tu pueblo? Cuéntanosla en historias@eldiariorural.es"),
    ],
    tail=[
        "Este periódico se sostiene gracias a sus socios. Hazte socio hoy y forma parte de la comunidad que hace posible el periodismo independiente.",
        "Apúntate a «La Meseta», el boletín con lo mejor de la semana en el medio rural, cada domingo.",
        "Etiquetas: Cine documental · Soria · Despoblación",
    ],
    mixed=[
        ("Cuando la productora", "end", "Lectura: 4 min"),
        ("Participaron 2.113 mecenas.", "end", "Ver galería (8 fotos)"),
        ("La productora reconoce", "start", "Sigue leyendo tras el anuncio"),
        ("«Los que se quedan» se estrenará", "end", "Sin socios no hay periodismo libre: colabora con una aportación puntual desde 5 euros."),
    ],
    ltop=L("""
El Diario Rural
Territorio
Campo
Cultura
Opinión
Hazte socio
Acceder
"""),
    lmid=[
        ("«Lo que más nos sorprendió", "Fotograma de «Los que se quedan». / Sierra Norte Films"),
    ],
    lbot=L("""
Quiénes somos
Cuentas claras
Condiciones de uso
Privacidad
"""),
),
]
