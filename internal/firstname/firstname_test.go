package firstname_test

import (
	"testing"

	"github.com/parallax-news/parallax/internal/firstname"
)

func TestFirstNames(t *testing.T) {
	for _, c := range []struct {
		w      string
		known  bool
		gender byte
	}{
		{"Anna", true, 'f'}, {"tom", true, 'm'}, {"Jordan", true, 0}, {"Kessaria", false, 0}, {"", false, 0},
	} {
		if got := firstname.Known(c.w); got != c.known {
			t.Errorf("Known(%q) = %v", c.w, got)
		}
		if got := firstname.Gender(c.w); got != c.gender {
			t.Errorf("Gender(%q) = %q", c.w, got)
		}
	}
}

func TestParticle(t *testing.T) {
	for w, want := range map[string]bool{"Ó": true, "de": true, "Van": true, "al": false, "Ben": false, "Smith": false} {
		if got := firstname.Particle(w); got != want {
			t.Errorf("Particle(%q)=%v, want %v", w, got, want)
		}
	}
}
