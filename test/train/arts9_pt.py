import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind"))
from common import P, L

ARTICLES = [
dict(
    slug="t9-pt-ciencia-formigas",
    lang="pt",
    register="science magazine",
    paras=P("""
Formigas-cortadeiras "vacinam" os seus fungos contra pragas, revela estudo brasileiro

Investigadores da Unicamp descobriram que as operárias aplicam bactérias protetoras nas hortas subterrâneas onde cultivam o alimento da colónia.

As formigas do género Atta não comem as folhas que cortam. Usam-nas para alimentar um fungo, que por sua vez alimenta a colónia inteira.

Esse jardim subterrâneo é vulnerável a um parasita, o fungo Escovopsis, capaz de destruir uma colónia em poucas semanas.

Como funciona a defesa

As operárias transportam no corpo bactérias do género Pseudonocardia, que produzem antifúngicos.

Quando detetam o parasita, espalham essas bactérias sobre a zona infetada, como quem aplica um medicamento.

"É uma forma de agricultura com controlo biológico que existe há 50 milhões de anos", diz a bióloga Helena Vasconcellos, autora principal.

O trabalho, publicado na revista Current Biology, pode inspirar novos antifúngicos para a agricultura humana.

A equipa quer agora perceber como as formigas "sabem" qual a dose certa.
"""),
    head=[
        "Ciência › Biologia",
        "Por Rui Tavares Aguiar · 13 jan 2026 · Leitura de 4 min",
        "Ouvir artigo · 4:12",
    ],
    mid=[
        (1, "Operárias de Atta sexdens sobre o jardim de fungos. Foto: Helena Vasconcellos/Unicamp"),
        (3, "Assine a Órbita: a revista de ciência mais lida em língua portuguesa. Edição impressa + digital por 4,90 € por mês."),
        (6, "Gostou deste artigo? Receba a newsletter «Microscópio» todas as terças-feiras, com as melhores histórias de ciência da semana."),
        (8, "Leia também: Abelhas conseguem contar até quatro, sugere estudo"),
    ],
    tail=[
        "Referência: Vasconcellos H. et al. Current Biology (2026). DOI: 10.1016/j.cub.2025.12.031",
        "A Órbita é uma publicação independente. Apoie o jornalismo de ciência e torne-se membro a partir de 3 € por mês.",
        "Encontrou um erro? Escreva-nos para correcoes@orbita.pt. Consulte o nosso Estatuto Editorial.",
        "© Órbita Media, Lda. 2026 · Termos de utilização · Política de privacidade · Definições de cookies",
    ],
    mixed=[
        (2, "start", "Publicidade"),
        (4, "end", "Veja a galeria de fotos."),
        (7, "end", "Siga a Órbita no Instagram."),
        (9, "start", "Conteúdo exclusivo para assinantes."),
    ],
    ltop=L("""
Órbita
Assinar
Entrar
Espaço
Saúde
Biologia
Tecnologia
Clima
Ciência
"""),
    lmid=[
        (1, "Foto: Helena Vasconcellos/Unicamp"),
        (6, "Publicidade"),
    ],
    lbot=L("""
Partilhar
Tópicos
Insetos
Fungos
Ficha técnica
Estatuto editorial
Contactos
© Órbita Media 2026
"""),
    trap=False,
),
dict(
    slug="t9-pt-newsletter-economia",
    lang="pt",
    register="Substack-style newsletter",
    paras=P("""
Quanto ganha, afinal, quem escreve uma newsletter paga?

Fiz as contas da minha própria newsletter e perguntei a outros seis autores. Os números são menos glamorosos do que se diz.

Esta newsletter tem 14.200 assinantes. Destes, 612 pagam: 5 euros por mês ou 50 euros por ano. Uma taxa de conversão de 4,3%, ligeiramente acima da média que as plataformas anunciam.

Depois das comissões da plataforma (10%) e do processador de pagamentos (cerca de 3%), sobram-me cerca de 2.300 euros por mês, antes de impostos.

O que me disseram os outros

Uma autora de culinária com 40 mil leitores gratuitos tem apenas 900 assinantes pagos.

Um jornalista de política, com 8 mil leitores, tem 1.100 pagantes. A diferença? Ele publica notícias exclusivas; ela publica receitas que se encontram noutros sítios.

"O paywall não vende nada. O que vende é a sensação de que se perde alguma coisa se não se pagar", resumiu-me ele.

A lição, para mim, é desconfortável: quanto mais generosa é a parte gratuita, menor é a conversão.

Não vou mudar isso. Mas vou deixar de fingir que a newsletter é um emprego a tempo inteiro.
"""),
    head=[
        "A Caderneta · por Joana Ribeiro",
        "12 jan 2026 · 8 min de leitura",
        "Encaminharam-lhe este e-mail? Subscreva aqui para receber A Caderneta todas as segundas.",
    ],
    mid=[
        (1, "Subscrever"),
        (3, "A Caderneta é apoiada pelos leitores. Para receber novas publicações e apoiar o meu trabalho, considere tornar-se subscritor pago."),
        (6, "Partilhar A Caderneta"),
        (8, "Deixar um comentário"),
    ],
    tail=[
        "Obrigada por ler A Caderneta! Esta publicação é pública, por isso sinta-se à vontade para a partilhar.",
        "Convide amigos e ganhe recompensas: se gostar de A Caderneta, partilhe-a e ganhe um mês grátis por cada três amigos que subscreverem.",
        "42 gostos · 17 comentários · 5 partilhas",
        "© 2026 Joana Ribeiro · Privacidade · Termos · Aviso de recolha · Comece a escrever · Obter a app",
    ],
    mixed=[
        (2, "end", "Subscreva já."),
        (4, "start", "Oferta de Ano Novo: 20% de desconto na assinatura anual."),
        (7, "end", "Ler na app."),
        (9, "start", "Isto é uma prévia: continue a ler com uma subscrição paga."),
    ],
    ltop=L("""
A Caderneta
Subscrever
Iniciar sessão
Início
Arquivo
Sobre
"""),
    lmid=[
        (2, "Partilhar"),
        (7, "Subscrever agora"),
    ],
    lbot=L("""
Gosto
Comentar
Restack
Publicações anteriores
Pronto para mais?
Obter a app
"""),
    trap=True,
),
dict(
    slug="t9-pt-resposta-iva",
    lang="pt",
    register="Q&A site answer",
    paras=P("""
Sou trabalhador independente. Tenho de cobrar IVA a um cliente de outro país da UE?

Pergunta: Emito recibos verdes em Portugal e vou prestar um serviço de design a uma empresa em Espanha. Tenho de liquidar IVA na fatura?

Resposta curta: não, na maioria dos casos.

Regra geral, não. Nos serviços prestados a empresas (B2B) de outro Estado-membro, o IVA é devido no país do cliente, pelo mecanismo de autoliquidação.

Na prática, precisa de:

Confirmar o número de IVA do cliente no sistema VIES da Comissão Europeia.

Emitir a fatura sem IVA, com a menção "IVA - autoliquidação".

Incluir a operação na declaração recapitulativa, que se entrega mensal ou trimestralmente.

Atenção: se estiver no regime de isenção do artigo 53.º, continua obrigado a entregar a declaração recapitulativa.

Se o cliente for um particular (B2C), a regra muda e, em princípio, cobra IVA português.
"""),
    head=[
        "Perguntas › Impostos › IVA",
        "Perguntada há 5 dias · Vista 1.284 vezes",
        "Anúncio · Contabilidade online para independentes a partir de 29 € por mês. Experimente 30 dias grátis.",
    ],
    mid=[
        (1, "Seguir pergunta · Partilhar · Denunciar"),
        (1, "3 respostas · Ordenar por: Mais votadas"),
        (1, "Melhor resposta · 86 votos"),
        (8, "Respondida por Carla M., contabilista certificada · 2.431 respostas · Membro desde 2019"),
    ],
    tail=[
        "Esta resposta foi útil? Sim (86) · Não (2)",
        "Perguntas relacionadas\nPreciso de abrir atividade para vender no Etsy?\nComo funciona o IRS Jovem para independentes?",
        "A sua resposta\nInicie sessão ou registe-se para responder. Ao publicar, concorda com as regras da comunidade.",
        "PerguntaLá © 2026 · As respostas não substituem aconselhamento profissional · Termos · Privacidade",
    ],
    mixed=[
        (3, "end", "Leia o nosso guia completo sobre IVA."),
        (5, "start", "Publicidade:"),
        (8, "end", "(fonte: Portal das Finanças)"),
        (9, "end", "Ver mais 2 respostas."),
    ],
    ltop=L("""
PerguntaLá
Perguntas
Etiquetas
Utilizadores
Fazer pergunta
Entrar
Impostos
"""),
    lmid=[
        (1, "86"),
        (1, "Aceite"),
        (9, "Partilhar resposta"),
    ],
    lbot=L("""
Adicionar comentário
Ordenar respostas
Sobre nós
Ajuda
Regras da comunidade
Anuncie connosco
Política de cookies
"""),
    trap=False,
),
dict(
    slug="t9-pt-emprego-enfermeiros",
    lang="pt",
    register="job board article",
    paras=P("""
Enfermeiros: os salários no privado subiram 9% em 2025, mas a falta de profissionais continua

Hospitais privados em Lisboa e no Porto oferecem prémios de entrada de até 3.000 euros para atrair candidatos.

Segundo o nosso levantamento de 2.600 anúncios publicados ao longo do ano, o salário base médio de um enfermeiro em hospital privado passou de 1.410 para 1.537 euros brutos.

Onde se paga mais

Lisboa: 1.640 euros.

Porto: 1.580 euros.

Algarve: 1.520 euros, com alojamento incluído em várias ofertas.

"Há dois anos ninguém falava em prémios de assinatura. Agora é quase a regra nos blocos operatórios", diz Sofia Macedo, recrutadora na área da saúde.

Mesmo assim, a Ordem dos Enfermeiros estima que faltam cerca de 14 mil profissionais no país.

Para quem procura emprego, o conselho dos recrutadores é negociar também horários e formação, e não apenas o salário.
"""),
    head=[
        "Carreira › Saúde",
        "Equipa editorial TrabalhoJá · 9 de janeiro de 2026",
        "Há 412 ofertas de emprego para enfermeiros neste momento. Ver ofertas",
    ],
    mid=[
        (1, "Crie o seu alerta de emprego e receba por e-mail as novas vagas de enfermagem na sua zona."),
        (3, "Empresas em destaque a recrutar\nHospital da Luz Oriente · 23 vagas\nClínica Atlântica · 8 vagas"),
        (6, "Carregue o seu CV em 30 segundos e deixe que os recrutadores o encontrem."),
        (8, "Calculadora de salário líquido: descubra quanto recebe realmente ao fim do mês."),
    ],
    tail=[
        "Recrutador? Publique a sua oferta no TrabalhoJá e alcance mais de 1 milhão de candidatos por mês. Primeira publicação grátis.",
        "Descarregue a app TrabalhoJá e candidate-se com um toque.",
        "Artigos relacionados\nComo preparar uma entrevista de emprego em inglês\nOs 10 empregos mais procurados em 2026",
        "TrabalhoJá é uma marca registada. © 2026 · Termos e condições · Privacidade · Cookies · Livro de Reclamações",
    ],
    mixed=[
        (2, "end", "Veja aqui todas as ofertas em Lisboa."),
        (4, "start", "Patrocinado"),
        (7, "end", "Candidate-se já."),
        (9, "start", "Novas vagas publicadas hoje:"),
    ],
    ltop=L("""
TrabalhoJá
Procurar emprego
Empresas
Salários
Dicas de carreira
Publicar oferta
Entrar
Carreira
"""),
    lmid=[
        (3, "Ver todas as ofertas"),
        (6, "Anúncio"),
    ],
    lbot=L("""
Partilhe este artigo
Empregos por cidade
Empregos por área
Centro de ajuda
Termos
Privacidade
© TrabalhoJá 2026
"""),
    trap=False,
),
]
