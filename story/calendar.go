package story

// months maps month names and their usual abbreviations, in the languages
// of most news, to their number.
var months = map[string]int{}

// weekdays are the day names; they date nothing by themselves and are not
// names although capitalised in English.
var weekdays = map[string]bool{}

func init() {
	names := [][]string{
		{"january", "jan", "janvier", "januar", "enero", "gennaio", "janeiro", "januari", "janv"},
		{"february", "feb", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "févr", "fév"},
		{"march", "mar", "mars", "märz", "marzo", "março", "maart"},
		{"april", "apr", "avril", "abril", "aprile"},
		{"may", "mai", "mayo", "maggio", "maio", "mei"},
		{"june", "jun", "juin", "juni", "junio", "giugno", "junho"},
		{"july", "jul", "juillet", "juli", "julio", "luglio", "julho", "juil"},
		{"august", "aug", "août", "aout", "agosto", "augustus"},
		{"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
		{"october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro"},
		{"november", "nov", "novembre", "noviembre", "novembro"},
		{"december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro"},
	}
	for i, ns := range names {
		for _, n := range ns {
			months[n] = i + 1
		}
	}
	for _, d := range []string{
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
	} {
		weekdays[d] = true
	}
}

// calendar reports month and day names, which are neither names nor
// content words.
func calendar(w string) bool {
	return months[w] > 0 || weekdays[w]
}

// month returns the month t names, or 0. English month names that are
// also common words ("may", "march") count only when capitalised.
func month(t token, st *stemmer) int {
	m := months[t.norm]
	if m == 0 {
		return 0
	}
	if t.caps == capsNone && (st.code == "en" || st.code == "") {
		return 0
	}
	return m
}
