"""blind10, Spanish: noticia solidaria sobre la Gran Recogida de un banco de alimentos (trap), noticia
financiera sobre el euríbor y las hipotecas, y un tutorial tecnológico para liberar espacio en Android.
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-es-trap-banco-alimentos",
        "register": "charity news",
        "lang": "es",
        "trap": True,
        "paras": P("""
El Banco de Alimentos de Zaragoza busca 3.000 voluntarios para su Gran Recogida de primavera

Zaragoza. El Banco de Alimentos de Zaragoza necesita 3.000 voluntarios para cubrir los turnos de su Gran Recogida de primavera, que se celebrará los días 23, 24 y 25 de mayo en más de 250 supermercados de la provincia. La entidad, que reparte comida a unas 26.000 personas a través de 190 asociaciones, advierte de que sus almacenes están hoy más vacíos que hace un año.

«Las donaciones de empresas han bajado y, al mismo tiempo, cada mes nos llegan nuevas familias derivadas por los servicios sociales», explica su presidenta, Pilar Lasheras. «Hay personas que trabajan y aun así no llegan a fin de mes».

Cómo colaborar

Quienes quieran apuntarse como voluntarios pueden hacerlo en la web de la entidad, eligiendo supermercado y turno de tres horas. No se necesita experiencia previa y los menores de 16 años pueden participar acompañados de un adulto.

Durante la campaña, los clientes de los supermercados adheridos podrán donar alimentos de dos formas: entregando productos a los voluntarios a la salida o haciendo una aportación económica en caja, que después se convierte en comida. También se puede donar por Bizum al código 01234 o mediante transferencia.

Qué alimentos se necesitan

La entidad pide sobre todo productos no perecederos y de alto valor nutricional:

Aceite de oliva y de girasol.

Legumbres cocidas y conservas de pescado.

Leche, cacao y galletas para desayunos infantiles.

Productos de higiene infantil, como pañales y toallitas, que cada vez solicitan más las asociaciones.

Un invierno difícil

En la última campaña de Navidad se recogieron 612.000 kilos, un 8 % menos que el año anterior. La presidenta lo atribuye a que muchas familias que antes donaban ahora tienen menos margen, y a la dificultad de encontrar voluntarios en fines de semana, sobre todo en los pueblos.

Para paliarlo, el banco ha firmado acuerdos con tres institutos y con la Universidad de Zaragoza para que los estudiantes puedan convalidar créditos o horas de servicio a la comunidad. También ha lanzado una campaña en redes sociales en la que pide a los zaragozanos que compartan un vídeo de 30 segundos invitando a sus amigos a participar.

Javier, jubilado de 68 años, lleva nueve campañas como voluntario en un supermercado del Actur. «Al principio venía por hacer algo; ahora vengo porque conozco a la gente a la que llega lo que recogemos», cuenta.

Los alimentos recogidos se clasificarán en la nave de Mercazaragoza durante la semana siguiente y empezarán a repartirse a principios de junio. La entidad recuerda que también acepta voluntarios durante todo el año para tareas de almacén, transporte y atención a las asociaciones, y que cualquier empresa puede organizar una recogida interna entre su plantilla.
"""),
        "trap_promo": ("Durante la campaña", "Únete al canal de WhatsApp de Diario del Ebro y recibe las noticias de Aragón en tu móvil"),
        "head": [
            "Aragón · Sociedad",
            "Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte publicidad relacionada con tus preferencias. Puedes aceptar todas las cookies pulsando «Aceptar» o configurarlas pulsando «Configurar».\nAceptar\nConfigurar\nRechazar",
        ],
        "mid": [
            ("«Las donaciones de empresas", "Publicidad"),
            ("Productos de higiene infantil", "Te puede interesar\nLa DGA amplía las ayudas al alquiler para menores de 35 años\nCorte de tráfico en la avenida de Navarra por obras del tranvía"),
            ("Para paliarlo", "Suscríbete a Diario del Ebro desde 1 € el primer mes y lee sin límites toda la información de Zaragoza.\nSuscríbete"),
        ],
        "tail": [
            "Comentarios (8)\nPara comentar es necesario estar registrado.\nIniciar sesión",
            "Lo más leído\nSe vende el último cine de barrio de Zaragoza\nAlerta amarilla por tormentas en el Pirineo\nEl Real Zaragoza confirma la lesión de su portero",
            "© Diario del Ebro S.L. Queda prohibida la reproducción total o parcial de los contenidos sin autorización expresa.",
        ],
        "mixed": [
            ("Zaragoza. El Banco de Alimentos", "start", "Actualizado 06/05/2025 a las 11:47"),
            ("Quienes quieran apuntarse", "end", "Noticia relacionada: Cáritas alerta del aumento de la pobreza energética"),
            ("En la última campaña", "start", "PUBLICIDAD"),
            ("Los alimentos recogidos", "end", "¿Has encontrado un error? Avísanos"),
        ],
        "ltop": L("""
Diario del Ebro
Suscríbete
Entrar / Registrarse
Aragón
Deportes
Opinión
Hemeroteca
"""),
        "lmid": [
            ("Qué alimentos se necesitan", "Compartir en Facebook Compartir en X Enviar por WhatsApp"),
            ("Un invierno difícil", "Publicidad - Sigue leyendo"),
        ],
        "lbot": L("""
Temas: Zaragoza · Solidaridad · Banco de Alimentos
Aviso legal
Política de cookies
Contacto
"""),
    },
    {
        "slug": "b13-es-finanzas-euribor-hipotecas",
        "register": "finance news",
        "lang": "es",
        "paras": P("""
El euríbor cierra marzo en el 2,39 % y abarata las hipotecas por décimo mes consecutivo

El euríbor a doce meses, el índice al que están referenciadas la mayoría de las hipotecas variables en España, ha cerrado marzo con una media del 2,39 %, según los datos provisionales del Banco de España. Es su nivel más bajo desde octubre de 2022 y supone el décimo descenso mensual seguido.

La bajada llega después de que el Banco Central Europeo recortara de nuevo los tipos de interés a principios de mes, hasta dejar la facilidad de depósito en el 2,5 %, su nivel más bajo en más de dos años. Los mercados descuentan al menos una rebaja más antes del verano, aunque la incertidumbre sobre los aranceles estadounidenses ha enfriado algo esas previsiones en las últimas semanas.

¿Cuánto se ahorra un hipotecado?

Para una hipoteca media de 150.000 euros a 25 años con un diferencial de euríbor más 1 %, la cuota mensual bajará en unos 85 euros si se revisa ahora con el dato de marzo, lo que supone alrededor de 1.020 euros menos al año. En el caso de préstamos de 250.000 euros, el ahorro anual supera los 1.600 euros.

El alivio, no obstante, solo llega a quienes tienen su revisión este mes. Los hipotecados con revisión semestral lo notarán si la última revisión se hizo en septiembre, cuando el índice rondaba el 2,9 %.

Las ofertas de tipo fijo, en retroceso

Al mismo tiempo, los bancos han empezado a encarecer ligeramente sus hipotecas a tipo fijo, que durante 2024 fueron las preferidas por los compradores. Según el Instituto Nacional de Estadística, casi el 60 % de las nuevas hipotecas firmadas en enero fueron a tipo fijo, pero varios analistas prevén que las mixtas ganen terreno este año.

«Con el euríbor por debajo del 2,5 %, las variables vuelven a ser competitivas para quien tenga margen para asumir algo de riesgo», señala María José Ortega, analista de una consultora hipotecaria madrileña.

Qué pueden hacer los hipotecados

Los expertos consultados recomiendan:

Revisar el diferencial y las vinculaciones exigidas por el banco, como seguros o domiciliación de nómina, antes de plantearse un cambio de entidad.

Valorar la amortización anticipada solo si no hay otras deudas más caras, como tarjetas de crédito o préstamos al consumo.

Consultar las condiciones de subrogación, que desde la ley de 2019 tiene comisiones muy limitadas.

Perspectivas

La mayoría de los servicios de estudios sitúan el euríbor entre el 2 % y el 2,3 % a finales de año. Algunos, sin embargo, advierten de que una inflación más persistente de lo previsto en la eurozona podría frenar los recortes del BCE y estabilizar el índice en los niveles actuales. El próximo dato oficial se conocerá a principios de mayo, cuando el Banco de España publique la media de abril.
"""),
        "head": [
            "IBEX 35 13.245,20 +0,84 % · EUR/USD 1,0812 −0,12 % · Brent 72,41 $ +1,05 % · Euríbor 2,39 %",
            "Economía > Vivienda",
        ],
        "mid": [
            ("La bajada llega después", "Simula tu nueva cuota: introduce el capital pendiente y los años que te quedan y te decimos cuánto vas a pagar.\nCalcular ahora"),
            ("El alivio, no obstante", "Contenido patrocinado por Banco Meridiano\nHipoteca Fija Meridiano: TIN 2,45 %, TAE 3,12 %*. Sin comisión de apertura.\n*Consulta condiciones y ejemplo representativo"),
            ("Valorar la amortización anticipada", "Recibe cada mañana las claves de la economía y tus finanzas personales con nuestro boletín Dinero al Día.\nApuntarme"),
        ],
        "tail": [
            "Archivado en: Euríbor · Hipotecas · BCE · Tipos de interés · Vivienda",
            "Más en Mis Finanzas\nCómo desgravar la hipoteca en la Renta 2024\nLos depósitos que aún pagan más del 3 %\nCuánto cuesta de verdad el alquiler en Madrid",
            "Síguenos en Google Discover para no perderte ninguna noticia de economía.",
        ],
        "mixed": [
            ("El euríbor a doce meses", "start", "EN DIRECTO | Última hora de los mercados"),
            ("Para una hipoteca media", "end", "Ver tabla completa de ahorros"),
            ("«Con el euríbor por debajo", "end", "Más información"),
            ("La mayoría de los servicios", "end", "Este contenido es solo informativo y no constituye asesoramiento financiero personalizado."),
        ],
        "ltop": L("""
El Observador Económico
Mercados
Empresas
Mis Finanzas
Vivienda
Iniciar sesión
Hazte Premium
"""),
        "lmid": [
            ("¿Cuánto se ahorra", "Publicidad ▼"),
            ("Perspectivas", "Widget: Evolución del euríbor en los últimos 12 meses"),
        ],
        "lbot": L("""
Compartir
Guardar
Quiénes somos
Condiciones de uso
Configuración de privacidad
"""),
    },
    {
        "slug": "b13-es-tech-liberar-espacio-android",
        "register": "tech how-to",
        "lang": "es",
        "paras": P("""
Cómo liberar espacio en tu móvil Android sin borrar tus fotos

Pocas cosas son tan frustrantes como intentar grabar un vídeo y ver el aviso de «almacenamiento casi lleno». Antes de ponerte a borrar fotos de las vacaciones, hay varias formas de recuperar varios gigas en pocos minutos. Te explicamos las más eficaces, paso a paso, en un móvil con Android 14; los menús pueden cambiar ligeramente según el fabricante.

1. Mira qué ocupa realmente el espacio

Abre Ajustes y entra en Almacenamiento. Android muestra un desglose por categorías: aplicaciones, imágenes, vídeos, audio, documentos y sistema. Es habitual descubrir que lo que más ocupa no son las fotos, sino los vídeos recibidos por mensajería o los archivos temporales de algunas aplicaciones.

2. Vacía la caché de las aplicaciones más pesadas

En Ajustes > Aplicaciones, ordena la lista por tamaño. Entra en las que más ocupan, como el navegador, las redes sociales o las aplicaciones de vídeo, y pulsa Almacenamiento > Borrar caché. No perderás tus datos ni tendrás que volver a iniciar sesión. No confundas esta opción con «Borrar datos», que sí restablece la aplicación.

3. Revisa los archivos de WhatsApp

Dentro de WhatsApp, ve a Ajustes > Almacenamiento y datos > Administrar almacenamiento. La aplicación agrupa los archivos reenviados muchas veces y los de más de 5 MB, y permite borrarlos por chat. Para evitar que se vuelva a llenar, desactiva la descarga automática de vídeos con datos móviles y con wifi.

4. Activa la liberación de espacio de Google Fotos

Si tus fotos ya tienen copia de seguridad en la nube, abre Google Fotos, toca tu foto de perfil y elige «Liberar espacio». La aplicación eliminará del teléfono solo las copias que ya están guardadas en tu cuenta. Ten en cuenta que el espacio gratuito de Google es de 15 GB compartidos con Gmail y Drive.

5. Archiva las aplicaciones que no usas

Android permite archivar aplicaciones: se elimina la mayor parte de la app, pero se conservan tus datos y el icono, de modo que puedes recuperarla con un toque. Puedes hacerlo manualmente desde la ficha de la aplicación o activar el archivado automático en Google Play.

6. Vacía la carpeta de descargas y la papelera

La aplicación Files de Google tiene una pestaña «Limpiar» que detecta archivos basura, duplicados y descargas antiguas. Revisa también la papelera de la galería: las fotos borradas se conservan allí 30 días y siguen ocupando espacio.

Un consejo extra: si tu móvil admite tarjeta microSD, mueve a ella la música y los vídeos descargados. Es la forma más barata de ganar espacio a largo plazo.

¿Y si nada de esto funciona? Si el apartado «Sistema» ocupa una cantidad anormal, a veces un reinicio o la instalación de la última actualización lo corrige. Como último recurso, haz una copia de seguridad completa y restablece el teléfono a los valores de fábrica.
"""),
        "head": [
            "Este artículo puede incluir enlaces de afiliados. Si compras a través de ellos, podemos recibir una comisión sin coste adicional para ti.",
            "Síguenos en Google Noticias y no te pierdas ningún truco",
        ],
        "mid": [
            ("1. Mira qué ocupa", "¿Necesitas más memoria? Tarjeta microSD SanDisk Extreme 256 GB por 24,99 € (antes 41,99 €) en Amazon\nVer oferta"),
            ("3. Revisa los archivos de WhatsApp", "Relacionado: Los mejores móviles por menos de 300 euros de 2025"),
            ("5. Archiva las aplicaciones", "🔔 Suscríbete a nuestro canal de YouTube y activa la campanita: cada semana, un truco nuevo en vídeo."),
        ],
        "tail": [
            "¿Te ha resultado útil este tutorial?\nSí\nNo",
            "Sobre el autor: Diego Ferrer es editor de Trucos Móvil y lleva más de diez años probando smartphones. Síguelo en X e Instagram.",
            "Trucos Móvil forma parte de Grupo Pantalla Digital\nAviso legal · Privacidad · Cookies · Publicidad",
        ],
        "mixed": [
            ("Pocas cosas son tan frustrantes", "start", "Índice de contenidos"),
            ("Abre Ajustes y entra", "end", "(captura: Trucos Móvil)"),
            ("Dentro de WhatsApp", "start", "▶ Ver vídeo del tutorial"),
            ("Un consejo extra", "end", "Ver precio en Amazon"),
        ],
        "ltop": L("""
Trucos Móvil
Trucos Android
iPhone
Comparativas
Ofertas
Buscar…
"""),
        "lmid": [
            ("2. Vacía la caché", "Anuncio"),
            ("6. Vacía la carpeta", "Lee también: Cómo saber si tu móvil tiene un virus"),
        ],
        "lbot": L("""
Etiquetas: Android · Almacenamiento · Trucos
Comentarios
Deja tu comentario
Newsletter
Política de privacidad
"""),
    },
]
