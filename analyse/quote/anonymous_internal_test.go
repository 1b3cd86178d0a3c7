package quote

import "testing"

func TestAnonymousHeads(t *testing.T) {
	for head, want := range map[string]bool{
		"worker": true, "officials": true, "spokesmen": true, "people": true, "man": true, "residents": true,
		"broadcasters": false, "newspapers": false, "carmaker": false, "makers": false, "lender": false,
		"police": false, "ministry": false, "company": false, "matter": false, "business": false,
	} {
		if got := anonymous(head); got != want {
			t.Errorf("anonymous(%q)=%v, want %v", head, got, want)
		}
	}
}
