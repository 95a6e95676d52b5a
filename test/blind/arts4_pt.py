from common import P, L

ARTICLES = [
dict(
    slug="b3-pt-nacional-habitacao",
    lang="pt",
    register="national news",
    paras=P("""
Governo aprova limite às rendas de novos contratos em zonas de pressão urbanística

O Conselho de Ministros aprovou esta quinta-feira um decreto-lei que impõe um teto ao valor das rendas dos novos contratos de arrendamento em 42 concelhos considerados de pressão urbanística, incluindo Lisboa, Porto, Faro e Funchal.

Nesses municípios, a renda de um novo contrato não poderá ultrapassar em mais de 2% a do contrato anterior para a mesma casa, acrescida da inflação.

A ministra da Habitação, Teresa Sarmento, defendeu a medida como «um travão de emergência» e garantiu que vigorará apenas por três anos.

«Não é possível que uma família com dois salários médios não consiga arrendar um T2 na cidade onde trabalha», afirmou no final da reunião.

A Associação Lisbonense de Proprietários reagiu com críticas duras. O presidente, Luís Menezes Leitão, considera que o diploma «vai retirar ainda mais casas do mercado».

Os partidos da oposição dividem-se. O PS pede que a medida seja acompanhada de mais construção pública; a Iniciativa Liberal anunciou que vai pedir a fiscalização da constitucionalidade.

O decreto segue agora para o Presidente da República, que tem vinte dias para o promulgar ou vetar.
"""),
    head=[
        "Última hora",
        "Assine o Diário do Tejo por 1€ no primeiro mês e tenha acesso ilimitado a todas as notícias e opinião.",
    ],
    mid=[
        ("Nesses municípios", "Leia também: Preço das casas sobe 11% no último ano, diz o INE"),
        ("«Não é possível que", "Publicidade"),
        ("A Associação Lisbonense", "Receba todas as manhãs o «Expresso das 8», com as notícias que vão marcar o dia. É grátis."),
    ],
    tail=[
        "Gostou deste artigo? Ofereça-o a um amigo – os assinantes podem partilhar cinco artigos por mês.",
        "Comentários (212) · Ver regras de participação",
        "© Diário do Tejo – Todos os direitos reservados",
    ],
    mixed=[
        ("O Conselho de Ministros", "start", "Por Rita Vasconcelos · 13 nov 2026, 18:40"),
        ("A ministra da Habitação", "end", "Siga o Diário do Tejo no WhatsApp e receba os alertas de última hora."),
        ("Os partidos da oposição", "start", "PUB"),
        ("O decreto segue agora", "end", "Partilhar: Facebook · X · E-mail"),
    ],
    ltop=L("""
Diário do Tejo
País
Mundo
Economia
Desporto
Entrar
Assinar
"""),
    lmid=[
        ("A ministra da Habitação", "Fotografia: Lusa/Tiago Petinga"),
    ],
    lbot=L("""
Estatuto editorial
Ficha técnica
Política de privacidade
Definições de cookies
"""),
),
dict(
    slug="b3-pt-aovivo-apuracao",
    lang="pt",
    register="live blog (elections)",
    paras=P("""
AO VIVO – Apuração em Belo Horizonte: Marília Couto lidera com 52% dos votos válidos

Acompanhe minuto a minuto a contagem dos votos do segundo turno na capital mineira.

19h42 – Com 91% das urnas apuradas, Marília Couto (PSD) tem 52,3% dos votos válidos contra 47,7% de Rodrigo Alvim (PT). A diferença é de pouco mais de 58 mil votos.

19h20 – Alvim falou rapidamente com jornalistas no comitê de campanha, no bairro Santa Tereza. «Ainda faltam as urnas da região de Venda Nova, onde somos fortes», disse.

18h55 – O TRE-MG informa que a apuração está mais rápida do que no primeiro turno. Até agora, não houve registro de substituição de urnas por falha.

18h30 – Com 64% das urnas apuradas, Couto tem 51,8%. Apoiadores começam a se reunir na Praça da Liberdade.

17h00 – As seções eleitorais fecharam em todo o país. A abstenção na capital mineira ficou em torno de 24%, segundo dados preliminares.

Boa tarde! Começa aqui a nossa cobertura em tempo real do segundo turno das eleições municipais em Belo Horizonte.
"""),
    head=[
        "Eleições 2026 › Minas Gerais",
        "Assinante tem acesso completo à cobertura das eleições. Assine por R$ 1,90 no primeiro mês.",
        "Atualizado há 1 minuto · Ativar notificações",
    ],
    mid=[
        ("19h42 – Com 91%", "Veja o mapa da apuração por zona eleitoral em tempo real"),
        ("19h20 – Alvim falou", "Oferecimento: Banco Mineiro – seu crédito sem burocracia. Publicidade"),
        ("18h30 – Com 64%", "Mande sua foto ou vídeo das ruas de BH pelo nosso WhatsApp: (31) 99999-0000"),
    ],
    tail=[
        "Carregar mais atualizações",
        "Baixe o app do Estado de Minas e acompanhe a apuração de qualquer lugar.",
        "Cobertura eleitoral completa: resultados de todas as cidades de Minas",
    ],
    mixed=[
        ("AO VIVO – Apuração", "end", "Ouça o podcast Café com Política, todo dia às 7h."),
        ("19h42 – Com 91%", "end", "Compartilhe"),
        ("18h55 – O TRE-MG", "start", "PUBLICIDADE"),
        ("17h00 – As seções", "end", "Post fixado"),
    ],
    ltop=L("""
Início
Política
Eleições 2026
Economia
Esportes
Entrar
"""),
    lmid=[
        ("18h55 – O TRE-MG", "Continua depois da publicidade"),
    ],
    lbot=L("""
Fale conosco
Termos de uso
Política de privacidade
Anuncie
"""),
),
dict(
    slug="b3-pt-clubes-assinatura",
    lang="pt",
    register="business (trap: subscription clubs/apps)",
    trap=True,
    trap_promo=("tail", "Quer entender para onde vai o seu dinheiro? Receba a newsletter Bolso Cheio toda segunda-feira, sem custo."),
    paras=P("""
Clubes de assinatura crescem no Brasil, mas consumidor tem dificuldade para cancelar

Vinho, café, ração para pets, livros, cuecas: quase tudo pode chegar todo mês na casa do consumidor brasileiro por meio de um clube de assinatura. O setor movimentou R$ 7,4 bilhões em 2025, segundo a Associação Brasileira de Comércio Eletrônico.

O modelo agrada às empresas porque garante receita previsível e clientes fiéis. Para o consumidor, a promessa é comodidade e desconto em relação ao preço avulso.

Mas as reclamações aumentaram no mesmo ritmo. No site Consumidor.gov.br, as queixas sobre cancelamento de assinaturas cresceram 63% em um ano.

«Muitos clubes deixam a assinatura se renovar automaticamente e escondem o botão de cancelamento dentro do aplicativo», afirma a advogada Juliana Prado, do Instituto de Defesa de Consumidores (Idec).

Pelo Código de Defesa do Consumidor, quem contrata pela internet pode desistir em até sete dias após receber o produto, sem precisar justificar. Depois disso, valem as regras do contrato, que não podem impor multas abusivas.

A Senacon prepara uma norma que obrigará as empresas a oferecer o cancelamento pelo mesmo canal usado na contratação e a avisar o cliente antes de cada renovação anual.

A dica dos especialistas é simples: antes de assinar, procure no aplicativo ou no site onde fica a opção de cancelar. Se não encontrar, desconfie.
"""),
    head=[
        "Economia › Seu bolso",
        "Você atingiu o limite de 5 reportagens gratuitas. Cadastre-se grátis e continue lendo.",
    ],
    mid=[
        ("O modelo agrada às empresas", "Conteúdo patrocinado: Conta digital sem tarifas com cashback em todas as compras. Abra a sua em 5 minutos."),
        ("Pelo Código de Defesa", "Leia mais: Como cancelar a assinatura de streaming sem pagar multa"),
    ],
    tail=[
        "Quer entender para onde vai o seu dinheiro? Receba a newsletter Bolso Cheio toda segunda-feira, sem custo.",
        "Tópicos: Consumidor · Assinaturas · Direitos",
        "Reportar erro",
    ],
    mixed=[
        ("Clubes de assinatura crescem", "end", "Exclusivo para assinantes"),
        ("Mas as reclamações aumentaram", "start", "Anúncio"),
        ("A Senacon prepara", "end", "Siga a Folha do Centro no Google Notícias e no Instagram."),
        ("A dica dos especialistas", "end", "Ofertas do dia: cafés especiais com até 30% off nas lojas parceiras."),
    ],
    ltop=L("""
Folha do Centro
Economia
Negócios
Tecnologia
Minha conta
Assine
"""),
    lmid=[
        ("«Muitos clubes deixam", "PUBLICIDADE"),
    ],
    lbot=L("""
Expediente
Trabalhe conosco
Termos e condições
Gerenciar cookies
"""),
),
]
