package eval

import "testing"

func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		got, gold string
		want      bool
	}{
		{"Tarrow Building Society", "the Tarrow Building Society", true},
		{"the Vessarian defence ministry", "Vessarian defence ministry", true},
		{" ana varela", "Ana Varela", true},
		{"the neighbour", "unknown", false},
		{"Theo Marsh", "Marsh", false},
		{"the", "The", true},
		{"Ombudsman’s Office", "Ombudsman's Office", true},
	} {
		if got := sameSpeaker(c.got, c.gold); got != c.want {
			t.Errorf("sameSpeaker(%q, %q)=%v, want %v", c.got, c.gold, got, c.want)
		}
	}
}
