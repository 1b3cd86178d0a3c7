package story_test

import (
	"testing"

	"github.com/parallax-news/parallax/story"
)

func TestSyntheticDeterministic(t *testing.T) {
	a, b := story.Synthetic(500, 7), story.Synthetic(500, 7)
	if len(a) != 500 || len(b) != 500 {
		t.Fatalf("len %d %d, want 500", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Text != b[i].Text || !a[i].Published.Equal(b[i].Published) {
			t.Fatalf("article %d differs between two runs with the same seed", i)
		}
		if i > 0 && a[i].Published.Before(a[i-1].Published) {
			t.Fatalf("article %d published before article %d", i, i-1)
		}
	}
	if c := story.Synthetic(500, 8); c[0].Text == a[0].Text {
		t.Error("another seed gives the same first article")
	}
	t.Logf("%s | %s\n%s", a[0].Outlet, a[0].Title, a[0].Text)
}
