package wordform

import (
	"strings"
	"testing"
)

func TestForms(t *testing.T) {
	for _, w := range []string{"", "Kessaria", "1,200", "U.S.", "A4-b9", "x"} {
		if got, want := string(AppendLower(nil, w)), NormDigits(strings.ToLower(w)); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", w, got, want)
		}
	}
	if got := NormDigits("Route 66, 1998"); got != "Route 00, 0000" {
		t.Errorf("NormDigits = %q", got)
	}
	if !IsASCII("Orsenburg 12") || IsASCII("Zürich") {
		t.Errorf("IsASCII wrong")
	}
}

func TestAppendShape(t *testing.T) {
	for _, c := range []struct {
		w    string
		max  int
		want string
	}{
		{"McCain", 0, "XxXx"}, {"1996-08-22", 0, "d-d-d"}, {"U.S.", 0, "X.X."}, {"", 0, ""},
		{"“Défense”", 0, "“Xx”"}, {"aaaaabbbbbBBBB", 5, "x"}, {"ÉÉÉéé1", 3, "X"}, {"ÉÉÉéé1", 0, "Xxd"},
	} {
		if got := string(AppendShape(nil, c.w, c.max)); got != c.want {
			t.Errorf("AppendShape(%q, %d) = %q, want %q", c.w, c.max, got, c.want)
		}
	}
	// The ASCII path reads as the general one does.
	for _, w := range []string{"Kessaria", "KESSARIA", "5,200", "1990s", "follow-up", "'s", "aaaBBB111", "Q3-2019", "\x00a", ""} {
		for _, max := range []int{0, 3} {
			if got, want := string(appendShapeASCII(nil, w, max)), string(appendShapeRunes(nil, w, max)); got != want {
				t.Errorf("%q, %d: ASCII %q, general %q", w, max, got, want)
			}
		}
	}
}
