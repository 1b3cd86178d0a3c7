package entity_test

import (
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/entity"
)

// mentions builds tagger output for text: each "name/TYPE" in order of
// appearance (a name written twice is given twice).
func mentions(t *testing.T, text string, specs ...string) []parallax.Entity {
	t.Helper()
	var out []parallax.Entity
	from := 0
	for _, s := range specs {
		i := strings.LastIndexByte(s, '/')
		name, typ := s[:i], s[i+1:]
		j := strings.Index(text[from:], name)
		if j < 0 {
			t.Fatalf("%q not found after offset %d", name, from)
		}
		start := from + j
		out = append(out, parallax.Entity{Text: name, Type: typ, Span: parallax.Span{Start: start, End: start + len(name)}})
		from = start + len(name)
	}
	return out
}

// byText indexes resolved mentions by their text (the last one wins).
func byText(ents []parallax.Entity) map[string]parallax.Entity {
	m := map[string]parallax.Entity{}
	for _, e := range ents {
		m[e.Text] = e
	}
	return m
}

func TestID(t *testing.T) {
	for _, tc := range []struct{ typ, name, want string }{
		{"PERSON", "Ana Varela", "person:ana-varela"},
		{"PERSON", "Anna Kovač", "person:anna-kovac"},
		{"ORGANIZATION", "the National Assembly", "organization:national-assembly"},
		{"ORGANIZATION", "Brennick Dockworkers' Union", "organization:brennick-dockworkers-union"},
		{"LOCATION", "Kessaria's", "location:kessaria"},
		{"LOCATION", "Søndervig  Øst", "location:sondervig-ost"},
	} {
		if got := entity.ID(tc.typ, tc.name); got != tc.want {
			t.Errorf("ID(%q, %q)=%q, want %q", tc.typ, tc.name, got, tc.want)
		}
	}
}

func TestResolveShortForms(t *testing.T) {
	text := "Defence Minister Ana Varela arrived in Orsenburg. Varela said the talks went well. " +
		"Later Ms Varela met Tomas Reyk. Reyk agreed."
	got := Resolve(t, text, "Ana Varela/PERSON", "Orsenburg/LOCATION", "Varela/PERSON", "Varela/LOCATION", "Tomas Reyk/PERSON", "Reyk/ORGANIZATION")
	for i, want := range []string{"person:ana-varela", "location:orsenburg", "person:ana-varela", "person:ana-varela", "person:tomas-reyk", "person:tomas-reyk"} {
		if got[i].ID != want {
			t.Errorf("%q at %d: id %q, want %q", got[i].Text, got[i].Span.Start, got[i].ID, want)
		}
	}
	if got[3].Type != "PERSON" || got[5].Type != "PERSON" {
		t.Errorf("short forms typed %s and %s, want PERSON", got[3].Type, got[5].Type)
	}
	if got[0].Role != "Defence Minister" {
		t.Errorf("Ana Varela role %q, want Defence Minister", got[0].Role)
	}
	if got[3].Role != "Ms" {
		t.Errorf("Ms Varela role %q, want Ms", got[3].Role)
	}
}

// Resolve runs entity.Resolve on tagger output built by mentions.
func Resolve(t *testing.T, text string, specs ...string) []parallax.Entity {
	t.Helper()
	ents := entity.Resolve(text, mentions(t, text, specs...))
	for _, e := range ents {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Fatalf("%q: span [%d,%d) reads %q", e.Text, e.Span.Start, e.Span.End, text[e.Span.Start:e.Span.End])
		}
	}
	return ents
}

func TestResolveAmbiguousSurname(t *testing.T) {
	text := "Ana Varela and her brother Jon Varela both spoke. Varela later left."
	got := byText(Resolve(t, text, "Ana Varela/PERSON", "Jon Varela/PERSON", "Varela/PERSON"))
	if id := got["Varela"].ID; id != "person:varela" {
		t.Errorf("Varela id %q, want person:varela (ambiguous)", id)
	}
	if got["Ana Varela"].ID == got["Jon Varela"].ID {
		t.Errorf("two people share id %q", got["Ana Varela"].ID)
	}
}

func TestResolveRoles(t *testing.T) {
	for _, tc := range []struct {
		text, name, role string
	}{
		{"US Defense Secretary Mark Esper visited the base.", "Mark Esper", "US Defense Secretary"},
		{"The troops were inspected by Brigadier General Oskar Vell on Monday.", "Oskar Vell", "Brigadier General"},
		{"Gen. Piet Lorrin said nothing.", "Piet Lorrin", "Gen."},
		{"Dr Mila Stenn treated them.", "Mila Stenn", "Dr"},
		{"Talks were led by Prime Minister Elena Castor.", "Elena Castor", "Prime Minister"},
		{"Henrik Alsop, chief executive of Harrowgate Terminals, said the offer was final.", "Henrik Alsop", "chief executive of Harrowgate Terminals"},
		{"\"We will not move,\" said Vera Holm, a researcher at the Orsenburg Institute.", "Vera Holm", "researcher at the Orsenburg Institute"},
		{"The mayor of Tessin, Mr Anton Greve, asked for help.", "Anton Greve", "mayor of Tessin"},
		{"Kessaria's foreign minister, Tomas Reyk, welcomed it.", "Tomas Reyk", "Kessaria's foreign minister"},
		{"Harbour master Colm Breda counted the ships.", "Colm Breda", "Harbour master"},
		{"Speaking after the vote, Davor Imrik said it was historic.", "Davor Imrik", ""},
		{"Vera Holm, who led the study, disagreed.", "Vera Holm", ""},
	} {
		got := byText(Resolve(t, tc.text, tc.name+"/PERSON"))
		if r := got[tc.name].Role; r != tc.role {
			t.Errorf("%q: role %q, want %q", tc.text, r, tc.role)
		}
	}
}

func TestResolveTitleInsideSpan(t *testing.T) {
	text := "President Idris Malen was told by phone."
	got := Resolve(t, text, "President Idris Malen/PERSON")
	if len(got) != 1 || got[0].Text != "Idris Malen" || got[0].Role != "President" || got[0].ID != "person:idris-malen" {
		t.Errorf("got %+v, want Idris Malen narrowed with the role President", got)
	}
}

func TestResolveDropsTitleWords(t *testing.T) {
	// The tagger took "Harbour" for a name of its own.
	text := "Harbour master Colm Breda counted 19 ships."
	got := Resolve(t, text, "Harbour/PERSON", "Colm Breda/PERSON")
	if len(got) != 1 || got[0].Text != "Colm Breda" {
		t.Errorf("got %+v, want only Colm Breda", got)
	}
}

func TestResolveDemonyms(t *testing.T) {
	text := "Iraq's parliament met. Iraqi officials and Veltravan advisers left Veltrava's embassy; two Veltravans stayed."
	got := byText(Resolve(t, text, "Iraq/LOCATION", "Iraqi/MISC", "Veltravan/MISC", "Veltrava/ORGANIZATION", "Veltravans/PERSON"))
	for name, want := range map[string]struct{ id, typ string }{
		"Iraq":       {"location:iraq", "LOCATION"},
		"Iraqi":      {"location:iraq", "MISC"},
		"Veltravan":  {"location:veltrava", "MISC"},
		"Veltrava":   {"location:veltrava", "LOCATION"},
		"Veltravans": {"location:veltrava", "MISC"},
	} {
		if e := got[name]; e.ID != want.id || e.Type != want.typ {
			t.Errorf("%s: %s %s, want %s %s", name, e.ID, e.Type, want.id, want.typ)
		}
	}
}

func TestResolveOrganisations(t *testing.T) {
	text := "The Brennick Dockworkers' Union (BDU) struck against Harrowgate Terminals. Harrowgate said the BDU " +
		"had refused. The National Assembly debated it; the Assembly adjourned."
	got := byText(Resolve(t, text, "Brennick Dockworkers' Union/ORGANIZATION", "BDU/ORGANIZATION", "Harrowgate Terminals/PERSON",
		"Harrowgate/PERSON", "BDU/ORGANIZATION", "National Assembly/ORGANIZATION", "Assembly/ORGANIZATION"))
	for name, want := range map[string]string{
		"BDU":                  "organization:brennick-dockworkers-union",
		"Harrowgate Terminals": "organization:harrowgate-terminals",
		"Harrowgate":           "organization:harrowgate-terminals",
		"Assembly":             "organization:national-assembly",
	} {
		if e := got[name]; e.ID != want || e.Type != "ORGANIZATION" {
			t.Errorf("%s: %s %s, want %s ORGANIZATION", name, e.ID, e.Type, want)
		}
	}
}

func TestResolvePlaceWords(t *testing.T) {
	// The tagger reads invented places as people; their words say otherwise.
	text := "Troops left Camp Halvard for Ostrel Air Base under the Lumira Accord. Brennick's mayor spoke " +
		"at the Port of Brennick. Crowds filled Liberty Square near Brennick."
	got := byText(Resolve(t, text, "Camp Halvard/PERSON", "Ostrel Air Base/PERSON", "Lumira Accord/PERSON",
		"Brennick/PERSON", "Port of Brennick/ORGANIZATION", "Liberty Square/PERSON", "Brennick/LOCATION"))
	for name, want := range map[string]string{
		"Camp Halvard":    "location:camp-halvard",
		"Ostrel Air Base": "location:ostrel-air-base",
		"Lumira Accord":   "misc:lumira-accord",
		"Liberty Square":  "location:liberty-square",
		"Brennick":        "location:brennick",
	} {
		if e := got[name]; e.ID != want {
			t.Errorf("%s: %s, want %s", name, e.ID, want)
		}
	}
}

func TestResolveNarrowsLeadingWords(t *testing.T) {
	text := "À Orsenburg, le vote de l'Assemblée."
	got := Resolve(t, text, "À Orsenburg/ORGANIZATION", "l'Assemblée/PERSON")
	if len(got) != 2 || got[0].Text != "Orsenburg" || got[1].Text != "Assemblée" {
		t.Errorf("got %+v, want Orsenburg and Assemblée", got)
	}
}

func TestFindResolves(t *testing.T) {
	text := "Defence Minister Ana Varela visited Kessaria on Monday. Varela met Kessarian officers."
	got, err := entity.Find(text, whole(text))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, e := range got {
		ids[e.Text] = e.ID
	}
	if ids["Varela"] != "person:ana-varela" || ids["Ana Varela"] != "person:ana-varela" {
		t.Errorf("Varela ids %q", ids)
	}
	if ids["Kessarian"] != "location:kessaria" {
		t.Errorf("Kessarian id %q, want location:kessaria", ids["Kessarian"])
	}
}

func whole(text string) []parallax.Span { return []parallax.Span{{Start: 0, End: len(text)}} }

func TestResolveBadSpans(t *testing.T) {
	text := "Ana Varela spoke."
	ents := []parallax.Entity{
		{Text: "Ana Varela", Type: "PERSON", Span: parallax.Span{Start: 0, End: 10}},
		{Text: "Kessaria", Type: "LOCATION", Span: parallax.Span{Start: 40, End: 48}}, // past the end
	}
	got := entity.Resolve(text, ents)
	if len(got) != 2 || got[0].ID != "person:ana-varela" || got[1].ID != "location:kessaria" {
		t.Errorf("got %+v", got)
	}
	if got := entity.Resolve(text, nil); len(got) != 0 {
		t.Errorf("Resolve(nil) = %+v", got)
	}
	// A story of articles without text still builds.
	arts := []*parallax.Article{{ID: "a1", Entities: got}}
	if ents := entity.Story(arts); len(ents) != 2 {
		t.Errorf("Story of an article without text: %+v", ents)
	}
}

// A title word run into a name is cut off only after a title's domain
// ("Minister of Defence Ana Varela"), not from a company's name.
func TestTitleWordRunIntoName(t *testing.T) {
	text := "Minister of Defence Ana Varela spoke. Shares of General Dynamics Land rose."
	got := byText(entity.Resolve(text, mentions(t, text, "Defence Ana Varela/ORGANIZATION", "General Dynamics Land/ORGANIZATION")))
	if e, ok := got["Ana Varela"]; !ok || e.Type != "PERSON" {
		t.Errorf("Ana Varela: %+v (all %+v)", e, got)
	}
	if e, ok := got["General Dynamics Land"]; !ok || e.Type != "ORGANIZATION" {
		t.Errorf("General Dynamics Land: %+v (all %+v)", e, got)
	}
}

// A lone head word and the name after its "of" are one name.
func TestJoinOfPhrases(t *testing.T) {
	text := "Ships queued at the Port of Brennick. The University of Lumira closed. The minister of Kessaria spoke."
	got := byText(entity.Resolve(text, mentions(t, text, "Port/LOCATION", "Brennick/LOCATION", "University/ORGANIZATION", "Lumira/LOCATION", "Kessaria/LOCATION")))
	if e, ok := got["Port of Brennick"]; !ok || e.Type != "LOCATION" {
		t.Errorf("Port of Brennick: %+v (all %+v)", e, got)
	}
	if e, ok := got["University of Lumira"]; !ok || e.Type != "ORGANIZATION" {
		t.Errorf("University of Lumira: %+v (all %+v)", e, got)
	}
	if _, ok := got["Kessaria"]; !ok {
		t.Errorf("a name after a common noun's of was joined: %+v", got)
	}
}

// A first name before a capitalised word makes a person of a name the
// tagger read once as something else.
func TestFirstNameMakesPerson(t *testing.T) {
	text := "(Reporting by Jonas Feld; editing by Ruth Abeyta)"
	got := byText(entity.Resolve(text, mentions(t, text, "Jonas Feld/PERSON", "Ruth Abeyta/ORGANIZATION")))
	if e := got["Ruth Abeyta"]; e.Type != "PERSON" {
		t.Errorf("Ruth Abeyta: %+v", e)
	}
	// A place head still wins: "Victoria Station" is a place.
	text = "Trains left Victoria Station late."
	got = byText(entity.Resolve(text, mentions(t, text, "Victoria Station/ORGANIZATION")))
	if e := got["Victoria Station"]; e.Type != "LOCATION" {
		t.Errorf("Victoria Station: %+v", e)
	}
}

// A US party and state after a name ("R-Ohio") is no one, however the
// tagger reads it; the title before the name stays the person's.
func TestResolveDropsPartyTags(t *testing.T) {
	text := "Sen. Tomas Garrow, R-Ohio, said the bill would pass. Rep. Ilse Marr, D-Calif., agreed."
	got := byText(entity.Resolve(text, mentions(t, text, "Tomas Garrow/PERSON", "R-Ohio/PERSON", "Ilse Marr/PERSON", "D-Calif./PERSON")))
	for _, tag := range []string{"R-Ohio", "D-Calif.", "D-Calif"} {
		if e, ok := got[tag]; ok {
			t.Errorf("party tag %q kept as %+v", tag, e)
		}
	}
	if e := got["Tomas Garrow"]; e.Role != "Sen." {
		t.Errorf("Tomas Garrow: %+v, want the role Sen.", e)
	}
}

// Names shaped like a party tag but naming no state stay names.
func TestResolveKeepsNamesLikePartyTags(t *testing.T) {
	text := "D-Day veterans met at the D-Wave offices."
	got := byText(entity.Resolve(text, mentions(t, text, "D-Day/MISC", "D-Wave/ORGANIZATION")))
	for _, name := range []string{"D-Day", "D-Wave"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%q dropped: %+v", name, got)
		}
	}
}

// A name the tagger starts at a surname's particle takes the first name
// written before it, and keeps it though the surname is written alone
// later; a title before the particle stays the title.
func TestResolveSurnameParticles(t *testing.T) {
	text := "He met the Minister for Health, Fiachra Ó Duibhir, on Monday. Later Mr Ó Duibhir left."
	got := Resolve(t, text, "Ó Duibhir/PERSON", "Ó Duibhir/PERSON")
	if len(got) != 2 || got[0].Text != "Fiachra Ó Duibhir" || got[0].Role != "Minister for Health" || got[1].ID != got[0].ID {
		t.Errorf("got %+v, want Fiachra Ó Duibhir, Minister for Health, twice", got)
	}
	text = "Talks were led by President von Arx on Monday."
	if got := Resolve(t, text, "von Arx/PERSON"); len(got) != 1 || got[0].Text != "von Arx" || got[0].Role != "President" {
		t.Errorf("got %+v, want von Arx, President", got)
	}
}

// A name an apposition describes as a business or another body is an
// organisation, whatever the tagger read; a person's role does not make
// one ("the company's founder").
func TestResolveApposedBodies(t *testing.T) {
	text := "Loomwise, the San Francisco startup that raised $60 million, showed its device."
	if got := Resolve(t, text, "Loomwise/LOCATION"); len(got) != 1 || got[0].Type != "ORGANIZATION" {
		t.Errorf("got %+v, want Loomwise an organisation", got)
	}
	text = "Ann Lutz, the company's founder, showed the device."
	if got := Resolve(t, text, "Ann Lutz/PERSON"); len(got) != 1 || got[0].Type != "PERSON" {
		t.Errorf("got %+v, want Ann Lutz a person", got)
	}
}

// A title inside a clause before a comma is no apposition of the name
// after the comma.
func TestResolveNoRoleFromAClause(t *testing.T) {
	text := "Asked whether she had spoken to outgoing Mayor Franklin Dobbs since the election, Vasquez-Lind laughed."
	got := byText(Resolve(t, text, "Franklin Dobbs/PERSON", "Vasquez-Lind/PERSON"))
	if r := got["Vasquez-Lind"].Role; r != "" {
		t.Errorf("Vasquez-Lind has role %q, want none", r)
	}
	if r := got["Franklin Dobbs"].Role; r != "outgoing Mayor" {
		t.Errorf("Franklin Dobbs has role %q, want outgoing Mayor", r)
	}
}

// A surname's particle takes no day, no word after a preposition and no
// word another mention holds as its first name, and widening never makes
// mentions overlap.
func TestResolveParticleGuards(t *testing.T) {
	text := "On Tuesday Di Maio told reporters the plan was dead."
	if got := Resolve(t, text, "Di Maio/PERSON"); len(got) != 1 || got[0].Text != "Di Maio" {
		t.Errorf("got %+v, want Di Maio alone", got)
	}
	text = "Meet De Bank van Smith now."
	got := Resolve(t, text, "Meet De Bank/ORGANIZATION", "van Smith/PERSON")
	for i := 1; i < len(got); i++ {
		if got[i].Span.Start < got[i-1].Span.End {
			t.Errorf("mentions overlap: %+v", got)
		}
	}
}

// A lower-case particle and a capitalised word right after a person's
// name the tagger stopped at are the rest of the surname.
func TestResolveSurnameAfterParticle(t *testing.T) {
	text := "Karen du Plessis-Nkosi asked for the same assurance."
	if got := Resolve(t, text, "Karen/PERSON"); len(got) != 1 || got[0].Text != "Karen du Plessis-Nkosi" {
		t.Errorf("got %+v, want Karen du Plessis-Nkosi", got)
	}
	text = "Karen de facto ran the firm."
	if got := Resolve(t, text, "Karen/PERSON"); len(got) != 1 || got[0].Text != "Karen" {
		t.Errorf("got %+v, want Karen alone", got)
	}
}

// Initials right before a name the tagger started later are the name's.
func TestResolveInitialsBefore(t *testing.T) {
	text := "The results were voided by W. A. Nandana Jayasekara on Monday."
	if got := Resolve(t, text, "A. Nandana Jayasekara/PERSON"); len(got) != 1 || got[0].Text != "W. A. Nandana Jayasekara" {
		t.Errorf("got %+v, want W. A. Nandana Jayasekara", got)
	}
}
