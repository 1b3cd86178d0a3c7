package quantity_test

import (
	"math"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/quantity"
)

var inf = math.Inf(1)

// q builds an expected exact quantity; the methods below adjust it.
func q(text string, value float64, unit, counted string) parallax.Quantity {
	return parallax.Quantity{Text: text, Value: value, Low: value, High: value, Unit: unit, Counted: counted}
}

func about(x parallax.Quantity, lo, hi float64) parallax.Quantity {
	x.Low, x.High, x.Approx = lo, hi, true
	return x
}

func bound(x parallax.Quantity, lo, hi float64) parallax.Quantity {
	x.Low, x.High = lo, hi
	return x
}

func held(x parallax.Quantity, h string) parallax.Quantity {
	x.Holder = h
	return x
}

func mods(x parallax.Quantity, m ...string) parallax.Quantity {
	x.Modifiers = m
	return x
}

type quantityCase struct {
	name string
	text string
	want []parallax.Quantity
}

// quantityCases are invented sentences; every bullet of the issue has a
// group, the traps included.
var quantityCases = []quantityCase{
	// Digits.
	{"thousands separator", "The army sent 1,000 soldiers to the border.", []parallax.Quantity{q("1,000 soldiers", 1000, "personnel", "soldiers")}},
	{"plain digits", "Police counted 450 protesters.", []parallax.Quantity{q("450 protesters", 450, "protester", "protesters")}},
	{"decimal", "The fund lost 2.5 percent last quarter.", []parallax.Quantity{q("2.5 percent", 2.5, "percent", "")}},
	{"decimal comma", "Inflation reached 3,5 % in the region.", []parallax.Quantity{q("3,5 %", 3.5, "percent", "")}},
	{"no-break space thousands", "Some 5\u00a0000 soldiers left.", []parallax.Quantity{about(q("Some 5\u00a0000 soldiers", 5000, "personnel", "soldiers"), 4500, 5500)}},
	{"narrow space thousands", "The fund holds 12\u202f500 florins.", []parallax.Quantity{q("12\u202f500 florins", 12500, "florin", "florins")}},
	{"large number", "The census counted 1,234,567 residents.", []parallax.Quantity{q("1,234,567 residents", 1234567, "people", "residents")}},
	{"scale million", "The city has 5.2 million inhabitants.", []parallax.Quantity{q("5.2 million inhabitants", 5.2e6, "people", "inhabitants")}},
	{"scale billion", "Exports fell to 3 billion crowns.", []parallax.Quantity{q("3 billion crowns", 3e9, "crown", "crowns")}},
	{"scale thousand", "Some 12 thousand voters stayed home.", []parallax.Quantity{about(q("Some 12 thousand voters", 12000, "voter", "voters"), 10800, 13200)}},
	{"sentence start digits", "300 workers were laid off.", []parallax.Quantity{q("300 workers", 300, "worker", "workers")}},
	{"two figures", "The ministry sent 14 helicopters and two field hospitals.", []parallax.Quantity{q("14 helicopters", 14, "helicopter", "helicopters"), mods(q("two field hospitals", 2, "hospital", "hospitals"), "field")}},

	// Words.
	{"word four", "Four motions were tabled this spring.", []parallax.Quantity{q("Four motions", 4, "motion", "motions")}},
	{"word lower", "The council approved four motions.", []parallax.Quantity{q("four motions", 4, "motion", "motions")}},
	{"hyphenated tens", "Twenty-seven ships waited offshore.", []parallax.Quantity{q("Twenty-seven ships", 27, "ship", "ships")}},
	{"word hundred", "The village sheltered two hundred families.", []parallax.Quantity{q("two hundred families", 200, "family", "families")}},
	{"word hundred and", "She hired one hundred and fifty nurses.", []parallax.Quantity{q("one hundred and fifty nurses", 150, "nurse", "nurses")}},
	{"a thousand", "A thousand volunteers cleared the beach.", []parallax.Quantity{q("A thousand volunteers", 1000, "volunteer", "volunteers")}},
	{"a dozen", "A dozen reporters waited outside.", []parallax.Quantity{q("A dozen reporters", 12, "reporter", "reporters")}},
	{"two dozen", "Two dozen boats joined the search.", []parallax.Quantity{q("Two dozen boats", 24, "boat", "boats")}},
	{"half a million", "Half a million tourists visit each year.", []parallax.Quantity{q("Half a million tourists", 5e5, "tourist", "tourists")}},
	{"a million", "The appeal raised a million florins.", []parallax.Quantity{q("a million florins", 1e6, "florin", "florins")}},
	{"word eleven", "Eleven deputies abstained.", []parallax.Quantity{q("Eleven deputies", 11, "deputy", "deputies")}},
	{"one with noun", "Only one soldier was wounded.", []parallax.Quantity{q("one soldier", 1, "personnel", "soldier")}},
	{"word and digits", "Three ministers and 40 aides resigned.", []parallax.Quantity{q("Three ministers", 3, "minister", "ministers"), q("40 aides", 40, "aide", "aides")}},

	// Fractions.
	{"two-thirds", "Two-thirds of voters backed the plan.", []parallax.Quantity{q("Two-thirds", 200.0/3, "percent", "")}},
	{"two thirds spaced", "Nearly two thirds of the fleet is idle.", []parallax.Quantity{about(q("Nearly two thirds", 200.0/3, "percent", ""), 60, 200.0/3)}},
	{"a quarter of", "A quarter of the budget goes to defence.", []parallax.Quantity{q("A quarter", 25, "percent", "")}},
	{"half of", "Half of the wells have run dry.", []parallax.Quantity{q("Half", 50, "percent", "")}},
	{"three-quarters", "Three-quarters of the harbour froze.", []parallax.Quantity{q("Three-quarters", 75, "percent", "")}},
	{"one third", "One third of the seats went to the alliance.", []parallax.Quantity{q("One third", 100.0/3, "percent", "")}},

	// Percent.
	{"percent sign", "Turnout was 10% lower.", []parallax.Quantity{q("10%", 10, "percent", "")}},
	{"percent word", "Support stood at 64 percent.", []parallax.Quantity{q("64 percent", 64, "percent", "")}},
	{"per cent", "Prices rose 3.1 per cent in May.", []parallax.Quantity{q("3.1 per cent", 3.1, "percent", "")}},
	{"percentage points", "The party gained 4 percentage points.", []parallax.Quantity{q("4 percentage points", 4, "percentage point", "")}},
	{"percent approx", "Roughly 40% of cargo passes through the port.", []parallax.Quantity{about(q("Roughly 40%", 40, "percent", ""), 36, 44)}},
	{"percent range", "Analysts expect growth of 2 to 3 percent.", []parallax.Quantity{bound(q("2 to 3 percent", 2, "percent", ""), 2, 3)}},

	// Money.
	{"dollar bn", "The donors pledged $3bn in aid.", []parallax.Quantity{q("$3bn", 3e9, "USD", "")}},
	{"euro million", "The bridge will cost €40 million.", []parallax.Quantity{q("€40 million", 4e7, "EUR", "")}},
	{"pound", "The club paid £5,000 in fines.", []parallax.Quantity{q("£5,000", 5000, "GBP", "")}},
	{"dollar m suffix", "The startup raised $40m last year.", []parallax.Quantity{q("$40m", 4e7, "USD", "")}},
	{"US dollar", "The loan is worth US$1.2 billion.", []parallax.Quantity{q("US$1.2 billion", 1.2e9, "USD", "")}},
	{"code before", "The contract is valued at USD 15 million.", []parallax.Quantity{q("USD 15 million", 1.5e7, "USD", "")}},
	{"currency noun", "The ministry put the cost at 210 million marks.", []parallax.Quantity{q("210 million marks", 2.1e8, "mark", "marks")}},
	{"euros noun", "Each family receives 300 euros a month.", []parallax.Quantity{q("300 euros", 300, "EUR", "euros")}},
	{"dollars noun", "He owed 12,000 dollars to the bank.", []parallax.Quantity{q("12,000 dollars", 12000, "USD", "dollars")}},
	{"symbol after", "Donations of 2,500 $ were received.", []parallax.Quantity{q("2,500 $", 2500, "USD", "")}},
	{"money range", "Repairs will cost $3bn to $4bn.", []parallax.Quantity{bound(q("$3bn to $4bn", 3e9, "USD", ""), 3e9, 4e9)}},
	{"money over", "The mission cost more than 4 billion marks.", []parallax.Quantity{bound(q("more than 4 billion marks", 4e9, "mark", "marks"), 4e9, inf)}},
	{"trillion", "Debt passed $1.5 trillion.", []parallax.Quantity{q("$1.5 trillion", 1.5e12, "USD", "")}},
	{"sterling", "The fine was 80,000 pounds.", []parallax.Quantity{q("80,000 pounds", 80000, "GBP", "pounds")}},

	// Ranges.
	{"to range", "Officials estimate 3,000 to 4,000 fighters.", []parallax.Quantity{bound(q("3,000 to 4,000 fighters", 3000, "fighter", "fighters"), 3000, 4000)}},
	{"between range", "The shelter holds between 20 and 30 beds.", []parallax.Quantity{bound(q("between 20 and 30 beds", 20, "bed", "beds"), 20, 30)}},
	{"hyphen range", "The march drew 20-30 cyclists.", []parallax.Quantity{bound(q("20-30 cyclists", 20, "cyclist", "cyclists"), 20, 30)}},
	{"en dash range", "Officials expect 50–60 arrivals a day.", []parallax.Quantity{bound(q("50–60 arrivals", 50, "arrival", "arrivals"), 50, 60)}},
	{"shared scale", "The plan needs 3 to 4 million doses.", []parallax.Quantity{bound(q("3 to 4 million doses", 3e6, "dose", "doses"), 3e6, 4e6)}},
	{"word range", "Two to three inspectors visit weekly.", []parallax.Quantity{bound(q("Two to three inspectors", 2, "inspector", "inspectors"), 2, 3)}},
	{"change not range", "Arrivals rose from 3,000 to 4,000 a month.", []parallax.Quantity{q("3,000", 3000, "", ""), q("4,000", 4000, "", "")}},
	{"from range", "Estimates range from 3,000 to 4,000 fighters.", []parallax.Quantity{bound(q("3,000 to 4,000 fighters", 3000, "fighter", "fighters"), 3000, 4000)}},
	{"tally not range", "Deputies voted 187 to 41 for the motion.", []parallax.Quantity{q("187", 187, "", ""), q("41", 41, "", "")}},
	{"between no and", "The talks were between 3 parties.", []parallax.Quantity{q("3 parties", 3, "party", "parties")}},
	{"approx range", "About 3,000 to 4,000 people fled.", []parallax.Quantity{about(q("About 3,000 to 4,000 people", 3000, "people", "people"), 2700, 4400)}},

	// Counted nouns and canonical units.
	{"troops", "The general commands 800 troops.", []parallax.Quantity{q("800 troops", 800, "personnel", "troops")}},
	{"service members", "The base houses 2,000 service members.", []parallax.Quantity{q("2,000 service members", 2000, "personnel", "service members")}},
	{"military personnel", "The ministry lists 900 military personnel.", []parallax.Quantity{mods(q("900 military personnel", 900, "personnel", "personnel"), "military")}},
	{"servicemen", "Six servicemen were decorated.", []parallax.Quantity{q("Six servicemen", 6, "personnel", "servicemen")}},
	{"people", "The storm displaced 3,400 people.", []parallax.Quantity{q("3,400 people", 3400, "people", "people")}},
	{"residents", "The fire forced 70 residents out.", []parallax.Quantity{q("70 residents", 70, "people", "residents")}},
	{"civilians", "The shelling killed 12 civilians.", []parallax.Quantity{q("12 civilians", 12, "people", "civilians")}},
	{"persons", "The ferry can carry 400 persons.", []parallax.Quantity{q("400 persons", 400, "people", "persons")}},
	{"plural ies", "The strike stopped 600 lorries.", []parallax.Quantity{q("600 lorries", 600, "lorry", "lorries")}},
	{"plural es", "The council closed 14 churches.", []parallax.Quantity{q("14 churches", 14, "church", "churches")}},
	{"modifier US", "Washington keeps 2,500 US troops there.", []parallax.Quantity{mods(q("2,500 US troops", 2500, "personnel", "troops"), "US")}},
	{"modifier American", "The town hosts 400 American soldiers.", []parallax.Quantity{mods(q("400 American soldiers", 400, "personnel", "soldiers"), "American")}},
	{"two modifiers", "The port lost 48 armoured patrol boats.", []parallax.Quantity{mods(q("48 armoured patrol boats", 48, "boat", "boats"), "armoured", "patrol")}},
	{"partitive", "Veltrava will withdraw all 5,000 of its troops.", []parallax.Quantity{q("5,000 of its troops", 5000, "personnel", "troops")}},
	{"compound seat", "The 240-seat chamber met at dawn.", []parallax.Quantity{q("240-seat", 240, "seat", "seat")}},
	{"strong compound", "A 5,000-strong force crossed the river.", []parallax.Quantity{q("5,000-strong force", 5000, "force", "force")}},
	{"m as million", "The war displaced 1.2m people.", []parallax.Quantity{q("1.2m people", 1.2e6, "people", "people")}},
	{"m as metres", "The wall is 40m high.", []parallax.Quantity{q("40m", 40, "m", "m")}},
	{"km unit", "Tarrow is 180 km away.", []parallax.Quantity{q("180 km", 180, "km", "km")}},
	{"tonnes", "The ship carried 30,000 tonnes of grain.", []parallax.Quantity{q("30,000 tonnes", 30000, "tonne", "tonnes")}},
	{"elided collective", "More than 5,000 soldiers will leave, starting with a first batch of 1,000 next week.", []parallax.Quantity{bound(q("More than 5,000 soldiers", 5000, "personnel", "soldiers"), 5000, inf), q("1,000", 1000, "personnel", "")}},
	{"elided of them", "The mission had 900 advisers and 300 of them will stay.", []parallax.Quantity{q("900 advisers", 900, "adviser", "advisers"), q("300", 300, "adviser", "")}},
	{"bare count", "The final tally was 52.", []parallax.Quantity{q("52", 52, "", "")}},
	{"capital plural head", "Some 1,200 Kessarians work at the base.", []parallax.Quantity{about(q("Some 1,200 Kessarians", 1200, "kessarian", "Kessarians"), 1080, 1320)}},
	{"verb ends phrase", "About 3,400 workers walked out on Monday.", []parallax.Quantity{about(q("About 3,400 workers", 3400, "worker", "workers"), 3060, 3740)}},

	// Holder.
	{"holder in", "Washington has 5,000 troops in Iraq.", []parallax.Quantity{held(q("5,000 troops", 5000, "personnel", "troops"), "Iraq")}},
	{"holder possessive", "Iraq's 5,000 troops stayed in barracks.", []parallax.Quantity{held(q("5,000 troops", 5000, "personnel", "troops"), "Iraq")}},
	{"holder possessive approx", "Kessaria's roughly 900 police officers went on strike.", []parallax.Quantity{held(about(mods(q("roughly 900 police officers", 900, "officer", "officers"), "police"), 810, 990), "Kessaria")}},
	{"holder from", "Veltrava will pull 5,000 soldiers from Kessaria within four weeks.", []parallax.Quantity{held(q("5,000 soldiers", 5000, "personnel", "soldiers"), "Kessaria"), bound(q("within four weeks", 4, "P4W", "weeks"), 0, 4)}},
	{"holder multiword", "About 300 advisers will stay at Ostrel Air Base.", []parallax.Quantity{held(about(q("About 300 advisers", 300, "adviser", "advisers"), 270, 330), "Ostrel Air Base")}},
	{"holder possessive after in", "The 1,000 troops will leave Camp Halvard in Kessaria's northern province.", []parallax.Quantity{held(q("1,000 troops", 1000, "personnel", "troops"), "Kessaria")}},
	{"holder leave", "More than 700 soldiers will leave Tessin, the ministry said.", []parallax.Quantity{held(bound(q("More than 700 soldiers", 700, "personnel", "soldiers"), 700, inf), "Tessin")}},
	{"holder the", "Some 80 marines are based in the Netherlands.", []parallax.Quantity{held(about(q("Some 80 marines", 80, "personnel", "marines"), 72, 88), "Netherlands")}},
	{"holder stops at comma", "The army sent 600 soldiers, the minister said in Orsenburg.", []parallax.Quantity{q("600 soldiers", 600, "personnel", "soldiers")}},
	{"holder not month", "About 200 refugees arrived in October.", []parallax.Quantity{about(q("About 200 refugees", 200, "refugee", "refugees"), 180, 220)}},
	{"no holder for money", "The state spent $2bn in Iraq.", []parallax.Quantity{q("$2bn", 2e9, "USD", "")}},

	// Hedges and bounds.
	{"approximately", "Approximately 2,000 people gathered.", []parallax.Quantity{about(q("Approximately 2,000 people", 2000, "people", "people"), 1800, 2200)}},
	{"about", "The crowd numbered about 5,200 demonstrators.", []parallax.Quantity{about(q("about 5,200 demonstrators", 5200, "demonstrator", "demonstrators"), 4680, 5720)}},
	{"around", "Around 300 military advisers will remain.", []parallax.Quantity{about(mods(q("Around 300 military advisers", 300, "adviser", "advisers"), "military"), 270, 330)}},
	{"some", "Some 8,400 soldiers served there at the peak.", []parallax.Quantity{about(q("Some 8,400 soldiers", 8400, "personnel", "soldiers"), 7560, 9240)}},
	{"roughly", "Roughly 340 advisers remain.", []parallax.Quantity{about(q("Roughly 340 advisers", 340, "adviser", "advisers"), 306, 374)}},
	{"an estimated", "An estimated 48,000 containers are stuck.", []parallax.Quantity{about(q("An estimated 48,000 containers", 48000, "container", "containers"), 43200, 52800)}},
	{"almost", "Almost 190 deputies voted yes.", []parallax.Quantity{about(q("Almost 190 deputies", 190, "deputy", "deputies"), 171, 190)}},
	{"nearly", "Nearly 100 lorries passed.", []parallax.Quantity{about(q("Nearly 100 lorries", 100, "lorry", "lorries"), 90, 100)}},
	{"close to", "Close to 400 contractors work there.", []parallax.Quantity{about(q("Close to 400 contractors", 400, "contractor", "contractors"), 360, 400)}},
	{"more than", "More than 3,000 people marched.", []parallax.Quantity{bound(q("More than 3,000 people", 3000, "people", "people"), 3000, inf)}},
	{"over", "Over 30 ships waited on Wednesday.", []parallax.Quantity{bound(q("Over 30 ships", 30, "ship", "ships"), 30, inf)}},
	{"at least", "At least 37 soldiers have died.", []parallax.Quantity{bound(q("At least 37 soldiers", 37, "personnel", "soldiers"), 37, inf)}},
	{"upwards of", "Upwards of 500 fans came.", []parallax.Quantity{bound(q("Upwards of 500 fans", 500, "fan", "fans"), 500, inf)}},
	{"up to", "Up to 1,000 troops could be deployed.", []parallax.Quantity{bound(q("Up to 1,000 troops", 1000, "personnel", "troops"), 0, 1000)}},
	{"fewer than", "Fewer than 100 lorries moved on Tuesday.", []parallax.Quantity{bound(q("Fewer than 100 lorries", 100, "lorry", "lorries"), 0, 100)}},
	{"less than", "The party won less than 5% of the vote.", []parallax.Quantity{bound(q("less than 5%", 5, "percent", ""), 0, 5)}},
	{"under", "Under 40 delegates attended.", []parallax.Quantity{bound(q("Under 40 delegates", 40, "delegate", "delegates"), 0, 40)}},
	{"at most", "At most 12 inspectors will go.", []parallax.Quantity{bound(q("At most 12 inspectors", 12, "inspector", "inspectors"), 0, 12)}},
	{"as many as", "As many as 60 villages were flooded.", []parallax.Quantity{bound(q("As many as 60 villages", 60, "village", "villages"), 0, 60)}},
	{"no more than", "No more than 20 journalists were admitted.", []parallax.Quantity{bound(q("No more than 20 journalists", 20, "journalist", "journalists"), 0, 20)}},
	{"hundreds of", "Hundreds of fishermen blocked the quay.", []parallax.Quantity{about(q("Hundreds", 200, "", ""), 200, 999)}},
	{"thousands of", "Thousands of people answered him.", []parallax.Quantity{about(q("Thousands", 2000, "", ""), 2000, 9999)}},
	{"several hundred", "Several hundred strikers marched.", []parallax.Quantity{about(q("Several hundred strikers", 300, "striker", "strikers"), 300, 900)}},
	{"a few hundred", "The group is down to a few hundred fighters.", []parallax.Quantity{about(q("a few hundred fighters", 200, "fighter", "fighters"), 200, 500)}},
	{"just over", "Just over 50 ships were counted.", []parallax.Quantity{bound(q("Just over 50 ships", 50, "ship", "ships"), 50, inf)}},

	// Durations and deadlines.
	{"within weeks", "The troops will leave within four weeks.", []parallax.Quantity{bound(q("within four weeks", 4, "P4W", "weeks"), 0, 4)}},
	{"within a month", "The advisers must go within a month.", []parallax.Quantity{bound(q("within a month", 1, "P1M", "month"), 0, 1)}},
	{"within days digits", "Parliament gave them 30 days to leave.", []parallax.Quantity{q("30 days", 30, "P30D", "days")}},
	{"within 30 days", "They must leave within 30 days.", []parallax.Quantity{bound(q("within 30 days", 30, "P30D", "days"), 0, 30)}},
	{"five-day ceasefire", "The sides agreed a five-day ceasefire.", []parallax.Quantity{q("five-day", 5, "P5D", "day")}},
	{"72-hour", "The union called a 72-hour stoppage.", []parallax.Quantity{q("72-hour", 72, "PT72H", "hour")}},
	{"for years", "The base operated for eleven years.", []parallax.Quantity{q("eleven years", 11, "P11Y", "years")}},
	{"minutes", "The meeting lasted about twenty minutes.", []parallax.Quantity{about(q("about twenty minutes", 20, "PT20M", "minutes"), 18, 22)}},
	{"decade", "The dispute has run for more than a decade.", []parallax.Quantity{bound(q("more than a decade", 1, "P10Y", "decade"), 1, inf)}},
	{"two decades", "The accord lasted two decades.", []parallax.Quantity{q("two decades", 2, "P20Y", "decades")}},
	{"half year decimal", "The project took 1.5 years.", []parallax.Quantity{q("1.5 years", 1.5, "P1.5Y", "years")}},
	{"strike days", "The last strike lasted 11 days.", []parallax.Quantity{q("11 days", 11, "P11D", "days")}},
	{"for a week", "The road was closed for a week.", []parallax.Quantity{q("a week", 1, "P1W", "week")}},
	{"ago not duration", "The deployment began eleven years ago.", nil},
	{"earlier not duration", "Two days earlier, talks had failed.", nil},
	{"later not duration", "Three weeks later the camp was empty.", nil},
	{"age not duration", "A 45-year-old man was detained.", nil},
	{"one day idiom", "One day the soldiers will come home.", []parallax.Quantity(nil)},
	{"a year rate no", "Weil holds a fair once a year.", nil},

	// Dates.
	{"month day year", "The vote took place on October 22, 2019.", nil},
	{"abbrev month", "The note was sent on Oct. 22, 2019.", nil},
	{"day month year", "Talks resumed on 22 October 2019.", nil},
	{"day month", "The deadline is 13 February.", nil},
	{"ordinal of month", "It ends on the 22nd of October.", nil},
	{"slash date", "The form is dated 22/10/2019.", nil},
	{"iso date", "The file was created 2019-10-22.", nil},
	{"month year", "The fighting peaked in October 2019.", nil},
	{"date then count", "On October 22, 2019, 300 people marched.", []parallax.Quantity{q("300 people", 300, "people", "people")}},
	{"may as month", "Elections are due on May 5.", nil},

	// Years.
	{"in year", "Veltravan troops arrived in 2014.", nil},
	{"since year", "Checkpoints have stood since 2003.", nil},
	{"year at start", "2016 was the peak of the deployment.", nil},
	{"year comma", "At the height, in 2016, some 8,400 soldiers were there.", []parallax.Quantity{about(q("some 8,400 soldiers", 8400, "personnel", "soldiers"), 7560, 9240)}},
	{"decade year", "Prices last rose like this in the 1990s.", nil},
	{"year span", "The 2014-15 season was cancelled.", nil},
	{"year-like count", "Organisers counted 1500 runners.", []parallax.Quantity{q("1500 runners", 1500, "runner", "runners")}},
	{"until the end of year", "The agreement runs until the end of 2026.", nil},
	{"copyright", "© 2025 Free Horizon. All rights reserved.", nil},

	// Times of day.
	{"clock pm", "The strike began at 3:15 pm.", nil},
	{"clock 24h", "Pickets formed at 06:00 on Monday.", nil},
	{"clock p.m.", "The vote is at 3 p.m. on Friday.", nil},
	{"clock seconds", "The file is stamped 1999-05-07 03:44:53 and nothing else.", nil},
	{"clock GMT", "The ship docked at 0600 GMT.", nil},
	{"clock am glued", "Gates open at 10am daily.", nil},

	// Phone numbers.
	{"phone plus", "Call the hotline on +44 20 7946 0958 for help.", nil},
	{"phone parens", "The office number is (555) 123-4567.", nil},
	{"phone short", "Readers can reach us at 555-0199.", nil},
	{"phone label", "Tel 0300 123 456.", nil},

	// Addresses.
	{"downing street", "The minister arrived at 10 Downing Street.", nil},
	{"pennsylvania avenue", "Protesters gathered outside 1600 Pennsylvania Avenue.", nil},
	{"address then count", "At 12 Harbour Road, 40 dockers met.", []parallax.Quantity{q("40 dockers", 40, "docker", "dockers")}},

	// Page counters and labels.
	{"page of", "Continue reading on page 2 of 5.", nil},
	{"fraction slash", "Slide 1/3 shows the map.", nil},
	{"section", "Under Section 5 of the accord, troops may stay.", nil},
	{"article", "Article 12 forbids it.", nil},
	{"number abbreviation", "He lives at No. 10 with his staff.", nil},
	{"paragraph sign", "The rule is in § 12 of the code.", nil},
	{"hash", "Issue #3 is closed.", nil},
	{"chapter", "See chapter 4 for details.", nil},
	{"resolution", "Resolution 2231 was adopted.", nil},
	{"dotted section", "Clause 3.2 sets the deadline.", nil},

	// Ordinals.
	{"ordinal word", "It was the third day of the strike.", nil},
	{"ordinal digits", "She finished 2nd in the vote.", nil},
	{"ordinal 21st", "The 21st brigade moved north.", nil},
	{"first contingent", "The first contingent will leave soon.", nil},

	// One-of idioms.
	{"one of the most", "It is one of the most important ports.", nil},
	{"no one", "No one was hurt.", nil},
	{"one of them", "One of them is staying.", nil},
	{"the one", "This is the one they chose.", nil},

	// Model names.
	{"F-16", "The air force flies F-16 jets.", nil},
	{"Boeing", "A Boeing 737 landed at Ostrel.", nil},
	{"A320", "An A320 was diverted.", nil},
	{"COVID-19", "COVID-19 closed the port.", nil},
	{"T-72 tanks", "Rebels seized T-72 tanks.", nil},
	{"model then count", "Two Boeing 737 jets carried 300 passengers.", []parallax.Quantity{q("300 passengers", 300, "passenger", "passengers")}},
	{"G7", "The G7 summit opened.", nil},

	{"over duration", "Relations soured over eleven years.", []parallax.Quantity{q("eleven years", 11, "P11Y", "years")}},
	{"holder port of", "More than 4,100 dockworkers at the Port of Brennick walked out.", []parallax.Quantity{held(bound(q("More than 4,100 dockworkers", 4100, "dockworker", "dockworkers"), 4100, inf), "Port of Brennick")}},
	{"irregular plural", "Two men were detained near the embassy.", []parallax.Quantity{q("Two men", 2, "man", "men")}},
	{"weekday before count", "On Tuesday 27 ships waited outside the harbour.", []parallax.Quantity{q("27 ships", 27, "ship", "ships")}},
	{"paywall counter", "You have read 2 of your 3 free articles this month.", nil},
	{"clock dotted", "The newsletter arrives every morning at 6.30.", nil},
	{"weekday date", "The ceasefire began on Monday 14 October.", nil},

	{"more as modifier", "The US sent 3,000 more troops to the region.", []parallax.Quantity{mods(q("3,000 more troops", 3000, "personnel", "troops"), "more")}},
	{"after not duration", "Ten years after the accord, talks resumed.", nil},
	{"page range", "The report, on pages 12-14, lists 300 cases.", []parallax.Quantity{q("300 cases", 300, "case", "cases")}},
	{"strong possessive", "Russia's 150,000-strong army massed on the border.", []parallax.Quantity{held(q("150,000-strong army", 150000, "army", "army"), "Russia")}},
	{"money pair", "Earnings fell to €1.2bn from €1.5bn.", []parallax.Quantity{q("€1.2bn", 1.2e9, "EUR", ""), q("€1.5bn", 1.5e9, "EUR", "")}},
	{"clock and date", "The minister will visit at 9:30 a.m. on Tuesday, January 14, 2026.", nil},
	{"decimal percent and year", "Turnout was 58.3%, the highest since 1998.", []parallax.Quantity{q("58.3%", 58.3, "percent", "")}},
	{"years compound", "The two sides signed a 25-year treaty.", []parallax.Quantity{q("two sides", 2, "side", "sides"), q("25-year", 25, "P25Y", "year")}},

	{"min read", "Updated 14:32 GMT, 3 min read.", nil},
	{"link counter", "Read more (5)", nil},
	{"version", "The app reached version 2.1 last week.", nil},
	{"model chain", "A Boeing 747-400 and an Airbus A350-900 landed.", nil},
	{"nine eleven", "The 9/11 attacks changed everything.", nil},
	{"round the clock", "The hotline is open 24/7.", nil},
	{"toll free", "Call 0800 123 4567 today.", nil},
	{"article of treaty", "Under Article 5 of the treaty, allies must respond.", nil},
	{"partitive them", "More than 1,000 people signed, 200 of them students.", []parallax.Quantity{bound(q("More than 1,000 people", 1000, "people", "people"), 1000, inf), q("200 of them students", 200, "student", "students")}},
	{"percent of count", "About 70% of the 3,000 workers joined the strike.", []parallax.Quantity{about(q("About 70%", 70, "percent", ""), 63, 77), q("3,000 workers", 3000, "worker", "workers")}},
	{"feet irregular", "The plane flew at 30,000 feet.", []parallax.Quantity{q("30,000 feet", 30000, "foot", "feet")}},

	{"origin not holder", "Crews cannot fly the six helicopters bought from Veltrava.", []parallax.Quantity{q("six helicopters", 6, "helicopter", "helicopters")}},
	{"holder stationed", "Some 400 soldiers stationed in Dravo will go first.", []parallax.Quantity{held(about(q("Some 400 soldiers", 400, "personnel", "soldiers"), 360, 440), "Dravo")}},

	{"title case headline", "Veltrava Withdraws 5,000 Troops From Kessaria", []parallax.Quantity{held(q("5,000 Troops", 5000, "personnel", "Troops"), "Kessaria")}},
	{"title case model", "Airline Grounds Every Boeing 737 Jet", nil},

	{"mixed fraction", "They lived in the camps for 2 1/2 years.", []parallax.Quantity{q("2 1/2 years", 2.5, "P2.5Y", "years")}},
	{"mixed fraction percent", "The notes pay 6 3/8% a year.", []parallax.Quantity{q("6 3/8%", 6.375, "percent", "")}},
	{"age after name", "The cleaner, Mara Lind, 35, had finished her shift.", nil},
	{"document id", "Filed as VNA19980216 and 19980216 in the archive.", nil},
	{"underscore id", "See wsj_1006 for the story.", nil},
	{"long plain count", "Organisers said 12000 runners took part.", []parallax.Quantity{q("12000 runners", 12000, "runner", "runners")}},

	// Mixed sentences from invented reports.
	{"wire lead", "Veltrava will withdraw all 5,000 of its troops from Kessaria within four weeks, Varela said on Saturday.", []parallax.Quantity{held(q("5,000 of its troops", 5000, "personnel", "troops"), "Kessaria"), bound(q("within four weeks", 4, "P4W", "weeks"), 0, 4)}},
	{"poll", "A poll found that 64 percent backed it, against 22 percent.", []parallax.Quantity{q("64 percent", 64, "percent", ""), q("22 percent", 22, "percent", "")}},
	{"pay offer", "The employer offered 4.5% while the union wants 9%.", []parallax.Quantity{q("4.5%", 4.5, "percent", ""), q("9%", 9, "percent", "")}},
	{"vote tally abstentions", "The motion passed 187 to 41, with 12 abstentions.", []parallax.Quantity{q("187", 187, "", ""), q("41", 41, "", ""), q("12 abstentions", 12, "abstention", "abstentions")}},
	{"containers and lorries", "A backlog of about 48,000 containers built up as 600 lorries a day stopped.", []parallax.Quantity{about(q("about 48,000 containers", 48000, "container", "containers"), 43200, 52800), q("600 lorries", 600, "lorry", "lorries")}},
}

func TestFind(t *testing.T) {
	if len(quantityCases) < 150 {
		t.Fatalf("only %d cases; the issue asks for at least 150", len(quantityCases))
	}
	runCases(t, quantityCases)
}

// runCases checks Find on each case, field by field.
func runCases(t *testing.T, cases []quantityCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := quantity.Find(tc.text, nil)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %d quantities %v, want %d", tc.text, len(got), texts(got), len(tc.want))
			}
			for i, w := range tc.want {
				checkQuantity(t, tc.text, got[i], w)
			}
		})
	}
}

// checkQuantity compares every field that matters, and the span.
func checkQuantity(t *testing.T, text string, got, want parallax.Quantity) {
	t.Helper()
	if got.Text != want.Text {
		t.Errorf("Text = %q, want %q", got.Text, want.Text)
	}
	if start := strings.Index(text, want.Text); got.Span.Start != start || got.Span.End != start+len(want.Text) {
		t.Errorf("%q: Span = %v, want [%d,%d)", want.Text, got.Span, start, start+len(want.Text))
	}
	for _, f := range []struct {
		name      string
		got, want float64
	}{{"Value", got.Value, want.Value}, {"Low", got.Low, want.Low}, {"High", got.High, want.High}} {
		if !near(f.got, f.want) {
			t.Errorf("%q: %s = %v, want %v", want.Text, f.name, f.got, f.want)
		}
	}
	if got.Unit != want.Unit {
		t.Errorf("%q: Unit = %q, want %q", want.Text, got.Unit, want.Unit)
	}
	if got.Counted != want.Counted {
		t.Errorf("%q: Counted = %q, want %q", want.Text, got.Counted, want.Counted)
	}
	if g, w := strings.Join(got.Modifiers, "|"), strings.Join(want.Modifiers, "|"); g != w {
		t.Errorf("%q: Modifiers = %q, want %q", want.Text, g, w)
	}
	if got.Holder != want.Holder {
		t.Errorf("%q: Holder = %q, want %q", want.Text, got.Holder, want.Holder)
	}
	if got.Approx != want.Approx {
		t.Errorf("%q: Approx = %v, want %v", want.Text, got.Approx, want.Approx)
	}
}

// near compares floats to a relative 1e-9, and infinities exactly.
func near(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func texts(qs []parallax.Quantity) []string {
	var s []string
	for _, q := range qs {
		s = append(s, q.Text)
	}
	return s
}

// TestFindSentences reads a text of several sentences through their spans:
// offsets are into the whole text, and a holder is looked for only inside
// the quantity's own sentence.
func TestFindSentences(t *testing.T) {
	text := "Veltrava keeps 5,000 soldiers.\n\nIn Kessaria, the mood is calm. About 300 advisers will stay at Ostrel until 2026. Call +44 20 7946 0958 or see page 2 of 5."
	spans := []parallax.Span{{Start: 0, End: 30}, {Start: 32, End: 62}, {Start: 63, End: 116}, {Start: 117, End: len(text)}}
	got := quantity.Find(text, spans)
	want := []struct{ text, holder string }{{"5,000 soldiers", ""}, {"About 300 advisers", "Ostrel"}}
	if len(got) != len(want) {
		t.Fatalf("Find = %v, want %d quantities", texts(got), len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Holder != w.holder {
			t.Errorf("quantity %d = %q held by %q, want %q held by %q", i, got[i].Text, got[i].Holder, w.text, w.holder)
		}
		if start := strings.Index(text, w.text); got[i].Span.Start != start {
			t.Errorf("%q: Span.Start = %d, want %d", w.text, got[i].Span.Start, start)
		}
	}
	if n := len(quantity.Find(text, nil)); n != 2 {
		t.Errorf("Find(text, nil) = %d quantities, want 2", n)
	}
}
