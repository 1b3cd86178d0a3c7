package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPruneBoilerplateBlocks checks the class and id conventions that mark
// reader comments, ads and prompts, and that a "paywall" or "metered"
// block wrapping the whole body is kept.
func TestPruneBoilerplateBlocks(t *testing.T) {
	body := strings.Repeat("The council approved the budget after a long debate about the harbour wall. ", 8)
	page := `<html><body><article>
<p>` + body + `</p>
<div class="meteredContent"><p>` + body + `</p></div>
<div class="paywall"><p>` + body + `</p></div>
<div class="paywall-teaser"><p>You have read 2 of your 3 free articles. Subscribe now.</p></div>
<div class="ad-slot"><span>Advertisement</span></div>
<aside class="newsletter-box"><p>Sign up for our morning briefing.</p></aside>
<div class="opinion-commentary"><p>KEEP-COMMENTARY</p></div>
<section id="comments"><h2>12 comments</h2><p>` + body + `</p></section>
<div class="disqus_thread"><p>reader view</p></div>
<ol class="comment-list"><li>great article</li></ol>
<div class="article__comments"><p>second reader</p></div>
<div id="user_comments"><p>third reader</p></div>
</article>
<div class="single-post comments-open"><p>` + body + `</p></div>
</body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	prune(root)
	var b strings.Builder
	if err := html.Render(&b, root); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	if n := strings.Count(got, "harbour wall"); n != 4*8 {
		t.Errorf("article text appears %d times after pruning, want %d (wrappers kept, comments dropped)", n, 4*8)
	}
	for _, gone := range []string{"free articles", "Advertisement", "morning briefing", "12 comments", "reader view", "great article", "second reader", "third reader"} {
		if strings.Contains(got, gone) {
			t.Errorf("pruned page still holds %q", gone)
		}
	}
	if !strings.Contains(got, "KEEP-COMMENTARY") {
		t.Error("a commentary block was dropped as reader comments")
	}
}

func TestDropHeadlineKickers(t *testing.T) {
	const title = "Ferry service resumes after storm"
	for _, tc := range []struct{ in, want string }{
		{title + "\n\nThe ferry sailed.", "The ferry sailed."},
		{"Transport\n\n" + title + "\n\nThe ferry sailed.", "The ferry sailed."},
		{"Transport\n\nIslands\n\n" + title + "\n\nThe ferry sailed.", "The ferry sailed."},
		// Three labels, or a sentence before the headline: leave the text alone.
		{"A\n\nB\n\nC\n\n" + title + "\n\nThe ferry sailed.", "A\n\nB\n\nC\n\n" + title + "\n\nThe ferry sailed."},
		{"It rained.\n\n" + title + "\n\nThe ferry sailed.", "It rained.\n\n" + title + "\n\nThe ferry sailed."},
		{"The ferry sailed.", "The ferry sailed."},
	} {
		if got := dropHeadline(tc.in, title); got != tc.want {
			t.Errorf("dropHeadline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCopyrightHolder(t *testing.T) {
	for _, tc := range []struct {
		removed []string
		want    string
	}{
		{[]string{"Share this:", "© 2025 Free Horizon. All rights reserved."}, "Free Horizon"},
		{[]string{"Copyright (c) 2019-2024 by The Harbour Voice Ltd, Brennick"}, "The Harbour Voice"},
		{[]string{"(c) 2023, Nordlicht Media | Impressum"}, "Nordlicht Media"},
		{[]string{"© All rights reserved."}, ""},
		{[]string{"Photo: Jan Kos", "Reply"}, ""},
		{nil, ""},
	} {
		if got := copyrightHolder(tc.removed); got != tc.want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", tc.removed, got, tc.want)
		}
	}
}
