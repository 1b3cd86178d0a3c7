// Package firstname knows common first names and the gender they
// evidence, so that the quote finder can resolve "she" to the woman
// named before it and the entity resolver can tell "Ruth Abeyta" is a
// person whatever the tagger made of her.
package firstname

import "strings"

// femaleNames and maleNames are common first names whose gender is
// evident; other names ending in -a are taken as female, a weak rule used
// only to rule out a pronoun.
var femaleNames = words(
	"anne", "mary", "susan", "ruth", "ingrid", "agnes", "hanne", "ilse",
	"karen", "helen", "ellen", "claire", "marie", "sophie", "louise",
	"alice", "grace", "rose", "jane", "kate", "elizabeth", "margaret",
	"sarah", "catherine", "emily", "chloe", "zoe", "isabel", "carmen",
	"mercedes", "beatrice", "astrid", "sigrid", "greta", "frida", "britt",
	"kirsten", "ingeborg", "marit", "liv", "nell", "jill", "lynn", "ann",
	"joan", "jean", "dolores", "iris", "hannah", "judith", "esther",
	"miriam", "rachel", "leah", "jennifer", "linda", "patricia", "barbara",
	"nancy", "betty", "sandra", "ashley", "kimberly", "donna", "michelle",
	"carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
	"sharon", "cynthia", "kathleen", "amy", "shirley", "angela", "anna",
	"brenda", "pamela", "nicole", "samantha", "katherine", "christine",
	"debra", "janet", "maria", "heather", "diane", "julie", "joyce",
	"victoria", "kelly", "christina", "lauren", "frances", "martha",
	"janice", "cheryl", "megan", "andrea", "olivia", "gloria", "teresa",
	"doris", "sara", "evelyn", "kathryn", "abigail", "sophia",
	"jacqueline", "madison", "hilary", "hillary", "nikki", "elaine",
	"kristi", "kristin", "kamala", "elise", "ursula", "theresa", "marine",
	"segolene", "ségolène", "brigitte", "madeleine", "francoise",
	"françoise", "isabelle", "nathalie", "sylvie", "monique", "valerie",
	"valérie", "camille", "chantal", "yvonne", "ines", "inés", "lucia",
	"sofia", "elena", "giulia", "francesca", "chiara", "paola", "laura",
	"silvia", "carla", "alessandra", "ewa", "katarzyna", "agnieszka",
	"olga", "natalia", "tatiana", "svetlana", "irina", "yulia", "oksana",
	"ayesha", "fatima", "aisha", "mariam", "zainab", "priya", "anjali",
	"sunita", "meera", "mei", "ling", "yuki", "keiko", "hiroko",
	// Dutch, Flemish and German
	"lotte", "femke", "sanne", "hanneke", "lieke", "els", "anouk", "fleur",
	"inge", "marieke", "mirjam", "petra", "sabine", "jana", "karin", "saskia",
	"maaike", "tineke", "annelies", "nienke", "mieke", "hilde", "veerle",
	"katrien", "sofie", "lieve", "klara", "lena", "katrin", "anja", "heike",
	"birgit", "kerstin", "svenja", "ute", "eva", "emma", "julia", "lisa", "nina",
	// common English short forms and names
	"carly", "debbie", "maggie", "peggy", "penny", "tina", "candace", "claudia",
	"chelsea", "michele", "megyn", "kellyanne", "jeanne", "diana", "wendy",
	"tammy", "tracy", "stacey", "kristen", "katie", "molly", "jenny", "becky",
	"sally", "lucy", "ellie", "abby", "beth", "meg", "jo", "liz", "sue", "pam",
	"marsha", "marcia", "gwen", "heidi", "holly", "jessica", "erin", "natalie",
	"rosa", "ana", "sonia", "sonya", "eleanor", "harriet", "condoleezza", "huma",
	"denise", "tessa", "nora", "helen", "ines", "yara", "samira", "amy", "patrice",
	"brenda", "colleen", "dorothy", "irene", "joanne", "judy", "karla", "kathy",
	"lori", "marilyn", "maureen", "melanie", "monica", "paula", "rita", "roberta",
	"ruby", "sheila", "stella", "tanya", "vanessa", "vera", "wanda", "yvette",
	"alison", "allison", "anne-marie", "bridget", "caroline", "charlotte", "clara",
	"danielle", "deirdre", "fiona", "gemma", "hazel", "imogen", "isla",
	"jasmine", "josephine", "lucinda", "mabel", "maeve", "margot", "nadia", "naomi",
	"niamh", "philippa", "priscilla", "rebekah", "rosemary", "siobhan", "sylvia",
	"ursula", "vivian", "winifred", "zoe", "ada", "ida", "ella", "eliza", "greta",
	"lydia", "mia", "ava", "leila", "layla", "noor", "amira", "dina", "lina", "rania")

var maleNames = words(
	"luca", "nikita", "andrea", "joshua", "ezra", "jonah", "elia", "ilya",
	"sasha", "misha", "kosta", "noa", "akira", "garcia", "costa", "john",
	"mark", "paul", "peter", "piet", "tom", "tomas", "thomas", "karel",
	"simon", "lukas", "anton", "henrik", "colm", "idris", "davor", "david",
	"michael", "james", "robert", "william", "richard", "joseph",
	"charles", "george", "hans", "jens", "lars", "erik", "olaf",
	"ivan", "igor", "omar", "ali", "ahmed", "mohammed", "muhammad",
	"hassan", "joe", "jim", "bill", "bob", "frank", "carl", "karl",
	"fritz", "otto", "max", "felix", "leon", "luis", "carlos", "jose",
	"juan", "pedro", "pablo", "marco", "mario", "pierre", "jacques",
	"francois", "michel", "andre", "dmitri", "christopher", "daniel",
	"matthew", "anthony", "donald", "steven", "kenneth", "kevin", "brian",
	"timothy", "ronald", "jason", "jeffrey", "ryan", "jacob", "gary",
	"nicholas", "eric", "stephen", "jonathan", "larry", "justin", "scott",
	"brandon", "benjamin", "samuel", "gregory", "alexander", "patrick",
	"jack", "dennis", "jerry", "tyler", "aaron", "adam", "nathan", "henry",
	"douglas", "zachary", "kyle", "walter", "ethan", "jeremy", "harold",
	"keith", "christian", "roger", "noah", "gerald", "terry", "sean",
	"austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "jordan",
	"billy", "bruce", "albert", "willie", "gabriel", "logan", "alan",
	"wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
	"elijah", "louis", "bobby", "philip", "johnny", "oliver", "boris",
	"emmanuel", "nicolas", "françois", "jean-luc", "olivier", "laurent",
	"stephane", "stéphane", "philippe", "alain", "bernard", "gerard",
	"gérard", "didier", "thierry", "xavier", "vladimir", "sergei",
	"sergey", "alexei", "andrei", "dmitry", "mikhail", "viktor",
	"volodymyr", "petro", "recep", "tayyip", "narendra", "rahul", "xi",
	"li", "wei", "hiroshi", "shinzo", "kim", "moon", "mitch", "chuck",
	// Dutch, Flemish and German
	"pieter", "jeroen", "joris", "maarten", "bram", "sander", "daan", "thijs",
	"ruud", "geert", "wim", "kees", "henk", "johan", "hendrik", "willem",
	"dirk", "bart", "koen", "wouter", "stefan", "martijn", "niels", "sjoerd",
	"jasper", "joost", "rutger", "gijs", "klaas", "jelle", "luuk", "dries",
	"jef", "lode", "filip", "jörg", "jürgen", "uwe", "dieter", "wolfgang",
	"günter", "helmut", "sven", "tobias", "jonas", "matthias", "urs",
	// common English short forms and names
	"ted", "jeb", "mike", "rick", "ben", "jeff", "dan", "tim", "tony", "steve",
	"dave", "ed", "greg", "jon", "ron", "ken", "phil", "rob", "andy", "nick",
	"matt", "josh", "jake", "barack", "bernie", "glenn", "newt", "mitt", "rudy",
	"herman", "rand", "reince", "martin", "marty", "harry",
	"dick", "doug", "fred", "jimmy", "danny", "eddie", "tommy", "mickey",
	"ricky", "stan", "todd", "trey", "chad", "derek", "brett",
	"dustin", "corey", "shane", "travis", "cody", "troy", "marcus", "raymond",
	"leonard", "edward", "francis", "ian", "neil",
	"raymond", "luis", "dale", "gary", "alan", "frank", "paul", "marcus", "devin",
	"brian", "colin", "craig", "curtis", "darren", "duncan", "elliot", "fergus",
	"gavin", "glen", "graham", "gordon", "hamish", "harvey", "hector", "hugo",
	"isaac", "ivor", "jasper", "jeremiah", "joel", "julian", "kurt", "lewis",
	"liam", "malcolm", "miles", "mitchell", "nigel", "omar", "oscar", "owen",
	"percy", "quentin", "reginald", "rhys", "rodney", "ross", "rupert",
	"seth", "stuart", "theo", "tobias", "toby", "vernon", "victor", "wesley",
	"aidan", "brendan", "cormac", "declan", "eamon", "niall", "padraig", "seamus",
	"ahmad", "hamid", "karim", "khalid", "mahmoud", "mustafa", "nabil", "rashid",
	"tariq", "yusuf", "youssef", "ibrahim", "ismail", "jamal", "samir", "walid")

// neutralNames are first names given to women and men alike: no evidence.
var neutralNames = words("andrea", "sasha", "nikita", "dana", "noa", "jordan", "alex",
	"sam", "robin", "kim", "jean", "taylor", "morgan", "casey", "jamie", "chris",
	"leslie", "ashley", "kelly", "shannon", "hilary", "evelyn", "lindsey", "jan")

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	add(m, ws...)
	return m
}

// Known reports whether a word, in any case, is a listed first name.
func Known(w string) bool {
	w = strings.ToLower(w)
	return maleNames[w] || femaleNames[w] || neutralNames[w]
}

// particles open surnames, never a whole name ("Ó Duibhir", "Ní
// Bhriain", "van der Berg", "de Vries"); particles that are also first
// names ("Al", "Ben", "Del") are left out.
var particles = words("ó", "ní", "nic", "mac", "mc", "ua", "de", "della", "di", "da",
	"dos", "das", "du", "van", "von", "ter", "ten", "le", "la", "bin", "ibn")

// Particle reports whether a word, in any case, is a particle that opens
// a surname: the entity stage and the quote rules read "Fiachra Ó
// Duibhir" and "Hendrik de Vries-Mutua" as one name by it.
func Particle(w string) bool {
	return particles[strings.ToLower(w)]
}

// Gender returns the gender a first name, in any case, evidences: 'm',
// 'f', or 0 for a name given to both or not listed. Other names ending
// in -a are taken as female, a weak rule the callers may use.
func Gender(w string) byte {
	w = strings.ToLower(w)
	switch {
	case neutralNames[w]:
		return 0
	case maleNames[w]:
		return 'm'
	case femaleNames[w]:
		return 'f'
	}
	return 0
}
