// Package office knows the titles that name one office under two names:
// the US "Defense Secretary" is elsewhere the "Defence Minister", and a
// translation may give either. Both the quote grouping and the entity
// resolution read a role noun as its other name through it, so that one
// person's titles line up across outlets.
package office

// other pairs the title heads that name one office.
var other = map[string]string{"minister": "secretary", "secretary": "minister"}

// portfolios are the domains of ministers and secretaries.
var portfolios = map[string]bool{}

func init() {
	for _, w := range []string{"defence", "defense", "foreign", "interior", "home", "finance",
		"treasury", "justice", "health", "education", "labour", "labor", "trade", "energy",
		"environment", "transport", "agriculture", "culture", "state", "economy", "commerce",
		"housing"} {
		portfolios[w] = true
	}
}

// Other returns the other name of a lower-case title head ("minister" →
// "secretary"), or "".
func Other(head string) string { return other[head] }

// HasPortfolio reports whether lower-case title modifiers name a
// portfolio ("defence", "foreign") rather than only a country or a time
// ("us", "former"): only then does a head's other name name the same
// office.
func HasPortfolio(mods []string) bool {
	for _, m := range mods {
		if portfolios[m] {
			return true
		}
	}
	return false
}
