package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestParseDate(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	for _, tc := range []struct {
		raw  string
		want time.Time // zero: rejected
	}{
		{"2024-03-14T08:30:00+01:00", time.Date(2024, 3, 14, 7, 30, 0, 0, time.UTC)},
		{"2024-03-14T08:30:00.250Z", time.Date(2024, 3, 14, 8, 30, 0, 250e6, time.UTC)},
		{"2024-03-14T08:30:00+0100", time.Date(2024, 3, 14, 7, 30, 0, 0, time.UTC)},
		{"2024-03-14", time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)},
		{" 2024-03-14 08:30:00 ", time.Date(2024, 3, 14, 8, 30, 0, 0, time.UTC)},
		{"Thu, 14 Mar 2024 08:30:00 GMT", time.Date(2024, 3, 14, 8, 30, 0, 0, time.UTC)},
		// Abbreviations get their real offset, not UTC.
		{"November 19, 2019, 07:47 PM EST", time.Date(2019, 11, 19, 19, 47, 0, 0, est)},
		{"1710405000", time.Date(2024, 3, 14, 8, 30, 0, 0, time.UTC)},
		{"0001-01-01T00:00:00Z", time.Time{}},
		{"last Tuesday", time.Time{}},
		{"", time.Time{}},
	} {
		got, ok := parseDate(tc.raw)
		if ok != !tc.want.IsZero() || ok && !got.Equal(tc.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tc.raw, got, ok, tc.want)
		}
	}
}

func TestPageDate(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"open graph beats json-ld",
			`<head><script type="application/ld+json">{"datePublished":"2020-01-02"}</script>
			<meta property="article:published_time" content="2021-05-06T07:08:09Z"></head>`,
			"2021-05-06T07:08:09Z"},
		{"json-ld in a graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-02-03T04:05:06Z"}]}</script>`,
			"2022-02-03T04:05:06Z"},
		{"invalid json-ld still read",
			`<script type="application/ld+json">{"headline":"x", "datePublished": "2022-02-03T04:05:06Z",}</script>`,
			"2022-02-03T04:05:06Z"},
		{"itemprop",
			`<body><p>By A. Writer <time itemprop="datePublished" datetime="2023-07-08T09:10:11Z">8 July</time></p></body>`,
			"2023-07-08T09:10:11Z"},
		{"modified is not published",
			`<meta property="article:modified_time" content="2023-07-08T09:10:11Z">`, ""},
		{"dates in text are not read",
			`<body><p>Published on 14 March 2024 at 08:30.</p><time datetime="2024-03-14">today</time></body>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := pageDate(root)
			if tc.want == "" {
				if !got.IsZero() {
					t.Errorf("pageDate = %v, want none", got)
				}
				return
			}
			want, _ := time.Parse(time.RFC3339, tc.want)
			if !got.Equal(want) {
				t.Errorf("pageDate = %v, want %v", got, want)
			}
		})
	}
}

func TestHasProse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Home\n\nWorld news\n\nSport", false},
		{"Northern tram line delayed until next winter Fish market rebuild wins architecture prize", false},
		{"Short. Sentences.", false},
		{"Menu\n\nThe council voted on Tuesday to close the old harbour bridge for three months of repairs.", true},
		{"新しい橋の工事は来月から始まり、三か月続く予定だと市の担当者が説明した。周辺の道路では渋滞が予想されるため、市はバスの迂回路を発表し、住民に公共交通機関の利用を呼びかけている。", true},
	} {
		if got := hasProse(tc.text); got != tc.want {
			t.Errorf("hasProse(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPrune(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<head><style>p{}</style>
		<script>var x = "<p>";</script><script type="application/ld+json">{"a":1}</script></head>
		<body><!-- note --><p>Text<svg><text>icon</text></svg></p><noscript>Enable JS</noscript></body>`))
	if err != nil {
		t.Fatal(err)
	}
	prune(root)
	var b strings.Builder
	if err := html.Render(&b, root); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, gone := range []string{"p{}", "var x", "note", "icon", "Enable JS"} {
		if strings.Contains(got, gone) {
			t.Errorf("pruned page still holds %q: %s", gone, got)
		}
	}
	for _, kept := range []string{`{"a":1}`, "<p>Text</p>"} {
		if !strings.Contains(got, kept) {
			t.Errorf("pruned page lost %q: %s", kept, got)
		}
	}
}

func TestDropHeadline(t *testing.T) {
	for _, tc := range []struct {
		text, title, want string
	}{
		{"Bridge to close\n\nThe bridge will close.", "Bridge to close", "The bridge will close."},
		{"BRIDGE TO CLOSE\n\nThe bridge will close.", "Bridge  to close ", "The bridge will close."},
		{"Bridge to close", "Bridge to close", "Bridge to close"},
		{"Other words\n\nThe bridge will close.", "Bridge to close", "Other words\n\nThe bridge will close."},
		{"Bridge to close\n\nThe bridge will close.", "", "Bridge to close\n\nThe bridge will close."},
	} {
		if got := dropHeadline(tc.text, tc.title); got != tc.want {
			t.Errorf("dropHeadline(%q, %q) = %q, want %q", tc.text, tc.title, got, tc.want)
		}
	}
}
