package reconcile_test

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// named marks the first occurrence of name in a as an entity of type typ,
// as the entity tagger would.
func named(a *parallax.Article, name, typ string) *parallax.Article {
	i := strings.Index(a.Text, name)
	a.Entities = append(a.Entities, parallax.Entity{Text: name, Type: typ, Span: parallax.Span{Start: i, End: i + len(name)}})
	return a
}

// differing returns the quantity facts that differ.
func differing(s *parallax.Story) []parallax.Fact {
	return facts(s, parallax.FactQuantity, parallax.Differ)
}

// TestFigureHolder checks that figures of different people are no rivals:
// "Dalk's 23 points" and "Voss's 19 points"; a record Brandt holds and the
// figure that passed it; and that one player's figures still disagree.
func TestFigureHolder(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Ivo Dalk's 23 points led Kell United past Ostmark Rovers in the cup final on Saturday."),
		article("b", "Harbour Times", "Mara Voss's 19 points led Kell United past Ostmark Rovers in the cup final on Saturday."),
	)
	if fs := differing(s); len(fs) != 0 {
		t.Errorf("two players' points differ: %+v", fs)
	}
	s = run(
		article("a", "Northgate Wire", "Ivo Dalk's 23 points led Kell United past Ostmark Rovers in the cup final on Saturday."),
		article("b", "Harbour Times", "Mara Voss's 23 points led Kell United past Ostmark Rovers in the cup final on Saturday."),
	)
	if fs := facts(s, parallax.FactQuantity, parallax.Agree); len(fs) != 0 {
		t.Errorf("two players' points agree: %+v", fs)
	}
	record := "Dalk broke Olek Brandt's club scoring record of 2,116 points with a free throw in the first half at Kell."
	for _, passed := range []*parallax.Article{
		article("b", "Harbour Times", "The free throw gave him 2,117 career points at Kell, passing Olek Brandt's club scoring record."),
		named(article("c", "Kell Courier", "With a free throw in the first half, Ivo Dalk passed Brandt to become the club's scoring leader at Kell with 2,117 points."), "Ivo Dalk", "PERSON"),
	} {
		s = run(article("a", "Northgate Wire", record), passed)
		if fs := differing(s); len(fs) != 0 {
			t.Errorf("the record and the figure that passed it differ: %+v", fs)
		}
	}
	s = run(
		named(article("a", "Northgate Wire", "Ivo Dalk scored 23 points as Kell United beat Ostmark Rovers in the cup final on Saturday."), "Ivo Dalk", "PERSON"),
		article("b", "Harbour Times", "Ivo Dalk's 19 points were not enough as Kell United beat Ostmark Rovers in the cup final on Saturday."),
	)
	if fs := differing(s); len(fs) != 1 {
		t.Errorf("disagreements = %+v, want one: 23 or 19 points of Dalk", fs)
	}
}

// TestWholeAndShare checks that the whole a sentence takes a part of, and
// a count given as a share of another whole, are no rivals of a count of
// the part or of the whole.
func TestWholeAndShare(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Almost all of the 2.5 million people eligible cast their ballots in Ostmark on Sunday, the commission said."),
		article("b", "Harbour Times", "Some 2.44 million people cast their ballots in Ostmark on Sunday, the commission said."),
		article("c", "Kell Courier", "Some 2.44 million people, accounting for 88 percent of eligible voters, cast their ballots in Ostmark on Sunday."),
		article("d", "Ostmark Daily", "Over 2.5 million people were eligible to cast their ballots in Ostmark on Sunday."),
	)
	if fs := differing(s); len(fs) != 0 {
		t.Errorf("voters and the eligible differ: %+v", fs)
	}
	s = run(
		article("a", "Northgate Wire", "Dalk scored five of Kell United's first eight points in the second half against Ostmark."),
		article("b", "Harbour Times", "Kell United got five points from Dalk in the first minutes of the second half against Ostmark."),
	)
	if fs := differing(s); len(fs) != 0 {
		t.Errorf("a team's points and a player's differ: %+v", fs)
	}
}

// TestOutcomes checks that counts of different outcomes (injured, killed,
// marching) are not one measure, and that counts of one outcome still
// disagree.
func TestOutcomes(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Police said as many as 20,000 people marched through Kell as the riots began."),
		article("b", "Harbour Times", "Police said ten people were killed in the riots in Kell."),
		article("c", "Kell Courier", "Police said 12 people were injured in the riots in Kell."),
		article("d", "Ostmark Daily", "Police said 18 people had been injured in the riots in Kell."),
		article("e", "Kell Courier", "Police said 11 people marched to the town hall in Kell before the riots."),
	)
	fs := differing(s)
	if len(fs) != 1 || len(fs[0].Values) != 2 {
		t.Fatalf("disagreements = %+v, want one: 12 or 18 injured", fs)
	}
	for _, v := range fs[0].Values {
		if v.Value != "12 people" && v.Value != "18 people" {
			t.Errorf("value %q joins the injured", v.Value)
		}
	}
}

// TestMomentsAndPeriods checks that a peak and the present are different
// moments, that a sum over a decade is not a year's budget, that a
// habitual sentence reports no event, and that sums over the same period
// still disagree.
func TestMomentsAndPeriods(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "At one point as much as 82 percent of phone traffic to Kell was cut, the operator said."),
		article("b", "Harbour Times", "Some 65 percent of phone traffic to Kell was cut, the operator said."),
		article("c", "Kell Courier", "Mara Voss will propose a budget of 6 billion marks on Friday, the finance ministry said."),
		article("d", "Ostmark Daily", "Mara Voss will propose 5 billion marks in new spending over the next decade on Friday, the finance ministry said."),
	)
	if fs := differing(s); len(fs) != 0 {
		t.Errorf("different moments or periods differ: %+v", fs)
	}
	s = run(
		article("a", "Northgate Wire", "Kell United handed the ball over at the 27-yard line and Ostmark scored in the fourth quarter."),
		article("b", "Harbour Times", "Kell United usually hand the ball over at the 20-yard line and Ostmark score in the fourth quarter."),
	)
	if fs := differing(s); len(fs) != 0 {
		t.Errorf("a habit differs from an event: %+v", fs)
	}
	s = run(
		article("a", "Kell Courier", "Mara Voss will propose 6 billion marks in new spending over the next decade on Friday, the finance ministry said."),
		article("b", "Ostmark Daily", "Mara Voss will propose 5 billion marks in new spending over the next decade on Friday, the finance ministry said."),
	)
	if fs := differing(s); len(fs) != 1 {
		t.Errorf("disagreements = %+v, want one: 6 or 5 billion marks over the decade", fs)
	}
}

// TestFarBoundIsNoAgreement checks that an open bound far from a figure
// does not confirm it.
func TestFarBoundIsNoAgreement(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Under Ostmark law the vote is valid with a turnout of more than 50 percent of eligible voters, the commission said."),
		article("b", "Harbour Times", "The commission said 90 percent of eligible voters had taken part in the vote in Ostmark."),
	)
	for _, f := range facts(s, parallax.FactQuantity, parallax.Agree) {
		t.Errorf("agreement %+v: more than 50 percent does not confirm 90", f)
	}
}

// TestQuoteEditing checks that what editors do to a quote is no change of
// wording: words in square brackets, a month abbreviated or an ordinal
// in digits, an acronym spelt out, a phrase the speaker said twice; and
// that a changed word still differs.
func TestQuoteEditing(t *testing.T) {
	cases := []struct {
		name, a, b, want string
	}{
		{"brackets", "We must strengthen it, not weaken it, for the sake of Kell",
			"We must strengthen [the accord], not weaken it, for the sake of Kell", parallax.Agree},
		{"date", "Leaving Kell on Aug. 31 is not due to an arbitrary deadline",
			"Leaving Kell on August the 31st is not due to an arbitrary deadline", parallax.Agree},
		{"acronym", "We urge all BDU members to check the new rota as soon as possible",
			"We urge all Brennick Dockworkers' Union members to check the new rota as soon as possible", parallax.Agree},
		{"repeated", "We will not, we will not stand by and let them close the port",
			"We will not stand by and let them close the port", parallax.Agree},
		{"changed", "We should look for ways to strengthen the accord, not weaken it",
			"We should look for ways to improve the accord, not weaken it", parallax.Differ},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article("a", "Northgate Wire", `"`+c.a+`," Mayor Ivo Dalk said.`)
			b := article("b", "Harbour Times", `"`+c.b+`," Mayor Ivo Dalk said.`)
			ws := []parallax.Wording{wording(a, c.a), wording(b, c.b)}
			s := &parallax.Story{ID: "s", Quotes: []parallax.StoryQuote{{Speaker: "Ivo Dalk", Kind: parallax.Direct, Articles: []string{"a", "b"}, Wordings: ws}}}
			runStory(s, a, b)
			if fs := facts(s, parallax.FactQuote, ""); len(fs) != 1 || fs[0].Status != c.want {
				t.Errorf("quote facts = %+v, want one %s", fs, c.want)
			}
		})
	}
}

// wording is the wording of text at its first place in a.
func wording(a *parallax.Article, text string) parallax.Wording {
	i := strings.Index(a.Text, text)
	return parallax.Wording{Article: a.ID, Text: text, Span: parallax.Span{Start: i, End: i + len(text)}}
}

// TestDocumentIsNoSpeaker checks that words a source quotes from a
// document and another from a person are not put in different mouths.
func TestDocumentIsNoSpeaker(t *testing.T) {
	text := "If you are fully vaccinated, you can start doing the things you had stopped doing"
	a := article("a", "Northgate Wire", `"`+text+`," said Mara Voss, the mayor of Kell.`)
	b := article("b", "Harbour Times", `"`+text+`," Updated Ostmark Public Safety Agency guidance says.`)
	attribute(a, text, "Mara Voss")
	attribute(b, text, "Updated Ostmark Public Safety Agency guidance")
	s := &parallax.Story{ID: "s", Quotes: []parallax.StoryQuote{
		{Speaker: "Mara Voss", Kind: parallax.Direct, Articles: []string{"a"}, Wordings: []parallax.Wording{wording(a, text)}},
		{Speaker: "Updated Ostmark Public Safety Agency guidance", Kind: parallax.Direct, Articles: []string{"b"}, Wordings: []parallax.Wording{wording(b, text)}},
	}}
	runStory(s, a, b)
	if fs := facts(s, parallax.FactQuote, parallax.Differ); len(fs) != 0 {
		t.Errorf("who-said facts = %+v, want none: guidance is no one's mouth", fs)
	}
}

// TestIndirectQuestionAssertsNothing checks that "to know which residents
// have (not) been vaccinated" is no claim either way.
func TestIndirectQuestionAssertsNothing(t *testing.T) {
	s := run(
		article("a", "Northgate Wire", "Health Minister Mara Voss said it was the ministry's business to know which residents of Kell have been vaccinated."),
		article("b", "Harbour Times", "Health Minister Mara Voss said it was the ministry's business to know which residents of Kell haven't been vaccinated yet."),
	)
	if fs := facts(s, parallax.FactClaim, parallax.Differ); len(fs) != 0 {
		t.Errorf("claims = %+v, want none", fs)
	}
}

// TestClockTimeWeekday checks that "at 11:59 p.m. Saturday" names the
// same weekday as "Saturday": resolved to different weeks, it is no
// disagreement.
func TestClockTimeWeekday(t *testing.T) {
	a := article("a", "Northgate Wire", "Health Minister Mara Voss said the new mask order will go into effect at 11:59 p.m. Saturday.")
	b := article("b", "Harbour Times", "Health Minister Mara Voss said the new mask order will go into effect Saturday.")
	// The time tagger read the two Saturdays as different weeks.
	at := func(a *parallax.Article, text, typ, value string) []parallax.TimeExpr {
		i := strings.Index(a.Text, text)
		return []parallax.TimeExpr{{Text: text, Type: typ, Value: value, Span: parallax.Span{Start: i, End: i + len(text)}}}
	}
	a.Times = at(a, "11:59 p.m. Saturday", "TIME", "2025-03-22T23:59")
	b.Times = at(b, "Saturday", "DATE", "2025-03-15")
	s := run(a, b)
	if fs := facts(s, parallax.FactDate, ""); len(fs) != 1 || fs[0].Status != parallax.Agree {
		t.Errorf("date facts = %+v, want one agree", fs)
	}
}

// TestPollAnswers checks that poll shares of different answers or
// candidates are no rivals, and that two shares for one candidate still
// disagree.
func TestPollAnswers(t *testing.T) {
	poll := "In the Ostmark poll published on Friday, "
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"45 percent of voters backed the port law.", "41 percent of voters said the port law should be scrapped.", 0},
		{"45 percent of voters backed the port law.", "41 percent of voters opposed the port law.", 0},
		{"45 percent of voters backed Ivo Dalk for mayor.", "41 percent of voters backed Mara Voss for mayor.", 0},
		{"45 percent of voters backed Ivo Dalk for mayor.", "41 percent of voters backed Ivo Dalk for mayor.", 1},
	} {
		s := run(article("a", "Northgate Wire", poll+c.a), article("b", "Harbour Times", poll+c.b))
		if fs := differing(s); len(fs) != c.want {
			t.Errorf("%s / %s: disagreements = %+v, want %d", c.a, c.b, fs, c.want)
		}
	}
}
