package quantity_test

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// currencyRangeCases are the forms found wrong on real news: dollars with
// country letters, ranges whose two ends both carry the unit, and number
// words sharing a scale. Sentences are invented.
var currencyRangeCases = []quantityCase{
	// Dollars with country letters, before the sign and after it.
	{"A$ million", "The Lumira port deal is worth A$2.9 million.", []parallax.Quantity{q("A$2.9 million", 2.9e6, "AUD", "")}},
	{"AU$", "The entry fee is AU$300 a head.", []parallax.Quantity{q("AU$300", 300, "AUD", "")}},
	{"C$ million", "Tarrow Mining raised C$40 million last week.", []parallax.Quantity{q("C$40 million", 4e7, "CAD", "")}},
	{"CA$", "The contract is valued at CA$10 million.", []parallax.Quantity{q("CA$10 million", 1e7, "CAD", "")}},
	{"NZ$ billion", "The fund now holds NZ$5 billion.", []parallax.Quantity{q("NZ$5 billion", 5e9, "NZD", "")}},
	{"HK$", "The tower sold for HK$300 million.", []parallax.Quantity{q("HK$300 million", 3e8, "HKD", "")}},
	{"S$ bn", "The port spent S$12bn on cranes.", []parallax.Quantity{q("S$12bn", 1.2e10, "SGD", "")}},
	{"R$", "The bank lent R$50 million to farmers.", []parallax.Quantity{q("R$50 million", 5e7, "BRL", "")}},
	{"US$ still", "The loan is worth US$1.2 billion.", []parallax.Quantity{q("US$1.2 billion", 1.2e9, "USD", "")}},
	{"$US suffix", "The settlement came to $US1 million.", []parallax.Quantity{q("$US1 million", 1e6, "USD", "")}},
	{"$US spaced", "The settlement came to $US 3 million.", []parallax.Quantity{q("$US 3 million", 3e6, "USD", "")}},
	{"$A suffix", "A ticket costs $A5 on weekdays.", []parallax.Quantity{q("$A5", 5, "AUD", "")}},
	{"$NZ suffix", "Lunch costs $NZ15 at the quay.", []parallax.Quantity{q("$NZ15", 15, "NZD", "")}},
	{"country range", "Repairs will cost A$3bn to A$4bn.", []parallax.Quantity{bound(q("A$3bn to A$4bn", 3e9, "AUD", ""), 3e9, 4e9)}},
	{"article before sign", "A $300 fee applies to late filings.", []parallax.Quantity{q("$300", 300, "USD", "")}},
	{"bound article sign", "Residents get up to a $150 credit.", []parallax.Quantity{bound(q("up to a $150", 150, "USD", ""), 0, 150)}},
	{"article before percent", "A 5% rise is expected.", []parallax.Quantity{q("5%", 5, "percent", "")}},
	{"code NZD", "The bond raised NZD 40 million.", []parallax.Quantity{q("NZD 40 million", 4e7, "NZD", "")}},
	{"code glued", "The loan is USD3m over five years.", []parallax.Quantity{q("USD3m", 3e6, "USD", ""), q("five years", 5, "P5Y", "years")}},
	{"code range", "The bonds raised EUR 3 billion to EUR 4 billion.", []parallax.Quantity{bound(q("EUR 3 billion to EUR 4 billion", 3e9, "EUR", ""), 3e9, 4e9)}},
	{"rupees crore", "The scheme costs Rs 500 crore.", []parallax.Quantity{q("Rs 500 crore", 5e9, "INR", "")}},
	{"rupees dotted", "Each family gets Rs. 40,000 a year.", []parallax.Quantity{q("Rs. 40,000", 40000, "INR", "")}},
	{"rupee sign lakh", "The grant is ₹2 lakh per family.", []parallax.Quantity{q("₹2 lakh", 2e5, "INR", "")}},
	{"pc percent", "Inflation was 2.5 pc in May.", []parallax.Quantity{q("2.5 pc", 2.5, "percent", "")}},

	// Ranges with the unit on both ends.
	{"percent to percent", "Growth of 40 percent to 70 percent is expected.", []parallax.Quantity{bound(q("40 percent to 70 percent", 40, "percent", ""), 40, 70)}},
	{"sign to sign", "Analysts expect 40% to 70% of the cargo to be lost.", []parallax.Quantity{bound(q("40% to 70%", 40, "percent", ""), 40, 70)}},
	{"between signs", "Between 40% and 70% of voters stayed home.", []parallax.Quantity{bound(q("Between 40% and 70%", 40, "percent", ""), 40, 70)}},
	{"between per cent", "Between 40 per cent and 70 per cent of the wells are dry.", []parallax.Quantity{bound(q("Between 40 per cent and 70 per cent", 40, "percent", ""), 40, 70)}},
	{"between percent word once", "Between 40 and 70 percent of voters stayed home.", []parallax.Quantity{bound(q("Between 40 and 70 percent", 40, "percent", ""), 40, 70)}},
	{"hyphen signs", "The plan cuts emissions by 50%-52% from today's level.", []parallax.Quantity{bound(q("50%-52%", 50, "percent", ""), 50, 52)}},
	{"approx signs", "Roughly 80% to 85% of adults are immune.", []parallax.Quantity{about(q("Roughly 80% to 85%", 80, "percent", ""), 72, 93.5)}},
	{"ranged from", "Efficacy ranged from 62% to 90% across the trials.", []parallax.Quantity{bound(q("62% to 90%", 62, "percent", ""), 62, 90)}},
	{"points to points", "The gap is 10 percentage points to 15 percentage points.", []parallax.Quantity{bound(q("10 percentage points to 15 percentage points", 10, "percentage point", ""), 10, 15)}},
	{"change stays two", "The jobless rate fell from 6.1% to 5.8% last month.", []parallax.Quantity{q("6.1%", 6.1, "percent", ""), q("5.8%", 5.8, "percent", "")}},
	{"raise stays two", "Tariffs were increased from 10% to 25% in May.", []parallax.Quantity{q("10%", 10, "percent", ""), q("25%", 25, "percent", "")}},
	{"poll tally", "In the new poll Halden leads Mirov 43 percent to 41 percent among older voters.", []parallax.Quantity{q("43 percent", 43, "percent", ""), q("41 percent", 41, "percent", "")}},
	{"poll tally rising", "In the new poll Mirov trails Halden 38% to 55% among younger voters.", []parallax.Quantity{q("38%", 38, "percent", ""), q("55%", 55, "percent", "")}},
	{"split tally", "Voters were split 62%-32% on the question.", []parallax.Quantity{q("62%", 62, "percent", ""), q("32%", 32, "percent", "")}},
	{"change by level", "New jobless claims fell 34,000 to 444,000 last week.", []parallax.Quantity{q("34,000", 34000, "", ""), q("444,000", 444000, "", "")}},
	{"change by level by", "Claims fell by 34,000 to 444,000 last week.", []parallax.Quantity{q("34,000", 34000, "", ""), q("444,000", 444000, "", "")}},
	{"change by shares", "Fares rose 5% to 20% of a day's pay.", []parallax.Quantity{q("5%", 5, "percent", ""), q("20%", 20, "percent", "")}},
	{"verb range stays", "Fares rose 3 to 4 percent last year.", []parallax.Quantity{bound(q("3 to 4 percent", 3, "percent", ""), 3, 4)}},
	{"verb range shares", "Fares rose 5% to 7% last year.", []parallax.Quantity{bound(q("5% to 7%", 5, "percent", ""), 5, 7)}},
	{"change shared scale", "Arrivals rose from 3 to 4 million a year.", []parallax.Quantity{q("3", 3e6, "", ""), q("4 million", 4e6, "", "")}},
	{"raising from", "The bill proposes raising the rate from 21% to 26.5% next year.", []parallax.Quantity{q("21%", 21, "percent", ""), q("26.5%", 26.5, "percent", "")}},
	{"rise noun stays", "Economists forecast a 164,000 rise in payrolls.", []parallax.Quantity{q("164,000 rise", 164000, "rise", "rise")}},
	{"verb no noun", "Claims for the week to Oct. 9 fell to 293,000.", []parallax.Quantity{q("293,000", 293000, "", "")}},
	{"mixed units no range", "Support fell 3 percentage points to 41 percent.", []parallax.Quantity{q("3 percentage points", 3, "percentage point", ""), q("41 percent", 41, "percent", "")}},

	// Number words sharing the scale of the second figure.
	{"words shared million", "Two to three million people fled the coast.", []parallax.Quantity{bound(q("Two to three million people", 2e6, "people", "people"), 2e6, 3e6)}},
	{"words shared hundred", "Between two and three hundred people fled.", []parallax.Quantity{bound(q("Between two and three hundred people", 200, "people", "people"), 200, 300)}},
	{"words shared thousand", "Between five and six thousand dockers struck.", []parallax.Quantity{bound(q("Between five and six thousand dockers", 5000, "docker", "dockers"), 5000, 6000)}},
	{"words compound no share", "Two to two thousand five hundred lorries a day pass.", []parallax.Quantity{bound(q("Two to two thousand five hundred lorries", 2, "lorry", "lorries"), 2, 2500)}},
}

func TestFindCurrencyAndRanges(t *testing.T) {
	runCases(t, currencyRangeCases)
}
