package parallax

// Fact is one thing the articles of a story report, lined up across them:
// a quantity ("US troops leaving Syria"), the date of an event, a
// statement, or a claim, with the value each source gives it.
type Fact struct {
	// Kind is "quantity", "date", "quote" or "claim".
	Kind string
	// Key says what the fact is about, readably: "troops leaving Syria",
	// "date of Esper's statement".
	Key string
	// Status is "agree" (all values compatible), "differ" (incompatible
	// values) or "single" (one independent source).
	Status string
	// Values are the distinct values the sources give, most sources first.
	Values []FactValue
	// Note explains the verdict where it needs it: the tolerance that made
	// two figures compatible, a one-day gap, a relay.
	Note string
}

// Fact kinds and verdicts.
const (
	FactQuantity = "quantity"
	FactDate     = "date"
	FactQuote    = "quote"
	FactClaim    = "claim"

	Agree  = "agree"
	Differ = "differ"
	Single = "single"
)

// FactValue is one value of a fact and the sources that give it.
type FactValue struct {
	// Value is the value normalised for comparison: "5000-5500 troops",
	// "2019-10-19", a statement's text.
	Value string
	// Text is the value as the first source words it.
	Text string
	// Articles are the ids of the articles that give this value.
	Articles []string
	// Wordings are each article's exact words for it.
	Wordings []Wording
	// Sources counts the independent sources among Articles: copies of one
	// text count once.
	Sources int
	// Attributed is who the articles attribute the value to ("Iraq's
	// defence minister"), when they attribute it rather than assert it.
	Attributed string
	// Via names the outlet or agency the articles relay it from ("Reuters"
	// in "Reuters reported"), when they relay it.
	Via string
}

// Unique is a detail only one outlet reports.
type Unique struct {
	Article string
	Text    string
	Span    Span // offsets of Text in the article's text
}

// Coverage is one outlet's part in a story: how much of what the story's
// sources report it carries, what it alone reports, and what most others
// report that it leaves out.
type Coverage struct {
	Outlet   string
	Articles []string // its articles in the story
	// Facts counts the story's facts (of more than one source) it reports;
	// Share is Facts over the number of such facts.
	Facts int
	Share float64
	// Unique counts the details only this outlet reports.
	Unique int
	// Missing are the keys of facts that most other outlets report and
	// this one does not.
	Missing []string
}
