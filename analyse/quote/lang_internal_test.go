package quote

import "testing"

// TestLexiconNoOutletNames: an outlet's name is no institution word; a
// person called Courrier is a person.
func TestLexiconNoOutletNames(t *testing.T) {
	if french.isOrgName("Paul Courrier") {
		t.Error(`"Paul Courrier" reads as an institution`)
	}
	if !french.isOrgName("Conseil de sécurité") {
		t.Error(`"Conseil de sécurité" does not read as an institution`)
	}
}
