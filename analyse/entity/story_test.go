package entity_test

import (
	"slices"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/sentence"
)

// article builds an article with tagger output given as in mentions,
// resolved the way Find resolves it.
func article(t *testing.T, id, outlet, text string, specs ...string) *parallax.Article {
	t.Helper()
	return &parallax.Article{ID: id, Outlet: outlet, Text: text, Entities: entity.Resolve(text, mentions(t, text, specs...))}
}

func storyEntity(t *testing.T, ents []parallax.StoryEntity, id string) parallax.StoryEntity {
	t.Helper()
	for _, e := range ents {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no %s in %+v", id, ents)
	return parallax.StoryEntity{}
}

func TestStoryMergesShortForms(t *testing.T) {
	arts := []*parallax.Article{
		article(t, "a1", "Meridian Wire", "Defence Minister Ana Varela said Veltrava would leave Kessaria.",
			"Ana Varela/PERSON", "Veltrava/LOCATION", "Kessaria/LOCATION"),
		article(t, "a2", "Free Horizon", "Ms Varela told Free Horizon that Veltravan troops would go. The defence minister gave no date.",
			"Varela/PERSON", "Free Horizon/PERSON", "Veltravan/MISC"),
		article(t, "a3", "Free Horizon", "Free Horizon learnt that Varela will visit Kessaria.",
			"Free Horizon/ORGANIZATION", "Varela/LOCATION", "Kessaria/ORGANIZATION"),
	}
	ents, ids := entity.StoryWithIDs(arts)
	varela := storyEntity(t, ents, "person:ana-varela")
	if got, want := varela.Articles, []string{"a1", "a2", "a3"}; !slices.Equal(got, want) {
		t.Errorf("Varela articles %v, want %v", got, want)
	}
	for _, alias := range []string{"Varela", "Ms Varela", "the defence minister"} {
		if !slices.Contains(varela.Aliases, alias) {
			t.Errorf("Varela aliases %q lack %q", varela.Aliases, alias)
		}
	}
	if !slices.Equal(varela.Roles, []string{"Defence Minister"}) || varela.Name != "Ana Varela" {
		t.Errorf("Varela = %+v", varela)
	}
	if got := ids["person:varela"]; got != "person:ana-varela" {
		t.Errorf("person:varela maps to %q, want person:ana-varela", got)
	}
	// A demonym joins the place another article names.
	veltrava := storyEntity(t, ents, "location:veltrava")
	if !slices.Contains(veltrava.Aliases, "Veltravan") || len(veltrava.Articles) != 2 {
		t.Errorf("Veltrava = %+v, want the alias Veltravan in 2 articles", veltrava)
	}
	// An outlet is an organisation, whatever the tagger said in one article.
	fh := storyEntity(t, ents, "organization:free-horizon")
	if len(fh.Articles) != 2 {
		t.Errorf("Free Horizon = %+v, want 2 articles", fh)
	}
	// One name tagged two ways takes the type most mentions have.
	if got := ids["organization:kessaria"]; got != "location:kessaria" {
		t.Errorf("organization:kessaria maps to %q, want location:kessaria", got)
	}
	// Every id used maps to an entity of the story.
	for _, a := range arts {
		for _, e := range a.Entities {
			if _, ok := ids[e.ID]; !ok {
				t.Errorf("%s: id %s not mapped", a.ID, e.ID)
			}
		}
	}
	// Most widely reported first.
	if ents[0].ID != "person:ana-varela" {
		t.Errorf("first entity %s, want person:ana-varela", ents[0].ID)
	}
}

func TestStoryKeepsAmbiguousSurname(t *testing.T) {
	arts := []*parallax.Article{
		article(t, "a1", "", "Ana Varela spoke.", "Ana Varela/PERSON"),
		article(t, "a2", "", "Jon Varela spoke.", "Jon Varela/PERSON"),
		article(t, "a3", "", "Varela spoke.", "Varela/PERSON"),
	}
	ids := entity.StoryIDs(arts)
	if got := ids["person:varela"]; got != "person:varela" {
		t.Errorf("person:varela maps to %q, want itself: two Varelas in the story", got)
	}
}

func TestStoryIsOrderIndependent(t *testing.T) {
	mk := func() []*parallax.Article {
		return []*parallax.Article{
			article(t, "a1", "", "Henrik Alsop of Harrowgate Terminals spoke in Brennick.", "Henrik Alsop/PERSON", "Harrowgate Terminals/ORGANIZATION", "Brennick/LOCATION"),
			article(t, "a2", "", "Alsop said Harrowgate would wait. Brennick waited.", "Alsop/PERSON", "Harrowgate/ORGANIZATION", "Brennick/PERSON"),
		}
	}
	fwd := entity.Story(mk())
	rev := mk()
	slices.Reverse(rev)
	back := entity.Story(rev)
	if len(fwd) != len(back) {
		t.Fatalf("%d entities, reversed %d", len(fwd), len(back))
	}
	for i := range fwd {
		if fwd[i].ID != back[i].ID || !slices.Equal(fwd[i].Aliases, back[i].Aliases) {
			t.Errorf("entity %d: %+v, reversed %+v", i, fwd[i], back[i])
		}
	}
	if e := storyEntity(t, fwd, "organization:harrowgate-terminals"); !slices.Contains(e.Aliases, "Harrowgate") {
		t.Errorf("Harrowgate Terminals = %+v, want the alias Harrowgate", e)
	}
	if e := storyEntity(t, fwd, "location:brennick"); len(e.Articles) != 2 {
		t.Errorf("Brennick = %+v, want 2 articles", e)
	}
}

func TestStoryCountry(t *testing.T) {
	arts := []*parallax.Article{
		article(t, "a1", "", "Iraqi Defence Minister Omar Saleh flew from Baghdad to Erbil. Kessarian troops left Camp Halvard in Kessaria.",
			"Iraqi/MISC", "Omar Saleh/PERSON", "Baghdad/LOCATION", "Erbil/LOCATION", "Kessarian/MISC", "Camp Halvard/LOCATION", "Kessaria/LOCATION"),
	}
	ents := entity.Story(arts)
	for id, want := range map[string]string{
		"person:omar-saleh":     "Iraq",
		"location:baghdad":      "Iraq",
		"location:camp-halvard": "Kessaria",
		"location:kessaria":     "Kessaria",
		"location:iraq":         "Iraq",
	} {
		if got := storyEntity(t, ents, id).Country; got != want {
			t.Errorf("%s country %q, want %q", id, got, want)
		}
	}
	if got := storyEntity(t, ents, "location:iraq").Name; got != "Iraq" {
		t.Errorf("location:iraq named %q, want Iraq", got)
	}
}

// TestStoryAliasesStable: a person with two role nouns gets them in one
// order on every run (they reach the JSON and the store).
func TestStoryAliasesStable(t *testing.T) {
	texts := []string{
		"Defence Minister Ana Varela said on Monday that troops would leave. The defence minister spoke in Orsenburg. Party Leader Ana Varela also addressed members.",
		"Party Leader Ana Varela told supporters the party would win. The party leader was cheered. The defence minister, Ana Varela, was in Orsenburg.",
	}
	var first []string
	for run := range 20 {
		var arts []*parallax.Article
		for i, text := range texts {
			ents, err := entity.Find(text, sentence.Split(text))
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, &parallax.Article{ID: string(rune('a' + i)), Text: text, Entities: ents})
		}
		got := storyEntity(t, entity.Story(arts), "person:ana-varela").Aliases
		if run == 0 {
			first = got
			continue
		}
		if !slices.Equal(got, first) {
			t.Fatalf("run %d: aliases %q, first run %q", run, got, first)
		}
	}
	if !slices.Contains(first, "the defence minister") || !slices.Contains(first, "the party leader") {
		t.Errorf("aliases %q, want both role nouns", first)
	}
}

// One office under its other names: the "defense minister" of one outlet
// is the "Secretary of Defense" of another.
func TestStoryOfficeUnderOtherNames(t *testing.T) {
	a := article(t, "a", "Wire", "Secretary of Defense Mark Hollis said the troops would leave.", "Mark Hollis/PERSON")
	b := article(t, "b", "Radio", "The troops will leave by March, the defense minister told reporters.")
	c := article(t, "c", "Post", "Foreign Minister Lena Orso did not comment.", "Lena Orso/PERSON")
	ents, _ := entity.StoryWithIDs([]*parallax.Article{a, b, c})
	hollis := storyEntity(t, ents, "person:mark-hollis")
	if !slices.Contains(hollis.Aliases, "the defense minister") {
		t.Errorf("Hollis aliases %q, want the defense minister", hollis.Aliases)
	}
	orso := storyEntity(t, ents, "person:lena-orso")
	if slices.Contains(orso.Aliases, "the defense minister") {
		t.Errorf("another office's holder took the alias: %q", orso.Aliases)
	}
}

// Where both offices exist (a defence minister and a defence secretary),
// "the defence minister" is the minister's alone.
func TestStoryBothOffices(t *testing.T) {
	a := article(t, "a", "Wire", "Defence Minister Rajan Mehta said the fleet would sail.", "Rajan Mehta/PERSON")
	b := article(t, "b", "Radio", "The fleet will sail on Monday, the defence minister told reporters.")
	c := article(t, "c", "Post", "Defence Secretary Arun Vale briefed the committee.", "Arun Vale/PERSON")
	ents, _ := entity.StoryWithIDs([]*parallax.Article{a, b, c})
	mehta := storyEntity(t, ents, "person:rajan-mehta")
	if !slices.Contains(mehta.Aliases, "the defence minister") {
		t.Errorf("Mehta aliases %q, want the defence minister", mehta.Aliases)
	}
}
