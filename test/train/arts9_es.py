import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-es-alquiler-valencia",
    lang="es",
    register="real-estate portal article",
    paras=P("""
El alquiler en Valencia sube un 14% en un año y ya supera los 1.200 euros de media

Ruzafa, Benimaclet y el Cabanyal encabezan las subidas, según los datos del último trimestre.

El precio medio del alquiler en la ciudad de Valencia se situó en diciembre en 14,6 euros por metro cuadrado, frente a los 12,8 euros de un año antes.

Para un piso de 85 metros cuadrados, eso supone pagar 1.241 euros al mes.

Los barrios que más suben

Cabanyal-Canyamelar: +21,3%

Benimaclet: +18,7%

Ruzafa: +16,2%

«La oferta sigue cayendo porque muchos propietarios han pasado al alquiler de temporada», explica Vicente Ortolà, presidente de la asociación de agentes inmobiliarios de la Comunitat.

La compraventa, en cambio, se estabiliza: el precio de la vivienda usada creció un 6% interanual.

El ayuntamiento estudia solicitar la declaración de zona tensionada, que permitiría limitar las rentas en los nuevos contratos.
"""),
    head=[
        "Noticias inmobiliarias · Mercado",
        "Redacción Casalia · 12 de enero de 2026 · 3 minutos de lectura",
        "¿Cuánto vale tu casa? Calcula gratis el precio de tu vivienda en dos minutos con nuestra herramienta de valoración.",
    ],
    mid=[
        (1, "Vista de las fincas del Cabanyal, en Valencia. Foto: Casalia / Archivo"),
        (4, "Pisos en alquiler en Valencia\n3.482 anuncios\nDesde 650 €/mes\nVer todos"),
        (8, "Hipoteca Casalia: calcula tu cuota y compara ofertas de 14 bancos. Sin compromiso."),
        (9, "Crea una alerta y te avisamos cuando aparezca un piso que encaje con tu búsqueda."),
    ],
    tail=[
        "Descarga la app de Casalia y recibe notificaciones al instante de nuevos anuncios. Disponible para iOS y Android.",
        "¿Eres profesional inmobiliario? Publica tus inmuebles en Casalia con un 30% de descuento durante los tres primeros meses.",
        "Más noticias del mercado\nLa firma de hipotecas cae un 4% en noviembre\n¿Es buen momento para comprar en Madrid?",
        "Casalia Inmobiliaria Online S.L. · Aviso legal · Política de privacidad · Configuración de cookies · Mapa del sitio",
    ],
    mixed=[
        (2, "end", "Consulta el informe completo de precios aquí."),
        (3, "start", "Publicidad"),
        (10, "end", "Síguenos en LinkedIn para más datos del sector."),
        (9, "start", "Suscríbete a nuestro boletín semanal de vivienda."),
    ],
    ltop=L("""
Casalia
Comprar
Alquilar
Obra nueva
Hipotecas
Publicar anuncio gratis
Acceder
Noticias
Mercado
"""),
    lmid=[
        (4, "Ver pisos en Valencia"),
        (8, "Publicidad"),
    ],
    lbot=L("""
Comparte esta noticia
Etiquetas: Valencia, alquiler, precios
Quiénes somos
Trabaja con nosotros
Ayuda
Aviso legal
Cookies
© 2026 Casalia
"""),
    trap=False,
),
dict(
    slug="t9-es-boda-cantante",
    lang="es",
    register="celebrity news",
    paras=P("""
Lola Serrat y Nacho Ibarra se casan en secreto en Menorca

La cantante y el actor celebraron una boda íntima con solo 40 invitados, lejos de las cámaras.

La ceremonia tuvo lugar el sábado en una finca cerca de Ciutadella, según ha podido confirmar esta revista.

La novia lució un vestido de crepé de seda de la diseñadora mallorquina Marta Coll, con escote barco y sin velo.

Entre los invitados estaban la actriz Carmen Lozano y el cocinero Pau Riera, que se encargó del menú.

«Ha sido el día más feliz de nuestras vidas», escribió la cantante horas después en sus redes, junto a una foto de los anillos.

La pareja se conoció en 2022 durante el rodaje de la serie «Marea alta».

¿Y la luna de miel?

Según fuentes cercanas, viajarán a Japón en primavera, cuando ella termine su gira.
"""),
    head=[
        "EXCLUSIVA",
        "Por Irene Castaño · Actualizado: 13/01/2026 - 11:20",
        "Lola Serrat y Nacho Ibarra, en una imagen de archivo. (Gtres)",
    ],
    mid=[
        (1, "📲 Únete a nuestro canal de WhatsApp y no te pierdas ninguna exclusiva."),
        (3, "SIGUE LEYENDO\nLas bodas más comentadas de 2025\nCarmen Lozano rompe su silencio sobre su divorcio"),
        (5, "Contenido patrocinado: Los vestidos de invitada que arrasan esta temporada, por Moda Brisa"),
        (7, "Descubre la galería completa: 18 fotos de la boda"),
    ],
    tail=[
        "Todas las novedades sobre famosos, realeza y moda, cada mañana en tu correo con la newsletter «Corazón Diario».",
        "¿Qué te ha parecido la boda? Vota en nuestra encuesta.",
        "Consigue la revista en papel: este jueves en tu quiosco por 2,50 euros, con un calendario de regalo.",
        "© Ediciones Brillo S.A. Todos los derechos reservados. Queda prohibida la reproducción total o parcial.",
    ],
    mixed=[
        (2, "start", "Te puede interesar: la casa de Lola Serrat en Madrid."),
        (4, "end", "Compra aquí un vestido similar."),
        (6, "end", "Sigue a Brillo en Instagram."),
        (8, "start", "Más noticias de famosos."),
    ],
    ltop=L("""
Brillo
Famosos
Realeza
Moda
Belleza
Estilo de vida
Suscríbete
"""),
    lmid=[
        (1, "Gtres"),
        (5, "Publicidad"),
        (7, "Ver galería"),
    ],
    lbot=L("""
Temas
Bodas de famosos
Comentarios (54)
Aviso legal
Política de cookies
Contacto
Publicidad en Brillo
"""),
    trap=False,
),
dict(
    slug="t9-es-salud-gripe",
    lang="es",
    register="health information page",
    paras=P("""
Gripe: síntomas, cuándo ir al médico y cómo protegerse

La gripe es una infección respiratoria causada por el virus influenza. Cada invierno afecta a entre el 5% y el 15% de la población.

Síntomas más frecuentes

Fiebre alta de aparición brusca.

Dolor muscular y cansancio intenso.

Tos seca y dolor de garganta.

Cuándo acudir al médico

Si tiene dificultad para respirar, dolor en el pecho, confusión o fiebre que dura más de cinco días. También las personas mayores de 65 años, las embarazadas y quienes padecen enfermedades crónicas deben consultar antes.

La vacuna

La vacunación es gratuita para los grupos de riesgo. Puede pedir cita en su centro de salud o a través de la aplicación del servicio de salud de su comunidad.

Los antibióticos no sirven contra la gripe, porque es un virus.
"""),
    head=[
        "Inicio > Temas de salud > Enfermedades infecciosas",
        "Revisado por el Dr. Javier Albar, médico de familia. Última revisión: 7 de enero de 2026",
        "Tamaño de letra: A- A+ · Imprimir · Escuchar",
    ],
    mid=[
        (1, "Ilustración: virus de la gripe. Imagen: Banco de imágenes Salud Clara"),
        (5, "Esta información no sustituye la consulta con un profesional sanitario. Ante una urgencia, llame al 112."),
        (7, "Test: ¿Es gripe o es un resfriado? Responda cinco preguntas y lo sabrá."),
        (9, "Pida cita con un médico de familia por videollamada en menos de 24 horas con Salud Clara Plus, desde 9,90 € al mes."),
    ],
    tail=[
        "Fuentes: Ministerio de Sanidad; Organización Mundial de la Salud; Sociedad Española de Medicina de Familia y Comunitaria.",
        "¿Le ha resultado útil esta información? Sí · No",
        "Salud Clara cumple los principios del código HONcode. Política editorial · Quiénes somos · Nuestro equipo médico",
        "Reciba cada mes consejos de salud fiables en su correo electrónico. Suscribirse",
    ],
    mixed=[
        (2, "start", "Contenido revisado por médicos."),
        (6, "end", "Ver también: Resfriado común."),
        (8, "start", "Anuncio"),
        (10, "end", "Más información en nuestra guía de antibióticos."),
    ],
    ltop=L("""
Saltar al contenido
Salud Clara
Temas de salud
Buscador de síntomas
Medicamentos
Vida sana
Buscar
Enfermedades infecciosas
"""),
    lmid=[
        (2, "En esta página"),
        (7, "Anuncio"),
    ],
    lbot=L("""
Artículos relacionados
Neumonía
Bronquitis
Aviso médico
Accesibilidad
Privacidad
Cookies
© Salud Clara 2026
"""),
    trap=False,
),
dict(
    slug="t9-es-blog-streaming",
    lang="es",
    register="personal blog",
    paras=P("""
He hecho cuentas: pago 52 euros al mes en plataformas de streaming

Esta semana me llegó el enésimo correo: «Actualizamos el precio de tu suscripción». Así que abrí una hoja de cálculo.

El resultado da vergüenza. Cinco plataformas de vídeo, una de música y un servicio de deportes que contraté para un solo partido en octubre.

Lo que pago (enero de 2026)

Vídeo: 36,96 euros entre las cinco.

Música: 11,99 euros.

Deportes: 2,99 euros el primer mes, que se convirtió sin avisar en 14,99.

Lo más curioso es el plan con anuncios. Una de las plataformas me ofrece bajar a 6,99 euros si acepto ver publicidad. He hecho la prueba una semana: cuatro minutos de anuncios por episodio.

Mi decisión: me quedo con dos plataformas y voy rotando cada tres meses. Cancelar me costó exactamente un clic en tres de ellas y una llamada de veinte minutos en la de deportes.

¿Y vosotros? ¿Cuántas tenéis?
"""),
    head=[
        "Blog · Dinero y hogar",
        "Publicado por Marta el 11 de enero de 2026 · 18 comentarios",
        "Aviso: este blog no tiene patrocinadores ni enlaces de afiliación.",
    ],
    mid=[
        (1, "Captura de mi hoja de cálculo. Imagen: La libreta de Marta"),
        (3, "Si te gusta lo que escribo, puedes invitarme a un café en Ko-fi ☕"),
        (7, "Entradas relacionadas:\nCómo bajé mi factura de la luz un 30%\nUn año sin comprar ropa"),
        (8, "Etiquetas: ahorro, streaming, suscripciones"),
    ],
    tail=[
        "Suscríbete al blog por correo electrónico y recibe cada nueva entrada. Únete a otros 1.204 suscriptores.",
        "Deja un comentario\nTu dirección de correo electrónico no será publicada.",
        "Sígueme en Instagram @lalibretademarta y en Bluesky.",
        "Tema de WordPress: Quillpress por Odette Studio · Funciona con WordPress",
    ],
    mixed=[
        (2, "end", "Me gusta esto: Me gusta Cargando..."),
        (4, "start", "Comparte esto: X Facebook WhatsApp"),
        (8, "end", "(Puedes descargar mi plantilla de gastos aquí.)"),
        (9, "start", "Entrada anterior: Mis libros de 2025"),
    ],
    ltop=L("""
La libreta de Marta
Inicio
Sobre mí
Dinero y hogar
Libros
Contacto
"""),
    lmid=[
        (3, "Publicidad"),
        (6, "Report this ad"),
    ],
    lbot=L("""
Comparte esto:
Me gusta
Relacionado
Buscar
Archivo
Crea un sitio web o blog en WordPress.com
Privacidad y cookies
"""),
    trap=True,
    trap_promo=("tail", "Suscríbete al blog por correo electrónico y recibe cada nueva entrada. Únete a otros 1.204 suscriptores."),
),
]
