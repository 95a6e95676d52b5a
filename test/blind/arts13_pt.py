"""blind10, Portuguese: um tópico de fórum de hardware (notebook que desliga sozinho), uma crônica de
opinião sobre a padaria do bairro, e uma notícia de educação sobre telemóveis nas escolas (Portugal).
"""
from common import P, L

ARTICLES = [
    {
        "slug": "b13-pt-forum-notebook-desligando",
        "register": "forum thread",
        "lang": "pt",
        "paras": P("""
Notebook desliga sozinho quando abro jogo — superaquecimento ou fonte?

Pessoal, boa noite. Tenho um notebook Acer Nitro 5 com Ryzen 5 5600H e RTX 3050, comprado em 2022. Há umas duas semanas ele começou a desligar do nada quando abro qualquer jogo mais pesado, tipo Cyberpunk ou Forza Horizon 5. Não aparece tela azul, simplesmente apaga, como se tivessem puxado a tomada. Navegando na internet ou vendo vídeo funciona normal por horas. Já reinstalei o driver da placa de vídeo e nada. Alguém tem ideia do que pode ser?

Resposta de Thiago_M: Desligamento seco desse jeito, sem tela azul, quase sempre é proteção térmica. Instala o HWiNFO64, deixa aberto em segundo plano e joga até desligar. Depois olha o valor máximo de temperatura da CPU e da GPU. Se passar de 95 °C, já sabe o culpado.

Resposta do autor: Fiz o teste. A CPU chegou a 98 °C e a GPU a 87 °C uns segundos antes de apagar. Ou seja, é temperatura mesmo. Mas o notebook fica em cima da mesa, não no colo nem na cama.

Resposta de carla.dev: Com três anos de uso, é bem provável que a pasta térmica esteja ressecada e as ventoinhas cheias de poeira. Nesse modelo dá para abrir a tampa de baixo com uma chave Phillips pequena, são 11 parafusos. Cuidado com os dois que ficam escondidos debaixo dos pezinhos de borracha.

Resposta de carla.dev (continuação): Quando fiz no meu, segui esta ordem:

Desligue o carregador e, se possível, desconecte a bateria interna antes de mexer em qualquer coisa.

Limpe as ventoinhas com pincel e ar comprimido, segurando as pás para que não girem em alta rotação.

Remova o dissipador, limpe a pasta antiga com álcool isopropílico e aplique uma nova, em quantidade pequena.

Resposta de Thiago_M: Só complementando: se não tiver experiência, leva numa assistência de confiança. Uma limpeza com troca de pasta costuma custar entre R$ 120 e R$ 200. Não vale arriscar quebrar o flat da tela.

Resposta de Renan Costa: Outra coisa que ajuda muito é usar o NitroSense no modo desempenho com as ventoinhas no máximo enquanto joga, e comprar uma base com cooler. Não faz milagre, mas baixa uns 5 graus.

Resposta do autor, quatro dias depois: Resolvido! Levei numa assistência aqui em Campinas, o técnico disse que a ventoinha da CPU estava praticamente entupida de poeira e a pasta virou pó. Trocaram a pasta e os thermal pads da GPU por R$ 180. Agora a CPU não passa de 82 °C em jogo e não desligou mais. Valeu demais pela ajuda, galera. Fica a dica para quem tiver o mesmo problema: antes de culpar a fonte ou a placa-mãe, vejam as temperaturas.

Nota da moderação: tópico marcado como resolvido a pedido do autor. A resposta de carla.dev foi destacada como solução.
"""),
        "head": [
            "Fórum Hardware Brasil › Notebooks › Problemas e soluções",
            "Participe da maior comunidade de tecnologia do Brasil! Crie sua conta grátis para responder, seguir tópicos e receber alertas.\nCadastrar\nEntrar",
        ],
        "mid": [
            ("Pessoal, boa noite.", "Anúncio\nNotebooks gamer com até 12x sem juros — confira as ofertas da semana na TecnoShop"),
            ("Resposta do autor: Fiz o teste.", "Curtir 4 · Citar · Responder"),
            ("Remova o dissipador", "Tópicos semelhantes\nPC reiniciando sozinho em jogos, fonte de 500 W\nGPU chegando a 90 graus no verão, normal?\nQual pasta térmica comprar em 2025?"),
        ],
        "tail": [
            "Este tópico foi arquivado e está fechado para novas respostas.",
            "Quer ajuda mais rápida? Assine o plano Apoiador por R$ 9,90/mês, navegue sem anúncios e tenha seus tópicos destacados.",
            "Termos de uso · Regras do fórum · Política de privacidade\n© 2025 Fórum Hardware Brasil. Powered by Invision Community",
        ],
        "mixed": [
            ("Resposta de Thiago_M: Desligamento seco", "end", "Editado 12 de março por Thiago_M"),
            ("Resposta de carla.dev: Com três", "start", "Solução ✔"),
            ("Resposta de Renan Costa", "end", "Membro Pleno · 348 posts · Curitiba"),
            ("Resposta do autor, quatro dias depois", "end", "👍 12 💬 Citar"),
        ],
        "ltop": L("""
Fórum Hardware Brasil
Fóruns
Tópicos recentes
Guias
Pesquisar
Entrar
Cadastrar-se
"""),
        "lmid": [
            ("Pessoal, boa noite.", "Seguidores 3"),
            ("Resposta de Thiago_M: Só complementando", "Postado 14 de março"),
            ("Resposta do autor, quatro dias depois", "Crie uma conta ou entre para comentar"),
        ],
        "lbot": L("""
Ir para lista de tópicos
Quem está navegando 0 membros
Tema
Contato
"""),
    },
    {
        "slug": "b13-pt-cronica-padaria-esquina",
        "register": "opinion column",
        "lang": "pt",
        "paras": P("""
A padaria da esquina fechou, e ninguém avisou o bairro

Na segunda-feira, quando desci às sete da manhã para comprar pão, encontrei a porta de aço da Padaria Flor de Maio abaixada e um papel colado com fita crepe: «Agradecemos aos clientes pelos 41 anos de convivência». Só isso. Nenhuma explicação, nenhum telefone, nenhum aviso de que o pão francês das sete e meia, que saía estalando do forno e acabava antes das oito, tinha saído pela última vez na sexta.

Fiquei ali um tempo parado, com a sacola de pano na mão, e percebi que não era o único. Uma senhora de robe, o porteiro do prédio ao lado e um menino de uniforme escolar olhavam para o papel como quem lê um obituário.

Quem mora em cidade grande sabe que padaria de bairro não é só lugar de comprar pão. É onde se descobre quem mudou, quem casou, quem está doente. Foi ali, no balcão de fórmica, que eu soube que o seu Antônio da banca tinha se aposentado, e foi ali que a dona Lurdes, do 42, me contou que seria avó.

O seu Manuel, português de Viseu que abriu a casa em 1984, sabia o nome de todo mundo e a preferência de quase todos. Eu era o «pão na chapa com pouca manteiga». Não havia aplicativo, programa de fidelidade nem cartão de pontos. Havia memória.

Dizem agora que o imóvel foi vendido para uma incorporadora. No lugar, ao que parece, vai subir mais um prédio de estúdios de 25 metros quadrados, desses com nome em inglês, academia na cobertura e lavanderia compartilhada. Nada contra quem precisa morar perto do metrô. Mas é curioso que esses prédios sejam vendidos com a promessa de «viver o bairro» justamente enquanto o bairro vai sendo demolido.

Não sou ingênuo. Sei que o seu Manuel tem 78 anos, que os filhos não quiseram seguir no negócio, que a conta de luz de um forno elétrico dobrou em três anos e que muita gente passou a comprar pão congelado no supermercado. Padaria fecha por mil motivos, e quase nenhum deles é vilania.

O que me incomoda é o silêncio. Uma loja que durou quatro décadas merecia uma despedida à altura, uma última fornada com fila na calçada, um bolo no balcão, uma foto na parede. Merecia, no mínimo, que a gente tivesse tido a chance de dizer obrigado.

Na terça, alguém colou um segundo papel embaixo do primeiro. Escrito à mão, com caneta azul: «Obrigado, seu Manuel. O pão nunca mais vai ser o mesmo». Na quarta já eram onze bilhetes. Hoje, quando passei, contei mais de trinta, e um vaso de margaridas encostado na porta.

O bairro, afinal, soube se despedir. Só precisou de uma folha de papel e de alguém que começasse.
"""),
        "head": [
            "OPINIÃO",
            "Você atingiu o limite de 5 reportagens gratuitas por mês. Assine o Jornal da Paulista por R$ 1,90 no primeiro mês e tenha acesso ilimitado.\nAssine já\nJá sou assinante",
        ],
        "mid": [
            ("Fiquei ali um tempo parado", "PUBLICIDADE"),
            ("O seu Manuel, português de Viseu", "Receba no seu e-mail a newsletter Crônicas de Domingo, com os melhores textos dos nossos colunistas. É grátis.\nQuero receber"),
            ("O que me incomoda é o silêncio.", "Leia também\nCom alta do aluguel, comércio de rua perde espaço em São Paulo\nCafé coado volta à moda nas padarias artesanais"),
        ],
        "tail": [
            "Ricardo Alencar é jornalista e cronista. Escreve às sextas-feiras. Siga no Instagram @ricardoalencar.cronicas.",
            "Os textos de colunistas não refletem necessariamente a opinião do jornal.",
            "Você tem uma história de um comércio do seu bairro? Envie para leitor@jornaldapaulista.example",
        ],
        "mixed": [
            ("Na segunda-feira, quando desci", "start", "Ouça este conteúdo 0:00 / 4:51"),
            ("Quem mora em cidade grande", "end", "Continua após a publicidade"),
            ("Não sou ingênuo.", "end", "Presentear esta matéria: assinantes podem liberar 7 acessos gratuitos por dia."),
            ("Na terça, alguém colou", "start", "Compartilhe: WhatsApp | Facebook | Copiar link"),
        ],
        "ltop": L("""
Jornal da Paulista
Assine
Entrar na conta
Cotidiano
Colunistas
Ricardo Alencar
"""),
        "lmid": [
            ("Na segunda-feira, quando desci", "Salvar artigo para ler depois"),
            ("Dizem agora que o imóvel", "Tamanho do texto A- A+"),
        ],
        "lbot": L("""
Comentários (37)
Mais lidas
Expediente
Política de privacidade
Copyright © Jornal da Paulista. Todos os direitos reservados.
"""),
    },
    {
        "slug": "b13-pt-educacao-telemoveis-escolas",
        "register": "education news",
        "lang": "pt",
        "paras": P("""
Telemóveis proibidos nas escolas do 1.º e 2.º ciclos a partir de setembro

Os alunos do 1.º e 2.º ciclos do ensino básico deixarão de poder usar telemóveis dentro dos recintos escolares a partir do próximo ano letivo, incluindo nos intervalos. A medida foi anunciada esta quarta-feira pelo Ministério da Educação e aplica-se a todas as escolas públicas do continente.

Para o 3.º ciclo, a tutela recomenda restrições ao uso dos aparelhos nos recreios, mas deixa a decisão final a cada agrupamento. No ensino secundário, o telemóvel continua permitido fora das aulas, embora as escolas possam criar regras próprias nos regulamentos internos.

O que diz o despacho

De acordo com o documento enviado às direções, os alunos podem trazer o telemóvel para a escola, mas devem mantê-lo desligado e guardado na mochila ou em cacifos durante todo o dia. As escolas que o desejarem podem instalar caixas ou bolsas próprias para a recolha dos aparelhos à entrada.

Ficam previstas exceções para alunos com necessidades de saúde específicas, como crianças diabéticas que monitorizam a glicose através do telemóvel, e para atividades pedagógicas autorizadas pelo professor.

Resultados do projeto-piloto

A decisão surge depois de um ano letivo em que cerca de 300 escolas aplicaram voluntariamente restrições semelhantes. Segundo o balanço feito pelo ministério, as direções relataram menos casos de indisciplina e de cyberbullying e mais atividade física nos recreios. Em várias escolas, a biblioteca passou a estar aberta durante os intervalos e foram comprados jogos de tabuleiro e material desportivo para ocupar os alunos.

«Os intervalos voltaram a ter barulho de bola e de jogos de corda», contou à nossa reportagem a diretora de um agrupamento de escolas em Viseu, que integrou o projeto-piloto.

Reações divididas

Várias associações de pais saudaram a medida, mas pediram que seja acompanhada de ações de sensibilização para as famílias, lembrando que grande parte do tempo de ecrã das crianças acontece em casa.

Já alguns pais manifestaram preocupação com a impossibilidade de contactar os filhos durante o dia. O ministério responde que as escolas continuam a ter telefones fixos e que os contactos urgentes devem ser feitos através da secretaria. Os sindicatos de professores consideram a proibição positiva, mas alertam para a falta de assistentes operacionais para vigiar os recreios e fazer cumprir as novas regras. Uma das estruturas sindicais pediu ainda que o ministério clarifique quem é responsável pela guarda dos aparelhos recolhidos e o que acontece em caso de perda ou dano.

O que muda para os pais

As escolas vão comunicar as regras às famílias no início do ano letivo.

Os relógios inteligentes com funções de chamada ficam sujeitos às mesmas regras.

O incumprimento pode levar à retenção do aparelho, que será devolvido apenas ao encarregado de educação.

Portugal junta-se assim a países como França, Países Baixos e Itália, que nos últimos anos adotaram proibições semelhantes.
"""),
        "head": [
            "Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, está a concordar com a nossa política de cookies.\nAceitar\nSaber mais",
            "Sociedade › Educação",
        ],
        "mid": [
            ("Para o 3.º ciclo", "Leia também: Exames nacionais 2025: datas, regras e o que muda na prova de Matemática"),
            ("Ficam previstas exceções", "Conteúdo patrocinado\nMaterial escolar com 25% de desconto em cartão até ao fim do mês. Saiba mais em livrariaescolar.example"),
            ("Já alguns pais", "Receba as principais notícias de educação todas as segundas-feiras. Subscreva a newsletter Sala de Aula.\nSubscrever"),
        ],
        "tail": [
            "Gostou deste artigo? Apoie o jornalismo independente: torne-se assinante do Diário do Centro a partir de 4,99 € por mês.",
            "Siga o Diário do Centro no WhatsApp, no Instagram e no Facebook.",
            "Mais em Educação\nUniversidade de Coimbra abre candidaturas para residências\nFalta de professores: 20 mil alunos sem aulas a pelo menos uma disciplina\nCreches gratuitas alargadas ao setor social",
        ],
        "mixed": [
            ("Os alunos do 1.º e 2.º ciclos", "start", "Diário do Centro | 09 abr 2025, 12:35"),
            ("De acordo com o documento enviado", "end", "Ver documento completo (PDF)"),
            ("«Os intervalos voltaram", "end", "Partilhar no Facebook Partilhar no X Enviar por e-mail"),
            ("Portugal junta-se assim", "end", "Tem uma sugestão ou correção? Contacte a redação."),
        ],
        "ltop": L("""
Diário do Centro
Assinar
Iniciar sessão
Últimas
Região
Sociedade
Desporto
"""),
        "lmid": [
            ("O que diz o despacho", "Publicidade • continue a ler"),
            ("Reações divididas", "Vídeo: diretora explica como correu o projeto-piloto"),
        ],
        "lbot": L("""
Ficha técnica
Estatuto editorial
Termos e condições
Diário do Centro © 2025
"""),
    },
]
