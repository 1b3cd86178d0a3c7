package quote

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/firstname"
)

// Speaker phrases in French, Spanish and German. A title there takes its
// domain as a complement before the name ("la ministre de la Défense
// Ana Varela", "el ministro de Exteriores Juan Ybarra", "der Sprecher des
// Ministeriums"), and German writes every noun with a capital, so the
// name is the run of capitalised words that follows the title and its
// complement, not the whole run.

// langSplitName is splitName for a language other than English.
func (d *doc) langSplitName(s, e int) (name, role string, gender byte, person bool) {
	for k := s + 1; k < e; k++ {
		if pe := d.particleEnd(k); pe > k {
			k = pe // "Ursula von der Leyen": the name goes on
			continue
		}
		if d.lx.objectPreps[d.toks[k].low] {
			e = k // a place or a circumstance: "der Regierung in Lumira"
			break
		}
		if d.lx.preps[d.toks[k].low] || d.joins(k, s) {
			if d.lx.isTitle(d.toks[k-1].low) {
				continue // the title's complement: "ministre de la Défense"
			}
			e = k
			break
		}
	}
	ns := e
	for k := e - 1; k >= s && d.inName(k); k-- {
		ns = k
	}
	ns = d.nameStart(ns, e)
	if ns == e {
		return "", "", 0, false
	}
	rs := s
	if g := d.detGender(s, ns); g != 0 {
		gender = g
	}
	for rs < ns && d.lx.determiners[d.toks[rs].low] {
		rs++
	}
	for k := rs; k < ns; k++ {
		l := d.toks[k].low
		if g, ok := d.lx.personTitles[l]; ok {
			person = true
			if g == 'm' || g == 'f' {
				gender = g
			}
		}
		if g := d.titleGender(l); g != 0 {
			gender = g
		}
		if d.lx.isTitle(l) {
			person = true
		}
	}
	name = d.text[d.toks[ns].s:d.toks[e-1].e]
	role = d.roleText(rs, ns)
	if n := d.nameWords(ns, e); n >= 2 && n <= 3 && !d.lx.isOrgName(name) && (person || d.bareNameRun(ns)) {
		person = true
	}
	if person && gender == 0 {
		gender = nameGender(name)
	}
	return name, role, gender, person
}

// bareNameRun reports whether a run of capitalised words at ns with no
// title before it can be a person's name. In German every noun has a
// capital, so "Viele Soldaten" is such a run: there it takes a known
// first name to start it (people marked as entities are recorded from
// the entities).
func (d *doc) bareNameRun(ns int) bool {
	return d.lx.code != "de" || firstname.Known(d.toks[ns].low)
}

// nameWord reports whether token k can be part of a name: a capitalised
// word that is no title, article, preposition or habitual sentence
// opener.
func (d *doc) nameWord(k int) bool {
	t := d.toks[k]
	return t.word && t.cap && !d.lx.isTitle(t.low) && !d.lx.stopCaps[t.low] && !d.lx.determiners[t.low] && !d.lx.preps[t.low] && !d.lx.isOrgHead(t.low) && !d.lx.documentHeads[t.low]
}

// titleBefore returns the title word whose complement starts at token k
// ("ministre" for "de la Défense", "Sprecher" for "des Ministeriums"),
// -1 when none.
func (d *doc) titleBefore(k int) int {
	j, prep := k-1, false
	for j >= 0 && k-j <= 3 && d.toks[j].word && (d.lx.preps[d.toks[j].low] || d.lx.determiners[d.toks[j].low]) {
		if d.lx.preps[d.toks[j].low] || d.lx.genitives[d.toks[j].low] {
			prep = true
		}
		j--
	}
	if !prep || j < 0 || !d.toks[j].word || !d.lx.isTitle(d.toks[j].low) {
		return -1
	}
	return j
}

// nameStart returns where the name starts in the capitalised run [k, e)
// when the run completes a title: its first words are the title's domain
// ("Défense" in "de la Défense Ana Varela"). The name starts at a known
// first name, else it is the last two words of a longer run, or the last
// word of two; a run of one word is the domain alone (e: no name).
func (d *doc) nameStart(k, e int) int {
	if k >= e || d.titleBefore(k) < 0 {
		return k
	}
	for j := k + 1; j < e; j++ {
		if firstname.Known(d.toks[j].low) {
			return j
		}
	}
	if d.nameWords(k, e) < 3 {
		j := k + 1
		for j < e && isNameParticle(d.toks[j].low) {
			j++
		}
		return j
	}
	// the last two name words and the particles between them: "de
	// l'Économie Bruno Le Maire" is the domain and a name of two words
	j, words := e, 0
	for words < 2 {
		j--
		if !isNameParticle(d.toks[j].low) {
			words++
		}
	}
	return j
}

// detGender returns the gender an article before a title gives ("la
// ministre", "el portavoz", "die Sprecherin"), 0 when none.
func (d *doc) detGender(s, ns int) byte {
	if s+1 >= ns || !d.lx.isTitle(d.toks[s+1].low) {
		return 0
	}
	switch d.toks[s].low {
	case "la", "una", "une":
		return 'f'
	case "le", "el", "un", "der":
		return 'm'
	}
	return 0
}

// titleGender returns the gender a German title's ending gives
// ("Verteidigungsministerin", "Sprecherin"); 0 elsewhere.
func (d *doc) titleGender(w string) byte {
	if d.lx.code == "de" && d.lx.isTitle(w) && strings.HasSuffix(w, "in") {
		return 'f'
	}
	return 0
}

// langDescription is readDescription for a language other than English:
// the head comes first in French and Spanish ("le ministère veltravien
// de la Défense"), last in German; a definite article makes a role noun
// ("la ministre", "die Ministerin") or a document refer.
func (d *doc) langDescription(m *mention, seg [2]int) {
	m.name = d.phrase(seg[0], seg[1])
	m.role = d.lx.stripDet(m.name)
	end := seg[1]
	for k := seg[0] + 1; k < seg[1]; k++ {
		if d.lx.preps[d.toks[k].low] || d.joins(k, seg[0]) {
			end = k
			break
		}
	}
	first := seg[0]
	for first < end-1 && d.lx.determiners[d.toks[first].low] {
		first++
	}
	headTok := end - 1
	if d.lx.headFirst {
		headTok = first
	}
	m.head = base(d.toks[headTok].low)
	for k := first; k < end; k++ {
		if k != headTok {
			m.mods = append(m.mods, d.toks[k].low)
		}
	}
	definite := d.lx.definite[d.toks[seg[0]].low]
	switch {
	case definite && d.lx.isRoleHead(m.head):
		m.kind = kRole
		m.gender = d.detGender(seg[0], seg[0]+2)
	case definite && d.lx.documentHeads[m.head]:
		m.kind = kDoc
	default:
		m.kind = kOther
		m.org = true
		m.name = d.lx.lowerDet(m.name)
	}
}

// langNames is addNames for a language other than English: people named
// with a title ("la ministre de la Défense Ana Varela", "Frau Zeller") or
// as two or three capitalised words, the title's domain kept out of the
// name and in the role.
func (r *resolver) langNames() {
	d := r.d
	for k := 0; k < len(d.toks); k++ {
		if d.inq[k] || !d.nameWord(k) {
			continue
		}
		e := k
		for e < len(d.toks) && e-k < 6 && d.inName(e) && d.para[e] == d.para[k] {
			e++
		}
		ns := d.nameStart(k, e)
		rs := ns
		if ns > k {
			rs = d.titleBefore(k)
		} else if k > 0 && d.toks[k-1].cap && d.lx.isOrgHead(d.toks[k-1].low) {
			if t := d.titleBefore(k - 1); t >= 0 {
				rs = t // a domain that names an institution: "minister van Defensie Ana Varela"
			}
		}
		for rs-1 >= 0 && d.toks[rs-1].word && d.lx.isTitle(d.toks[rs-1].low) {
			rs--
		}
		r.addTitled(rs, ns, e)
		k = e - 1
	}
}

// addTitled records the person named by toks[ns:e] with the title
// toks[rs:ns] before it.
func (r *resolver) addTitled(rs, ns, e int) {
	d := r.d
	if n := d.nameWords(ns, e); ns >= e || n > 3 || n == 1 && rs == ns || rs == ns && !d.bareNameRun(ns) {
		return
	}
	name := d.text[d.toks[ns].s:d.toks[e-1].e]
	if d.lx.isOrgName(name) || isPlaceName(name) {
		return
	}
	gender := d.detGender(max(rs-1, 0), ns)
	for j := rs; j < ns; j++ {
		l := d.toks[j].low
		if g, ok := d.lx.personTitles[l]; ok && (g == 'm' || g == 'f') {
			gender = g
		}
		if g := d.titleGender(l); g != 0 {
			gender = g
		}
	}
	p := r.find(name, false, d.toks[ns].s)
	if p < 0 {
		p = r.add(person{name: name, gender: nameGender(name)})
	}
	if gender != 0 {
		r.persons[p].gender = gender
	}
	if role := d.roleText(rs, ns); role != "" {
		r.addRole(p, role)
	}
	r.addRef(p, d.toks[ns].s, false)
}

// langFrame reads the frame after a quotation's closing mark and comma,
// from token k, in a language other than English: «…», a déclaré X /
// a-t-elle déclaré / avait-il expliqué / selon X / d'après X; «…»,
// según X; „…“, so X / laut X. Inverted cues with their subject after
// them ("dijo Juan Ybarra", "sagte sie", "dit-il") are read as in
// English. nil when none of these.
func (d *doc) langFrame(k, hi int) *attr {
	if n := d.accordingAt(k, hi); n > 0 {
		if e, ok := d.rightNP(k+n, hi); ok {
			return d.makeAccording(k, n, d.appositiveTo(e, hi), hi)
		}
		return nil
	}
	if d.lx.dropsSubject && d.unwrittenSubject(k, hi) {
		return d.impliedAttr(k, hi, true)
	}
	if cl := d.cueClass(k); cl == cueSpeech || cl == cuePartial {
		return d.invertedAttr(k, hi) // "dijo ayer el ministro", "sagte sie"
	}
	if !d.lx.aux[d.toks[k].low] || k+1 >= hi {
		return nil
	}
	c := k + 1
	if _, ok := d.lx.pronouns[d.toks[c].low]; ok {
		// "a-t-elle (toutefois) déclaré": the subject stands between the
		// auxiliary and the cue
		v := c + 1
		for v < hi && v <= c+3 && d.lx.adverbs[d.toks[v].low] {
			v++
		}
		if v < hi {
			if cl := d.cueClass(v); cl == cueSpeech || cl == cuePartial {
				return d.makeAttr(v, c, c+1, hi, true)
			}
		}
		return nil
	}
	v := d.pastAdverbs(c, hi)
	if d.lx.dropsSubject && d.unwrittenSubject(v, hi) {
		return d.impliedAttr(v, hi, true) // "«…», ha affermato.", "ha poi aggiunto."
	}
	if cl := d.cueClass(v); cl == cueSpeech || cl == cuePartial {
		return d.invertedAttr(v, hi) // "ha poi detto il ministro"
	}
	return nil
}

// unwrittenSubject reports whether the cue at k has no subject written
// after it, in a language that may leave it out: "«…», afirmó ante sus
// simpatizantes." A noun phrase after the cue's times and addressees is
// its subject ("dijo ayer el ministro", "dijo a los periodistas el
// ministro"), so the subject is written there.
func (d *doc) unwrittenSubject(k, hi int) bool {
	if cl := d.cueClass(k); cl != cueSpeech || d.lx.participles[d.toks[k].low] && !d.afterAux(k) {
		return false // a participle reports after its auxiliary: "ha detto", "ha poi detto"
	}
	s := d.afterAdjuncts(k+1, hi)
	if s >= hi {
		return true
	}
	n := d.toks[s]
	if !n.word || d.lx.that[n.low] || d.lx.conj[n.low] {
		return true
	}
	if s == k+1 && !d.lx.adjunctWords[n.low] && !d.lx.cueAdjuncts[n.low] {
		return false // a word right after the verb: read as its subject
	}
	_, ok := d.rightNP(s, hi)
	return !ok
}

// pastAdverbs returns the first token from c that is not one of the
// language's adverbs ("ha poi aggiunto", "ha inoltre detto").
func (d *doc) pastAdverbs(c, hi int) int {
	for c < hi-1 && d.lx.adverbs[d.toks[c].low] {
		c++
	}
	return c
}

// afterAux reports whether token k follows an auxiliary, past adverbs.
func (d *doc) afterAux(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-3 && d.lx.adverbs[d.toks[j].low] {
		j--
	}
	return j >= 0 && d.lx.aux[d.toks[j].low]
}

// invertedAttr reads the subject written after the cue at k, past its
// times and addressees: "dijo ayer el ministro Juan Ybarra", "a déclaré
// à la presse la ministre Ana Varela". nil when no phrase is there.
func (d *doc) invertedAttr(k, hi int) *attr {
	if p := d.separableAt(k); p > k+1 && p < hi {
		hi = p // "liet de minister weten": the subject ends at the particle
	}
	s := d.afterAdjuncts(k+1, hi)
	if s >= hi {
		return nil
	}
	if _, ok := d.lx.pronouns[d.toks[s].low]; ok {
		return d.makeAttr(k, s, s+1, hi, true) // "voegde ze eraan toe": a pronoun is the whole subject
	}
	if e, ok := d.rightNP(s, hi); ok {
		return d.makeAttr(k, s, d.appositiveTo(e, hi), hi, true)
	}
	return nil
}

// impliedAttr builds the attribution of the cue at k whose subject the
// verb implies: a person, resolved as a pronoun of either gender.
func (d *doc) impliedAttr(k, hi int, markUsed bool) *attr {
	sp, _ := d.cueSpan(k, hi)
	at := d.toks[k].s
	gender := byte('a')
	if d.pluralVerb(k) {
		gender = 'p' // "«…», dijeron": several people, not the one named before
	}
	a := &attr{m: mention{span: parallax.Span{Start: at, End: at}, kind: kPronoun, gender: gender}, cue: sp, cueTok: k}
	if markUsed {
		d.used[k] = true
		d.attrAt[k] = a
	}
	return a
}

// pluralVerb reports whether the cue at k, or the auxiliary of a
// participle cue, is a third-person plural: "dijeron", "ont déclaré",
// "haben gesagt".
func (d *doc) pluralVerb(k int) bool {
	if d.lx.plural[d.toks[k].low] {
		return true
	}
	if !d.lx.participles[d.toks[k].low] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].word; j-- {
		if d.lx.aux[d.toks[j].low] {
			return d.lx.plural[d.toks[j].low]
		}
	}
	return false
}

// impersonal reports whether a reflexive pronoun makes the cue at k
// impersonal or passive: "se dijo que", "se afirma que".
func (d *doc) impersonal(k int) bool {
	return k > 0 && (d.toks[k-1].low == "se" || d.toks[k-1].low == "s'")
}

// roleText returns the title written in toks[rs:ns] as written, without
// its honorifics ("Mme", "Frau").
func (d *doc) roleText(rs, ns int) string {
	var b strings.Builder
	prev := -1
	for k := rs; k < ns; k++ {
		if d.lx.honorifics[d.toks[k].low] {
			continue
		}
		switch {
		case prev < 0:
		case prev == k-1:
			b.WriteString(d.text[d.toks[prev].e:d.toks[k].s])
		default:
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].text)
		prev = k
	}
	return b.String()
}

// Particles inside names: "Charles de Gaulle", "Bruno Le Maire",
// "Ursula von der Leyen". A particle joins a name when a capitalised
// word follows it and a name word stands before it: a known first name
// for a particle in lower case, since "Juan Ybarra de Kessaria" and
// "Zeller von den Grünen" are written with the same capitals; any name
// word for one written with a capital ("Le Maire").
var (
	nameParticles      = set("le", "la", "de", "del", "du", "da", "di", "d'", "dos", "das", "von", "van", "ter", "ten")
	nameParticlesAfter = set("der", "den", "la", "le", "l'", "los", "las") // "von der", "de la"
)

// particleEnd returns the end of the name particle at k ("von der" in
// "Ursula von der Leyen"), k when there is none.
func (d *doc) particleEnd(k int) int {
	if k == 0 || k+1 >= len(d.toks) || !d.lx.nameParticles[d.toks[k].low] || d.para[k-1] != d.para[k] {
		return k
	}
	if !d.nameWord(k-1) || !d.toks[k].cap && !firstname.Known(d.toks[k-1].low) && !d.onlyInNames(k) {
		return k
	}
	e := k + 1
	if nameParticlesAfter[d.toks[e].low] && e+1 < len(d.toks) {
		e++
	}
	n := d.toks[e]
	// after "van der" a capital is a name's even on a word that opens
	// sentences ("Lars van der Meer")
	if !n.word || !n.cap || d.lx.stopCaps[n.low] && !d.lx.isTitle(n.low) && e == k+1 || strings.ToUpper(n.text) == n.text || d.lx.isOrgHead(n.low) || d.lx.orgWords[n.low] || d.placeAt(n.s) {
		return k // "Zeller von der CDU", "Ybarra de Kessaria": an acronym, an institution, a place
	}
	return e
}

// onlyInNames reports whether the lower-case particle at k is one that
// Dutch writes only inside names — "ter", "ten", "van der", "van den",
// archaic forms no longer used before a place or an institution — so
// that it joins a name after any first name ("Sanne ter Horst", "Pieter
// van den Berg"), not only a known one.
func (d *doc) onlyInNames(k int) bool {
	switch d.toks[k].low {
	case "ter", "ten":
		return d.lx.code == "nl"
	case "van":
		return k+1 < len(d.toks) && (d.toks[k+1].low == "der" || d.toks[k+1].low == "den")
	}
	return false
}

// placeAt reports whether a location entity covers offset off.
func (d *doc) placeAt(off int) bool {
	for _, e := range d.ents {
		if e.Type == "LOCATION" && e.Span.Start <= off && off < e.Span.End {
			return true
		}
	}
	return false
}

// inName reports whether token k is part of a name run: a name word, a
// particle inside a name, or the capitalised word after a particle
// ("Maire" in "Le Maire", though "maire" is a title).
func (d *doc) inName(k int) bool {
	if d.nameWord(k) {
		return true
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		if e := d.particleEnd(j); e > j && k <= e {
			return true
		}
	}
	return false
}

// nameWords counts the name words of toks[s:e], particles left out.
func (d *doc) nameWords(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if !isNameParticle(d.toks[k].low) {
			n++
		}
	}
	return n
}

// isNameParticle reports whether w is written as a name particle.
func isNameParticle(w string) bool {
	return nameParticles[w] || nameParticlesAfter[w]
}
