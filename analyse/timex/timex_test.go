package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/analyse/timex"
)

// dct is a Tuesday.
var dct = time.Date(2019, 10, 22, 9, 30, 0, 0, time.UTC)

// TestFind checks expressions, types and values in invented sentences.
// Each want lists "text|TYPE|value" in order; the DCT is dct unless the
// case says unknown.
func TestFind(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		unknown bool
		want    []string
	}{
		// Absolute dates.
		{"month day ordinal", "The vote was set for October 22nd.", false, []string{"October 22nd|DATE|2019-10-22"}},
		{"abbrev month day year", "Talks began Oct. 22, 2019 in Veldora.", false, []string{"Oct. 22, 2019|DATE|2019-10-22"}},
		{"day month year", "She landed on 22 October 2019.", false, []string{"22 October 2019|DATE|2019-10-22"}},
		{"day of month", "It opens on the 5th of November.", false, []string{"the 5th of November|DATE|2019-11-05"}},
		{"slash day first", "Filed on 22/10/2019 at the registry.", false, []string{"22/10/2019|DATE|2019-10-22"}},
		{"slash month first", "Filed on 10/22/2019 at the registry.", false, []string{"10/22/2019|DATE|2019-10-22"}},
		{"iso date", "The notice is dated 2019-10-22.", false, []string{"2019-10-22|DATE|2019-10-22"}},
		{"iso date time", "Logged 2019-10-22 14:05:00 by the clerk.", false, []string{"2019-10-22 14:05:00|TIME|2019-10-22T14:05"}},
		{"month year", "The plant closed in December 2018.", false, []string{"December 2018|DATE|2018-12"}},
		{"month of year", "The plant closed in May of 2017.", false, []string{"May of 2017|DATE|2017-05"}},
		{"bare month past", "Prices rose in March.", false, []string{"March|DATE|2019-03"}},
		{"bare month next year", "The plan takes effect in January.", false, []string{"January|DATE|2020-01"}},
		{"month day past", "Mr. Osk resigned on Sept. 3.", false, []string{"Sept. 3|DATE|2019-09-03"}},
		{"month day later this year", "The summit opens Nov. 14.", false, []string{"Nov. 14|DATE|2019-11-14"}},
		{"late month", "Fighting resumed in late August.", false, []string{"late August|DATE|2019-08"}},
		{"month with last year", "It happened in June last year.", false, []string{"June last year|DATE|2018-06"}},
		{"last month name", "The deal was signed last April.", false, []string{"last April|DATE|2019-04"}},
		{"next month name", "Elections are due next March.", false, []string{"next March|DATE|2020-03"}},
		{"year", "The dam was built in 1987.", false, []string{"1987|DATE|1987"}},
		{"since year", "Rates have not moved since 2003.", false, []string{"2003|DATE|2003"}},
		{"fiscal year", "Sales fell in fiscal 2018.", false, []string{"fiscal 2018|DATE|2018"}},
		{"decade", "The town grew in the 1990s.", false, []string{"the 1990s|DATE|199"}},
		{"decade apostrophe", "It was popular in the '80s.", false, []string{"the '80s|DATE|198"}},
		{"mid decade", "Output peaked in the mid-1970s.", false, []string{"the mid-1970s|DATE|197"}},
		{"spoken year", "The plant closed in nineteen ninety-six.", false, []string{"nineteen ninety-six|DATE|1996"}},
		{"spoken month year", "It opened in January nineteen ninety-seven.", false, []string{"January nineteen ninety-seven|DATE|1997-01"}},
		{"the year two thousand", "Debts must be halved by the year two thousand.", false, []string{"the year two thousand|DATE|2000"}},
		{"for years", "The feud went on for years.", false, []string{"years|DURATION|PXY"}},
		{"within weeks", "Troops arrived within weeks.", false, []string{"weeks|DURATION|PXW"}},
		{"years of", "He gave years of service.", false, nil},
		{"season year", "The bridge opened in summer 2018.", false, []string{"summer 2018|DATE|2018-SU"}},
		{"season of year", "It froze in the winter of 2017.", false, []string{"the winter of 2017|DATE|2017-WI"}},
		{"last season", "Crops failed last summer.", false, []string{"last summer|DATE|2019-SU"}},
		{"quarter ordinal", "Profit rose in the third quarter.", false, []string{"the third quarter|DATE|2019-Q3"}},
		{"quarter hyphen", "Third-quarter profit rose.", false, []string{"Third-quarter|DATE|2019-Q3"}},
		{"quarter of year", "Profit rose in the first quarter of 2018.", false, []string{"the first quarter of 2018|DATE|2018-Q1"}},
		{"quarter not begun", "Sales in the fourth quarter will rise.", false, []string{"the fourth quarter|DATE|2019-Q4"}},
		{"the quarter refers back", "Profit rose in the second quarter. In the quarter, sales fell.", false,
			[]string{"the second quarter|DATE|2019-Q2", "the quarter|DATE|2019-Q2"}},
		{"latest quarter", "Profit rose in the latest quarter.", false, []string{"the latest quarter|DATE|2019-Q3"}},
		{"first half", "Revenue fell in the first half.", false, []string{"the first half|DATE|2019-H1"}},
		{"holiday", "Shops closed on Christmas Day.", false, []string{"Christmas Day|DATE|2019-12-25"}},

		// Weekdays: the latest such day, unless the sentence speaks of the future.
		{"weekday past", "The ministers met on Monday.", false, []string{"Monday|DATE|2019-10-21"}},
		{"weekday same day", "The council voted Tuesday.", false, []string{"Tuesday|DATE|2019-10-22"}},
		{"weekday a week back", "The mayor spoke Wednesday.", false, []string{"Wednesday|DATE|2019-10-16"}},
		{"weekday future will", "The ministers will meet on Thursday.", false, []string{"Thursday|DATE|2019-10-24"}},
		// Reported future: what they said they would do lies ahead.
		{"weekday reported future would", "Union officials said they would meet on Thursday.", false, []string{"Thursday|DATE|2019-10-24"}},
		{"weekday future far back", "The committee is expected to question the minister on the details of the withdrawal on Thursday.", false, []string{"Thursday|DATE|2019-10-24"}},
		{"weekday future contraction", "We'll see them Friday.", false, []string{"Friday|DATE|2019-10-25"}},
		{"weekday future going to", "She is going to testify on Monday.", false, []string{"Monday|DATE|2019-10-28"}},
		{"weekday future scheduled", "A vote is scheduled for Saturday.", false, []string{"Saturday|DATE|2019-10-26"}},
		{"weekday said then will", "Officials said Friday they will appeal.", false, []string{"Friday|DATE|2019-10-18"}},
		{"last weekday", "The strike ended last Friday.", false, []string{"last Friday|DATE|2019-10-18"}},
		{"next weekday", "The strike ends next Monday.", false, []string{"next Monday|DATE|2019-10-28"}},
		{"last weekday same name", "It rained last Tuesday.", false, []string{"last Tuesday|DATE|2019-10-15"}},
		{"weekday part of day", "Shots were heard Sunday night.", false, []string{"Sunday night|DATE|2019-10-20"}},
		{"weekday with date", "It opened Saturday, Oct. 12, in Brisk.", false, []string{"Saturday, Oct. 12|DATE|2019-10-12"}},
		{"weekday lower case", "a friday feeling", false, nil},

		// Times of day.
		{"clock pm", "The blast came at 3:15 p.m.", false, []string{"3:15 p.m.|TIME|2019-10-22T15:15"}},
		{"clock am", "Polls open at 7 a.m. tomorrow.", false, []string{"7 a.m. tomorrow|TIME|2019-10-23T07:00"}},
		{"clock weekday", "The deadline is noon Friday.", false, []string{"noon Friday|TIME|2019-10-18T12:00"}},
		{"clock zone date", "Bids close at 5 p.m. EST, Nov. 6.", false, []string{"5 p.m. EST, Nov. 6|TIME|2019-11-06T17:00"}},
		{"this morning", "The ferry sank this morning.", false, []string{"this morning|TIME|2019-10-22TMO"}},
		{"last night", "Protests grew last night.", false, []string{"last night|TIME|2019-10-21TNI"}},

		// Relative dates.
		{"yesterday", "The court ruled yesterday.", false, []string{"yesterday|DATE|2019-10-21"}},
		{"today", "The court rules today.", false, []string{"today|DATE|2019-10-22"}},
		{"tomorrow", "The court rules tomorrow.", false, []string{"tomorrow|DATE|2019-10-23"}},
		{"last week", "The pact was signed last week.", false, []string{"last week|DATE|2019-W42"}},
		{"this week", "Talks resume this week.", false, []string{"this week|DATE|2019-W43"}},
		{"next week", "Talks resume next week.", false, []string{"next week|DATE|2019-W44"}},
		{"last month", "Exports fell last month.", false, []string{"last month|DATE|2019-09"}},
		{"earlier this year", "He moved earlier this year.", false, []string{"earlier this year|DATE|2019"}},
		{"last year", "Output rose last year.", false, []string{"last year|DATE|2018"}},
		{"next year", "Output will rise next year.", false, []string{"next year|DATE|2020"}},
		{"the weekend", "Crowds gathered over the weekend.", false, []string{"the weekend|DATE|2019-W42-WE"}},
		{"days earlier", "Two days earlier the dam had burst.", false, []string{"Two days earlier|DATE|2019-10-20"}},
		{"weeks ago", "The mine shut three weeks ago.", false, []string{"three weeks ago|DATE|2019-W40"}},
		{"years ago", "The mine shut five years ago.", false, []string{"five years ago|DATE|2014"}},
		{"months ago", "The mine shut six months ago.", false, []string{"six months ago|DATE|2019-04"}},
		{"a year ago", "Sales were higher a year ago.", false, []string{"a year ago|DATE|2018"}},
		{"now", "The port is now closed.", false, []string{"now|DATE|PRESENT_REF"}},
		{"now that", "Now that the port is closed, ships wait.", false, nil},
		{"recently", "The port recently reopened.", false, []string{"recently|DATE|PAST_REF"}},
		{"currently", "The port is currently closed.", false, []string{"currently|DATE|PRESENT_REF"}},
		{"soon", "The port will soon reopen.", false, []string{"soon|DATE|FUTURE_REF"}},
		{"as soon as", "Leave as soon as you can.", false, nil},
		{"the future", "Nobody knows the future.", false, []string{"the future|DATE|FUTURE_REF"}},
		{"the past", "Such raids happened in the past.", false, []string{"the past|DATE|PAST_REF"}},
		{"coming weeks", "A decision is due in the coming weeks.", false, []string{"the coming weeks|DATE|FUTURE_REF"}},

		// Durations.
		{"weeks", "The siege lasted four weeks.", false, []string{"four weeks|DURATION|P4W"}},
		{"digits years", "He served 11 years in Drava.", false, []string{"11 years|DURATION|P11Y"}},
		{"adjectival", "They agreed a five-day ceasefire.", false, []string{"five-day|DURATION|P5D"}},
		{"adjectival digits", "After a 16-hour session they left.", false, []string{"16-hour|DURATION|PT16H"}},
		{"hours", "Rescuers dug for five hours.", false, []string{"five hours|DURATION|PT5H"}},
		{"past months", "Prices doubled over the past two months.", false, []string{"the past two months|DURATION|P2M"}},
		{"the nine months", "Profit rose in the nine months.", false, []string{"the nine months|DURATION|P9M"}},
		{"first nine months", "Profit rose in the first nine months.", false, []string{"the first nine months|DURATION|P9M"}},
		{"several days", "The storm lasted several days.", false, []string{"several days|DURATION|PXD"}},
		{"a few weeks", "It took a few weeks.", false, []string{"a few weeks|DURATION|PXW"}},
		{"more than", "The case took more than three years.", false, []string{"more than three years|DURATION|P3Y"}},
		{"up to", "Suspects may be held up to 180 days.", false, []string{"up to 180 days|DURATION|P180D"}},
		{"decade", "The feud lasted a decade.", false, []string{"a decade|DURATION|P10Y"}},
		{"compound number", "The talks ran twenty-four hours.", false, []string{"twenty-four hours|DURATION|PT24H"}},
		{"age is not duration", "A 6-year-old boy was found.", false, nil},
		{"within", "The army must leave within four weeks.", false, []string{"four weeks|DURATION|P4W"}},

		// Sets.
		{"every weekday", "The market opens every Monday.", false, []string{"every Monday|SET|XXXX-WXX-1"}},
		{"every day", "Buses run every day.", false, []string{"every day|SET|P1D"}},
		{"every two weeks", "Buses run every two weeks.", false, []string{"every two weeks|SET|P2W"}},
		{"each year", "The fair returns each year.", false, []string{"each year|SET|P1Y"}},
		{"weekly", "The council meets weekly.", false, []string{"weekly|SET|P1W"}},
		{"daily", "Flights leave daily.", false, []string{"daily|SET|P1D"}},
		{"twice a year", "The board meets twice a year.", false, []string{"a year|SET|P1Y"}},
		{"newspaper name", "The Brisk Daily reported it.", false, nil},

		// Traps.
		{"may verb", "May I ask a question? Officials may resign.", false, nil},
		{"march verb", "Protesters will march on the palace.", false, nil},
		{"march noun capital", "The March was peaceful.", false, nil},
		{"comma number", "Some 2,019 troops were sent.", false, nil},
		{"count before noun", "About 1500 people fled.", false, nil},
		{"money", "It cost $2000 in fees.", false, nil},
		{"percent", "Turnout was 1999 percent of nothing.", false, nil},
		{"count plural noun", "The army sent 2000 soldiers.", false, nil},
		{"quarter not time", "A quarter of the votes were void.", false, nil},
		{"second not time", "The second round is closer.", false, nil},

		// Wider spans and company-report phrasing.
		{"end of month", "Troops leave by the end of November.", false, []string{"the end of November|DATE|2019-11"}},
		{"right now", "Right now the border is shut.", false, []string{"Right now|DATE|PRESENT_REF"}},
		{"late yesterday", "The deal was struck late yesterday.", false, []string{"late yesterday|DATE|2019-10-21"}},
		{"sometime next year", "A vote is likely sometime next year.", false, []string{"sometime next year|DATE|2020"}},
		{"current fiscal year", "Sales will grow in the current fiscal year.", false, []string{"the current fiscal year|DATE|2019"}},
		{"year-ago quarter", "Profit beat the year-ago third quarter.", false, []string{"the year-ago third quarter|DATE|2018-Q3"}},
		{"fiscal quarter", "Profit rose in the fiscal first quarter.", false, []string{"the fiscal first quarter|DATE|2019-Q1"}},
		{"quarter adjective", "It blamed the third-quarter loss on rain.", false, []string{"third-quarter|DATE|2019-Q3"}},
		{"duration adjective", "They ended the eight-year war.", false, []string{"eight-year|DURATION|P8Y"}},
		{"latest period", "Sales fell in the latest period.", false, []string{"the latest period|DATE|2019-Q3"}},
		{"past plan", "The offer had been scheduled to expire Friday.", false, []string{"Friday|DATE|2019-10-18"}},
		{"as early as", "He may arrive as early as Thursday.", false, []string{"Thursday|DATE|2019-10-24"}},
		{"age in years", "Mr. Osk, 52 years old, resigned.", false, nil},
		{"rate a year", "The shares pay $1.76 a year.", false, nil},
		{"rate per noun", "The airline adds 700 seats a week.", false, nil},
		{"film title", "He quoted High Noon at the rally.", false, nil},
		{"tv title", "She spoke on ABC's This Week programme.", false, nil},

		// Unknown DCT: nothing invented.
		{"unknown weekday", "The ministers met on Monday.", true, []string{"Monday|DATE|XXXX-WXX-1"}},
		{"unknown month day", "It opened October 22.", true, []string{"October 22|DATE|XXXX-10-22"}},
		{"unknown yesterday", "It opened yesterday.", true, []string{"yesterday|DATE|XXXX-XX-XX"}},
		{"unknown last year", "It opened last year.", true, []string{"last year|DATE|XXXX"}},
		{"unknown last week", "It opened last week.", true, []string{"last week|DATE|XXXX-WXX"}},
		{"unknown recently", "It opened recently.", true, []string{"recently|DATE|PAST_REF"}},
		{"unknown explicit", "It opened Oct. 22, 2019.", true, []string{"Oct. 22, 2019|DATE|2019-10-22"}},
		{"unknown quarter", "Profit rose in the third quarter.", true, []string{"the third quarter|DATE|XXXX-Q3"}},
		{"unknown ago", "It opened two days ago.", true, []string{"two days ago|DATE|XXXX-XX-XX"}},
		{"unknown duration", "It lasted four weeks.", true, []string{"four weeks|DURATION|P4W"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dct
			if tt.unknown {
				d = time.Time{}
			}
			var got []string
			for _, e := range timex.Find(tt.text, d) {
				if tt.text[e.Span.Start:e.Span.End] != e.Text {
					t.Errorf("span %v of %q is %q", e.Span, e.Text, tt.text[e.Span.Start:e.Span.End])
				}
				got = append(got, e.Text+"|"+e.Type+"|"+e.Value)
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Find(%q) =\n  %v\nwant\n  %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindAnchored checks cases reported on the invented corpora, each
// with its own DCT: a clock time followed by "on <day>" takes that day,
// and a weekday resolves by the tense of its clause.
func TestFindAnchored(t *testing.T) {
	tests := []struct {
		dct  string
		text string
		want string
	}{
		// Tuesday: the river burst on Monday night, not the DCT's midnight.
		{"2026-03-10", "The river burst its banks shortly before midnight on Monday.", "midnight on Monday|TIME|2026-03-09T24:00"},
		// Wednesday: "00:47 on Tuesday" is Tuesday's, not the DCT's.
		{"2026-03-11", "The alert went out at 00:47 on Tuesday, officials said.", "00:47 on Tuesday|TIME|2026-03-10T00:47"},
		{"2026-03-11", "The convoy left at 6 a.m. on March 9 and arrived late.", "6 a.m. on March 9|TIME|2026-03-09T06:00"},
		{"2026-03-11", "The ferry sailed at 6 a.m. and docked on Monday.", "6 a.m.|TIME|2026-03-11T06:00; Monday|DATE|2026-03-09"},
		// Wednesday 2025-11-05: past tense looks back, plans look forward.
		{"2025-11-05", "The minister said on Thursday that talks would resume.", "Thursday|DATE|2025-10-30"},
		{"2025-11-05", "He met the envoy on Thursday.", "Thursday|DATE|2025-10-30"},
		{"2025-11-05", "The union will meet on Thursday to decide.", "Thursday|DATE|2025-11-06"},
		{"2025-11-05", "The committee is expected to question the minister on the details of the withdrawal on Thursday.", "Thursday|DATE|2025-11-06"},
		{"2025-11-05", "She said on Tuesday evening that she had invited both sides to meet at the ministry in the capital, Kelmar, on Thursday.", "Tuesday evening|DATE|2025-11-04; Thursday|DATE|2025-11-06"},
		{"2025-11-05", "The minister has called union leaders and employers to mediation talks on Thursday.", "Thursday|DATE|2025-11-06"},
		{"2025-11-05", "The vote is set for Thursday.", "Thursday|DATE|2025-11-06"},
		{"2025-11-05", "The vote was set for Thursday.", "Thursday|DATE|2025-10-30"},
		{"2025-11-05", "The president is to visit the port on Thursday.", "Thursday|DATE|2025-11-06"},
		{"2025-11-05", "The road has been closed since Thursday.", "Thursday|DATE|2025-10-30"},
		{"2025-11-05", "He went to church on Thursday.", "Thursday|DATE|2025-10-30"},
		// Tuesday 2026-03-10 and Wednesday 2026-03-11: forecasts, motions a
		// minister faces, plans one is supposed to carry out.
		{"2026-03-10", "The weather service warned of further storms on Thursday.", "Thursday|DATE|2026-03-12"},
		{"2026-03-10", "The weather service warned on Thursday that storms would come.", "Thursday|DATE|2026-03-05"},
		{"2026-03-11", "The minister, who faces a censure motion from the opposition on Thursday, stayed.", "Thursday|DATE|2026-03-12"},
		{"2026-03-11", "The service kept a warning for heavy rain in place for Thursday.", "Thursday|DATE|2026-03-12"},
		{"2026-04-21", "Its members are supposed to start patrolling on Wednesday.", "Wednesday|DATE|2026-04-22"},
		{"2026-04-21", "Its members were supposed to start patrolling on Wednesday.", "Wednesday|DATE|2026-04-15"},
	}
	for _, tt := range tests {
		d, err := time.Parse("2006-01-02", tt.dct)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range timex.Find(tt.text, d) {
			got = append(got, e.Text+"|"+e.Type+"|"+e.Value)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("Find(%q, %s) = %s, want %s", tt.text, tt.dct, g, tt.want)
		}
	}
}

// TestFindOffsets checks that spans index the text as given, multi-byte
// characters included.
func TestFindOffsets(t *testing.T) {
	text := "Über den Fluss — the ferry sank on Monday, “officials” said ‘last week’."
	got := timex.Find(text, dct)
	if len(got) != 2 {
		t.Fatalf("Find = %v, want 2 expressions", got)
	}
	for _, e := range got {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("span %v gives %q, want %q", e.Span, text[e.Span.Start:e.Span.End], e.Text)
		}
	}
	if got[0].Value != "2019-10-21" || got[1].Value != "2019-W42" {
		t.Errorf("values = %s, %s", got[0].Value, got[1].Value)
	}
}

// TestFindTruncated cuts sentences at every byte: expressions cut short
// at the end of a text must not read past it.
func TestFindTruncated(t *testing.T) {
	texts := []string{
		"It ended last Friday, Oct. 12, 2019 at 3:15 p.m. EST, Nov. 6 after the third-quarter.",
		"the year-ago third quarter of 1988's second half, the end of this week, 22/10/2019 14:05:00",
		"More than a couple of years ago, every other Monday, twenty-four hours, the '90s, mid-1970s.",
		"Christmas Eve, New Year's Day, Thanksgiving Day; right now, late yesterday, sometime next year",
	}
	for _, text := range texts {
		for n := 0; n <= len(text); n++ {
			for _, d := range []time.Time{dct, {}} {
				for _, e := range timex.Find(text[:n], d) {
					if e.Span.Start < 0 || e.Span.End > n || e.Span.Start >= e.Span.End {
						t.Fatalf("Find(%q): bad span %v", text[:n], e.Span)
					}
				}
			}
		}
	}
}

// article is an invented ~5 KB news text dense in time expressions.
var article = strings.Repeat(`BRISK, Veldora — The ministers of Veldora and Drava met on Monday and will
meet again on Thursday, officials said, after a five-day ceasefire that began last week
collapsed. About 5,200 troops remain in the border region, up from 4,000 in December 2018.
The talks, first held in 2003, resumed Oct. 14, 2019 after a pause of 11 years; the
next round is due in the coming weeks. "We meet every Monday," a spokesman said at 3:15 p.m.
Prices have doubled over the past two months, and the central bank said third-quarter
output fell 2.1 percent from a year earlier. Protesters may march again tomorrow.
`, 8)

// Run with: go test ./analyse/timex -bench Find -benchmem
func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(article)))
	for b.Loop() {
		timex.Find(article, dct)
	}
}

func ExampleFind() {
	dct := time.Date(2019, 10, 22, 0, 0, 0, 0, time.UTC)
	for _, e := range timex.Find("The ministers met on Monday and will meet again on Thursday after a five-day ceasefire.", dct) {
		fmt.Println(e.Text, e.Type, e.Value)
	}
	// Output:
	// Monday DATE 2019-10-21
	// Thursday DATE 2019-10-24
	// five-day DURATION P5D
}

// FuzzFind checks that any text gives spans inside it, in order, whose
// text is what they cover. Run with: go test ./analyse/timex -fuzz FuzzFind
func FuzzFind(f *testing.F) {
	f.Add("The ministers met on Monday and will meet again on Thursday, Oct. 24.")
	f.Add("the year-ago third quarter; 22/10/2019 14:05:00; 3:15 p.m. EST, Nov. 6")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, e := range timex.Find(text, dct) {
			if e.Span.Start < last || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
				t.Fatalf("bad span %v after %d in %q", e.Span, last, text)
			}
			if text[e.Span.Start:e.Span.End] != e.Text {
				t.Fatalf("span %v is %q, text %q", e.Span, text[e.Span.Start:e.Span.End], e.Text)
			}
			last = e.Span.End
		}
	})
}
