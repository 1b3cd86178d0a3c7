package parallax

// Quantity is a count, amount, share or duration an article states:
// "about 5,200 troops", "$3bn", "within four weeks".
type Quantity struct {
	Text  string  // as written, e.g. "about 5,200 US troops"
	Value float64 // the number stated; for a range, its lower end
	// Low and High bound what the wording allows: "about 5,000" may be a
	// little under or over, "more than 5,000" has no upper bound
	// (High = +Inf, written as null in JSON), "3,000 to 4,000" is a range.
	// Both equal Value for an exact figure.
	Low, High float64
	// Unit is the canonical unit of what is counted, so that measures can
	// be compared across outlets: "troops", "soldiers", "service members"
	// and "personnel" share one; "USD", "EUR", "percent", "P4W" (ISO 8601
	// duration) for money, shares and durations.
	Unit string
	// Counted is the head noun as written ("troops"); Modifiers the words
	// that qualify it ("US", "American"); Holder the place or owner the
	// sentence gives ("Iraq" in "troops in Iraq" or "Iraq's troops").
	Counted   string
	Modifiers []string
	Holder    string
	Approx    bool // the wording hedges: about, around, some, nearly, …
	Span      Span // offsets of Text in the article's text
}

// TimeExpr is a time expression an article states, normalised as a
// TimeML TIMEX3: "Saturday" → DATE 2019-10-19, "four weeks" → DURATION
// P4W, "every Monday" → SET.
type TimeExpr struct {
	Text  string // as written
	Type  string // DATE, TIME, DURATION or SET
	Value string // the TIMEX3 value: "2019-10-22", "2019-W43", "P4W", "XXXX-10-22", "PAST_REF"
	Span  Span   // offsets of Text in the article's text
}

// Entity is a named entity an article mentions: a person, organisation,
// place or other name ("Mark Esper", "the Pentagon", "Baghdad", "Iraqi").
type Entity struct {
	Text string // as written
	Type string // PERSON, ORGANIZATION, LOCATION or MISC
	Span Span   // offsets of Text in the article's text
	// ID is the canonical id of what the mention names, the same for every
	// mention of it in the store and across re-runs: "Esper" after "Mark
	// Esper" and "Mr Esper" share "person:mark-esper", "Iraqi" and
	// "Iraq's" share "location:iraq". Empty until resolved.
	ID string
	// Role is the title or rank written with a person's name, split off
	// it: "US Defense Secretary" in "US Defense Secretary Mark Esper".
	Role string
}
