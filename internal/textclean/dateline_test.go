package textclean_test

import (
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/textclean"
)

func TestParseDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time // zero: no date
	}{
		{"WASHINGTON, Oct. 21, 2019 — Troops left", day(2019, 10, 21)},
		{"Published: 21 October 2019", day(2019, 10, 21)},
		{"Updated October 21, 2019 3:15 pm", at(2019, 10, 21, 15, 15)},
		{"Monday, October 21st, 2019 at 3:15 p.m. EDT", at(2019, 10, 21, 19, 15)},
		{"Oct 21 2019", day(2019, 10, 21)},
		{"2019-10-21", day(2019, 10, 21)},
		{"2019-10-21T15:15:00Z", at(2019, 10, 21, 15, 15)},
		{"2019-10-21T15:15:00+02:00", at(2019, 10, 21, 13, 15)},
		{"21/10/2019", day(2019, 10, 21)},
		{"10/21/2019", day(2019, 10, 21)},
		{"05/04/2019", day(2019, 4, 5)}, // ambiguous: day first
		{"Veröffentlicht am 21.10.2019, 15:15 Uhr", at(2019, 10, 21, 15, 15)},
		{"21. Oktober 2019", day(2019, 10, 21)},
		{"Publié le 21 octobre 2019 à 15h15", at(2019, 10, 21, 15, 15)},
		{"1er octobre 2019", day(2019, 10, 1)},
		{"21 de octubre de 2019", day(2019, 10, 21)},
		{"21 ottobre 2019, ore 9:05", at(2019, 10, 21, 9, 5)},
		{"21 de outubro de 2019", day(2019, 10, 21)},
		{"21 oktober 2019", day(2019, 10, 21)},
		{"21 октября 2019 г.", day(2019, 10, 21)},
		{"Posted on 10/21/2019 by Dana Whitcombe", day(2019, 10, 21)},
		{"12:00 am, March 3, 2020", day(2020, 3, 3)},
		{"March 3, 2020 12:00 am", day(2020, 3, 3)},
		{"March 3, 2020 12:30 pm GMT", at(2020, 3, 3, 12, 30)},
		// no complete date
		{"WASHINGTON, Oct. 21 — Troops left", time.Time{}},
		{"October 2019", time.Time{}},
		{"3 years ago", time.Time{}},
		{"February 30, 2019", time.Time{}},
		{"the 2019 season opened in 1,500 towns on 12 May", time.Time{}},
		{"", time.Time{}},
		{"13/13/2019", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := textclean.ParseDate(tt.in)
		if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q)=%v, %v; want %v", tt.in, got, ok, tt.want)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) location=%v, want UTC", tt.in, got.Location())
		}
	}
}

// article is a plain body of invented prose the dateline tests wrap.
const article = `The regional council voted on Tuesday to keep the old ferry line running through the winter, reversing a decision taken in the spring after a petition gathered more than nine thousand signatures.

Councillors said the cost of the service would be shared between the three island towns and the province, which agreed to cover the larger part of the fuel bill for the first two years.

"We were told the line could not pay for itself," said Ilse Varga, who organised the petition. "Nobody asked what it costs us to lose it."`

func TestCleanDateline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want time.Time
	}{
		{"byline date", "Ferry line saved for the winter\n\nBy Ana Ruiz | March 3, 2020\n\n" + article, time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"dateline in lede", "Ferry line saved for the winter\n\nPORT ELM, March 3, 2020 — " + article, time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"published beats updated", "Ferry line saved for the winter\n\nUpdated: March 4, 2020 9:00 am\n\nPublished: March 3, 2020\n\n" + article, time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"after the title beats the site header", "Tuesday, March 10, 2020\n\nFerry line saved for the winter\n\nMarch 3, 2020\n\n" + article, time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"no date", "Ferry line saved for the winter\n\n" + article, time.Time{}},
		{"no year", "Ferry line saved for the winter\n\nPORT ELM, March 3 — " + article, time.Time{}},
		{"date inside the body only", "Ferry line saved for the winter\n\n" + article + "\n\nThe first winter sailing is planned for the morning of December 1, 2020, weather permitting, the operator said in a statement.", time.Time{}},
		{"date in the lede but not a dateline", "Ferry line saved for the winter\n\nThe council, which met on March 3, 2020, in the harbour hall, voted by a wide margin to keep the ferry line running.\n\n" + article, time.Time{}},
		{"comment timestamp only", "Ferry line saved for the winter\n\n" + article + commentSection, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := textclean.Clean(tt.text)
			if !got.Published.Equal(tt.want) {
				t.Errorf("Published=%v, want %v", got.Published, tt.want)
			}
			wantFrom := "dateline"
			if tt.want.IsZero() {
				wantFrom = ""
			}
			if got.PublishedFrom != wantFrom {
				t.Errorf("PublishedFrom=%q, want %q", got.PublishedFrom, wantFrom)
			}
		})
	}
}

const commentSection = `

8 Comments

Newest

Oldest

harbour_pilot

March 5, 2020 at 10:12 am

Good news for the islands, though the timetable is still a joke.

Reply

Greta V.

2 years ago

I signed the petition and I am glad it worked.

Reply`
