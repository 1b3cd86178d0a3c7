package quote_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// article builds an invented article with its quotes found.
func article(id, outlet string, published time.Time, text string) *parallax.Article {
	a := &parallax.Article{ID: id, Outlet: outlet, Published: published, Text: text}
	a.Sentences = sentence.Split(text)
	a.Quotes = quote.Find(text, a.Sentences, nil)
	return a
}

func day(d int) time.Time { return time.Date(2025, 10, d, 12, 0, 0, 0, time.UTC) }

// groupWith returns the story quote with a wording containing s.
func groupWith(t *testing.T, qs []parallax.StoryQuote, s string) parallax.StoryQuote {
	t.Helper()
	q, ok := quoteWith(qs, s)
	if !ok {
		t.Fatalf("no story quote with %q in %d quotes", s, len(qs))
	}
	return q
}

func TestGroupVariants(t *testing.T) {
	arts := []*parallax.Article{
		article("b", "Second Post", day(19), `"We have fulfilled our mission in Kessaria, and our soldiers will come home with their heads held high," Defence Minister Ana Varela said.`),
		article("a", "First Wire", day(18), `"We have completed our mission in Kessaria, and our soldiers will come home with their heads held high," Defence Minister Ana Varela told reporters.`),
		article("c", "Third Radio", day(18).Add(time.Hour), `"We have completed our mission in Kessaria," Varela said.`),
		article("d", "Fourth Daily", time.Time{}, `"Our mission in Kessaria is accomplished, and our soldiers will return home with the head high," declared the minister, Ana Varela.`),
		article("e", "Fifth Site", day(20), `Varela said the mission in Kessaria was "completed" and that "our soldiers will come home … with their heads held high".`),
	}
	qs, speakers := quote.Group(arts)
	q := groupWith(t, qs, "fulfilled")
	if got, want := q.Articles, []string{"a", "c", "b", "e", "d"}; !slices.Equal(got, want) {
		t.Errorf("Articles = %v, want %v (earliest first, undated last)", got, want)
	}
	if q.Speaker != "Ana Varela" || q.Kind != parallax.Direct {
		t.Errorf("Speaker, Kind = %q, %q", q.Speaker, q.Kind)
	}
	if !q.Date.Equal(day(18)) {
		t.Errorf("Date = %v, want the earliest publication %v", q.Date, day(18))
	}
	if !strings.HasPrefix(q.Text, "We have completed our mission in Kessaria, and") {
		t.Errorf("Text = %q, want the most complete wording", q.Text)
	}
	last := 0
	for i, w := range q.Wordings {
		p := slices.Index(q.Articles, w.Article)
		if p < last {
			t.Errorf("Wordings[%d] from %s, want in the order of Articles %v", i, w.Article, q.Articles)
		}
		last = p
	}
	if len(speakers) != 1 || speakers[0].Name != "Ana Varela" {
		t.Fatalf("speakers = %+v, want one: Ana Varela", speakers)
	}
	if !slices.Contains(speakers[0].Aliases, "Varela") || !slices.Contains(speakers[0].Roles, "Defence Minister") {
		t.Errorf("Aliases %q, Roles %q: want Varela and Defence Minister among them", speakers[0].Aliases, speakers[0].Roles)
	}
}

func TestGroupSplitQuote(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(3), `"Our members kept this port running through the pandemic and through the floods, and they will not accept a pay cut dressed up as a pay rise," union leader Rosa Ambry told strikers.`),
		article("b", "Gazette", day(4), `"Our members kept this port running through the pandemic and the floods. They will not accept a pay cut dressed up as a pay rise," Rosa Ambry told the Gazette.`),
		article("c", "Radio", day(5), `"Our members kept this port running through the pandemic," Ambry told reporters, adding that they would not accept "a pay cut dressed up as a pay rise".`),
	}
	qs, _ := quote.Group(arts)
	q := groupWith(t, qs, "through the floods")
	if got, want := q.Articles, []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Fatalf("Articles = %v, want %v", got, want)
	}
	// the radio's two parts are both wordings of the statement
	n := 0
	for _, w := range q.Wordings {
		if w.Article == "c" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("article c gives %d wordings, want its 2 parts", n)
	}
}

func TestGroupKeepsSpeakersApart(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"We thank Veltrava for eleven years of solidarity," Foreign Minister Tomas Reyk said.`),
		article("b", "Radio", day(2), `"We thank Veltrava for eleven years of solidarity," said Anna Reyk, a teacher in Tessin.`),
		article("c", "Post", day(3), `"The mission is over," Reyk said.`),
	}
	qs, speakers := quote.Group(arts)
	var names []string
	for _, s := range speakers {
		names = append(names, s.Name)
	}
	if !slices.Contains(names, "Tomas Reyk") || !slices.Contains(names, "Anna Reyk") {
		t.Fatalf("speakers %q: want Tomas Reyk and Anna Reyk apart", names)
	}
	for _, q := range qs {
		if strings.Contains(q.Text, "solidarity") && len(q.Articles) != 1 {
			t.Errorf("one statement from two speakers: %v", q.Articles)
		}
	}
	// a bare "Reyk" with two Reyks and no shared role stays apart
	for _, s := range speakers {
		if s.Name == "Reyk" {
			return
		}
	}
	t.Errorf("bare Reyk merged into a full name without evidence: %q", names)
}

func TestGroupSurnameWithSharedRole(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"The vote is binding," Foreign Minister Tomas Reyk said.`),
		article("b", "Radio", day(2), `"The school will stay open," said Anna Reyk, a teacher in Tessin.`),
		article("c", "Post", day(3), `"The vote is binding on us," Foreign Minister Reyk said.`),
	}
	qs, _ := quote.Group(arts)
	q := groupWith(t, qs, "binding on us")
	if q.Speaker != "Tomas Reyk" || len(q.Articles) != 2 {
		t.Errorf("Speaker %q, Articles %v: want Tomas Reyk from a and c", q.Speaker, q.Articles)
	}
}

func TestGroupRoleNounLinks(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"The advisers will stay until December," Defence Minister Ana Varela said.`),
		article("b", "Radio", day(2), `"The advisers will stay until December," the defence minister said.`),
	}
	qs, speakers := quote.Group(arts)
	q := groupWith(t, qs, "until December")
	if len(q.Articles) != 2 || q.Speaker != "Ana Varela" {
		t.Errorf("Articles %v, Speaker %q: want both articles, Ana Varela", q.Articles, q.Speaker)
	}
	if !slices.Contains(speakers[0].Aliases, "the defence minister") {
		t.Errorf("Aliases = %q, want the defence minister", speakers[0].Aliases)
	}
}

func TestGroupCopies(t *testing.T) {
	text := `"We have completed our mission," Varela said.`
	a := article("a", "Wire", day(1), text)
	b := article("b", "Herald", day(1).Add(time.Hour), text)
	b.DuplicateOf = "a"
	qs, _ := quote.Group([]*parallax.Article{b, a})
	if len(qs) != 1 || !slices.Equal(qs[0].Articles, []string{"a", "b"}) {
		t.Fatalf("quotes %+v: want one with the original and its copy", qs)
	}
}

func TestGroupDifferentStatements(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"This is not a retreat," Varela said. "The first contingent leaves on Monday," she added.`),
		article("b", "Radio", day(2), `"This is not a retreat," Varela said.`),
	}
	qs, _ := quote.Group(arts)
	if len(qs) != 2 {
		t.Fatalf("got %d story quotes, want 2 statements", len(qs))
	}
	if q := groupWith(t, qs, "retreat"); len(q.Articles) != 2 {
		t.Errorf("retreat in %v, want both", q.Articles)
	}
	if q := groupWith(t, qs, "contingent"); len(q.Articles) != 1 {
		t.Errorf("contingent in %v, want a alone", q.Articles)
	}
}

func TestGroupOrder(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(5), `"We will go on," Rosa Ambry said. "The offer is fair," Henrik Alsop said.`),
		article("b", "Radio", day(2), `"We want nine percent," Rosa Ambry said.`),
	}
	qs, speakers := quote.Group(arts)
	if speakers[0].Name != "Rosa Ambry" {
		t.Fatalf("first speaker %q, want Rosa Ambry (two articles)", speakers[0].Name)
	}
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+": "+q.Text)
	}
	want := []string{"Rosa Ambry: We want nine percent", "Rosa Ambry: We will go on", "Henrik Alsop: The offer is fair"}
	if !slices.Equal(got, want) {
		t.Errorf("order = %q, want %q (by speaker, then date)", got, want)
	}
}

func TestGroupEmpty(t *testing.T) {
	qs, sp := quote.Group(nil)
	if len(qs) != 0 || len(sp) != 0 {
		t.Errorf("Group(nil) = %v, %v", qs, sp)
	}
}

// TestGroupNestedWording: a reported statement and the quoted words inside
// it are one wording of that article, not two.
func TestGroupNestedWording(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "First Wire", day(18), `General Piet Lorrin said the withdrawal would be carried out in "the same orderly manner in which we arrived".`),
		article("b", "Second Post", day(19), `"The same orderly manner in which we arrived," General Piet Lorrin told the Post.`),
	}
	qs, _ := quote.Group(arts)
	q := groupWith(t, qs, "orderly manner")
	perArticle := map[string]int{}
	for _, w := range q.Wordings {
		perArticle[w.Article]++
	}
	if perArticle["a"] != 1 || perArticle["b"] != 1 {
		t.Errorf("wordings per article = %v, want one each: %+v", perArticle, q.Wordings)
	}
}

// A translated title names the same office: "the US Defense Minister"
// is the "US Defense Secretary" of another outlet; the foreign minister
// is someone else.
func TestGroupTranslatedTitle(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"The troops will leave by March," US Defense Secretary Mark Hollis said.`),
		article("b", "Radio", day(2), `"The troops will leave by March," the US defense minister said.`),
		article("c", "Post", day(2), `"The troops will leave by March," the foreign minister said.`),
	}
	qs, speakers := quote.Group(arts)
	q := groupWith(t, qs, "by March")
	if q.Speaker != "Mark Hollis" || !slices.Contains(q.Articles, "b") {
		t.Errorf("Speaker %q, Articles %v: want Mark Hollis with article b", q.Speaker, q.Articles)
	}
	if slices.Contains(q.Articles, "c") {
		t.Errorf("another office joined: %v", q.Articles)
	}
	if len(speakers) == 0 || !slices.Contains(speakers[0].Aliases, "the US defense minister") {
		t.Errorf("speakers %+v", speakers)
	}
}

// Where both offices exist, "the defence minister" is the minister's.
func TestGroupBothOffices(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Wire", day(1), `"The fleet will sail," Defence Minister Rajan Mehta said.`),
		article("b", "Radio", day(2), `"The fleet will sail," the defence minister said.`),
		article("c", "Post", day(2), `"The budget is tight," Defence Secretary Arun Vale said.`),
	}
	qs, _ := quote.Group(arts)
	q := groupWith(t, qs, "fleet will sail")
	if q.Speaker != "Rajan Mehta" || !slices.Contains(q.Articles, "b") {
		t.Errorf("Speaker %q, Articles %v: want Rajan Mehta with article b", q.Speaker, q.Articles)
	}
}

// People described but not named speak only for themselves: their words
// do not join a named speaker's statement, while two outlets' "officials"
// reporting one statement are one statement, their speaker unknown.
func TestGroupUnnamedSources(t *testing.T) {
	arts := []*parallax.Article{
		article("a", "Courier", day(1), `Mayor Mara Ilic said 30 people had been taken to hospital in Tessin after the fire.`),
		article("b", "Wire", day(2), `Thirty people had been taken to hospital in Tessin after the fire, a firefighter said.`),
		article("c", "Radio", day(2), `Officials said the bridge at Tessin would stay closed until Friday.`),
		article("d", "Post", day(3), `Officials said the bridge at Tessin would stay closed until Friday at the earliest.`),
	}
	qs, speakers := quote.Group(arts)
	hospital := groupWith(t, qs, "taken to hospital")
	if len(hospital.Articles) != 1 {
		t.Errorf("a firefighter's words joined the mayor's statement: %+v", hospital)
	}
	bridge := groupWith(t, qs, "bridge at Tessin")
	if len(bridge.Articles) != 2 || bridge.Speaker != parallax.UnknownSpeaker {
		t.Errorf("officials' statement %+v, want two articles and an unknown speaker", bridge)
	}
	for _, s := range speakers {
		if strings.Contains(strings.ToLower(s.Name), "official") || strings.Contains(s.Name, "firefighter") {
			t.Errorf("unnamed source %q among the story's speakers", s.Name)
		}
	}
}
