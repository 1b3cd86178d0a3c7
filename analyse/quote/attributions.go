package quote

import (
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Attributions turns quotes, as analyse/quote finds them, into
// attribution relations, so that they can be scored against annotations and read by the
// attribution tagger as hints: the parts of one
// quotation (the same speaker and cue spans, a direct quote
// broken by its attribution) become one relation with a discontinuous
// content; a part inside an earlier statement of the same cue is left to
// it. A reported statement's content starts with its "that", as PolNeAR
// marks it.
func Attributions(text string, qs []parallax.Quote) []parallax.Attribution {
	var out []parallax.Attribution
	index := map[[2]parallax.Span]int{}
	for _, q := range qs {
		content := q.Span
		if before := strings.TrimRight(text[:content.Start], " "); q.Kind == parallax.Indirect && strings.HasSuffix(before, " that") {
			content.Start = len(before) - len("that")
		}
		key := [2]parallax.Span{q.SpeakerSpan, q.CueSpan}
		if i, ok := index[key]; ok && q.Cue != "" {
			if last := out[i].Content[len(out[i].Content)-1]; content.Start >= last.End {
				out[i].Content = append(out[i].Content, content)
			}
			continue
		}
		a := parallax.Attribution{Content: []parallax.Span{content}}
		if q.SpeakerText != "" {
			a.Source = []parallax.Span{q.SpeakerSpan}
		}
		if q.Cue != "" {
			a.Cue = []parallax.Span{q.CueSpan}
		}
		index[key] = len(out)
		out = append(out, a)
	}
	return out
}
