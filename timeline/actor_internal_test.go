package timeline

import "testing"

func TestActor(t *testing.T) {
	tests := []struct {
		sentence, want string
	}{
		{"Defence Minister Jora Pell announced on Saturday that troops would leave.", "Jora Pell"},
		{"Norvania will withdraw its troops, Defence Minister Jora Pell announced on Saturday.", "Jora Pell"},
		{"Ostmark's National Council voted on Wednesday to end the treaty.", "National Council"},
		{`"We have done our duty," said Jora Pell on Saturday.`, "Jora Pell"},
		{`"We have done our duty," Pell told reporters.`, "Pell"},
		{"Jora Pell, the defence minister, said on Saturday that the mission was over.", "Jora Pell"},
		{"On Saturday, Norvania announced the withdrawal.", "Norvania"},
		{"The Ministry of Labour indicated on Saturday that a plan would follow.", "Ministry of Labour"},
		{"Mayor Tilde Marsh has confirmed the closure.", "Tilde Marsh"},
		{"A poll found that 64 percent of Norvanians backed the withdrawal.", ""},
		{"The road was closed last week after a landslide.", ""},
		{"The Ostmark army reported two attacks in December.", ""},
		{"Talks resume on Thursday.", ""},
		{"On Saturday evening, the square was quiet.", ""},
	}
	for _, tt := range tests {
		if got := actor(tt.sentence); got != tt.want {
			t.Errorf("actor(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestStripDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"KELPORT, Oct 18 (Norvan Wire) - Pell announced the withdrawal.", "Pell announced the withdrawal."},
		{"KELPORT – Pell announced the withdrawal.", "Pell announced the withdrawal."},
		{"Pell announced the withdrawal - and left.", "Pell announced the withdrawal - and left."},
		{"2,000 troops – all of them – will go.", "2,000 troops – all of them – will go."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, value, gran string
		ok              bool
	}{
		{"2025-10-18", "2025-10-18", Day, true},
		{"2025-10-18T06:00", "2025-10-18", Day, true},
		{"2025-10-17TEV", "2025-10-17", Day, true},
		{"2025-W42", "2025-W42", Week, true},
		{"2026-W01", "2026-W01", Week, true},
		{"2025-10", "2025-10", Month, true},
		{"2025", "2025", Year, true},
		{"XXXX-10-18", "", "", false},
		{"XXXX-WXX-6", "", "", false},
		{"PAST_REF", "", "", false},
		{"2025-Q4", "", "", false},
		{"199", "", "", false},
		{"2025-13", "", "", false},
	}
	for _, tt := range tests {
		p, ok := parsePeriod(tt.in)
		if ok != tt.ok || ok && (p.value() != tt.value || p.gran != tt.gran) {
			t.Errorf("parsePeriod(%q) = %q %q %v, want %q %q %v", tt.in, p.value(), p.gran, ok, tt.value, tt.gran, tt.ok)
		}
	}
}
