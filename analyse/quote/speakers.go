package quote

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/office"
)

// speakerSet gathers a story's speakers across its articles: one entry
// per person or body, under every name the articles give it.
type speakerSet struct {
	sp    []parallax.Speaker
	quote map[int]int // quotes with a known speaker: key → speaker index
	count []int       // quotes per speaker, to order the list
}

// quoteKey identifies a quote of a story: article position and quote
// index.
func quoteKey(ai, qi int) int { return ai<<20 | qi }

// buildSpeakers lines up the speakers of the story's quotes. Names meet
// when they are equal, share an entity id, or one is the surname of the
// other's full name (only when one full name in the story has that
// surname, or one shares its role). Unresolved role nouns ("the defence
// minister") join the one speaker a story article gives that role.
func buildSpeakers(arts []*parallax.Article) *speakerSet {
	g := collectNames(arts)
	g.mergeEntities()
	g.mergeSurnames()
	set := g.speakers()
	set.linkRoles(arts)
	set.fillArticles(arts)
	return set
}

// nameNode is one speaker name of a story, with what its quotes say of it.
type nameNode struct {
	name   string
	entity string
	roles  []string
	texts  []string // the names as written, for aliases
}

// nameGraph holds a story's speaker names and which of them name one
// speaker (a union-find over the nodes).
type nameGraph struct {
	nodes  []*nameNode
	parent []int
	quote  map[int]int // quote key → node
}

// collectNames gathers the distinct speaker names of the story's quotes.
func collectNames(arts []*parallax.Article) *nameGraph {
	g := &nameGraph{quote: map[int]int{}}
	byName := map[string]int{}
	for ai, a := range arts {
		for qi, q := range a.Quotes {
			if q.Speaker == "" || q.Speaker == parallax.UnknownSpeaker {
				continue
			}
			key := strings.ToLower(q.Speaker)
			i, ok := byName[key]
			if !ok {
				i = len(g.nodes)
				g.nodes = append(g.nodes, &nameNode{name: q.Speaker})
				g.parent = append(g.parent, i)
				byName[key] = i
			}
			n := g.nodes[i]
			if q.Entity != "" && n.entity == "" {
				n.entity = q.Entity
			}
			n.roles = appendUnique(n.roles, q.Role)
			if t := aliasOf(q.SpeakerText, q.Speaker); t != "" {
				n.texts = appendUnique(n.texts, t)
			}
			g.quote[quoteKey(ai, qi)] = i
		}
	}
	return g
}

// root returns the representative of node i.
func (g *nameGraph) root(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// union makes nodes a and b one speaker.
func (g *nameGraph) union(a, b int) {
	if a, b = g.root(a), g.root(b); a != b {
		g.parent[b] = a
	}
}

// mergeEntities joins names that carry the same entity id.
func (g *nameGraph) mergeEntities() {
	byEntity := map[string]int{}
	for i, n := range g.nodes {
		if n.entity == "" {
			continue
		}
		if j, ok := byEntity[n.entity]; ok {
			g.union(j, i)
		} else {
			byEntity[n.entity] = i
		}
	}
}

// mergeSurnames joins a short name to the one fuller name it is part of
// ("Varela" to "Ana Varela"); among several fuller names, to the one
// that shares a role with it, and to none without that evidence.
func (g *nameGraph) mergeSurnames() {
	// a fuller name ends with the same word: only those are read
	byLast := map[string][]int{}
	size := make([]int, len(g.nodes))
	for j, m := range g.nodes {
		size[j] = len(strings.Fields(m.name))
		if w := lastWord(m.name); w != "" {
			byLast[w] = append(byLast[w], j)
		}
	}
	for i, n := range g.nodes {
		var cands []int
		for _, j := range byLast[lastWord(n.name)] {
			if i != j && size[j] > size[i] && !isJoint(g.nodes[j].name) && nameExtends(g.nodes[j].name, n.name) {
				cands = append(cands, j)
			}
		}
		switch {
		case len(cands) == 1:
			g.union(cands[0], i)
		case len(cands) > 1:
			if j := sharedRole(n.roles, cands, func(j int) []string { return g.nodes[j].roles }); j >= 0 {
				g.union(j, i)
			}
		}
	}
}

// isJoint reports whether a speaker's name is two speakers' ("Rosa Ambry
// and Henrik Alsop"): "Alsop" is the second's short name, not theirs.
func isJoint(name string) bool {
	f := strings.Fields(name)
	for i := 1; i+1 < len(f); i++ {
		if jointWords[f[i]] && isUpperStart(f[i-1]) && isUpperStart(f[i+1]) {
			return true
		}
	}
	return false
}

// jointWords join two speakers' names in the languages read (see
// lexicon.joinsNames).
var jointWords = func() map[string]bool {
	m := map[string]bool{"and": true}
	for lx := range maps.Values(lexicons) {
		for w := range lx.conj {
			if lx.joinsNames(w) {
				m[w] = true
			}
		}
	}
	return m
}()

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lastWord returns the last word of name, lower case; "" when none.
func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// speakers turns the joined names into Speakers: the fullest name, the
// others as aliases, every role and the entity id.
func (g *nameGraph) speakers() *speakerSet {
	set := &speakerSet{quote: map[int]int{}}
	index := map[int]int{}
	for i, n := range g.nodes {
		r := g.root(i)
		si, ok := index[r]
		if !ok {
			si = len(set.sp)
			index[r] = si
			set.sp = append(set.sp, parallax.Speaker{})
			set.count = append(set.count, 0)
		}
		s := &set.sp[si]
		if fuller(n.name, s.Name) {
			s.Aliases = appendUnique(s.Aliases, s.Name)
			s.Name = n.name
		} else {
			s.Aliases = appendUnique(s.Aliases, n.name)
		}
		for _, t := range n.texts {
			s.Aliases = appendUnique(s.Aliases, t)
		}
		for _, r := range n.roles {
			s.Roles = appendUnique(s.Roles, r)
		}
		if s.Entity == "" {
			s.Entity = n.entity
		}
	}
	for i := range set.sp {
		set.sp[i].Aliases = removeFold(set.sp[i].Aliases, set.sp[i].Name)
	}
	for k, n := range g.quote {
		set.quote[k] = index[g.root(n)]
	}
	return set
}

// linkRoles gives a quote whose speaker is an unresolved role noun ("the
// defence minister") the one speaker that a story article gives that
// role, and records the role noun as an alias.
func (s *speakerSet) linkRoles(arts []*parallax.Article) {
	for ai, a := range arts {
		for qi, q := range a.Quotes {
			if q.Speaker != parallax.UnknownSpeaker || q.Role == "" || q.SpeakerText == "" {
				continue
			}
			words := strings.Fields(strings.ToLower(q.Role))
			head, mods := words[len(words)-1], words[:len(words)-1]
			match := s.roleOwner(head, mods)
			if other := office.Other(head); match == -1 && other != "" && office.HasPortfolio(mods) {
				// No one holds the title as written: its other name.
				match = s.roleOwner(other, mods)
			}
			if match >= 0 {
				s.quote[quoteKey(ai, qi)] = match
				s.sp[match].Aliases = appendUnique(s.sp[match].Aliases, q.SpeakerText)
			}
		}
	}
}

// fillArticles lists, per speaker, the articles quoting it in story order,
// and counts its quotes.
func (s *speakerSet) fillArticles(arts []*parallax.Article) {
	for ai, a := range arts {
		for qi := range a.Quotes {
			si, ok := s.quote[quoteKey(ai, qi)]
			if !ok {
				continue
			}
			s.sp[si].Articles = appendUnique(s.sp[si].Articles, a.ID)
			s.count[si]++
		}
	}
}

// roleOwner returns the one speaker with a role that has the head noun
// and every modifier, -1 when none has, -2 when several have.
func (s *speakerSet) roleOwner(head string, mods []string) int {
	match := -1
	for i, sp := range s.sp {
		if rolesHave(sp.Roles, head, mods) {
			if match >= 0 {
				return -2
			}
			match = i
		}
	}
	return match
}

// rolesHave reports whether one of roles has the head noun and every
// modifier: "defence minister" in "Defence Minister".
func rolesHave(roles []string, head string, mods []string) bool {
	for _, r := range roles {
		words := strings.Fields(strings.ToLower(r))
		has := func(w string) bool {
			for _, x := range words {
				if base(strings.Trim(x, ",.")) == base(w) {
					return true
				}
			}
			return false
		}
		if !has(head) {
			continue
		}
		ok := true
		for _, m := range mods {
			if !determiners[m] && !has(m) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// nameExtends reports whether full is a fuller form of short: "Ana
// Varela" of "Varela", "Ana Maria Varela" of "Ana Varela". Different
// first names never match.
func nameExtends(full, short string) bool {
	f, s := strings.Fields(strings.ToLower(full)), strings.Fields(strings.ToLower(short))
	if len(s) == 0 || len(f) <= len(s) || f[len(f)-1] != s[len(s)-1] {
		return false
	}
	if len(s) == 1 {
		return true
	}
	return f[0] == s[0]
}

// sharedRole returns the candidate that shares a role word with roles,
// when exactly one does; -1 otherwise.
func sharedRole(roles []string, cands []int, rolesOf func(int) []string) int {
	found := -1
	for _, c := range cands {
		for _, r := range roles {
			w := strings.Fields(strings.ToLower(r))
			if len(w) > 0 && rolesHave(rolesOf(c), w[len(w)-1], nil) {
				if found >= 0 && found != c {
					return -1
				}
				found = c
			}
		}
	}
	return found
}

// fuller reports whether name a is a fuller name than b: more words, then
// longer.
func fuller(a, b string) bool {
	na, nb := len(strings.Fields(a)), len(strings.Fields(b))
	if na != nb {
		return na > nb
	}
	return len(a) > len(b)
}

// isPronoun reports whether s is a speaker pronoun.
func isPronoun(s string) bool {
	_, ok := pronouns[strings.ToLower(s)]
	return ok
}

// appendUnique appends s unless it is empty or already there (case
// folded).
func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// removeFold drops s from list, case folded.
func removeFold(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if !strings.EqualFold(x, s) {
			out = append(out, x)
		}
	}
	return out
}

// aliasOf returns the name a speaker phrase gives: the phrase itself, or
// for an appositive ("Karel Dunst, the party's spokesman") the part that
// names the speaker; "" for a pronoun.
func aliasOf(text, speaker string) string {
	if isPronoun(text) || strings.EqualFold(text, "who") || strings.EqualFold(text, "which") {
		return ""
	}
	if !strings.ContainsAny(text, ",—–") {
		return text
	}
	last := strings.ToLower(surname(speaker))
	for _, seg := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '—' || r == '–' }) {
		seg = strings.TrimSpace(seg)
		if last != "" && strings.Contains(strings.ToLower(seg), last) {
			return seg
		}
	}
	return ""
}
