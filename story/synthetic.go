package story

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Synthetic returns a stream of n invented English-like news articles over
// a simulated month, for benchmarks: about one event per 50 articles, each
// covered by 5 to 100 articles within a few days, from 200 outlets. Events
// belong to 60 topics that share words and recurring names, so related
// events look alike; an article mixes its event's words, names and
// numbers with its topic's words and Zipf-distributed common words; about
// one in twenty is a lightly edited copy of an earlier article of its
// event. The articles come in publication order; the gold event of each
// is in Extra["event"]. The same n and seed give the same stream.
func Synthetic(n int, seed int64) []*parallax.Article {
	g := newGenerator(seed)
	events := g.events(n)
	out := make([]*parallax.Article, 0, n)
	for _, e := range events {
		for k := 0; k < e.size; k++ {
			out = append(out, g.article(e, k))
		}
	}
	slices.SortStableFunc(out, func(a, b *parallax.Article) int { return a.Published.Compare(b.Published) })
	g.copies(out, events)
	for i, a := range out {
		a.ID = fmt.Sprintf("syn%06d", i)
	}
	return out
}

// syntheticStart is the first day of the simulated month.
var syntheticStart = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

type generator struct {
	r       *rand.Rand
	common  []string // Zipf-distributed common words, most frequent first
	zipf    *rand.Zipf
	names   []string
	outlets []string
	topics  []topic
}

type topic struct {
	words []string
	names []string // recurring actors and places
}

type event struct {
	id      int
	topic   *topic
	words   []string
	names   []string
	numbers []string
	start   time.Time
	size    int
	arts    []*parallax.Article
}

// function words make the prose read like prose to the stop lists.
var functionWords = strings.Fields(`the of and to a in that is was for on with as by at from it his her their
	said this had has have be were an which but not are after who will its been more also they would over than`)

func newGenerator(seed int64) *generator {
	g := &generator{r: rand.New(rand.NewPCG(uint64(seed), 0x5eed))}
	g.common = g.words(20000, 2, 4)
	g.zipf = rand.NewZipf(g.r, 1.07, 2, uint64(len(g.common)-1))
	for _, w := range g.words(6000, 2, 3) {
		g.names = append(g.names, strings.ToUpper(w[:1])+w[1:])
	}
	for i := 0; i < 200; i++ {
		g.outlets = append(g.outlets, "The "+g.names[i]+" "+[]string{"Times", "Post", "Herald", "Wire", "Courier"}[i%5])
	}
	for i := 0; i < 60; i++ {
		t := topic{}
		for k := 0; k < 150; k++ {
			t.words = append(t.words, g.common[200+g.r.IntN(len(g.common)-200)])
		}
		for k := 0; k < 12; k++ {
			t.names = append(t.names, g.name())
		}
		g.topics = append(g.topics, t)
	}
	return g
}

// words invents count distinct words of lo to hi syllables.
func (g *generator) words(count, lo, hi int) []string {
	cons := strings.Split("b c d f g h k l m n p r s t v w z br tr st pl kr", " ")
	vows := strings.Split("a e i o u ai ou ea", " ")
	seen := map[string]bool{}
	var out []string
	for len(out) < count {
		var b strings.Builder
		for s := lo + g.r.IntN(hi-lo+1); s > 0; s-- {
			b.WriteString(cons[g.r.IntN(len(cons))])
			b.WriteString(vows[g.r.IntN(len(vows))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func (g *generator) name() string { return g.names[200+g.r.IntN(len(g.names)-200)] }

// events draws events of 5 to 100 articles (the last may be smaller)
// adding up to n.
func (g *generator) events(n int) []*event {
	var out []*event
	for total := 0; total < n; {
		size := min(5+g.r.IntN(96), n-total)
		t := &g.topics[g.r.IntN(len(g.topics))]
		e := &event{id: len(out), topic: t, size: size,
			start: syntheticStart.Add(time.Duration(g.r.Float64() * 30 * 24 * float64(time.Hour)))}
		for k := 0; k < 12; k++ {
			e.words = append(e.words, t.words[g.r.IntN(len(t.words))])
		}
		for k := 0; k < 6; k++ {
			e.words = append(e.words, g.common[500+g.r.IntN(len(g.common)-500)])
		}
		for k := 0; k < 3; k++ {
			e.names = append(e.names, t.names[g.r.IntN(len(t.names))]) // recurring actors
			e.names = append(e.names, g.name()+" "+g.name())           // people of this event
		}
		for k := 0; k < 3; k++ {
			e.numbers = append(e.numbers, strconv.Itoa(10+g.r.IntN(5000)))
		}
		out = append(out, e)
		total += size
	}
	return out
}

// article writes the k-th article of event e.
func (g *generator) article(e *event, k int) *parallax.Article {
	var title []string
	for len(title) < 7 {
		switch g.r.IntN(4) {
		case 0:
			title = append(title, e.names[g.r.IntN(len(e.names))])
		default:
			title = append(title, e.words[g.r.IntN(len(e.words))])
		}
	}
	var paras []string
	for p := 3 + g.r.IntN(4); p > 0; p-- {
		var sents []string
		for s := 2 + g.r.IntN(2); s > 0; s-- {
			sents = append(sents, g.sentence(e))
		}
		paras = append(paras, strings.Join(sents, " "))
	}
	delay := time.Duration(g.r.ExpFloat64() * 14 * float64(time.Hour))
	a := &parallax.Article{
		Outlet:    g.outlets[g.r.IntN(len(g.outlets))],
		Title:     strings.ToUpper(title[0][:1]) + strings.Join(title, " ")[1:],
		Published: e.start.Add(min(delay, 4*24*time.Hour)),
		Language:  "en",
		Text:      strings.Join(paras, "\n\n"),
	}
	setEvent(a, e.id)
	e.arts = append(e.arts, a)
	return a
}

// sentence writes one sentence: a third the event's own words, names and
// numbers, some topic words, the rest common words.
func (g *generator) sentence(e *event) string {
	n := 9 + g.r.IntN(12)
	words := make([]string, 0, n)
	for len(words) < n {
		switch x := g.r.IntN(100); {
		case x < 14:
			words = append(words, e.words[g.r.IntN(len(e.words))])
		case x < 20:
			words = append(words, e.names[g.r.IntN(len(e.names))])
		case x < 23:
			words = append(words, e.numbers[g.r.IntN(len(e.numbers))])
		case x < 33:
			words = append(words, e.topic.words[g.r.IntN(len(e.topic.words))])
		case x < 60:
			words = append(words, functionWords[g.r.IntN(len(functionWords))])
		default:
			words = append(words, g.common[g.zipf.Uint64()])
		}
	}
	s := strings.Join(words, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// copies turns about one article in twenty into a copy of an earlier
// article of its event: the same text under another headline and outlet,
// its last paragraph dropped and its quotes curled.
func (g *generator) copies(stream []*parallax.Article, events []*event) {
	for _, e := range events {
		for k := 1; k < len(e.arts); k++ {
			if g.r.IntN(20) != 0 {
				continue
			}
			orig, c := e.arts[g.r.IntN(k)], e.arts[k]
			if !orig.Published.Before(c.Published) {
				continue
			}
			text := orig.Text
			if i := strings.LastIndex(text, "\n\n"); i > 0 {
				text = text[:i]
			}
			c.Text = strings.ReplaceAll(text, "'", "’")
		}
	}
}

// setEvent records the gold event of a synthetic article.
func setEvent(a *parallax.Article, id int) {
	a.Extra = map[string]json.RawMessage{"event": json.RawMessage(strconv.Itoa(id))}
}
