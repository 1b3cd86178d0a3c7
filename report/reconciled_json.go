package report

import (
	"math"

	parallax "github.com/parallax-news/parallax"
)

// QuoteJSON is the JSON shape of one attribution in an article.
type QuoteJSON struct {
	Speaker     string `json:"speaker"`
	SpeakerText string `json:"speaker_text"`
	Role        string `json:"role"`
	Cue         string `json:"cue"`
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	// Entity is the speaker's canonical entity id, "" when the speaker
	// is not a recognised entity.
	Entity string `json:"entity"`
	// Offsets of speaker_text and cue in the text; 0 and 0 when not
	// written (a quote with no speaker in its sentence).
	SpeakerStart int `json:"speaker_start"`
	SpeakerEnd   int `json:"speaker_end"`
	CueStart     int `json:"cue_start"`
	CueEnd       int `json:"cue_end"`
}

// StoryQuoteJSON is the JSON shape of one statement as a story's articles
// report it.
type StoryQuoteJSON struct {
	Speaker  string        `json:"speaker"`
	Text     string        `json:"text"`
	Kind     string        `json:"kind"`
	Articles []string      `json:"articles"`
	Wordings []WordingJSON `json:"wordings"`
	Date     *string       `json:"date"`
}

// WordingJSON is one article's exact words for a statement or a value.
type WordingJSON struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// SpeakerJSON is the JSON shape of one speaker of a story.
type SpeakerJSON struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Articles []string `json:"articles"`
	Entity   string   `json:"entity"`
}

// StoryEntityJSON is the JSON shape of one entity of a story.
type StoryEntityJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Country  string   `json:"country"`
	Articles []string `json:"articles"`
}

// FactJSON is the JSON shape of one fact lined up across a story's
// articles.
type FactJSON struct {
	Kind   string          `json:"kind"`
	Key    string          `json:"key"`
	Status string          `json:"status"`
	Values []FactValueJSON `json:"values"`
	Note   string          `json:"note"`
}

// FactValueJSON is one value of a fact with the articles that give it.
type FactValueJSON struct {
	Value      string        `json:"value"`
	Text       string        `json:"text"`
	Articles   []string      `json:"articles"`
	Sources    int           `json:"sources"`
	Attributed string        `json:"attributed"`
	Via        string        `json:"via"`
	Wordings   []WordingJSON `json:"wordings"`
}

// UniqueJSON is a detail only one outlet reports.
type UniqueJSON struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// CoverageJSON is one outlet's part in a story.
type CoverageJSON struct {
	Outlet   string   `json:"outlet"`
	Articles []string `json:"articles"`
	Facts    int      `json:"facts"`
	Share    float64  `json:"share"`
	Unique   int      `json:"unique"`
	Missing  []string `json:"missing"`
}

func newQuotesJSON(qs []parallax.Quote) []QuoteJSON {
	out := make([]QuoteJSON, 0, len(qs))
	for _, q := range qs {
		out = append(out, QuoteJSON{
			Speaker: q.Speaker, SpeakerText: q.SpeakerText, Role: q.Role, Cue: q.Cue, Text: q.Text,
			Kind: q.Kind, Start: q.Span.Start, End: q.Span.End, Entity: q.Entity,
			SpeakerStart: q.SpeakerSpan.Start, SpeakerEnd: q.SpeakerSpan.End,
			CueStart: q.CueSpan.Start, CueEnd: q.CueSpan.End,
		})
	}
	return out
}

func newWordingsJSON(ws []parallax.Wording) []WordingJSON {
	out := make([]WordingJSON, 0, len(ws))
	for _, w := range ws {
		out = append(out, WordingJSON{Article: w.Article, Text: w.Text, Start: w.Span.Start, End: w.Span.End})
	}
	return out
}

func newStoryQuotesJSON(qs []parallax.StoryQuote) []StoryQuoteJSON {
	out := make([]StoryQuoteJSON, 0, len(qs))
	for _, q := range qs {
		out = append(out, StoryQuoteJSON{Speaker: q.Speaker, Text: q.Text, Kind: q.Kind,
			Articles: list(q.Articles), Wordings: newWordingsJSON(q.Wordings), Date: jsonTime(q.Date)})
	}
	return out
}

func newSpeakersJSON(ss []parallax.Speaker) []SpeakerJSON {
	out := make([]SpeakerJSON, 0, len(ss))
	for _, s := range ss {
		out = append(out, SpeakerJSON{Name: s.Name, Aliases: list(s.Aliases), Roles: list(s.Roles),
			Articles: list(s.Articles), Entity: s.Entity})
	}
	return out
}

func newStoryEntitiesJSON(es []parallax.StoryEntity) []StoryEntityJSON {
	out := make([]StoryEntityJSON, 0, len(es))
	for _, e := range es {
		out = append(out, StoryEntityJSON{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: list(e.Aliases),
			Roles: list(e.Roles), Country: e.Country, Articles: list(e.Articles)})
	}
	return out
}

func newFactsJSON(fs []parallax.Fact) []FactJSON {
	out := make([]FactJSON, 0, len(fs))
	for _, f := range fs {
		j := FactJSON{Kind: f.Kind, Key: f.Key, Status: f.Status, Note: f.Note,
			Values: make([]FactValueJSON, 0, len(f.Values))}
		for _, v := range f.Values {
			j.Values = append(j.Values, FactValueJSON{Value: v.Value, Text: v.Text, Articles: list(v.Articles),
				Sources: v.Sources, Attributed: v.Attributed, Via: v.Via, Wordings: newWordingsJSON(v.Wordings)})
		}
		out = append(out, j)
	}
	return out
}

func newUniqueJSON(us []parallax.Unique) []UniqueJSON {
	out := make([]UniqueJSON, 0, len(us))
	for _, u := range us {
		out = append(out, UniqueJSON{Article: u.Article, Text: u.Text, Start: u.Span.Start, End: u.Span.End})
	}
	return out
}

func newCoverageJSON(cs []parallax.Coverage) []CoverageJSON {
	out := make([]CoverageJSON, 0, len(cs))
	for _, c := range cs {
		share := c.Share
		if math.IsNaN(share) || math.IsInf(share, 0) {
			share = 0
		}
		out = append(out, CoverageJSON{Outlet: c.Outlet, Articles: list(c.Articles), Facts: c.Facts,
			Share: share, Unique: c.Unique, Missing: list(c.Missing)})
	}
	return out
}

// list copies xs, nil as [].
func list(xs []string) []string { return append([]string{}, xs...) }
