package report

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// This file holds what every format needs to show stories: the count of
// independent sources, the wording of a story's counts and dates, the
// marking of copies, and the single-story view.

// WriteStory renders the single-story view of s (used by `parallax story
// ID`): the story's header, then each of articles in the order given with
// its whole metadata and a lead excerpt (whole texts with opt.Full), copies
// marked, then the related stories. articles are normally the story's own,
// fetched by s.Articles; ids of s.Articles without an article among them
// are listed as missing. In JSON it writes one StoryViewJSON object. An
// unknown format or a nil story is an *parallax.Error with code EINVALID.
func WriteStory(w io.Writer, format string, s *parallax.Story, articles []*parallax.Article, related []*parallax.Story, opt Options) error {
	if s == nil {
		return parallax.Errorf(parallax.EINVALID, "no story to write")
	}
	var buf bytes.Buffer
	switch format {
	case FormatText:
		writeTextStory(&buf, s, articles, related, opt)
	case FormatMarkdown:
		writeMarkdownStory(&buf, s, articles, related, opt)
	case FormatJSON:
		if err := encodeJSON(&buf, NewStoryViewJSON(s, articles, related)); err != nil {
			return err
		}
	default:
		return unknownFormat(format)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write story: %w", err)
	}
	return nil
}

// indexArticles maps ids to articles; the first of a repeated id wins.
func indexArticles(articles []*parallax.Article) map[string]*parallax.Article {
	byID := make(map[string]*parallax.Article, len(articles))
	for _, a := range articles {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = a
		}
	}
	return byID
}

// sources counts the independent sources among s's articles: each article
// is traced through DuplicateOf back to the text it copies, and every
// distinct original counts once. An article that is not in byID counts as
// independent, since nothing says it is a copy.
func sources(s *parallax.Story, byID map[string]*parallax.Article) int {
	seen := make(map[string]bool, len(s.Articles))
	for _, id := range s.Articles {
		seen[origin(id, byID)] = true
	}
	return len(seen)
}

// origin follows id's chain of copies to the first text: the first article
// on it that copies nothing, or whose record is not at hand. A cycle (a bug
// upstream) is named by its least id, so every member agrees on it.
func origin(id string, byID map[string]*parallax.Article) string {
	var chain []string
	for {
		a := byID[id]
		if a == nil || a.DuplicateOf == "" {
			return id
		}
		if i := slices.Index(chain, id); i >= 0 {
			return slices.Min(chain[i:])
		}
		chain = append(chain, id)
		id = a.DuplicateOf
	}
}

// storyCounts is the first line about a story: "3 articles (2
// independent)", its outlets and its dates.
func storyCounts(s *parallax.Story, byID map[string]*parallax.Article) []string {
	n := len(s.Articles)
	count := plural(n, "article", "articles")
	if src := sources(s, byID); src < n {
		count += " (" + strconv.Itoa(src) + " independent)"
	}
	items := []string{count}
	if len(s.Outlets) > 0 {
		items = append(items, plural(len(s.Outlets), "outlet", "outlets"))
	}
	return append(items, storySpan(s))
}

// storySpan shows when a story was seen as days: "2019-10-21 – 2019-10-23",
// one day when both ends fall on it, "dates unknown" when neither is known.
// Days rather than times: the span is for scanning, and two times with
// zones would fill a line.
func storySpan(s *parallax.Story) string {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	switch first, last := s.FirstSeen, s.LastSeen; {
	case first.IsZero() && last.IsZero():
		return "dates unknown"
	case last.IsZero():
		return "from " + day(first)
	case first.IsZero():
		return "until " + day(last)
	case day(first) == day(last):
		return day(first)
	default:
		return day(first) + " – " + day(last)
	}
}

// maxOutlets is how many outlets a story's entry in a report names before
// summing up the rest; the single-story view names them all.
const maxOutlets = 8

// outletNames lists outlets, naming at most limit of them (0 for all) and
// counting the others: "A · B · C · 5 more".
func outletNames(outlets []string, limit int) []string {
	if limit == 0 || len(outlets) <= limit {
		return outlets
	}
	names := slices.Clone(outlets[:limit])
	return append(names, strconv.Itoa(len(outlets)-limit)+" more")
}

// copyNote marks a copy: "copy of u5f1c0a9e2b7d, 93% overlap"; "" for an
// article that copies nothing.
func copyNote(a *parallax.Article) string {
	if a.DuplicateOf == "" {
		return ""
	}
	note := "copy of " + a.DuplicateOf
	if a.Overlap > 0 && !math.IsNaN(a.Overlap) {
		// Round down, with a little slack for float error (0.29*100 is
		// 28.999…): a copy never shows more overlap than it has, so 100%
		// means all of it.
		note += fmt.Sprintf(", %d%% overlap", int(math.Floor(min(a.Overlap, 1)*100+1e-6)))
	}
	return note
}

// storyRefs numbers the stories of a report, 1 for the first, so that an
// article can name its story by the number it is shown under.
type storyRefs map[string]int

func newStoryRefs(stories []*parallax.Story) storyRefs {
	refs := make(storyRefs, len(stories))
	for i, s := range stories {
		if _, ok := refs[s.ID]; !ok {
			refs[s.ID] = i + 1
		}
	}
	return refs
}

// name is how an article or a related story refers to the story id: "story
// 2" when the report shows it, "story <id>" otherwise.
func (r storyRefs) name(id string) string {
	if n, ok := r[id]; ok {
		return "story " + strconv.Itoa(n)
	}
	return "story " + id
}

// assignmentItems are an article's story and copy marks, for its entry in
// a report: "story 1 · copy of u5f…, 93% overlap".
func assignmentItems(a *parallax.Article, refs storyRefs) []string {
	var items []string
	if a.Story != "" {
		items = append(items, refs.name(a.Story))
	}
	if note := copyNote(a); note != "" {
		items = append(items, note)
	}
	return items
}

// relatedNames names the related stories of s by title where known: "Title
// (story 2)" for one the report shows, the title alone for one it does not,
// and "story <id>" when even the title is unknown. code renders an id (as
// is, or as Markdown code) and esc a title.
func relatedNames(s *parallax.Story, titles map[string]string, refs storyRefs, esc, code func(string) string) []string {
	var names []string
	for _, id := range s.Related {
		title, ok := titles[id]
		switch {
		case !ok:
			names = append(names, "story "+code(id))
		case refs[id] > 0:
			names = append(names, esc(storyTitle(title)+" ("+refs.name(id)+")"))
		default:
			names = append(names, esc(storyTitle(title)))
		}
	}
	return names
}

// storyTitles maps the ids of stories to their titles.
func storyTitles(stories []*parallax.Story) map[string]string {
	titles := make(map[string]string, len(stories))
	for _, s := range stories {
		titles[s.ID] = s.Title
	}
	return titles
}

// storyTitle returns a story's title, or a placeholder for an untitled one.
func storyTitle(t string) string {
	if strings.TrimSpace(t) == "" {
		return "(untitled story)"
	}
	return t
}

// missingArticles returns the ids of s's articles that are not in byID.
func missingArticles(s *parallax.Story, byID map[string]*parallax.Article) []string {
	var ids []string
	for _, id := range s.Articles {
		if byID[id] == nil {
			ids = append(ids, id)
		}
	}
	return ids
}
