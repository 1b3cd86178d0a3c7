package textclean

import "strings"

// Cue words: the generic vocabulary of web-page interfaces (sharing,
// subscribing, donating, logging in, comment widgets, cookie notes, image
// credits) in the languages with stop lists. They are never matched as
// phrases of one site: rules look at how much of a short line they make up.
const (
	cueWeak       uint8 = 1 << iota // interface word that also occurs in prose (share, read, reply)
	cueStrong                       // interface word that prose hardly uses (tweet, newsletter, cookies)
	cueComment                      // comment-widget word (reply, newest, guest)
	cueImperative                   // a verb that opens calls to action (support, donate, follow)
	cueCredit                       // introduces an image credit when followed by a colon (photo:)
	cueRights                       // "rights" in a copyright notice
	cueReserved                     // "reserved" in a copyright notice
)

var cueLists = []struct {
	bits  uint8
	words string
}{
	{cueWeak, `share shares sharing email e-mail mail print subscription subscriber
		subscribers membership member members support sponsor sponsored log sign
		register registration account reply replies comment comments commenting
		consent advertising ad click tap read more related follow menu search skip
		content navigation home homepage privacy policy terms accept settings
		preferences feedback view load loading copyright photo photos image images
		credit credits caption gallery video videos watch listen podcast save
		download app amount monthly yearly one-time recurring premium unlock trial
		continue next previous prev back top tags tag topics category categories
		trending popular recommended latest discussion report sort browse
		browsing vote votes article unlimited access offer subscribers
		articles stories
		partager partage imprimer abonnement abonné abonnés don dons soutenir
		connexion inscription répondre réponse réponses commentaire commentaires
		commenter lire suite voir suivre recherche accueil confidentialité
		accepter paramètres signaler crédit légende galerie vidéo télécharger
		montant mensuel réagir aller contenu connecter déconnecter
		teilen drucken abonnement abo spenden spende unterstützen anmelden
		anmeldung registrieren konto antworten antwort kommentar kommentare
		kommentieren anzeige weiterlesen lesen mehr folgen suche startseite menü
		datenschutz akzeptieren einstellungen melden foto fotos bild bilder
		bildergalerie galerie herunterladen betrag monatlich diskussion inhalt
		springen thema
		compartir imprimir suscripción boletín donar donación apoyar iniciar
		sesión cuenta responder respuesta respuestas comentario comentarios
		comentar anuncio leer seguir buscar inicio privacidad aceptar
		configuración denunciar imagen crédito galería vídeo descargar monto
		cantidad mensual saltar contenido ir
		condividi condividere stampa abbonamento dona donazione sostieni accedi
		rispondi risposta risposte commento commenti commenta leggi segui cerca
		accetta impostazioni segnala immagine galleria scarica importo mensile
		contenuto vai
		compartilhar partilhar assinatura doar doação entrar conta responder
		resposta respostas comentário comentários comentar anúncio leia
		seguir pesquisar início privacidade aceitar configurações imagem galeria
		baixar valor mensal pular conteúdo
		delen printen afdrukken abonnement doneren donatie steun inloggen
		registreren wachtwoord reageren reactie reacties antwoord beantwoorden
		lees meer volgen zoeken accepteren instellingen melden afbeelding beeld
		galerij downloaden bedrag maandelijks inhoud
		поделиться печать подписка рассылка войти вход регистрация аккаунт
		ответить ответ комментарий комментарии комментировать читать далее
		подробнее поиск главная меню фото изображение галерея видео скачать
		сумма перейти содержанию`},
	{cueStrong, `tweet retweet facebook twitter linkedin whatsapp pinterest reddit
		telegram instagram youtube tiktok flipboard messenger subscribe
		subscribed newsletter newsletters donate donation donations login logout
		signup sign-up password username cookie cookies advertisement
		advertisements advert ads upvote upvotes downvote downvotes notify newest
		oldest inline feedbacks enlarge full-size fullscreen bookmark paywall
		inbox
		abonnez-vous s'abonner abonner publicité cookies newsletter
		abonnieren newsletter werbung einloggen passwort
		suscríbete suscribirse regístrate contraseña publicidad
		iscriviti abbonati registrati pubblicità
		assine assinar cadastre-se senha publicidade
		abonneren nieuwsbrief advertentie
		подписаться пожертвовать реклама пароль`},
	{cueComment, `reply replies comment comments commenting responses notify newest oldest
		voted inline feedbacks discussion login guest upvote upvotes downvote
		downvotes commentaire commentaires répondre réponse réponses réagir
		récents anciens
		kommentar kommentare antworten antwort diskussion gast neueste älteste
		comentario comentarios responder respuesta respuestas invitado
		recientes antiguos
		commento commenti rispondi risposta risposte ospite recenti
		comentário comentários resposta respostas convidado recentes antigos
		reactie reacties reageren antwoord nieuwste oudste
		комментарий комментарии комментариев ответить гость новые старые`},
	{cueImperative, `support donate subscribe share follow join sign click tap read
		watch listen download become give contribute register see
		soutenez soutenir abonnez-vous abonnez partagez suivez rejoignez
		inscrivez-vous lisez voir regardez écoutez téléchargez cliquez devenez
		donnez faites
		unterstützen spenden abonnieren teilen folgen lesen klicken jetzt
		apoya dona suscríbete comparte síguenos sigue lee mira escucha descarga
		únete hazte
		sostieni iscriviti abbonati condividi segui leggi guarda ascolta
		scarica clicca diventa
		apoie doe assine compartilhe partilhe siga leia veja assista ouça baixe
		clique
		steun doneer abonneer deel volg lees bekijk luister klik word
		поддержите подпишитесь поделитесь читайте смотрите слушайте
		нажмите станьте`},
	{cueCredit, `photo photos photograph photography image images picture pictures
		credit credits foto fotos bild bilder fotografie crédit crédits imagen
		imágenes immagine immagini fotografía fotografia afbeelding beeld фото
		source quelle`},
	{cueRights, `rights droits rechte derechos diritti direitos rechten права`},
	{cueReserved, `reserved réservés vorbehalten reservados riservati voorbehouden
		защищены`},
}

// lexicon holds, for every cue word and stop word, its cue bits and the
// languages whose stop word it is: one look-up per token.
var lexicon = buildLexicon()

type entry struct{ cue, stop uint8 }

func buildLexicon() map[string]entry {
	m := make(map[string]entry, 2000)
	for _, l := range cueLists {
		for _, w := range strings.Fields(l.words) {
			e := m[w]
			e.cue |= l.bits
			m[w] = e
		}
	}
	for i, l := range langs {
		for _, w := range strings.Fields(stopLists[l]) {
			e := m[w]
			e.stop |= 1 << i
			m[w] = e
		}
	}
	return m
}

// prepositions: after an imperative-looking first word they show a heading
// ("Support for the ceasefire") rather than a call to action ("Support us").
var prepositions = setOf(`for of in on from to with at by among against after
	about over under pour de du des en sur avec dans für von vom im am mit bei
	über para por con en sobre per di del della con su voor van met bij op`)

// creditBy follow a credit word in "Photo by …", "Foto von …".
var creditBy = setOf(`by von de par por di door`)

// agencies that appear after a slash in photo credits ("Jane Roe/AFP").
var agencies = setOf(`afp ap reuters epa dpa getty anadolu xinhua efe ansa tass
	ria shutterstock alamy apa belga anp sipa pa bloomberg`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// kind is what a rule recognised a paragraph as. Every kind but kindNone
// and kindDate makes the paragraph boilerplate whatever its neighbours; a
// date line is left to them.
type kind uint8

const (
	kindNone      kind = iota
	kindWidget         // a short line made of interface words: "Share this:", "Read more"
	kindAction         // a call to action: "Support The Courier", "Follow us"
	kindAmount         // a donation amount: "$10", "2,500 $"
	kindCredit         // a caption with its credit, or the credit alone
	kindCaption        // the line just before a credit line
	kindCopyright      // "© 2019 …", "All rights reserved"
	kindDate           // a line that is only a date or time: "October 2019"
	kindTimestamp      // a relative time: "3 years ago"
	kindMenu           // items separated by | • › and the like
	kindLinks          // mostly URLs or e-mail addresses
	kindNoWords        // numbers and symbols only
	kindRepeated       // a short line that occurs more than once
	kindComment        // inside a reader-comment section
)

// recognise applies the rules that need no context and sets p.kind.
func (p *para) recognise(lang int) {
	switch {
	case p.words == 0:
		p.kind = kindNoWords
	case p.urlRunes*10 >= p.runes*3:
		p.kind = kindLinks
	case p.isCopyright():
		p.kind = kindCopyright
	case p.isCredit():
		p.kind = kindCredit
	case p.isAmount():
		p.kind = kindAmount
	case p.isRelativeTime():
		p.kind = kindTimestamp
	case p.isDateLine():
		p.kind = kindDate
	case p.seps >= 2 && !p.sentence:
		p.kind = kindMenu
	case p.isWidget(lang) || p.isLabel():
		p.kind = kindWidget
	case p.isAction():
		p.kind = kindAction
	}
}

// short reports whether the paragraph is a line rather than prose.
func (p *para) short() bool { return len(p.toks) <= 8 && p.runes <= 80 }

// isWidget: a short line that is not a sentence and whose content words
// are mostly interface words ("Share this:", "Newest Most Voted",
// "12 comments", "Other amount"), or that holds nothing but stop words.
func (p *para) isWidget(lang int) bool {
	if !p.short() || (p.sentence && p.words > 3) {
		return false
	}
	content := 0
	for _, t := range p.toks {
		if t.word && t.cue&(cueWeak|cueStrong|cueComment) == 0 && !isStop(t, lang) {
			content++
		}
	}
	switch {
	case p.cue == 0:
		return content == 0 && p.words <= 2
	case p.cue == content:
		// A tie is a widget only with a word prose hardly uses: "Leave a
		// Reply" is, "Video evidence" (a section heading) is not.
		return p.strongCue+p.commentCue > 0
	}
	return p.cue > content
}

// isStop reports whether t is a stop word of language lang.
func isStop(t token, lang int) bool {
	return lang >= 0 && t.stop&(1<<lang) != 0
}

// isLabel: a line introduced by an interface word and a colon ("Tags: …",
// "Related: …", "Read more: …"), not a sentence.
func (p *para) isLabel() bool {
	if p.sentence || len(p.toks) > 12 {
		return false
	}
	for _, t := range p.toks[:min(2, len(p.toks))] {
		if t.colon {
			return t.cue&(cueWeak|cueStrong|cueComment) != 0
		}
	}
	return false
}

// isAction: a short line opening with a call-to-action verb that is not
// followed by a preposition ("Support The Courier", "Become a member").
func (p *para) isAction() bool {
	if len(p.toks) > 6 || p.sentence || !p.toks[0].word || p.toks[0].cue&cueImperative == 0 {
		return false
	}
	return len(p.toks) == 1 || !prepositions[p.toks[1].low]
}

// isAmount: a line of bare sums of money, as donation widgets show them.
func (p *para) isAmount() bool {
	if p.currency == 0 || p.nums == 0 || len(p.toks) > 6 {
		return false
	}
	for _, t := range p.toks {
		if t.word && !isCurrencyCode(t.orig) && t.cue == 0 && t.stop == 0 {
			return false
		}
	}
	return true
}

// isCopyright: a short notice with © or "copyright", or "rights reserved".
func (p *para) isCopyright() bool {
	if p.runes > 300 {
		return false
	}
	if strings.ContainsRune(p.text, '©') {
		return true
	}
	// "(c) 2019" but not the third item of a list.
	for _, m := range []string{"(c) ", "(C) "} {
		if i := strings.Index(p.text, m); i >= 0 && i+4 < len(p.text) && p.text[i+4] >= '0' && p.text[i+4] <= '9' {
			return true
		}
	}
	rights := false
	for _, t := range p.toks {
		switch c := t.cue; {
		case t.low == "copyright":
			return true
		case c&cueRights != 0:
			rights = true
		case c&cueReserved != 0 && rights:
			return true
		}
	}
	return false
}

// isCredit: a caption or credit line, recognised by a credit word followed
// by a colon ("Photo: …", "Image credit: …"), an agency after a slash
// ("Jane Roe/AFP"), "Getty Images" or "file photo". Long paragraphs are
// prose that merely mentions a photo.
func (p *para) isCredit() bool {
	if p.runes > 300 {
		return false
	}
	last := len(p.toks) - 1
	for i, t := range p.toks {
		// "Photo: …" or "Photo by …" opening the line, a parenthesis or a
		// sentence (after the caption).
		opens := i <= 1 || t.open || i > 0 && p.toks[i-1].period
		byName := i+2 < len(p.toks) && creditBy[p.toks[i+1].low] && p.toks[i+2].upper
		if t.cue&cueCredit != 0 && opens && (t.colon || byName) {
			return true
		}
		// "Jane Roe/AFP" at the end of the line.
		if j := strings.LastIndexByte(t.orig, '/'); j > 0 && j < len(t.orig)-1 && i >= last-2 {
			after := t.orig[j+1:]
			if agencies[strings.ToLower(after)] || i == last && len(after) >= 2 && strings.ToUpper(after) == after && t.word {
				return true
			}
		}
		if i > 0 {
			prev := p.toks[i-1]
			if t.low == "images" && prev.low == "getty" || t.low == "photo" && prev.low == "file" ||
				t.low == "credit" && prev.cue&cueCredit != 0 {
				return true
			}
		}
	}
	return false
}

// creditOnly: a credit line with no caption before it ("Image credit:
// Jane Roe", "Getty Images").
func (p *para) creditOnly() bool {
	if p.words <= 5 {
		return true
	}
	for _, t := range p.toks[:min(2, len(p.toks))] {
		if t.colon && t.cue&cueCredit != 0 {
			return true
		}
	}
	return false
}

// relative-time vocabulary: units, and the words that make them past times
// ("3 years ago", "vor 3 Jahren", "il y a 3 ans", "hace 3 años").
var (
	timeUnits = setOf(`second seconds sec secs minute minutes min mins hour hours hr
		hrs day days week weeks month months year years
		seconde secondes heure heures jour jours semaine semaines mois an ans
		sekunde sekunden minuten stunde stunden tag tagen tage woche wochen
		monat monaten jahr jahren
		segundo segundos minuto minutos hora horas día días semana semanas mes
		meses año años
		secondi minuti ora ore giorno giorni settimana settimane mese mesi anno
		anni
		dia dias ano anos
		seconden uur uren dag dagen weken maand maanden jaar jaren
		секунд секунду минут минуту минуты час часа часов день дня дней неделю
		недели недель месяц месяца месяцев год года лет`)
	agoAfter  = setOf(`ago geleden fa назад`)
	agoBefore = setOf(`vor hace há`)
	oneWords  = setOf(`a an one un une ein einem einer einen uno una um uma een`)
)

// isRelativeTime: a short line holding "<n> <unit> ago" in some language.
func (p *para) isRelativeTime() bool {
	if len(p.toks) > 8 {
		return false
	}
	for i := 1; i < len(p.toks); i++ {
		if !timeUnits[p.toks[i].low] {
			continue
		}
		n := p.toks[i-1]
		if !n.num && !oneWords[n.low] {
			continue
		}
		if i+1 < len(p.toks) && agoAfter[p.toks[i+1].low] {
			return true
		}
		if i >= 2 && agoBefore[p.toks[i-2].low] {
			return true
		}
		if i >= 4 && p.toks[i-4].low == "il" && p.toks[i-3].low == "y" && p.toks[i-2].low == "a" {
			return true
		}
	}
	return false
}
