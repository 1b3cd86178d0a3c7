package textclean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseDate finds the first complete date (day, month and year) in s and
// returns it with the time of day that follows it, if any, in UTC. It reads
// month names in English, French, German, Spanish, Italian, Portuguese,
// Dutch and Russian ("Oct. 21, 2019", "21. Oktober 2019", "21 de octubre de
// 2019"), ISO dates ("2019-10-21T15:15:00Z") and numeric dates ("21/10/2019",
// "21.10.2019"; ambiguous slashed dates are read day first). A time of day
// ("3:15 pm", "15:15", "15h15") with an optional zone ("EDT", "+02:00") is
// applied when it follows the date; otherwise the result is midnight UTC.
// A date without a year is not a date here: ok is false.
func ParseDate(s string) (t time.Time, ok bool) {
	d, ok := findDate(s, false)
	return d.t, ok
}

// foundDate is a date located in a string.
type foundDate struct {
	t          time.Time
	start, end int // byte range of the date (and time) in the string
}

// dtok is a token of the date lexer: a run of letters, a run of digits, or
// one other non-space rune.
type dtok struct {
	s          string // lower-cased
	start, end int
	kind       byte // 'w' word, 'n' number, 'p' punctuation
}

func lexDate(s string) []dtok {
	toks := make([]dtok, 0, 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start, kind := i, byte('p')
		switch {
		case unicode.IsLetter(r):
			kind = 'w'
			i = scanWhile(s, i, unicode.IsLetter)
		case r >= '0' && r <= '9':
			kind = 'n'
			i = scanWhile(s, i, func(r rune) bool { return r >= '0' && r <= '9' })
		default:
			i += size
		}
		text := s[start:i]
		if kind == 'w' {
			text = strings.ToLower(text)
		}
		toks = append(toks, dtok{s: text, start: start, end: i, kind: kind})
	}
	return toks
}

func scanWhile(s string, i int, f func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !f(r) {
			break
		}
		i += size
	}
	return i
}

// findDate returns the first complete date in s. monthFirst reads an
// ambiguous slashed date (10/11/2019) as month/day, the American order.
func findDate(s string, monthFirst bool) (foundDate, bool) {
	toks := lexDate(s)
	for i := range toks {
		y, m, d, j, ok := dateAt(toks, i, monthFirst)
		if !ok {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d { // 31 November and the like
			continue
		}
		end := toks[j-1].end
		if tt, k, ok := timeAt(toks, j, y, m, d); ok {
			t, end = tt, toks[k-1].end
		}
		return foundDate{t: t, start: toks[i].start, end: end}, true
	}
	return foundDate{}, false
}

// dateAt tries the date patterns at toks[i]; j is the index after the date.
func dateAt(toks []dtok, i int, monthFirst bool) (y, m, d, j int, ok bool) {
	at := func(k int, kind byte, s string) bool {
		return k < len(toks) && toks[k].kind == kind && (s == "" || toks[k].s == s)
	}
	adj := func(k int) bool { return k < len(toks) && k > 0 && toks[k-1].end == toks[k].start }
	num := func(k, minLen, maxLen int) (int, bool) {
		if !at(k, 'n', "") || len(toks[k].s) < minLen || len(toks[k].s) > maxLen {
			return 0, false
		}
		return atoi(toks[k].s), true
	}
	t := toks[i]
	switch t.kind {
	case 'n':
		// ISO 2019-10-21
		if a, ok := num(i, 4, 4); ok && at(i+1, 'p', "-") && adj(i+1) && adj(i+2) && adj(i+3) && adj(i+4) && at(i+3, 'p', "-") {
			mm, ok1 := num(i+2, 1, 2)
			dd, ok2 := num(i+4, 1, 2)
			if ok1 && ok2 && valid(a, mm, dd) {
				return a, mm, dd, i + 5, true
			}
		}
		// numeric 21/10/2019, 21.10.2019, 10-21-2019
		if a, ok := num(i, 1, 2); ok && at(i+1, 'p', "") && at(i+3, 'p', toks[i+1].s) && adj(i+1) && adj(i+2) && adj(i+3) && adj(i+4) {
			sep := toks[i+1].s
			b, ok1 := num(i+2, 1, 2)
			yy, ok2 := num(i+4, 4, 4)
			if ok1 && ok2 && (sep == "/" || sep == "." || sep == "-") {
				dd, mm := a, b
				if sep != "." && (b > 12 || monthFirst && a <= 12) {
					dd, mm = b, a
				}
				if valid(yy, mm, dd) {
					return yy, mm, dd, i + 5, true
				}
			}
		}
		// day first: 21 October 2019, 21. Oktober 2019, 1er octobre 2019,
		// 21st of October, 2019, 21 de octubre de 2019
		if dd, ok := num(i, 1, 2); ok {
			k := i + 1
			if at(k, 'p', ".") {
				k++
			}
			if at(k, 'w', "") && adj(k) && ordinalSuffix[toks[k].s] {
				k++
			}
			if at(k, 'w', "de") || at(k, 'w', "of") {
				k++
			}
			if at(k, 'w', "") {
				if mm := months[toks[k].s]; mm > 0 {
					k++
					k = skip(toks, k, ".", ",")
					if at(k, 'w', "de") || at(k, 'w', "del") {
						k++
					}
					if yy, ok := num(k, 4, 4); ok && valid(yy, mm, dd) {
						return yy, mm, dd, k + 1, true
					}
				}
			}
		}
	case 'w':
		// month first: Oct. 21, 2019; October 21st 2019
		if mm := months[t.s]; mm > 0 {
			k := skip(toks, i+1, ".")
			if dd, ok := num(k, 1, 2); ok {
				k++
				if at(k, 'w', "") && adj(k) && ordinalSuffix[toks[k].s] {
					k++
				}
				k = skip(toks, k, ",")
				if yy, ok := num(k, 4, 4); ok && valid(yy, mm, dd) {
					return yy, mm, dd, k + 1, true
				}
			}
		}
	}
	return 0, 0, 0, 0, false
}

// skip moves past any of the given punctuation tokens.
func skip(toks []dtok, k int, puncts ...string) int {
	for k < len(toks) && toks[k].kind == 'p' {
		found := false
		for _, p := range puncts {
			if toks[k].s == p {
				found = true
			}
		}
		if !found {
			break
		}
		k++
	}
	return k
}

func valid(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// timeAt reads a time of day following a date at toks[j]: "at 3:15 pm",
// "um 15:15 Uhr", "15h15", "T15:15:00Z", with an optional zone.
func timeAt(toks []dtok, j, y, m, d int) (time.Time, int, bool) {
	k := j
	for n := 0; n < 3 && k < len(toks); n++ {
		t := toks[k]
		if t.kind == 'p' && strings.Contains(",-–—|·@/", t.s) || t.kind == 'w' && timeJoiners[t.s] {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].kind != 'n' || len(toks[k].s) > 2 {
		return time.Time{}, 0, false
	}
	hh := atoi(toks[k].s)
	k++
	if k+1 >= len(toks) || !(toks[k].s == ":" || toks[k].s == "h") || toks[k+1].kind != 'n' || len(toks[k+1].s) != 2 {
		return time.Time{}, 0, false
	}
	mm := atoi(toks[k+1].s)
	k += 2
	ss := 0
	if k+1 < len(toks) && toks[k].s == ":" && toks[k+1].kind == 'n' && len(toks[k+1].s) == 2 {
		ss = atoi(toks[k+1].s)
		k += 2
	}
	// am / pm / a.m. / p.m.
	if k < len(toks) && toks[k].kind == 'w' {
		switch ap := toks[k].s; {
		case ap == "am" || ap == "pm":
			hh = ampm(hh, ap == "pm")
			k++
		case (ap == "a" || ap == "p") && k+2 < len(toks) && toks[k+1].s == "." && toks[k+2].s == "m":
			hh = ampm(hh, ap == "p")
			k += 3
			k = skip(toks, k, ".")
		}
	}
	if hh > 23 || mm > 59 || ss > 59 {
		return time.Time{}, 0, false
	}
	if k < len(toks) && toks[k].s == "uhr" {
		k++
	}
	loc := time.UTC
	if off, n, ok := zoneAt(toks, k); ok {
		loc = time.FixedZone("", off)
		k += n
	}
	return time.Date(y, time.Month(m), d, hh, mm, ss, 0, loc).UTC(), k, true
}

func ampm(h int, pm bool) int {
	switch {
	case h == 12 && !pm:
		return 0
	case h < 12 && pm:
		return h + 12
	}
	return h
}

// zoneAt reads a zone name or a numeric offset at toks[k]; n is the number
// of tokens it took.
func zoneAt(toks []dtok, k int) (offset, n int, ok bool) {
	if k >= len(toks) {
		return 0, 0, false
	}
	if toks[k].kind == 'w' {
		if off, ok := zones[toks[k].s]; ok {
			return off * 3600, 1, true
		}
		return 0, 0, false
	}
	if (toks[k].s == "+" || toks[k].s == "-") && k+1 < len(toks) && toks[k+1].kind == 'n' {
		sign := 1
		if toks[k].s == "-" {
			sign = -1
		}
		h, mins, n := 0, 0, 2
		switch v := toks[k+1].s; len(v) {
		case 4:
			h, mins = atoi(v[:2]), atoi(v[2:])
		case 2, 1:
			h = atoi(v)
			if k+3 < len(toks) && toks[k+2].s == ":" && toks[k+3].kind == 'n' {
				mins, n = atoi(toks[k+3].s), 4
			}
		default:
			return 0, 0, false
		}
		if h > 14 || mins > 59 {
			return 0, 0, false
		}
		return sign * (h*3600 + mins*60), n, true
	}
	return 0, 0, false
}

var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 1, "bst": 1, "cet": 1, "mez": 1,
	"cest": 2, "mesz": 2, "eet": 2, "eest": 3, "msk": 3,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}

var timeJoiners = setOf(`at um à a las alle ore às om в t o`)

var ordinalSuffix = setOf(`st nd rd th er e º ª`)

// months maps month names and their usual abbreviations to month numbers.
var months = func() map[string]int {
	names := []string{
		`january jan janvier janv januar jänner enero ene gennaio gen janeiro januari января январь`,
		`february feb février fevrier févr fév februar febrero febbraio fevereiro fev februari февраля февраль`,
		`march mar mars märz maerz marzo março maart mrt марта март`,
		`april apr avril avr abril aprile апреля апрель`,
		`may mai mayo maggio mag maio mei мая май`,
		`june jun juin juni junio giugno giu junho июня июнь`,
		`july jul juillet juil juli julio luglio lug julho июля июль`,
		`august aug août aout agosto ago augustus августа август`,
		`september sep sept septembre septiembre setiembre settembre set setembro сентября сентябрь`,
		`october oct octobre oktober okt octubre ottobre ott outubro out октября октябрь`,
		`november nov novembre noviembre novembro ноября ноябрь`,
		`december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro декабря декабрь`,
	}
	m := make(map[string]int)
	for i, l := range names {
		for _, w := range strings.Fields(l) {
			m[w] = i + 1
		}
	}
	return m
}()

// dateWords may surround a date on a line that holds nothing else:
// weekdays, labels, time words and zones.
var dateWords = setOf(`monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun
	lundi mardi mercredi jeudi vendredi samedi dimanche
	montag dienstag mittwoch donnerstag freitag samstag sonntag
	lunes martes miércoles jueves viernes sábado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	segunda terça quarta quinta sexta feira
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	published updated posted modified last date on am pm a.m p.m at the of de del
	le el il em op um à às uhr h
	veröffentlicht aktualisiert zuletzt publié mis jour publicado actualizado
	pubblicato aggiornato atualizado gepubliceerd bijgewerkt опубликовано
	обновлено created edited
	utc gmt est edt cst cdt pst pdt cet cest mez mesz bst`)

// updateWords mark a date as a revision date rather than the publication
// date.
var updateWords = setOf(`updated modified edited aktualisiert actualizado
	aggiornato atualizado bijgewerkt обновлено`)

// isDateLine: a short line that is nothing but a date or time, with at
// most labels and weekdays around it ("October 2019", "Published: 21
// October 2019", "October 21, 2019 at 3:15 pm", "2019-10-21").
func (p *para) isDateLine() bool {
	if len(p.toks) > 10 {
		return false
	}
	month, clock, numeric := false, false, false
	for _, t := range p.toks {
		switch {
		case t.num:
			clock = clock || strings.ContainsRune(t.low, ':')
			numeric = numeric || strings.ContainsAny(t.low, "/.-")
		case months[t.low] > 0:
			month = true
		case dateWords[t.low] || isOrdinal(t.low) || isClockWord(t.low):
		default:
			return false
		}
	}
	return month && (p.hasYear || clock) || clock || numeric && p.hasDate()
}

// isClockWord accepts French times such as "15h15".
func isClockWord(w string) bool {
	i := strings.IndexByte(w, 'h')
	return i > 0 && allDigits(w[:i]) && (i == len(w)-1 || allDigits(w[i+1:]))
}

func isOrdinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0 && ordinalSuffix[w[i:]]
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// hasDate reports whether the paragraph holds a complete date.
func (p *para) hasDate() bool {
	if !p.hasYear {
		return false
	}
	_, ok := findDate(p.text, false)
	return ok
}
