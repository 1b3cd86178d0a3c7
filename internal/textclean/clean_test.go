package textclean_test

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/textclean"
)

// paragraphs of an invented article used by the behaviour tests.
var (
	lede   = "The regional council voted on Tuesday to keep the old ferry line running through the winter, reversing a decision taken in the spring after a petition gathered more than nine thousand signatures."
	second = "Councillors said the cost of the service would be shared between the three island towns and the province, which agreed to cover the larger part of the fuel bill for the first two years."
	quote  = `"Nobody asked what it costs us," she said.`
	third  = "The operator said it would publish a winter timetable next week, with two crossings a day on weekdays and one on Sundays, and that the older of its two boats would be kept in reserve."
)

func TestCleanParagraphShapes(t *testing.T) {
	paras := []string{"Ferry line saved for the winter", lede, second, "Share this:", "Tweet", "Email", quote, "What happens next", third}
	want := strings.Join([]string{lede, second, quote, "What happens next", third}, "\n\n")
	wrap := func(s string) string { // hard-wrap at 60 columns
		var out, line []string
		n := 0
		for _, w := range strings.Fields(s) {
			if n+len(w) > 60 && n > 0 {
				out = append(out, strings.Join(line, " "))
				line, n = nil, 0
			}
			line = append(line, w)
			n += len(w) + 1
		}
		return strings.Join(append(out, strings.Join(line, " ")), "\n")
	}
	wrapped := make([]string, len(paras))
	for i, p := range paras {
		wrapped[i] = wrap(p)
	}
	tests := []struct {
		name, text string
	}{
		{"blank lines", strings.Join(paras, "\n\n")},
		{"one line each", strings.Join(paras, "\n")},
		{"CRLF", strings.Join(paras, "\r\n")},
		{"hard-wrapped", strings.Join(wrapped, "\n\n")},
		{"hard-wrapped CRLF", strings.ReplaceAll(strings.Join(wrapped, "\n\n"), "\n", "\r\n")},
		{"old Mac CR", strings.Join(paras, "\r")},
		{"extra white space", "  " + strings.Join(paras, " \n\n\n \t") + "\n"},
		{"non-breaking spaces", strings.ReplaceAll(strings.Join(paras, "\n\n"), "the winter", "the\u00a0 winter")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := textclean.Clean(tt.text)
			if got.Body != want {
				t.Errorf("Body=\n%s\nwant\n%s", got.Body, want)
			}
			if got.Title != "Ferry line saved for the winter" {
				t.Errorf("Title=%q", got.Title)
			}
			if strings.Join(got.Removed, "|") != "Share this:|Tweet|Email" {
				t.Errorf("Removed=%q", got.Removed)
			}
		})
	}
}

func TestCleanKeepsArticle(t *testing.T) {
	tests := []struct {
		name       string
		paras      []string
		keep, drop []string
		title      string
	}{{
		name:  "quote closing the article before share widgets",
		paras: []string{lede, second, quote, "Share this:", "Facebook", "Print", "© 2020 The Island Post"},
		keep:  []string{lede, second, quote},
		drop:  []string{"Facebook", "© 2020"},
	}, {
		name:  "heading followed by an advertisement",
		paras: []string{lede, "Winter timetable", "Advertisement", second},
		keep:  []string{lede, "Winter timetable", second},
		drop:  []string{"Advertisement"},
	}, {
		name:  "one-sentence lede above a photo",
		paras: []string{"Ferry line saved", "Islanders cheered as the vote was read out.", "The harbour at Port Elm.", "Photo: Lina Berg/AFP", second, third},
		keep:  []string{"Islanders cheered as the vote was read out.", second, third},
		drop:  []string{"The harbour at Port Elm.", "Lina Berg"},
		title: "Ferry line saved",
	}, {
		name:  "comment count in the byline",
		paras: []string{"Ferry line saved for the winter", "By Ana Ruiz", "March 3, 2020 at 9:00 am", "12 comments", lede, second, quote, third},
		keep:  []string{lede, second, quote, third},
		title: "Ferry line saved for the winter",
	}, {
		name:  "title repeated in a breadcrumb",
		paras: []string{"News › Islands › Ferry line saved for the winter", "Ferry line saved for the winter", lede, second, "Ferry line saved for the winter"},
		keep:  []string{lede, second},
		drop:  []string{"Ferry line saved for the winter"},
		title: "Ferry line saved for the winter",
	}, {
		name:  "site name and menu above the title",
		paras: []string{"The Island Post", "News", "Sport", "Weather", "Ferry line saved for the winter", lede, second, "© 2020 The Island Post. All rights reserved."},
		keep:  []string{lede, second},
		drop:  []string{"The Island Post", "Weather"},
		title: "Ferry line saved for the winter",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.title == "" && strings.HasPrefix(tt.paras[0], "Ferry") {
				tt.title = tt.paras[0]
			}
			got := textclean.Clean(strings.Join(tt.paras, "\n"))
			if got.Title != tt.title {
				t.Errorf("Title=%q, want %q", got.Title, tt.title)
			}
			have := map[string]bool{}
			for _, p := range strings.Split(got.Body, "\n\n") {
				have[p] = true
			}
			for _, k := range tt.keep {
				if !have[k] {
					t.Errorf("lost article paragraph %q; Body:\n%s", k, got.Body)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(got.Body, d) {
					t.Errorf("kept %q; Body:\n%s", d, got.Body)
				}
			}
		})
	}
}

func TestCleanCommentSection(t *testing.T) {
	// Comment bodies are full sentences, longer than some article
	// paragraphs; the whole section must go.
	text := strings.Join([]string{"Ferry line saved for the winter", lede, second, quote, third}, "\n\n") + commentSection +
		"\n\nislander\n\n3 days ago\n\nThis is the best news the islands have had in years, and the council should be proud of listening to the people who actually depend on the boat every single day of the week.\n\nReply"
	got := textclean.Clean(text)
	for _, c := range []string{"timetable is still a joke", "signed the petition", "best news the islands", "harbour_pilot", "Greta V.", "Newest", "8 Comments", "islander"} {
		if strings.Contains(got.Body, c) {
			t.Errorf("comment text %q kept", c)
		}
	}
	if want := strings.Join([]string{lede, second, quote, third}, "\n\n"); got.Body != want {
		t.Errorf("Body=\n%s\nwant\n%s", got.Body, want)
	}
}

func TestCleanCommentShapes(t *testing.T) {
	long := []string{lede, second, third,
		"Ferry workers said the winter crossings would need a second crew on each boat, and the operator has begun recruiting deckhands from the mainland ports for the season.",
		"The province will review the arrangement after two winters, when the new terminal at Port Elm is due to open and the older boat is expected to be retired from service."}
	tests := []struct {
		name       string
		paras      []string
		keep, drop []string
	}{{
		name: "short article",
		paras: []string{"Ferry line saved", "The council voted on Tuesday to keep the ferry running through the winter.", quote,
			"4 Comments", "Newest", "pier_watcher", "2 days ago", "Finally some good news for the islands, well done to everyone who signed.", "Reply"},
		keep: []string{"The council voted on Tuesday to keep the ferry running through the winter.", quote},
		drop: []string{"pier_watcher", "Finally some good news", "4 Comments"},
	}, {
		name: "names over relative times, no widget lines",
		paras: append(append([]string{"Ferry line saved for the winter"}, long...),
			"islander_77", "3 years ago", "About time the council listened to the people who actually use the boat.",
			"M. Okafor", "3 years ago", "The older boat should have been retired long ago, it is not safe in winter storms."),
		keep: long,
		drop: []string{"islander_77", "About time", "M. Okafor", "older boat should have been retired"},
	}, {
		name: "byline with a comment link below the standfirst",
		paras: append([]string{"Ferry line saved for the winter",
			"Islanders who fought to keep their only link to the mainland say the vote shows that a petition can still change a council's mind.",
			"By", "Ana Ruiz", "March 3, 2020 at 9:00 am", "Tweet", "Share", "Comment"}, long...),
		keep: long,
	}, {
		name: "live blog entries under clock times",
		paras: []string{"Ferry vote: live updates", "10:02 am", "Council opens", lede, "10:40 am", "Petition read out", second,
			"11:15 am", "Vote called", third, "11:30 am", "Result", long[3]},
		keep: []string{lede, second, third, long[3]},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := textclean.Clean(strings.Join(tt.paras, "\n"))
			have := map[string]bool{}
			for _, p := range strings.Split(got.Body, "\n\n") {
				have[p] = true
			}
			for _, k := range tt.keep {
				if !have[k] {
					t.Errorf("lost article paragraph %q; Body:\n%s", k, got.Body)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(got.Body, d) {
					t.Errorf("kept comment text %q", d)
				}
			}
		})
	}
}

func TestCleanDropsPageSentences(t *testing.T) {
	// Sentences about the page, not the news, below the article.
	for _, s := range []string{
		"You have read all your free articles this month. Subscribe now for unlimited access.",
		"Sign up for our newsletter to get the latest island news in your inbox every morning.",
		"We use cookies to improve your experience. By continuing to browse you accept our use of cookies.",
		"Already a subscriber? Log in to continue reading.",
	} {
		got := textclean.Clean(strings.Join([]string{"Ferry line saved for the winter", lede, second, third, s, "© 2020 The Island Post"}, "\n\n"))
		if strings.Contains(got.Body, s) {
			t.Errorf("kept %q", s)
		}
		if want := strings.Join([]string{lede, second, third}, "\n\n"); got.Body != want {
			t.Errorf("Body=\n%s\nwant\n%s", got.Body, want)
		}
	}
}

func TestCleanEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n", "Share this:\nTweet\nFacebook"} {
		got := textclean.Clean(in)
		if got.Body != "" || got.Title != "" || !got.Published.IsZero() {
			t.Errorf("Clean(%q)=%+v, want empty", in, got)
		}
	}
}
