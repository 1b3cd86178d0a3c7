package story

import (
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// language is what the features need to know of one language: how to stem
// a word and which words carry no content.
type language struct {
	stem func(word string, stemStopWords bool) string // nil: words are only lower-cased
	stop func(word string) bool
}

// languages are the ones Snowball stems, plus stop words for a few common
// ones it does not; any other language is lower-cased only.
var languages = map[string]language{
	"en": {english.Stem, either(english.IsStopWord, setOf(englishStop))},
	"fr": {french.Stem, either(french.IsStopWord, setOf(frenchStop))},
	"es": {spanish.Stem, either(spanish.IsStopWord, setOf(spanishStop))},
	"ru": {russian.Stem, russian.IsStopWord},
	"sv": {swedish.Stem, swedish.IsStopWord},
	"no": {norwegian.Stem, norwegian.IsStopWord},
	"nb": {norwegian.Stem, norwegian.IsStopWord},
	"hu": {hungarian.Stem, hungarian.IsStopWord},
	"de": {nil, setOf(germanStop)},
	"it": {nil, setOf(italianStop)},
	"nl": {nil, setOf(dutchStop)},
	"pt": {nil, setOf(portugueseStop)},
}

// guessable are the languages tried, in this order, when an article does
// not say its language.
var guessable = []string{"en", "fr", "es", "de", "it", "nl", "pt", "sv", "no", "ru", "hu"}

// Stop words: Snowball's lists are minimal (French lacks "les" and
// "contre"), so a few common function words are added to them; languages
// Snowball has no stemmer for get small lists of their own.
const (
	englishStop = `also although among another anyone anything around away back every however may might much
		must neither nobody none nothing often onto per perhaps quite rather shall since still though thus unless
		upon us via whether whose within without yet would could`
	frenchStop = `les a ai aux cet cette celui celle ceux celles leurs contre encore plus moins comme aussi après avant
		tout tous toute toutes selon lors dont depuis entre sans sous vers chez déjà très ainsi alors si ni car
		donc or quelque quelques autre autres fait faire dit deux où ici là cela ça ceci lorsque pendant puis
		quand peu peut bien non oui chaque sera avoir être`
	spanishStop = `al algo algunos ante antes aquí así aún cada como contra cual cuando desde donde durante entre
		hasta mientras muy nada otra otras otro otros poco porque según sido sino sobre también tan tanto tiene
		tienen todo todos tras ya dijo será puede hace bajo`
	germanStop = `aber alle als also am an auch auf aus bei bis da damit dann das dass dem den der des die dies diese
		dieser doch dort durch ein eine einem einen einer eines er es für gegen hat hatte haben hier ich ihr ihre im
		in ist jetzt kann kein keine man mehr mit muss nach nicht noch nur oder ohne schon sei sein seine seit sich
		sie sind so soll über um und uns unter vom von vor war waren was weil wenn wer werden wie wieder wir wird
		wurde wurden zu zum zur zwischen sagte`
	italianStop = `a ad al alla alle allo ai anche ancora c che chi ci come con contro cui da dal dalla dai degli dei
		del della delle di dopo dove e è ed era erano essere fa gli ha hanno i il in io l la le lei lo loro lui ma mi
		molto ne nei nel nella non o per più perché quando quello questa questo se si sono su sua sue suo sui sul
		sulla tra un una uno`
	dutchStop = `aan al als bij dan dat de der deze die dit door een en er haar had heb hebben heeft hem het hier
		hij hoe hun ik in is je kan maar me meer met mij na naar niet nog nu of om onder ons ook op over te tegen
		toen tot u uit van veel voor want was wat we werd wel wij wordt zal ze zei zich zij zijn zo`
	portugueseStop = `a ao aos as até com como da das de do dos e é ela ele eles em entre era essa esse esta este
		foi foram há isso já mais mas me mesmo muito na nas não no nos o os ou para pela pelo por quando que se
		sem ser seu sua são também um uma`
)

// newsStop are words of reporting that every news article has, whatever it
// is about; they would only blur the vectors. English only: the other
// languages' stop lists are shorter, and IDF discounts what they miss.
var newsStop = setOf(`said say says saying told tell according also would could may might must will shall
	one two three four five six seven eight nine ten first second third last next new year years month months
	week weeks day days today yesterday tomorrow time times people percent per cent mr mrs ms dr
	monday tuesday wednesday thursday friday saturday sunday`)

// either is a stop test that accepts what either of two accepts.
func either(a, b func(string) bool) func(string) bool {
	return func(w string) bool { return a(w) || b(w) }
}

func setOf(words string) func(string) bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return func(w string) bool { return set[w] }
}

// guessLanguage picks the language whose stop words are commonest among
// the first words of toks, or "" when none stands out.
func guessLanguage(toks []token) string {
	best, bestN := "", 2
	for _, code := range guessable {
		stop := languages[code].stop
		n := 0
		for i, t := range toks {
			if i == 150 {
				break
			}
			if !t.num && stop(t.norm) {
				n++
			}
		}
		if n > bestN {
			best, bestN = code, n
		}
	}
	return best
}

// stemmer stems words of one language, remembering recent results: a
// news stream repeats the same few thousand words, and Snowball costs
// about a microsecond a word.
type stemmer struct {
	code  string // ISO 639-1
	lang  language
	cache map[string]string
}

const stemCacheSize = 1 << 16

func (s *stemmer) stem(w string) string {
	if s.lang.stem == nil {
		return w
	}
	if st, ok := s.cache[w]; ok {
		return st
	}
	st := s.lang.stem(w, true)
	if len(s.cache) >= stemCacheSize {
		clear(s.cache)
	}
	s.cache[w] = st
	return st
}
