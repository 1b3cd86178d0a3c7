package quote

import "testing"

// An "and" ending the phrase read joins nothing (a speaker phrase cut
// just after it must not be read past its end).
func TestAndInBodyNameAtThePhrasesEnd(t *testing.T) {
	text := "The State Forestry and Fire Agency said so."
	d := newDoc(text, nil, nil, englishWords)
	and := 3
	if d.toks[and].low != "and" {
		t.Fatalf("token %d is %q", and, d.toks[and].text)
	}
	if d.andInBodyName(and, 1, and+1) {
		t.Error("an \"and\" ending the phrase joined a name")
	}
	if !d.andInBodyName(and, 1, 6) {
		t.Error("\"State Forestry and Fire Agency\" not read as one name")
	}
}
