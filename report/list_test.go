package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/report"
)

func TestWriteStoryList(t *testing.T) {
	var text, md bytes.Buffer
	if err := report.WriteStoryList(&text, report.FormatText, stories(), report.Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := text.String()
	for _, want := range []string{
		"Stories (2)",
		"1. Harbour bridge reopens after two-year refit",
		"3 articles · 3 outlets · 2019-10-21 – 2019-10-22 · id " + bridgeStory,
		"1 disagreement · 0 established · 1 from one outlet · 1 quoted statement",
		"2. Bridge refit costs rose 40%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text listing lacks %q:\n%s", want, out)
		}
	}
	// A story not reconciled has no findings line.
	if strings.Count(out, "established") != 1 {
		t.Errorf("findings for a story without facts:\n%s", out)
	}
	if err := report.WriteStoryList(&md, report.FormatMarkdown, stories(), report.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| 1 | Harbour bridge reopens after two-year refit | 3 | 3 | 2019-10-21 – 2019-10-22 | 1 | 0 | 1 | 1 | `"+bridgeStory+"` |") {
		t.Errorf("markdown listing:\n%s", md.String())
	}
	if err := report.WriteStoryList(&md, report.FormatJSON, stories(), report.Options{}); err == nil {
		t.Error("a JSON listing was written; the JSON report is the full one")
	}
}
