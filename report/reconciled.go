package report

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// The reconciled sections of a story, in the order a reader needs them:
// what the sources disagree on first, then what they establish together,
// the timeline (written by the callers), who said what, what rests on one
// outlet, and the main actors. Every line names its sources.

// maxSingles and maxUnique bound the one-source lists of a story in a
// report; the JSON keeps them all.
const (
	maxSingles = 8
	maxUnique  = 8
	maxActors  = 8
)

// sourceNamer names the articles behind a line: by outlet, with the number
// the text report shows the article under, or its id when not at hand.
type sourceNamer struct {
	byID    map[string]*parallax.Article
	numbers map[string]int // nil in Markdown
}

// asWritten returns, for a statement whose speaker is unknown, how its
// articles name who made it, as " (a police spokesman; our source)" (see
// UnnamedSpeakers); "" when they name no one.
func (n sourceNamer) asWritten(q parallax.StoryQuote, esc func(string) string) string {
	said := UnnamedSpeakers(q, n.byID)
	if len(said) == 0 {
		return ""
	}
	return " (" + esc(strings.Join(said, "; ")) + ")"
}

// UnnamedSpeakers returns, for a story statement whose speaker is
// unknown, how the articles in byID that carry it describe who made it
// ("a police spokesman", "our source"), each up to any comma, distinct:
// the sources an article describes but does not name. Pronouns, which
// say nothing alone, and the articles' own known speakers are left out;
// nil for a statement whose speaker is known.
func UnnamedSpeakers(q parallax.StoryQuote, byID map[string]*parallax.Article) []string {
	if q.Speaker != parallax.UnknownSpeaker {
		return nil
	}
	var out []string
	for _, w := range q.Wordings {
		a := byID[w.Article]
		if a == nil {
			continue
		}
		for _, aq := range a.Quotes {
			said := aq.Unnamed()
			if i := strings.IndexByte(said, ','); i > 0 {
				said = said[:i] // "One official, who spoke on condition of anonymity"
			}
			if said == "" || aq.Span.Start >= w.Span.End || w.Span.Start >= aq.Span.End {
				continue
			}
			if !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, said) }) {
				out = append(out, said)
			}
		}
	}
	return out
}

// names returns one name per distinct outlet of ids, in ids' order, each
// followed by its article numbers: "Meridian Wire [1] [9], NWB [4]".
func (n sourceNamer) names(ids []string, esc func(string) string) string {
	var order []string
	refs := map[string][]string{}
	for _, id := range ids {
		name := id
		if a := n.byID[id]; a != nil && a.Outlet != "" {
			name = esc(a.Outlet)
		} else if n.numbers == nil {
			name = codeSpan(id)
		}
		if _, ok := refs[name]; !ok {
			order = append(order, name)
			refs[name] = nil
		}
		if num := n.numbers[id]; num > 0 {
			refs[name] = append(refs[name], "["+strconv.Itoa(num)+"]")
		}
	}
	parts := make([]string, len(order))
	for i, name := range order {
		parts[i] = strings.TrimSpace(name + " " + strings.Join(refs[name], " "))
	}
	return strings.Join(parts, ", ")
}

// factsByStatus splits a story's facts by verdict, keeping their order.
func factsByStatus(fs []parallax.Fact) (differ, agree, single []parallax.Fact) {
	for _, f := range fs {
		switch f.Status {
		case parallax.Differ:
			differ = append(differ, f)
		case parallax.Agree:
			agree = append(agree, f)
		default:
			single = append(single, f)
		}
	}
	return differ, agree, single
}

// valueLine is one value of a fact: its words, who it is attributed to or
// relayed from, and its sources.
func valueLine(v parallax.FactValue, names string, quote func(string) string) string {
	s := quote(v.Text)
	if v.Attributed != "" {
		s += " (said by " + v.Attributed + ")"
	}
	if v.Via != "" {
		s += " (via " + v.Via + ")"
	}
	return s + " — " + names
}

// quotesBySpeaker groups a story's quotes by speaker, speakers in the
// order they first appear.
func quotesBySpeaker(qs []parallax.StoryQuote) (speakers []string, by map[string][]parallax.StoryQuote) {
	by = map[string][]parallax.StoryQuote{}
	for _, q := range qs {
		if _, ok := by[q.Speaker]; !ok {
			speakers = append(speakers, q.Speaker)
		}
		by[q.Speaker] = append(by[q.Speaker], q)
	}
	return speakers, by
}

// speakerLabel is a speaker's name with their first role.
func speakerLabel(name string, speakers []parallax.Speaker) string {
	for _, sp := range speakers {
		if sp.Name == name && len(sp.Roles) > 0 {
			return name + " (" + sp.Roles[0] + ")"
		}
	}
	return name
}

// differingWordings returns the wordings of q that are not its main text,
// so that a reader sees each outlet's own words where they differ.
func differingWordings(q parallax.StoryQuote) []parallax.Wording {
	var out []parallax.Wording
	for _, w := range q.Wordings {
		if collapse(w.Text) != collapse(q.Text) {
			out = append(out, w)
		}
	}
	return out
}

// actorNames lists the story's main actors with how many articles mention
// each.
func actorNames(es []parallax.StoryEntity) []string {
	var out []string
	for _, e := range es {
		if len(out) == maxActors {
			break
		}
		if e.Type == "MISC" {
			continue
		}
		out = append(out, fmt.Sprintf("%s (%d)", e.Name, len(e.Articles)))
	}
	return out
}

// coverageLines says for each outlet how many of the story's shared facts
// it reports, how many details only it has, and what it leaves out.
func coverageLines(cs []parallax.Coverage, esc func(string) string) []string {
	var out []string
	for _, c := range cs {
		name := c.Outlet
		if name == "" {
			name = "outlet unknown"
		}
		l := fmt.Sprintf("%s: %s (%d%%)", esc(name), plural(c.Facts, "shared fact", "shared facts"), int(c.Share*100+0.5))
		if c.Unique > 0 {
			l += fmt.Sprintf(", %d only here", c.Unique)
		}
		if len(c.Missing) > 0 {
			missing := make([]string, len(c.Missing))
			for i, m := range c.Missing {
				missing[i] = esc(m)
			}
			l += "; leaves out: " + strings.Join(missing, "; ")
		}
		out = append(out, l)
	}
	return out
}

func curly(s string) string { return "“" + collapse(s) + "”" }

// reconciled writes the text report's reconciled sections of s.
func (t *textWriter) reconciled(indent string, s *parallax.Story, n sourceNamer) {
	differ, agree, single := factsByStatus(s.Facts)
	t.facts(indent, "Disagreements", differ, n, len(differ))
	t.facts(indent, "Established", agree, n, len(agree))
	t.facts(indent, "Single source", single, n, maxSingles)
}

// reconciledAfter writes the sections that follow the timeline: quotes by
// speaker, details only one outlet has, and the main actors.
func (t *textWriter) reconciledAfter(indent string, s *parallax.Story, n sourceNamer) {
	t.quotes(indent, s, n)
	t.unique(indent, s.Unique, n)
	if lines := coverageLines(s.Coverage, plain); len(lines) > 0 {
		t.blank()
		t.block(indent, indent, "Coverage by outlet", t.st.bold)
		for _, l := range lines {
			t.block(indent+"• ", indent+"  ", l, plain)
		}
	}
	if actors := actorNames(s.Entities); len(actors) > 0 {
		t.blank()
		t.block(indent, indent, "Main actors", t.st.bold)
		t.items(indent+"  ", actors, plain)
	}
}

func (t *textWriter) facts(indent, heading string, fs []parallax.Fact, n sourceNamer, limit int) {
	if len(fs) == 0 {
		return
	}
	t.blank()
	t.block(indent, indent, fmt.Sprintf("%s (%d)", heading, len(fs)), t.st.bold)
	in := indent + "    "
	for i, f := range fs {
		if i == limit {
			t.block(indent+"  ", indent+"  ", fmt.Sprintf("… and %d more", len(fs)-limit), t.st.dim)
			break
		}
		t.block(indent+"• ", indent+"  ", f.Key+" ("+f.Kind+")", plain)
		for _, v := range f.Values {
			t.block(in, in+"  ", valueLine(v, n.names(v.Articles, plain), curly), plain)
		}
		if f.Note != "" {
			t.block(in, in+"  ", f.Note, t.st.dim)
		}
	}
}

func (t *textWriter) quotes(indent string, s *parallax.Story, n sourceNamer) {
	if len(s.Quotes) == 0 {
		return
	}
	t.blank()
	t.block(indent, indent, fmt.Sprintf("Quotes (%d)", len(s.Quotes)), t.st.bold)
	speakers, by := quotesBySpeaker(s.Quotes)
	in := indent + "    "
	for _, sp := range speakers {
		t.block(indent+"  ", indent+"  ", speakerLabel(sp, s.Speakers), t.st.bold)
		for _, q := range by[sp] {
			t.block(in, in+"  ", curly(q.Text)+" — "+n.names(q.Articles, plain)+n.asWritten(q, plain), plain)
			for _, w := range differingWordings(q) {
				t.block(in+"  ", in+"    ", n.names([]string{w.Article}, plain)+": "+curly(w.Text), t.st.dim)
			}
		}
	}
}

func (t *textWriter) unique(indent string, us []parallax.Unique, n sourceNamer) {
	if len(us) == 0 {
		return
	}
	t.blank()
	t.block(indent, indent, fmt.Sprintf("Only one outlet reports (%d)", len(us)), t.st.bold)
	for i, u := range us {
		if i == maxUnique {
			t.block(indent+"  ", indent+"  ", fmt.Sprintf("… and %d more", len(us)-maxUnique), t.st.dim)
			break
		}
		t.block(indent+"• ", indent+"  ", n.names([]string{u.Article}, plain)+": "+collapse(u.Text), plain)
	}
}

// mdReconciled writes the Markdown reconciled sections that precede the
// timeline, under headings of the given level.
func mdReconciled(buf *bytes.Buffer, level string, s *parallax.Story, n sourceNamer) {
	differ, agree, single := factsByStatus(s.Facts)
	mdFacts(buf, level, "Disagreements", differ, n, len(differ))
	mdFacts(buf, level, "Established", agree, n, len(agree))
	mdFacts(buf, level, "Single source", single, n, maxSingles)
}

func mdFacts(buf *bytes.Buffer, level, heading string, fs []parallax.Fact, n sourceNamer, limit int) {
	if len(fs) == 0 {
		return
	}
	buf.WriteString("\n" + level + " " + heading + "\n\n")
	for i, f := range fs {
		if i == limit {
			fmt.Fprintf(buf, "- *… and %d more*\n", len(fs)-limit)
			break
		}
		buf.WriteString("- **" + mdEscape(f.Key) + "** (" + f.Kind + ")\n")
		for _, v := range f.Values {
			buf.WriteString("  - " + valueLine(v, n.names(v.Articles, mdEscape), mdCurly) + "\n")
		}
		if f.Note != "" {
			buf.WriteString("  - *" + mdEscape(f.Note) + "*\n")
		}
	}
}

func mdCurly(s string) string { return "“" + mdEscape(collapse(s)) + "”" }

// mdReconciledAfter writes the Markdown sections that follow the
// timeline.
func mdReconciledAfter(buf *bytes.Buffer, level string, s *parallax.Story, n sourceNamer) {
	if len(s.Quotes) > 0 {
		buf.WriteString("\n" + level + " Quotes\n")
		speakers, by := quotesBySpeaker(s.Quotes)
		for _, sp := range speakers {
			buf.WriteString("\n**" + mdEscape(speakerLabel(sp, s.Speakers)) + "**\n\n")
			for _, q := range by[sp] {
				buf.WriteString("- " + mdCurly(q.Text) + " — " + n.names(q.Articles, mdEscape) + n.asWritten(q, mdEscape) + "\n")
				for _, w := range differingWordings(q) {
					buf.WriteString("  - " + n.names([]string{w.Article}, mdEscape) + ": " + mdCurly(w.Text) + "\n")
				}
			}
		}
	}
	if len(s.Unique) > 0 {
		buf.WriteString("\n" + level + " Only one outlet reports\n\n")
		for i, u := range s.Unique {
			if i == maxUnique {
				fmt.Fprintf(buf, "- *… and %d more*\n", len(s.Unique)-maxUnique)
				break
			}
			buf.WriteString("- " + n.names([]string{u.Article}, mdEscape) + ": " + mdEscape(collapse(u.Text)) + "\n")
		}
	}
	if lines := coverageLines(s.Coverage, mdEscape); len(lines) > 0 {
		buf.WriteString("\n" + level + " Coverage by outlet\n\n")
		for _, l := range lines {
			buf.WriteString("- " + l + "\n")
		}
	}
	if actors := actorNames(s.Entities); len(actors) > 0 {
		for i := range actors {
			actors[i] = mdEscape(actors[i])
		}
		buf.WriteString("\nMain actors: " + strings.Join(actors, itemSep) + "\n")
	}
}
