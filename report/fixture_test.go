package report_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
	"unicode"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// The fixture is invented: the outlets, people and places do not exist.

var (
	generated = time.Date(2019, 10, 22, 8, 30, 0, 0, time.UTC)
	ingested  = time.Date(2019, 10, 22, 8, 0, 0, 0, time.UTC)
)

// herald has a known date at midnight (a day only), a long text that the
// lead excerpt cuts, and removed boilerplate.
func herald() *parallax.Article {
	text := strings.Join([]string{
		"The harbour bridge in Kelmar reopened to traffic on Monday morning after a refit that ran eleven months past its original schedule, the city's transport office said. Buses returned to the crossing at six o'clock, and the first cyclists were waved through shortly afterwards by engineers in orange jackets.",
		"Officials said the work replaced 214 steel cables and the whole deck surface. The final bill came to 38.5 million crowns, well above the 27 million approved by the council in 2017. Deputy mayor Ansa Velde told reporters that the overrun was caused by corrosion found only once the old deck had been lifted, and that an independent audit would be published before the end of the year.",
		"Residents on the northern shore, who had faced a forty-minute detour through the industrial estate, welcomed the reopening. \"It feels like getting a piece of the town back,\" said Tomas Rilke, who runs a bakery near the northern ramp.",
		"The transport office said a weight limit of 12 tonnes would stay in place until load tests finish in November.",
		"Ferry services that ran during the closure will stop on Friday.",
	}, "\n\n")
	return &parallax.Article{
		ID:            "u5f1c0a9e2b7d",
		Source:        "pages/herald-bridge.html",
		Outlet:        "The Coastal Herald",
		URL:           "https://coastal-herald.example/2019/10/21/harbour-bridge",
		Title:         "Harbour bridge reopens after two-year refit",
		Author:        "Mira Osk",
		Published:     time.Date(2019, 10, 21, 0, 0, 0, 0, time.UTC),
		PublishedFrom: "metadata",
		Language:      "en",
		Text:          text,
		Sentences:     sentences(text),
		Removed:       []string{"Subscribe to the Herald for 1 crown a week.", "Share this story"},
		Revision:      1,
		Ingested:      ingested,
		Quantities: []parallax.Quantity{
			{Text: "214 steel cables", Value: 214, Low: 214, High: 214, Unit: "cables", Counted: "cables",
				Modifiers: []string{"steel"}, Span: spanOf(text, "214 steel cables")},
			{Text: "38.5 million crowns", Value: 38.5e6, Low: 38.5e6, High: 38.5e6, Unit: "crowns",
				Counted: "crowns", Span: spanOf(text, "38.5 million crowns")},
			{Text: "well above the 27 million", Value: 27e6, Low: 27e6, High: math.Inf(1), Unit: "crowns",
				Span: spanOf(text, "well above the 27 million")},
		},
		Times: []parallax.TimeExpr{
			{Text: "eleven months", Type: "DURATION", Value: "P11M", Span: spanOf(text, "eleven months")},
			{Text: "Monday morning", Type: "TIME", Value: "2019-10-21TMO", Span: spanOf(text, "Monday morning")},
		},
		Entities: []parallax.Entity{
			{Text: "Kelmar", Type: "LOCATION", ID: "location:kelmar", Span: spanOf(text, "Kelmar")},
			{Text: "Ansa Velde", Type: "PERSON", ID: "person:ansa-velde", Role: "Deputy mayor", Span: spanOf(text, "Ansa Velde")},
			{Text: "Tomas Rilke", Type: "PERSON", ID: "person:tomas-rilke", Span: spanOf(text, "Tomas Rilke")},
		},
		Quotes: []parallax.Quote{
			{Speaker: "Ansa Velde", SpeakerText: "Deputy mayor Ansa Velde", Role: "Deputy mayor", Cue: "told reporters",
				Text: "the overrun was caused by corrosion found only once the old deck had been lifted", Kind: parallax.Indirect,
				Span:        spanOf(text, "the overrun was caused by corrosion found only once the old deck had been lifted"),
				SpeakerSpan: spanOf(text, "Deputy mayor Ansa Velde"), CueSpan: spanOf(text, "told reporters"),
				Entity: "person:ansa-velde"},
			{Speaker: "Tomas Rilke", SpeakerText: "Tomas Rilke", Cue: "said",
				Text: "It feels like getting a piece of the town back", Kind: parallax.Direct,
				Span:        spanOf(text, "It feels like getting a piece of the town back"),
				SpeakerSpan: spanOf(text, "Tomas Rilke"), CueSpan: headOf(spanOf(text, "said Tomas Rilke"), len("said")),
				Entity: "person:tomas-rilke"},
		},
	}
}

// spanOf is the span of the first occurrence of sub in text.
func spanOf(text, sub string) parallax.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in text")
	}
	return parallax.Span{Start: i, End: i + len(sub)}
}

// headOf returns the first n bytes of sp.
func headOf(sp parallax.Span, n int) parallax.Span {
	return parallax.Span{Start: sp.Start, End: sp.Start + n}
}

// post has a dated time with an offset, a title full of Markdown syntax,
// and paragraphs that look like list items.
func post() *parallax.Article {
	text := "KELMAR — Documents seen by the Post show that the cost of the harbour bridge refit rose by 40% between 2018 and 2019. The council was told of the rise in a closed session <b>in March</b>, according to the minutes.\n\n" +
		"1. Cable replacement: 11 million crowns\n\n" +
		"- Deck surface: 9 million crowns"
	return &parallax.Article{
		ID:            "u0d4e8f2a61c3",
		Source:        "https://kelmar-post.example/news/bridge-costs",
		Outlet:        "Kelmar Daily Post",
		URL:           "https://kelmar-post.example/news/bridge-costs",
		Title:         "*Exclusive*: bridge [refit] costs rose 40% — #2 in a_series",
		Published:     time.Date(2019, 10, 21, 14, 5, 0, 0, time.FixedZone("", 2*3600)),
		PublishedFrom: "dateline",
		Language:      "en",
		Text:          text,
		Sentences:     sentences(text),
		Revision:      2,
		Ingested:      ingested,
	}
}

// nordwacht comes from a JSONL record: an explicit id, no date, extra
// fields, and multi-byte UTF-8 text so that byte offsets differ from rune
// offsets.
func nordwacht() *parallax.Article {
	text := "Nach fast zwei Jahren Bauzeit ist die Hafenbrücke in Kelmar seit Montag wieder befahrbar. Die Stadt spricht von einem „wichtigen Tag für den Norden“.\n\n" +
		"Die Kosten für die Sanierung liegen deutlich über der ursprünglichen Planung. Eine unabhängige Prüfung soll bis Jahresende Klarheit schaffen."
	return &parallax.Article{
		ID:        "nw-2019-1021-07",
		Source:    "dumps/nordwacht.jsonl#3",
		Outlet:    "Nordwacht",
		URL:       "https://nordwacht.example/lokales/bruecke",
		Title:     "Brücke in Kelmar wieder für den Verkehr geöffnet",
		Author:    "Jörg Äsmann",
		Language:  "de",
		Text:      text,
		Sentences: sentences(text),
		Removed:   []string{"Mehr zum Thema"},
		Extra: map[string]json.RawMessage{
			"section":    json.RawMessage(`"Lokales"`),
			"tags":       json.RawMessage(`["brücke", "verkehr"]`),
			"word_count": json.RawMessage(`118`),
			"paywall":    json.RawMessage(`{"metered": true, "limit": 3}`),
		},
		Revision: 1,
		Ingested: ingested,
	}
}

// wire is a lightly edited reprint of herald from a news agency: a copy,
// in herald's story.
func wire() *parallax.Article {
	text := strings.Join([]string{
		"KELMAR (Harbour Wire) — The harbour bridge in Kelmar reopened to traffic on Monday morning after a refit that ran eleven months past its original schedule, the city's transport office said.",
		"Officials said the work replaced 214 steel cables and the whole deck surface. The final bill came to 38.5 million crowns, well above the 27 million approved by the council in 2017.",
	}, "\n\n")
	return &parallax.Article{
		ID:            "w-2019-1022-0113",
		Source:        "dumps/wire.jsonl#113",
		Outlet:        "Harbour Wire",
		Title:         "Kelmar harbour bridge reopens after refit",
		Published:     time.Date(2019, 10, 22, 6, 40, 0, 0, time.FixedZone("", 2*3600)),
		PublishedFrom: "record",
		Language:      "en",
		Text:          text,
		Sentences:     sentences(text),
		Revision:      1,
		Ingested:      ingested,
		Story:         bridgeStory,
		DuplicateOf:   "u5f1c0a9e2b7d",
		Overlap:       0.93,
	}
}

// Story ids of the sample report.
const (
	bridgeStory = "s5f1c0a9e2b7d"
	costsStory  = "s0d4e8f2a61c3"
)

// stories are the sample report's stories, biggest first: the reopening
// (herald, its wire copy and nordwacht) and the costs (post, and an article
// the report does not hold). The costs story is related to the reopening
// and to a story outside the report.
func stories() []*parallax.Story {
	return []*parallax.Story{{
		ID:        bridgeStory,
		Title:     "Harbour bridge reopens after two-year refit",
		Articles:  []string{"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07"},
		Outlets:   []string{"Harbour Wire", "Nordwacht", "The Coastal Herald"},
		FirstSeen: time.Date(2019, 10, 21, 0, 0, 0, 0, time.UTC),
		LastSeen:  time.Date(2019, 10, 22, 6, 40, 0, 0, time.FixedZone("", 2*3600)),
		Related:   []string{costsStory},
		Timeline:  bridgeTimeline(),
		Quotes: []parallax.StoryQuote{{Speaker: "Ansa Velde",
			Text: "the overrun was caused by corrosion found only once the old deck had been lifted", Kind: parallax.Indirect,
			Articles: []string{"u5f1c0a9e2b7d"}, Date: time.Date(2019, 10, 21, 0, 0, 0, 0, time.UTC),
			Wordings: []parallax.Wording{{Article: "u5f1c0a9e2b7d",
				Text: "the overrun was caused by corrosion found only once the old deck had been lifted",
				Span: spanOf(herald().Text, "the overrun was caused by corrosion found only once the old deck had been lifted")}}}},
		Speakers: []parallax.Speaker{{Name: "Ansa Velde", Aliases: []string{"Velde"}, Roles: []string{"Deputy mayor"},
			Articles: []string{"u5f1c0a9e2b7d"}, Entity: "person:ansa-velde"}},
		Entities: []parallax.StoryEntity{
			{ID: "location:kelmar", Name: "Kelmar", Type: "LOCATION", Aliases: []string{"KELMAR"},
				Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07"}},
			{ID: "person:ansa-velde", Name: "Ansa Velde", Type: "PERSON", Roles: []string{"Deputy mayor"},
				Articles: []string{"u5f1c0a9e2b7d"}},
		},
		Facts: []parallax.Fact{{Kind: parallax.FactDate, Key: "ferry services stop", Status: parallax.Differ,
			Note: "one day apart",
			Values: []parallax.FactValue{
				{Value: "2019-10-25", Text: "on Friday", Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113"}, Sources: 1,
					Wordings: []parallax.Wording{{Article: "u5f1c0a9e2b7d", Text: "on Friday", Span: spanOf(herald().Text, "on Friday")}}},
				{Value: "2019-10-26", Text: "am Samstag", Articles: []string{"nw-2019-1021-07"}, Sources: 1},
			}}, {Kind: parallax.FactQuantity, Key: "steel cables replaced", Status: parallax.Single,
			Values: []parallax.FactValue{{Value: "214 cables", Text: "214 steel cables",
				Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113"}, Sources: 1, Attributed: "Officials"}}}},
		Unique: []parallax.Unique{{Article: "nw-2019-1021-07", Text: "Eine unabhängige Prüfung soll bis Jahresende Klarheit schaffen.",
			Span: spanOf(nordwacht().Text, "Eine unabhängige Prüfung soll bis Jahresende Klarheit schaffen.")}},
		Coverage: []parallax.Coverage{
			{Outlet: "Harbour Wire", Articles: []string{"w-2019-1022-0113"}, Facts: 1, Share: 1},
			{Outlet: "Nordwacht", Articles: []string{"nw-2019-1021-07"}, Facts: 1, Share: 1, Unique: 1},
			{Outlet: "The Coastal Herald", Articles: []string{"u5f1c0a9e2b7d"}, Facts: 1, Share: 1},
		},
	}, {
		ID:        costsStory,
		Title:     "Bridge refit costs rose 40%",
		Articles:  []string{"u0d4e8f2a61c3", "u9a8b7c6d5e4f"},
		Outlets:   []string{"Kelmar Daily Post", "Kelmar Radio"},
		FirstSeen: time.Date(2019, 10, 21, 14, 5, 0, 0, time.FixedZone("", 2*3600)),
		LastSeen:  time.Date(2019, 10, 21, 18, 0, 0, 0, time.FixedZone("", 2*3600)),
		Related:   []string{bridgeStory, "s77aa01c3e9f0"},
	}}
}

// bridgeTimeline is the reopening story's timeline: every granularity but
// the week's, an actor the summary names, one it does not, one entry
// without an actor, a summary long enough to wrap, and an entry whose
// sources disagree on its date. The costs story has
// none, so the reports show a story without a timeline too.
func bridgeTimeline() []parallax.TimelineEntry {
	return []parallax.TimelineEntry{
		{Date: "2017", Granularity: "year", Summary: "The council approved 27 million crowns for the refit.",
			Actor: "The council", Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113"}},
		{Date: "2019-10-21", Granularity: "day",
			Summary: "The harbour bridge in Kelmar reopened to traffic on Monday morning after a refit that ran eleven months past its original schedule, the city's transport office said.",
			Actor:   "the city's transport office", Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07"}},
		{Date: "2019-10-25", Granularity: "day", Summary: "Ferry services that ran during the closure stop.",
			Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113", "nw-2019-1021-07"},
			Dates: []parallax.TimelineDate{
				{Date: "2019-10-25", Articles: []string{"u5f1c0a9e2b7d", "w-2019-1022-0113"}},
				{Date: "2019-10-26", Articles: []string{"nw-2019-1021-07"}},
			}},
		{Date: "2019-11", Granularity: "month", Summary: "Load tests finish; the weight limit of 12 tonnes stays until then.",
			Actor: "Transport office", Articles: []string{"u5f1c0a9e2b7d"}},
	}
}

// assign puts the sample articles into the sample stories.
func assign(articles ...*parallax.Article) []*parallax.Article {
	story := map[string]string{"u5f1c0a9e2b7d": bridgeStory, "nw-2019-1021-07": bridgeStory, "u0d4e8f2a61c3": costsStory}
	for _, a := range articles {
		if s, ok := story[a.ID]; ok {
			a.Story = s
		}
	}
	return articles
}

// sampleReport is the report the golden files show.
func sampleReport() *report.Report {
	return &report.Report{
		Generated: generated,
		Articles:  assign(herald(), post(), nordwacht(), wire()),
		Stories:   stories(),
		Failures: []*parallax.InputError{
			{Source: "pages/broken.html", Err: parallax.Errorf(parallax.ENOARTICLE, "no article text found")},
			{Source: "https://gone.example/story", Err: parallax.Errorf(parallax.EFETCH, "HTTP 404 Not Found")},
		},
		Notes: []string{"1 duplicate input skipped: pages/herald-bridge-copy.html"},
	}
}

// sentences splits text at ".", "!" or "?" followed by white space or the
// end: enough for the fixture, whose abbreviations have no dots.
func sentences(text string) []parallax.Span {
	var out []parallax.Span
	start := -1
	for i, r := range text {
		switch {
		case start < 0:
			if !unicode.IsSpace(r) {
				start = i
			}
		case r == '.' || r == '!' || r == '?':
			end := i + 1
			if end == len(text) || text[end] == ' ' || text[end] == '\n' {
				out = append(out, parallax.Span{Start: start, End: end})
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, parallax.Span{Start: start, End: len(strings.TrimRightFunc(text, unicode.IsSpace))})
	}
	return out
}

// TestFixtureSentences keeps the fixture honest: its spans are byte
// offsets that cut text into whole sentences.
func TestFixtureSentences(t *testing.T) {
	a := herald()
	if got, want := len(a.Sentences), 9; got != want {
		t.Fatalf("len(Sentences)=%d, want %d", got, want)
	}
	if got, want := a.Text[a.Sentences[3].Start:a.Sentences[3].End], "The final bill came to 38.5 million crowns, well above the 27 million approved by the council in 2017."; got != want {
		t.Fatalf("sentence 3=%q, want %q", got, want)
	}
}

// noStoriesReport is the sample report as it was before stories: the
// first three articles, unassigned, and no stories.
func noStoriesReport() *report.Report {
	r := sampleReport()
	r.Articles, r.Stories = []*parallax.Article{herald(), post(), nordwacht()}, nil
	return r
}

// exampleReport is the small report whose JSON docs/json.md shows as its
// complete example; TestJSONDocExample keeps the two identical.
func exampleReport() *report.Report {
	times := "The Kelmar harbour bridge reopened on Monday. The refit ran eleven months late.\n\nFerries stop on Friday."
	nw := "Die Hafenbrücke ist wieder befahrbar. Die Kosten stiegen um 40 %."
	return &report.Report{
		Generated: generated,
		Articles: []*parallax.Article{{
			ID:            "u3b9e41c07d2a",
			Source:        "https://harbour-times.example/bridge-reopens",
			Outlet:        "Harbour Times",
			URL:           "https://harbour-times.example/bridge-reopens",
			Title:         "Kelmar bridge reopens",
			Author:        "Lena Brandt",
			Published:     time.Date(2019, 10, 21, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
			PublishedFrom: "metadata",
			Language:      "en",
			Text:          times,
			Sentences:     sentences(times),
			Removed:       []string{"Sign up for our newsletter"},
			Revision:      1,
			Ingested:      ingested,
			Story:         "s3b9e41c07d2a",
		}, {
			ID:        "nw-2019-1021-07",
			Source:    "dumps/nordwacht.jsonl#3",
			Outlet:    "Nordwacht",
			Title:     "Brücke wieder offen",
			Language:  "de",
			Text:      nw,
			Sentences: sentences(nw),
			Extra: map[string]json.RawMessage{
				"section": json.RawMessage(`"Lokales"`),
				"tags":    json.RawMessage(`["brücke","verkehr"]`),
			},
			Story: "s3b9e41c07d2a",
		}},
		Failures: []*parallax.InputError{
			{Source: "pages/broken.html", Err: parallax.Errorf(parallax.ENOARTICLE, "no article text found")},
		},
		Notes: []string{"1 duplicate input skipped"},
		Stories: []*parallax.Story{{
			ID:        "s3b9e41c07d2a",
			Title:     "Kelmar bridge reopens",
			Articles:  []string{"u3b9e41c07d2a", "nw-2019-1021-07"},
			Outlets:   []string{"Harbour Times", "Nordwacht"},
			FirstSeen: time.Date(2019, 10, 21, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
			LastSeen:  time.Date(2019, 10, 21, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
			Timeline: []parallax.TimelineEntry{
				{Date: "2019-10-21", Granularity: "day", Summary: "The Kelmar harbour bridge reopened on Monday.",
					Articles: []string{"u3b9e41c07d2a", "nw-2019-1021-07"}},
				{Date: "2019-10", Granularity: "month", Summary: "The Kelmar council approved the final bill.",
					Actor: "The Kelmar council", Articles: []string{"u3b9e41c07d2a"}},
			},
			Facts: []parallax.Fact{{Kind: parallax.FactQuantity, Key: "refit costs rose", Status: parallax.Single,
				Values: []parallax.FactValue{{Value: "40 percent", Text: "40 %", Articles: []string{"nw-2019-1021-07"},
					Sources: 1, Wordings: []parallax.Wording{{Article: "nw-2019-1021-07", Text: "40 %", Span: spanOf(nw, "40 %")}}}}}},
			Coverage: []parallax.Coverage{
				{Outlet: "Harbour Times", Articles: []string{"u3b9e41c07d2a"}},
				{Outlet: "Nordwacht", Articles: []string{"nw-2019-1021-07"}, Unique: 1},
			},
		}},
	}
}
