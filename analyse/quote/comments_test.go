package quote_test

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/extract"
)

// commentPage is an invented news page whose reader comments quote
// speech ("…," the mayor said) and dispute the article's figures.
const commentPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry strike in Halden Bay enters third day | The Halden Tribune</title>
<meta property="og:site_name" content="The Halden Tribune">
<meta property="article:published_time" content="2025-06-04T09:00:00+00:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Ferry strike in Halden Bay enters third day</h1>
<div class="article-body">
<p>Ferry crews in Halden Bay stayed off work for a third day on Wednesday, leaving about 2,000 island residents without their usual crossing to the mainland.</p>
<p>"We are not asking for the moon, only for the wage we were promised two years ago," union steward Marit Olsvik told reporters at the harbour.</p>
<p>The operator, Baywater Lines, said it had offered a 3 percent rise and that the union's demand of 7 percent would force it to cut sailings.</p>
<p>Mayor Ansel Brook said the council would run a temporary water taxi from Thursday. "Nobody on the islands should be cut off from a doctor," he said.</p>
<p>Talks between the two sides are due to resume on Friday under a mediator appointed by the regional labour office.</p>
</div>
</article>
<section id="comments" class="comments-area">
<h2>23 Comments</h2>
<ol class="comment-list">
<li class="comment"><div class="comment-author">harbourwatcher</div><div class="comment-meta">2 days ago</div>
<p>"The crews have held the whole bay to ransom for years," my neighbour said yesterday, and she is right.</p><a class="reply">Reply</a></li>
<li class="comment"><div class="comment-author">islander_77</div><div class="comment-meta">1 day ago</div>
<p>Brook told us at the meeting that "the taxi will be free for pensioners". We will see.</p><a class="reply">Reply</a></li>
<li class="comment"><div class="comment-author">K. Lund</div><div class="comment-meta">5 hours ago</div>
<p>It is 3,000 residents, not 2,000. The operator said last spring that it would never cut sailings.</p><a class="reply">Reply</a></li>
</ol>
<form class="comment-form"><textarea>Leave a reply</textarea><button>Post comment</button></form>
</section>
<footer><p>© 2025 The Halden Tribune</p></footer>
</body></html>`

// TestNoQuotesFromComments runs the real extractor on a page with a
// comment section and checks that no quote comes from the comments.
func TestNoQuotesFromComments(t *testing.T) {
	ex := extract.New(extract.Options{})
	a, err := ex.Extract(parallax.Document{Source: "comments.html", Format: parallax.FormatHTML, Body: []byte(commentPage)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	// the comments hold speech Find would take, were it left in the text
	raw := `"The crews have held the whole bay to ransom for years," my neighbour said yesterday, and she is right.`
	if got := quote.Find(raw, sentence.Split(raw), nil); len(got) == 0 || !strings.Contains(got[0].Text, "ransom") {
		t.Fatalf("the comment's speech is not found on its own: %v", got)
	}
	qs := quote.Find(a.Text, sentence.Split(a.Text), nil)
	if len(qs) == 0 {
		t.Fatalf("no quotes found in the article:\n%s", a.Text)
	}
	for _, q := range qs {
		for _, bad := range []string{"ransom", "free for pensioners", "never cut sailings", "neighbour"} {
			if strings.Contains(q.Text, bad) || strings.Contains(q.SpeakerText, bad) {
				t.Errorf("quote from the comments: %+v", q)
			}
		}
	}
	// the article's own statements are there
	for _, w := range []string{"We are not asking for the moon", "Nobody on the islands should be cut off from a doctor"} {
		found := false
		for _, q := range qs {
			found = found || strings.HasPrefix(q.Text, w)
		}
		if !found {
			t.Errorf("article quote %q not found:\n%s", w, dump(qs))
		}
	}
}
