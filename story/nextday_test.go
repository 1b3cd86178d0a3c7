package story_test

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story"
)

// The inquiry items are invented, short like the headline and lead of a
// news roundup: the council votes to set up an inquiry into the Nordvik
// Bridge costs, and the next afternoon names the judge who will lead it.
// The second is a new development on the same subject, told in the same
// words but sharing few names or figures with the first.
var inquiryVote = []*parallax.Article{
	{ID: "vote1", Outlet: "Northline Wire", Title: "Torvik council votes for inquiry into bridge costs",
		Text: "The Torvik council voted on Tuesday to set up an inquiry into the cost of the bridge, after months of pressure from the opposition."},
	{ID: "vote2", Outlet: "Torvik Tidende", Title: "Councillors back bridge cost inquiry",
		Text: "Torvik councillors agreed to an inquiry into how the bridge came to cost far more than the council was told."},
}

var inquiryJudge = &parallax.Article{ID: "judge", Outlet: "Radio Torvik", Title: "Judge named to lead Torvik bridge inquiry",
	Text: "A retired judge will lead the inquiry into the cost of the Torvik bridge, the council said, and is to report to councillors within a year."}

// TestNextDaySubject checks the time decay of decay: an item a day after
// a story, on its subject but sharing few of its specific details, starts
// a story of its own, though it would join under the slow decay alone;
// a report of the same event days later that repeats its names and
// figures still joins.
func TestNextDaySubject(t *testing.T) {
	run := func() (voteStory, judgeStory string) {
		x := story.NewIndex(story.Options{})
		var batch []*parallax.Article
		for _, a := range inquiryVote {
			a := *a
			a.Language, a.Published = "en", day(3, 10)
			batch = append(batch, &a)
		}
		judge := *inquiryJudge
		judge.Language, judge.Published = "en", day(4, 16)
		batch = append(batch, &judge)
		res := x.AddBatch(batch)
		if res[0].Story != res[1].Story {
			t.Fatalf("the two reports of the vote are in stories %s and %s", res[0].Story, res[1].Story)
		}
		return res[0].Story, res[2].Story
	}
	vote, judge := run()
	if judge == vote {
		t.Errorf("the next day's appointment joined the vote's story %s", vote)
	}

	// Under the slow decay alone (as if every pair shared the details of
	// one event), the appointment joins: the test says something.
	saved := *story.SharedDetail
	*story.SharedDetail = 0
	vote, judge = run()
	*story.SharedDetail = saved
	if judge != vote {
		t.Errorf("with the slow decay only, the appointment started %s apart from the vote's %s: the fixture no longer tests the rule", judge, vote)
	}

	// A detailed report of the bridge opening 2.5 days later joins it.
	x := story.NewIndex(story.Options{})
	fx := add(t, x, "wire", "own")
	late := clone(fx["radio"])
	late.ID, late.Published = "radio-late", day(3, 23)
	x.Add(late)
	if late.Story != fx["own"].Story {
		t.Errorf("a detailed report 2.5 days later started %s, want the bridge story %s", late.Story, fx["own"].Story)
	}
}
