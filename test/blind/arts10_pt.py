from common import P, L

ARTICLES = [
    {
        "slug": "b10-pt-pet-assinatura",
        "lang": "pt",
        "register": "pet care blog",
        "paras": P("""
Ração por assinatura vale a pena? Fizemos as contas para um cão de porte médio

Clubes de assinatura prometem descontos e entrega em casa. Mas os preços mudam, e muitos influenciadores ganham comissão para recomendar.

Quem tem cachorro sabe: a ração acaba sempre no pior dia. Por isso os serviços de assinatura, que entregam o saco em casa a cada quatro ou seis semanas, conquistaram muitos tutores nos últimos anos.

Para saber se compensa, acompanhamos durante três meses os gastos com a Mel, uma vira-lata de 14 quilos, comparando três formas de compra: pet shop do bairro, loja online avulsa e assinatura mensal.

O que descobrimos

Pet shop do bairro: R$ 289,90 pelo saco de 15 kg

Loja online, compra avulsa: R$ 264,00 mais frete

Assinatura com 10% de desconto: R$ 247,41, frete grátis

Na ponta do lápis, a assinatura saiu R$ 42 mais barata por mês do que o pet shop. Mas há letras miúdas: em dois dos três serviços analisados, o desconto só vale para quem mantém o plano por pelo menos seis meses, e o preço de referência subiu 7% no período.

Cuidado com as recomendações

Muitos perfis de pets nas redes sociais divulgam cupons de desconto de marcas de ração. Segundo o Conar, o conselho de autorregulamentação publicitária, esse tipo de conteúdo deve ser identificado como publicidade, o que nem sempre acontece.

«Se o influenciador ganha por venda, isso precisa estar claro para o seguidor», diz a veterinária Renata Kobayashi, de Curitiba. Ela lembra que a troca de ração deve ser gradual, ao longo de sete a dez dias, para evitar problemas digestivos.

Nossa conclusão: a assinatura vale a pena para quem já está satisfeito com a marca e tem espaço para guardar o saco. Antes de assinar, confira o prazo de cancelamento.
"""),
        "head": [
            "Blog Patas & Cia › Alimentação",
            "Transparência: alguns links deste post são de afiliados. Se você comprar por eles, o blog recebe uma pequena comissão, sem custo extra para você.",
        ],
        "mid": [
            ("Para saber se compensa,", "Leia também: Quantas vezes por dia devo alimentar meu filhote?"),
            ("Na ponta do lápis,", "Use o cupom PATAS15 e ganhe 15% de desconto na primeira compra da PetBox. Válido até 30/04."),
            ("«Se o influenciador ganha por venda,", "Receba nossas dicas no WhatsApp: entre no canal do Patas & Cia e ative as notificações."),
        ],
        "tail": [
            "Gostou do post? Inscreva-se na newsletter «Focinho News» e receba conteúdos novos toda quinta-feira.",
            "Sobre a autora: Bruna Tavares é jornalista, tutora da Mel e do Pipoca e escreve o Patas & Cia desde 2017. Instagram: @patasecia.blog",
            "Este conteúdo tem caráter informativo e não substitui a consulta com um médico-veterinário.",
        ],
        "mixed": [
            ("Quem tem cachorro sabe:", "start", "Post atualizado em março de 2026."),
            ("Nossa conclusão:", "end", "Compre agora a ração recomendada com frete grátis clicando aqui."),
            ("Muitos perfis de pets nas redes sociais", "end", "Publicidade"),
            ("Para saber se compensa,", "start", "Salve este post no Pinterest para ler depois."),
        ],
        "ltop": L("""
Patas & Cia
Início
Cães
Gatos
Saúde
Alimentação
Produtos
Contato
Por Bruna Tavares
12 de março de 2026
8 comentários
A Mel espera o jantar ao lado do saco de ração. Foto: arquivo pessoal
"""),
        "lmid": [
            ("Para saber se compensa,", "Anúncio"),
            ("Na ponta do lápis,", "Ver preço na Amazon"),
            ("«Se o influenciador ganha por venda,", "Posts relacionados"),
        ],
        "lbot": L("""
Compartilhe:
Pinterest
WhatsApp
Deixe um comentário
Cancelar resposta
Política de privacidade
Este site usa cookies para melhorar sua experiência. Aceitar
© 2026 Patas & Cia · Tema por WP Pet
"""),
        "trap": True,
        "trap_promo": ("tail", "Sobre a autora: Bruna Tavares é jornalista, tutora da Mel e do Pipoca e escreve o Patas & Cia desde 2017. Instagram: @patasecia.blog"),
    },
    {
        "slug": "b10-pt-carreira-entrevista",
        "lang": "pt",
        "register": "job advice column",
        "paras": P("""
«Fui despedido e não sei como explicar isso numa entrevista»

Na coluna desta semana, a consultora Inês Salgado responde a um leitor de Braga que perdeu o emprego num despedimento coletivo.

Tenho 44 anos e trabalhei 12 anos como responsável de armazém numa empresa de distribuição. Em janeiro fui incluído num despedimento coletivo. Já tenho entrevistas marcadas, mas fico bloqueado quando me perguntam porque saí. Tenho vergonha. O que devo dizer? (Rui, Braga)

Caro Rui,

Primeiro, uma coisa importante: um despedimento coletivo não é um despedimento por justa causa. Não diz nada sobre o seu desempenho, e os recrutadores sabem isso.

Diga a verdade, de forma curta

A melhor resposta tem duas frases. Por exemplo: «A empresa reestruturou a operação logística e o meu posto foi extinto, juntamente com outros 40. Saí com boas referências e estou à procura de um desafio semelhante.»

Depois, mude o foco para o que pode oferecer. Doze anos a gerir um armazém são doze anos de experiência em equipas, prazos e sistemas informáticos.

Três erros a evitar

Falar mal da antiga empresa

Mentir sobre as datas no currículo

Peça ao seu antigo chefe uma carta de recomendação ou autorização para ser contactado. E atualize o seu perfil profissional online: muitos recrutadores procuram candidatos antes mesmo de publicar a vaga.

Boa sorte. E escreva-me a contar como correu.
"""),
        "head": [
            "Emprego · Coluna «Vida Profissional»",
            "Tem uma dúvida sobre a sua carreira? Envie a sua pergunta para carreiras@diariodominho.pt. A identidade dos leitores é sempre protegida.",
            "Ouvir artigo · 4 min",
        ],
        "mid": [
            ("Primeiro, uma coisa importante:", "Ofertas de emprego: Técnico de logística (m/f) – Guimarães · Operador de empilhador – Barcelos · Ver todas as vagas"),
            ("Depois, mude o foco", "Assine o Diário do Minho: acesso ilimitado por 3,99 € por mês. Cancele quando quiser."),
            ("Mentir sobre as datas no currículo", "Workshop «Currículo que passa no filtro» – 18 de abril, Braga. Inscrições com 20% de desconto para assinantes."),
        ],
        "tail": [
            "Inês Salgado é consultora de recursos humanos e autora do livro «Recomeçar aos 40». Escreve esta coluna à sexta-feira.",
            "Subscreva a newsletter «Carreiras», com conselhos, vagas e formação, todas as segundas-feiras.",
            "Siga o Diário do Minho no Facebook, Instagram e LinkedIn.",
            "© Diário do Minho, S.A. Todos os direitos reservados.",
        ],
        "mixed": [
            ("Tenho 44 anos e trabalhei", "start", "Conteúdo exclusivo para assinantes."),
            ("Boa sorte.", "end", "Partilhe esta coluna com quem precisa."),
            ("A melhor resposta tem duas frases.", "end", "Descarregue o nosso modelo de currículo gratuito."),
            ("Peça ao seu antigo chefe", "start", "Publicidade"),
        ],
        "ltop": L("""
Diário do Minho
Últimas
Braga e região
Guimarães
Economia
Desporto
Opinião
Assinar
Vida Profissional
Por Inês Salgado, consultora de RH
Publicado a 13 mar 2026 às 08:00
Fotografia ilustrativa de uma entrevista de emprego. (Foto: Unsplash)
"""),
        "lmid": [
            ("Primeiro, uma coisa importante:", "Leia mais"),
            ("Depois, mude o foco", "Oferecer artigo"),
            ("Mentir sobre as datas no currículo", "Mais lidas"),
        ],
        "lbot": L("""
Comentários
Partilhar
Estatuto editorial
Ficha técnica
Termos e condições
Política de privacidade
Definições de cookies
Livro de reclamações
"""),
        "trap": False,
        "trap_promo": None,
    },
]
