package report

import (
	"bytes"
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// This file draws a story's timeline in the text and Markdown formats:
// one line (or table row) per entry with its date, what happened, and the
// articles that report it. An empty timeline draws nothing, so reports
// without timelines read as before.

// timelineDate is how an entry's date shows: its TIMEX3 value, which is
// already at the entry's granularity ("2019-10-21", "2019-10", "2019-W43").
func timelineDate(e parallax.TimelineEntry) string {
	if e.Date == "" {
		return "undated"
	}
	return e.Date
}

// timelineWhat splits what an entry says into the text before its actor,
// the actor, and the text after, so that a format can mark the actor where
// the summary names it. An actor the summary does not name leads it
// ("Actor: summary"). White space is collapsed; all three are "" for an
// entry with nothing to say.
func timelineWhat(e parallax.TimelineEntry) (before, actor, after string) {
	summary, actor := collapse(e.Summary), collapse(e.Actor)
	switch i := strings.Index(summary, actor); {
	case actor == "":
		return summary, "", ""
	case i >= 0:
		return summary[:i], actor, summary[i+len(actor):]
	case summary == "":
		return "", actor, ""
	default:
		return "", actor, ": " + summary
	}
}

// otherDates returns the dates an entry's sources give other than the
// entry's own, which the text formats show after what happened, "(dated
// 2019-10-22 by [3])"; none when the sources agree.
func otherDates(e parallax.TimelineEntry) []parallax.TimelineDate {
	var out []parallax.TimelineDate
	for _, d := range e.Dates {
		if d.Date != e.Date {
			out = append(out, d)
		}
	}
	return out
}

// articleNumbers maps article ids to their 1-based place in articles, the
// first of a repeated id winning, as the text formats number them.
func articleNumbers(articles []*parallax.Article) map[string]int {
	numbers := make(map[string]int, len(articles))
	for i := len(articles) - 1; i >= 0; i-- {
		numbers[articles[i].ID] = i + 1
	}
	return numbers
}

// numberRefs names an entry's articles by the numbers the text report
// shows them under, "[4] [11]", and by id one that it does not show.
func numberRefs(ids []string, numbers map[string]int) string {
	refs := make([]string, 0, len(ids))
	for _, id := range ids {
		if n := numbers[id]; n > 0 {
			refs = append(refs, "["+strconv.Itoa(n)+"]")
		} else {
			refs = append(refs, "["+id+"]")
		}
	}
	return strings.Join(refs, " ")
}

// minTimelineText is the narrowest column, in display columns, that the
// text of a timeline entry gets beside its date; on a narrower terminal
// the date goes on a line of its own above the text.
const minTimelineText = 24

// timeline writes a story's timeline under a "Timeline" heading, each
// entry as its date in a column of its own and what happened wrapped
// beside it, then the numbers of its articles. The actor is bold when
// colour is on.
func (t *textWriter) timeline(indent string, tl []parallax.TimelineEntry, numbers map[string]int) {
	if len(tl) == 0 {
		return
	}
	t.blank()
	t.line(indent + t.st.bold("Timeline"))
	dateCols := 0
	for _, e := range tl {
		dateCols = max(dateCols, textWidth(timelineDate(e)))
	}
	cont := indent + strings.Repeat(" ", dateCols+2)
	stacked := t.cols-textWidth(cont) < minTimelineText
	if stacked {
		cont = indent + "  "
	}
	for _, e := range tl {
		date := timelineDate(e)
		first := indent + date + strings.Repeat(" ", dateCols-textWidth(date)+2)
		if stacked {
			t.line(indent + date)
			first = cont
		}
		before, actor, after := timelineWhat(e)
		what := strings.TrimSpace(before + actor + after)
		if what == "" {
			what = "(no summary)"
		}
		text := what + " " + numberRefs(e.Articles, numbers)
		if other := otherDates(e); len(other) > 0 {
			parts := make([]string, len(other))
			for i, d := range other {
				parts[i] = d.Date + " by " + numberRefs(d.Articles, numbers)
			}
			text += " (dated " + strings.Join(parts, "; ") + ")"
		}
		t.block(first, cont, text, t.actorPainter(actor))
	}
}

// actorPainter returns a paint function for the wrapped lines of one entry
// that makes the first whole occurrence of actor bold. Wrapping comes
// first, so an actor broken across two lines stays plain.
func (t *textWriter) actorPainter(actor string) func(string) string {
	if !t.st.on || actor == "" {
		return plain
	}
	done := false
	return func(line string) string {
		if done {
			return line
		}
		i := strings.Index(line, actor)
		if i < 0 {
			return line
		}
		done = true
		return line[:i] + t.st.bold(actor) + line[i+len(actor):]
	}
}

// mdTimeline writes a story's timeline as a table under a heading of the
// given level ("##", "####"): date, what happened with the actor in bold,
// and who reported it, by outlet (by id for an article not at hand).
func mdTimeline(buf *bytes.Buffer, level string, tl []parallax.TimelineEntry, byID map[string]*parallax.Article) {
	if len(tl) == 0 {
		return
	}
	buf.WriteString("\n" + level + " Timeline\n\n")
	buf.WriteString("| Date | What happened | Reported by |\n|------|---------------|-------------|\n")
	for _, e := range tl {
		before, actor, after := timelineWhat(e)
		what := mdEscapeKeep(before)
		if actor != "" {
			what += "**" + mdEscapeKeep(actor) + "**"
		}
		what += mdEscapeKeep(after)
		if what == "" {
			what = "*(no summary)*"
		}
		if other := otherDates(e); len(other) > 0 {
			parts := make([]string, len(other))
			for i, d := range other {
				parts[i] = mdEscape(d.Date) + " by " + mdReporters(d.Articles, byID)
			}
			what += " *(dated " + strings.Join(parts, "; ") + ")*"
		}
		buf.WriteString("| " + mdEscape(timelineDate(e)) + " | " + what + " | " + mdReporters(e.Articles, byID) + " |\n")
	}
}

// mdReporters names the articles of an entry by their outlets, each once,
// in the entry's order: which outlets report a happening is what a reader
// compares. An article not at hand, or without an outlet, shows its id.
func mdReporters(ids []string, byID map[string]*parallax.Article) string {
	var names []string
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		name := codeSpan(id)
		if a := byID[id]; a != nil && a.Outlet != "" {
			name = mdEscape(a.Outlet)
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return strings.Join(names, itemSep)
}

// mdEscapeKeep is mdEscape for a piece of an already collapsed line: the
// same escapes, but the spaces at its ends stay, since they join it to
// the pieces beside it.
func mdEscapeKeep(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
