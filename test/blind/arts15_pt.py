"""Blind set 12, Portuguese: NGO field report (pt-BR), real-estate market column (pt-PT), personal-finance reader Q&A (pt-BR)."""
from common import P, L

ARTICLES = []

# ---------------------------------------------------------------------------
# 22. NGO / charity field report (Brazilian Portuguese)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "pt-br-cisternas-sertao-relato-ong",
    "register": "NGO field report",
    "lang": "pt",
    "paras": P("""
Em Lagoa do Mato, a água da chuva chegou antes do caminhão-pipa

Relato de campo da equipe do Instituto Chuva Boa no sertão do Piauí, onde 312 famílias receberam cisternas de placas nos últimos dois anos.

Por Renata Albuquerque, coordenadora de campo

Dona Maria das Dores Ferreira, 63 anos, lembra exatamente o dia em que a cisterna dela encheu pela primeira vez: 14 de fevereiro do ano passado, uma quarta-feira de cinzas. “Choveu a noite inteira. De manhã eu abri a tampa e fiquei olhando, sem acreditar”, conta.

Até então, a família dependia do caminhão-pipa da prefeitura, que passava a cada quinze dias nos meses secos, e de um açude a quatro quilômetros de distância, onde a água era dividida com o gado.

Cada cisterna armazena 16 mil litros, o suficiente para beber e cozinhar durante oito meses de estiagem para uma família de cinco pessoas. Elas são construídas pelos próprios moradores, em mutirão, depois de um curso de cinco dias com pedreiros da região.

O que mudou em dois anos

Os atendimentos por diarreia em crianças menores de cinco anos caíram 38% no posto de saúde da comunidade, segundo a Secretaria Municipal de Saúde.

As mulheres, que eram as principais responsáveis por buscar água, dizem ganhar em média três horas por dia.

Onze famílias já começaram hortas com a água de uma segunda cisterna, maior, destinada à produção.

Os desafios continuam. Em 2024 choveu 30% abaixo da média, e 40 cisternas não chegaram a encher. A equipe está testando, com a universidade estadual, um sistema simples de calhas que aproveita melhor as chuvas curtas.

“A cisterna não resolve tudo, mas ela devolve o tempo para a gente”, resume Antônio Carlos Sousa, presidente da associação de moradores de Lagoa do Mato.
"""),
    "head": [
        "Início › Notícias › Relatos de campo",
        "Doe agora: com R$ 60 por mês você ajuda a construir uma cisterna por ano no semiárido. Quero doar",
    ],
    "mid": [
        ("Até então, a família", "Foto: Dona Maria das Dores ao lado da cisterna recém-construída. Crédito: Instituto Chuva Boa / Tiago Mendes"),
        ("As mulheres, que eram", "Empresa parceira? Conheça nosso programa de responsabilidade social e leve sua marca para o sertão. Fale com a nossa equipe"),
    ],
    "tail": [
        "Faça parte dessa história. Seja um doador mensal do Instituto Chuva Boa — sua doação é dedutível do Imposto de Renda para empresas. Doe pelo Pix com a chave doe@chuvaboa.example",
        "Receba nossas notícias no WhatsApp: um relato de campo por mês, sem spam.",
        "Instituto Chuva Boa · CNPJ 12.345.678/0001-90 · Todos os direitos reservados · Política de privacidade",
    ],
    "mixed": [
        ("Por Renata Albuquerque", "end", "– publicado em 22/03/2025, Dia Mundial da Água"),
        ("Cada cisterna armazena", "end", "Ajude a construir a próxima cisterna – doe a partir de R$ 30"),
        ("Os desafios continuam", "start", "Leia também: Relatório anual 2024 (PDF)."),
    ],
    "ltop": L("""
Instituto Chuva Boa – água para o semiárido
Quem somos · O que fazemos · Transparência · Notícias · Doe
Início › Notícias › Relatos de campo
"""),
    "lmid": [
        ("Até então, a família", "Crédito: Instituto Chuva Boa / Tiago Mendes"),
        ("O que mudou em dois anos", "Doe agora a partir de R$ 30"),
    ],
    "lbot": L("""
Compartilhe: Facebook · WhatsApp · LinkedIn
Seja um doador mensal
Receba nossas notícias no WhatsApp
Instituto Chuva Boa · CNPJ 12.345.678/0001-90
"""),
})

# ---------------------------------------------------------------------------
# 23. Real-estate market column (European Portuguese)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "pt-pt-mercado-imobiliario-porto-coluna",
    "register": "real-estate market column",
    "lang": "pt",
    "paras": P("""
As casas no Porto já não sobem como subiam. As rendas, essas, continuam

Por Rui Valadares, economista

Os números do primeiro trimestre confirmam o que os mediadores andavam a dizer em surdina desde o Natal: o preço das casas à venda no Porto está a abrandar. Segundo os dados de avaliação bancária divulgados esta semana, o metro quadrado fixou-se nos 2.640 euros, mais 4,1% do que há um ano. Em 2023, a subida homóloga chegou a ultrapassar os 15%.

Não é uma descida, convém sublinhar. É um mercado que deixou de correr e passou a andar. A subida das taxas de juro, ainda que já a recuar, afastou uma parte dos compradores nacionais, e os estrangeiros estão mais seletivos do que há dois anos.

Com o arrendamento, a história é outra. A renda média dos novos contratos na cidade subiu 9% no mesmo período, para 16,20 euros por metro quadrado. Um T2 de 75 metros quadrados em Paranhos ou Campanhã custa hoje, em média, mais de 1.200 euros por mês.

A explicação é conhecida. Quem não consegue comprar, arrenda, e a oferta de casas para arrendar não acompanhou a procura. Os novos projetos de habitação a custos controlados avançam, mas devagar: dos 1.800 fogos anunciados para a área metropolitana até 2026, menos de 500 estão em obra.

O que isto significa para quem procura casa

Para quem tem poupanças e um emprego estável, este pode ser um momento razoável para comprar, sobretudo fora do centro histórico. Há mais margem para negociar e menos propostas acima do preço pedido.

Para quem arrenda, infelizmente, não vejo alívio rápido. Enquanto a construção nova não chegar ao mercado em quantidade, as rendas vão continuar a subir acima da inflação.

O autor escreve de acordo com a antiga ortografia.
"""),
    "head": [
        "Economia › Imobiliário",
        "Assine o Diário do Norte por 1€ no primeiro mês e leia todos os artigos exclusivos, sem limites. Assinar já",
        "Publicidade",
    ],
    "mid": [
        ("Não é uma descida", "Simulador de crédito habitação: descubra quanto vai pagar por mês. Faça já a sua simulação gratuita com o Banco Atlântida"),
        ("A explicação é conhecida", "Leia também\nIMT: quem pode pedir a isenção na compra da primeira casa\nArrendamento acessível: abertas as candidaturas em Gaia"),
    ],
    "tail": [
        "Conteúdo patrocinado por Imobiliária Foz & Douro — encontre a sua próxima casa entre mais de 3.000 imóveis no Grande Porto.",
        "Partilhe este artigo: Facebook · X · WhatsApp · E-mail",
        "Subscreva a newsletter Mercado & Casa e receba todas as segundas-feiras a análise dos nossos especialistas. Subscrever",
        "© Diário do Norte, S.A. Todos os direitos reservados.",
    ],
    "mixed": [
        ("Por Rui Valadares", "end", "· 11 de abril de 2025, 7:00"),
        ("Com o arrendamento", "start", "Artigo exclusivo para assinantes."),
        ("Para quem arrenda", "end", "Receba alertas do Diário do Norte no seu telemóvel"),
    ],
    "ltop": L("""
Diário do Norte
Última hora · País · Economia · Mundo · Desporto · Cultura · Opinião
Economia › Imobiliário
Assine por 1€ no primeiro mês
"""),
    "lmid": [
        ("Os números do primeiro trimestre", "Publicidade"),
        ("O que isto significa", "Faça já a sua simulação de crédito habitação"),
    ],
    "lbot": L("""
Partilhe este artigo
Subscreva a newsletter Mercado & Casa
Estatuto editorial · Ficha técnica · Política de privacidade
"""),
})

# ---------------------------------------------------------------------------
# 24. Personal-finance advice column, reader Q&A (Brazilian Portuguese)
# ---------------------------------------------------------------------------
ARTICLES.append({
    "slug": "pt-br-financas-pessoais-leitor-pergunta",
    "register": "personal finance advice column",
    "lang": "pt",
    "paras": P("""
Vale a pena usar a reserva de emergência para quitar o financiamento do carro?

Coluna Seu Dinheiro, por Patrícia Menezes, planejadora financeira

Pergunta: Tenho 34 anos, sou solteiro e guardei R$ 42 mil como reserva de emergência, aplicados num fundo DI. Faltam 28 parcelas de R$ 1.150 para quitar o financiamento do meu carro, com juros de 1,6% ao mês. Se eu quitar agora, o banco me dá desconto nos juros. Vale a pena usar a reserva? Leandro, Curitiba

Resposta: Leandro, a sua dúvida é mais comum do que parece, e a resposta tem duas partes: a conta e o risco.

Primeiro, a conta. Um financiamento a 1,6% ao mês equivale a cerca de 21% ao ano. Nenhuma aplicação conservadora rende isso hoje. Então, do ponto de vista puramente matemático, cada real usado para antecipar as parcelas “rende” mais do que no fundo.

Com o desconto, você deve conseguir quitar o saldo por algo em torno de R$ 27 mil. Peça ao banco o valor exato por escrito antes de decidir.

Agora, o risco. Se você usar R$ 27 mil, sobram R$ 15 mil de reserva. Com as parcelas de R$ 1.150 fora do orçamento, suas despesas mensais caem, e essa reserva menor pode cobrir mais meses do que parece.

Minha sugestão é um caminho do meio:

Quite o financiamento, mas só se a reserva restante cobrir pelo menos seis meses das suas despesas essenciais, já sem a parcela do carro.

Se não cobrir, faça uma amortização parcial agora e use o valor das parcelas que deixam de existir para reconstruir a reserva.

Em qualquer caso, confira se o seguro do carro continua em dia e se o seu emprego é estável. Reserva de emergência existe justamente para os meses em que tudo dá errado ao mesmo tempo.
"""),
    "head": [
        "Economia › Seu Dinheiro",
        "Baixe o app do Jornal da Capital e receba a coluna Seu Dinheiro antes de todo mundo. Disponível para Android e iPhone",
    ],
    "mid": [
        ("Resposta: Leandro", "Publicidade"),
        ("Com o desconto, você deve", "Conteúdo de marca | Invista a partir de R$ 1 no Tesouro com a corretora NovaVest. Abra sua conta em 5 minutos, sem taxa de custódia"),
        ("Quite o financiamento, mas só", "Calculadora: descubra quanto economiza ao antecipar parcelas do seu financiamento"),
    ],
    "tail": [
        "Tem uma dúvida sobre dinheiro? Mande sua pergunta para a coluna pelo formulário do site. As perguntas podem ser editadas por questão de espaço.",
        "Assine a newsletter Seu Dinheiro: dicas práticas de finanças pessoais toda terça-feira, de graça.",
        "Mais lidas\nImposto de Renda 2025: veja quem é obrigado a declarar\nPoupança ou CDB: qual rende mais em 2025?",
        "Jornal da Capital © Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação sem autorização.",
    ],
    "mixed": [
        ("Coluna Seu Dinheiro", "end", "| Atualizado em 05/06/2025 às 08h12"),
        ("Primeiro, a conta", "start", "Este conteúdo é exclusivo para assinantes."),
        ("Em qualquer caso", "end", "Siga a colunista no Instagram para mais dicas"),
    ],
    "ltop": L("""
Jornal da Capital
Últimas · Política · Economia · Esportes · Entretenimento · Assine
Economia › Seu Dinheiro
"""),
    "lmid": [
        ("Pergunta: Tenho 34 anos", "Publicidade"),
        ("Minha sugestão é um caminho", "Invista a partir de R$ 1 com a NovaVest"),
    ],
    "lbot": L("""
Envie sua pergunta para a coluna
Assine a newsletter Seu Dinheiro
Mais lidas
Termos de uso · Privacidade · Fale conosco
"""),
})
