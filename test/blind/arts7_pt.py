from common import P, L

ARTICLES = [
    {
        "slug": "b7-pt-horta-varanda",
        "register": "gardening blog",
        "lang": "pt",
        "paras": P("""
Tomates na varanda: o que aprendi em três verões

Há três anos, com uma varanda virada a sul e muita vontade, plantei os meus primeiros tomateiros em vasos. Nem tudo correu bem, mas este ano colhi perto de 14 quilos em apenas seis vasos. Partilho aqui o que aprendi.

Os vasos

Quanto maior, melhor. Os tomateiros de crescimento indeterminado precisam de pelo menos 30 litros de terra cada. Nos vasos de 15 litros que usei no primeiro ano, as plantas secavam duas vezes por dia em julho.

O substrato

Uso uma mistura simples, que resulta muito bem:

60% de substrato universal

30% de composto caseiro

10% de perlite

Um punhado de húmus de minhoca por vaso

Rega

A rega é o ponto mais importante. Rego de manhã cedo, sempre na base da planta, nunca nas folhas. No pico do verão, com temperaturas acima de 35 graus, chego a regar de manhã e ao fim da tarde.

Um erro que cometi no segundo ano foi regar de forma irregular. O resultado foram tomates rachados e com a base escura, um problema conhecido como podridão apical.

Para o ano quero experimentar um sistema de rega gota a gota com temporizador. Se alguém tiver recomendações, deixem nos comentários!
"""),
        "head": [
            "Horta na Cidade – um blogue de hortas urbanas",
            "Este artigo contém links afiliados. Se comprar através deles, recebo uma pequena comissão sem custo adicional para si.",
        ],
        "mid": [
            (5, "Compre sementes biológicas na Loja Semente Viva com 10% de desconto: código HORTA10"),
            (12, "Gosta do blogue? Pague-me um café no Buy Me a Coffee ☕"),
        ],
        "tail": [
            "Subscreva a newsletter e receba o meu calendário de sementeiras em PDF, grátis.",
            "Publicado em Hortícolas, Varanda · 27 comentários",
            "Siga a horta no Instagram: @hortanacidade.pt",
        ],
        "mixed": [
            (1, "end", "Guardar no Pinterest"),
            (13, "start", "Novo curso online «Horta em vasos», 4 módulos, 39 €. Inscrições abertas!"),
        ],
        "ltop": L("""
Início
Sementeiras
Pragas e doenças
Receitas da horta
Sobre mim
Contactos
"""),
        "lmid": [
            (3, "Fotografia: Horta na Cidade"),
            (10, "Artigo relacionado: Como fazer composto numa varanda"),
        ],
        "lbot": L("""
Partilhar
Facebook
Pinterest
Deixe um comentário
Utilizamos cookies para melhorar a sua experiência. Aceitar
Política de privacidade
Orgulhosamente feito com WordPress
"""),
    },
    {
        "slug": "b7-pt-mercado-trabalho-ti",
        "register": "job-market report",
        "lang": "pt",
        "paras": P("""
Salários no setor tecnológico sobem 6% mas contratações abrandam

Os salários dos profissionais de tecnologias de informação em Portugal subiram, em média, 6,1% no último ano, mas o número de vagas publicadas caiu pela primeira vez desde 2020, segundo um estudo divulgado esta terça-feira pela consultora Talento Norte.

O relatório analisou mais de 48 mil anúncios de emprego e os dados salariais de 3.200 profissionais. Os programadores com cinco a oito anos de experiência ganham agora, em média, 3.150 euros brutos por mês em Lisboa e 2.780 euros no Porto.

As vagas publicadas caíram 11% face ao ano anterior. A descida foi mais acentuada nas funções de entrada, onde a procura recuou quase um quarto.

«As empresas estão mais cautelosas e procuram perfis com experiência», explica Sofia Almeida, diretora da Talento Norte. «Para quem está a começar, o mercado está claramente mais difícil».

Áreas em alta

Em contrapartida, a procura por especialistas em cibersegurança, dados e inteligência artificial continua a crescer. Nestas áreas, os salários de perfis sénior ultrapassam com frequência os 5.000 euros mensais.

O trabalho remoto também está a mudar. Apenas 19% das vagas analisadas eram totalmente remotas, contra 31% há dois anos. O modelo híbrido, com dois ou três dias no escritório, tornou-se a norma.

Cerca de 38% dos profissionais inquiridos trabalham para empresas estrangeiras a partir de Portugal, muitas vezes com salários acima da média nacional.

Braga e Aveiro

Fora dos dois grandes centros, Braga e Aveiro destacam-se como os mercados com maior crescimento salarial, com subidas de 8,4% e 7,9%, respetivamente.

O estudo completo pode ser consultado gratuitamente no site da consultora.
"""),
        "head": [
            "Jornal de Negócios do Norte",
            "Emprego · Tecnologia",
            "Assine já: acesso digital ilimitado por 4,99 € no primeiro mês.",
        ],
        "mid": [
            (3, "Ofertas de emprego em destaque: Engenheiro de Dados (Porto), Analista de Cibersegurança (Lisboa) — ver todas no Portal Carreiras"),
            (8, "PUB"),
        ],
        "tail": [
            "Receba alertas de emprego por e-mail — crie o seu perfil em 2 minutos.",
            "Ouça o podcast «Contas à Segunda» no Spotify e na app do jornal.",
            "Todos os direitos reservados © Jornal de Negócios do Norte, 2026",
        ],
        "mixed": [
            (2, "start", "Resumo gerado por IA: salários sobem, vagas descem, remoto recua."),
            (10, "end", "Veja também: Os 20 empregadores mais atrativos de 2026"),
        ],
        "ltop": L("""
Economia
Empresas
Mercados
Emprego
Opinião
Edição impressa
Entrar
"""),
        "lmid": [
            (1, "Infografia: Jornal de Negócios do Norte"),
            (6, "Partilhe este artigo"),
        ],
        "lbot": L("""
Comentários (5)
Mais lidas
Ficha técnica
Estatuto editorial
Termos e condições
Definições de cookies
"""),
    },
]
