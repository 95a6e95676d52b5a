"""Blind set 8 (arts11), Portuguese: site municipal (pt-PT), armadilha newsletter (pt-BR), ciência (pt-PT)."""
from common import P, L

ARTICLES = [
    {
        "slug": "b11-pt-camara-hortas-urbanas",
        "register": "site de câmara municipal",
        "lang": "pt",
        "paras": P("""
Câmara de Vale Formoso aprova novo regulamento para hortas urbanas

A Câmara Municipal de Vale Formoso aprovou, na reunião pública de quarta-feira, o novo regulamento das hortas urbanas municipais, que prevê a criação de mais 60 talhões no Parque da Ribeira e a redução das taxas para as famílias com rendimentos mais baixos.

Atualmente, o município dispõe de 112 talhões distribuídos por três parques, todos ocupados. A lista de espera ultrapassa as 200 inscrições, segundo dados da autarquia.

O que muda

Os talhões passam a ser atribuídos por sorteio público, realizado uma vez por ano, em março.

A taxa anual mantém-se nos 30 euros, mas os agregados com escalão A ou B do abono de família ficam isentos.

Cada horticultor pode manter o talhão durante quatro anos, renováveis uma vez, para permitir a rotação entre os interessados.

É proibida a utilização de pesticidas e adubos químicos de síntese. A câmara disponibilizará gratuitamente composto produzido a partir dos resíduos verdes do concelho.

«As hortas urbanas são muito mais do que um lugar para cultivar alfaces. São espaços de convívio, de saúde e de aprendizagem entre gerações», afirmou a vereadora do Ambiente, Teresa Calado.

O regulamento foi aprovado por maioria, com a abstenção dos vereadores da oposição, que defenderam que a expansão deveria incluir também as freguesias rurais do concelho.

O documento entra em vigor 15 dias após a publicação em Diário da República. As candidaturas para o primeiro sorteio podem ser feitas no Balcão Único ou no portal do município.
"""),
        "head": [
            "Este sítio utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, está a concordar com a nossa política de cookies.\nAceitar\nSaber mais",
            "Início > Município > Notícias",
        ],
        "mid": [
            ("Atualmente, o município", "Subscreva a newsletter municipal e receba as notícias de Vale Formoso no seu email.\nSubscrever"),
            ("É proibida", "Veja também\nAgenda cultural de dezembro\nRecolha de monstros: novo calendário"),
            ("O regulamento foi", "Descarregue a app Vale Formoso+ e reporte ocorrências na via pública em tempo real."),
        ],
        "tail": [
            "Partilhar\nFacebook\nX\nLinkedIn\nEmail",
            "Esta informação foi útil?\nSim\nNão",
            "Siga o Município nas redes sociais: @cmvaleformoso",
            "© 2024 Câmara Municipal de Vale Formoso | Acessibilidade | Política de Privacidade | Livro de Reclamações",
        ],
        "mixed": [
            ("A Câmara Municipal", "end", "Partilhe esta notícia: Facebook X WhatsApp"),
            ("Atualmente, o município", "start", "Fotografia: CM Vale Formoso"),
            ("«As hortas urbanas", "end", "Subscreva a newsletter municipal para receber mais notícias como esta."),
        ],
        "ltop": L("""
Município de Vale Formoso
Início
Serviços
Viver
Visitar
Investir
Notícias
Pesquisar
"""),
        "lmid": [
            ("Atualmente, o município", "Subscrever newsletter"),
            ("É proibida", "Veja também"),
        ],
        "lbot": L("""
Partilhar
Esta informação foi útil?
Sim
Não
Livro de Reclamações
© 2024 Câmara Municipal de Vale Formoso
"""),
    },
    {
        "slug": "b11-pt-trap-newsletter-economia",
        "register": "portal de notícias brasileiro",
        "lang": "pt",
        "trap": True,
        "paras": P("""
Newsletter de economia criada por duas jornalistas chega a 100 mil assinantes

São Paulo — Criada há dois anos por duas jornalistas demitidas em um corte de redação, a newsletter Caixa Preta chegou nesta semana à marca de 100 mil assinantes, dos quais cerca de 7 mil pagam R$ 19,90 por mês para receber a versão completa.

A publicação, enviada de segunda a sexta às 7h, explica em linguagem simples os principais assuntos de economia do dia. A edição gratuita traz um resumo; a paga inclui análises mais longas, entrevistas e um boletim semanal sobre investimentos.

"A gente não tinha investidor, não tinha marca, não tinha nada. Tinha uma lista de e-mails de amigos e muita vontade", conta Fernanda Queiroz, que divide a empresa com a ex-colega Juliana Motta.

Nos primeiros meses, as duas escreviam de madrugada e pediam aos leitores que encaminhassem o e-mail para conhecidos. O crescimento veio quando uma edição sobre o fim do parcelamento sem juros no cartão viralizou nas redes sociais e trouxe 15 mil inscrições em uma semana.

Hoje a Caixa Preta tem quatro funcionários e fatura, segundo as fundadoras, o suficiente para pagar todos os salários sem depender de publicidade. A newsletter aceita patrocínios pontuais, sempre identificados no topo do e-mail, mas recusa anúncios de bancos e corretoras.

Um modelo em expansão

O caso não é isolado. Plataformas de newsletters pagas atraíram milhares de jornalistas brasileiros nos últimos anos, muitos deles egressos de redações que encolheram. Para a pesquisadora Helena Sampaio, que estuda modelos de negócio do jornalismo digital, o formato cria uma relação mais direta com o público.

"O leitor sente que está apoiando uma pessoa, não uma empresa. Isso cria uma fidelidade que os grandes portais perderam", afirma. Ela ressalva, porém, que poucas newsletters conseguem converter mais de 5% dos leitores gratuitos em assinantes pagos.

As fundadoras da Caixa Preta planejam lançar em 2025 um podcast diário e uma versão da newsletter voltada para pequenos empresários.
"""),
        "trap_promo": ("tail", "Assine o Jornal do Planalto e tenha acesso ilimitado ao nosso conteúdo por R$ 1,90 no primeiro mês."),
        "head": [
            "Economia",
            "Receba no seu e-mail as principais notícias do dia: cadastre-se na newsletter Manhã do Planalto.",
        ],
        "mid": [
            ("A publicação, enviada", "Publicidade"),
            ("Nos primeiros meses", "Leia também\nFreelancers já são 30% dos jornalistas no país, diz pesquisa\nComo funciona o Pix parcelado"),
            ("O caso não é isolado", "Siga o Jornal do Planalto no Instagram e no TikTok"),
        ],
        "tail": [
            "Compartilhe esta notícia\nWhatsApp\nFacebook\nX\nLinkedIn",
            "Mais lidas\n1. Dólar fecha em alta após dados de emprego nos EUA\n2. Concurso público abre 2 mil vagas",
            "Ouça o podcast Café com Economia no seu aplicativo de áudio favorito.",
        ],
        "mixed": [
            ("São Paulo —", "end", "Leia também: Freelancers já são 30% dos jornalistas no país"),
            ("A publicação, enviada", "start", "PUBLICIDADE"),
            ("\"O leitor sente", "end", "Baixe o app do Jornal do Planalto e receba alertas das notícias mais importantes."),
        ],
        "ltop": L("""
Jornal do Planalto
Últimas
Política
Economia
Mundo
Esportes
Assine
Entrar
"""),
        "lmid": [
            ("A publicação, enviada", "Publicidade"),
            ("O caso não é isolado", "Leia também"),
        ],
        "lbot": L("""
Compartilhe
Mais lidas
Termos de uso
Política de privacidade
© 2024 Jornal do Planalto. Todos os direitos reservados.
"""),
    },
    {
        "slug": "b11-pt-ciencia-esponjas-acores",
        "register": "revista de ciência online",
        "lang": "pt",
        "paras": P("""
Cientistas descobrem jardim de esponjas a 900 metros de profundidade ao largo dos Açores

Uma equipa de investigadores portugueses identificou um extenso campo de esponjas de profundidade num monte submarino a sul da ilha de São Miguel, numa área que até agora se julgava praticamente desprovida de vida.

A descoberta foi feita em setembro, durante uma campanha de cinco semanas a bordo do navio de investigação Almirante Gago, com recurso a um veículo submarino operado remotamente, capaz de descer até aos 3000 metros.

"Quando as primeiras imagens chegaram ao ecrã, ficámos todos em silêncio. Havia esponjas do tamanho de uma pessoa, algumas provavelmente com centenas de anos", recorda a bióloga marinha Inês Vasconcelos, coordenadora da expedição.

As esponjas de profundidade funcionam como autênticos recifes: criam abrigo para peixes, crustáceos e estrelas-do-mar e filtram grandes quantidades de água, contribuindo para a reciclagem de nutrientes no fundo do oceano.

Ecossistemas frágeis

Por crescerem muito lentamente, estes habitats são particularmente vulneráveis à pesca de arrasto e a outras atividades que perturbam o fundo marinho. Uma única passagem de uma rede pode destruir em minutos estruturas que levaram séculos a formar-se.

Os investigadores recolheram 48 amostras, que estão agora a ser analisadas em laboratório. Suspeitam que pelo menos duas das espécies encontradas possam ser novas para a ciência.

A equipa pretende apresentar os resultados ao Governo Regional, defendendo a inclusão da área na rede de áreas marinhas protegidas do arquipélago.

A campanha foi financiada por um programa europeu de investigação do mar profundo e por fundos regionais.
"""),
        "head": [
            "Ciência | Oceanos",
            "O jornalismo de ciência independente precisa de si. Apoie a Maré Alta a partir de 3 euros por mês.",
        ],
        "mid": [
            ("A descoberta foi feita", "Publicidade"),
            ("As esponjas de profundidade", "Leia também:\nBaleias-azuis regressam às águas dos Açores\nO que são os montes submarinos e porque importam"),
            ("Os investigadores recolheram", "Receba a newsletter Fundo do Mar todas as quintas-feiras: as melhores histórias de ciência na sua caixa de correio."),
        ],
        "tail": [
            "Imagem: Instituto de Investigação do Mar / ROV Luso",
            "Gostou deste artigo? Partilhe-o com os seus amigos.\nFacebook\nX\nWhatsApp",
            "Comentários (4)\nInicie sessão para comentar",
            "Esta reportagem é gratuita para todos os leitores. Para que continue assim, faça um donativo.",
        ],
        "mixed": [
            ("Uma equipa de investigadores", "end", "Fotografia: Inês Vasconcelos/Expedição Monte Sul"),
            ("As esponjas de profundidade", "start", "PUBLICIDADE"),
            ("Por crescerem muito", "end", "Leia também: Baleias-azuis regressam às águas dos Açores"),
            ("A campanha foi", "end", "Apoie o jornalismo de ciência: torne-se membro da Maré Alta."),
        ],
        "ltop": L("""
Maré Alta
Ciência
Ambiente
Saúde
Espaço
Apoiar
Newsletter
Entrar
"""),
        "lmid": [
            ("A descoberta foi feita", "Publicidade"),
            ("Os investigadores recolheram", "Subscrever newsletter"),
        ],
        "lbot": L("""
Comentários (4)
Partilhar
Fazer um donativo
Ficha técnica
Estatuto editorial
© Maré Alta 2024
"""),
    },
]
