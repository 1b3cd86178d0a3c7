package firstname

// More common first names, by the regions news names people from, added
// to the lists of firstname.go. Names that are also places, months,
// words, companies or surnames often written alone ("Virginia", "June",
// "Beverly" of Beverly Hills, "Howard", "Violet", "Siri") are left out:
// taken for first names they make a place or a body a person ("Beverly
// Hills said") or split a title from the name after it.
func init() {
	add(femaleNames,
		// English, Irish, Scottish and Welsh
		"eileen", "audrey", "bonnie", "carolyn", "cassandra", "cecilia",
		"courtney", "delia", "edith", "elsie", "emmeline",
		"erica", "erika", "eunice", "felicity", "gail", "geraldine", "gertrude",
		"gillian", "gladys", "glenda", "henrietta", "hilda", "imelda", "janine",
		"jeanette", "jessie", "joanna", "jocelyn", "josie", "juliet", "karina",
		"kayla", "leanne", "lillian", "loretta", "lorna",
		"louisa", "lucille", "madeline", "marcella", "marguerite", "marian",
		"marianne", "marjorie", "matilda", "maxine", "mildred", "muriel", "nadine",
		"norma", "paige", "pauline", "phoebe", "phyllis", "polly", "rachael",
		"rhonda", "rosalind", "rosalie", "roxanne", "sabrina", "selina", "serena",
		"sybil", "tabitha", "tamara", "tara", "thelma", "vicki", "zelda", "beatrix", "clementine", "esme", "ottilie", "rosamund", "cressida",
		"lavinia", "octavia", "cordelia", "aoife", "sinead", "sinéad", "orla",
		"roisin", "róisín", "ciara", "grainne", "gráinne", "catriona", "morag",
		"kirsty", "ailsa", "eilidh", "isobel", "mhairi", "shona", "bronwen", "cerys",
		"sian", "siân", "rhian", "ffion", "gwyneth", "catrin",
		// French, Spanish, Portuguese and Italian
		"mireille", "odile", "genevieve", "geneviève", "aurelie", "aurélie",
		"celine", "céline", "delphine", "elodie", "élodie", "margaux", "manon",
		"juliette", "colette", "agathe", "amelie", "amélie", "marisol", "pilar", "ximena", "valeria", "daniela", "gabriela", "fernanda",
		"isabella", "adriana", "alejandra", "beatriz", "raquel",
		"rocío", "rocio", "consuelo", "marta", "noemi", "ilaria", "federica",
		"valentina", "ornella", "graziella", "rosaria", "odalys", "yolanda",
		// German, Nordic, Slavic, Romanian and Greek
		"annika", "anneliese", "liesl", "bettina", "solveig", "elin", "maja",
		"ebba", "linnea", "hedda", "ragnhild", "tove", "aino", "riikka",
		"teodora", "ioana", "andreea", "bianca", "ludmila", "lyudmila", "anastasia",
		"ekaterina", "yekaterina", "galina", "nadezhda", "zofia",
		"malgorzata", "małgorzata", "dorota", "jolanta", "milena",
		"zuzana", "lenka", "tereza", "jelena", "ivana", "marija", "vesna",
		"eleni", "despina", "katerina",
		// African, Middle Eastern, South and East Asian
		"ngozi", "chioma", "adaeze", "folake", "funmilayo", "yetunde", "abimbola",
		"nkechi", "chiamaka", "ifeoma", "wanjiru", "wanjiku", "njeri", "akinyi",
		"achieng", "amina", "zawadi", "thandiwe", "thandi", "nomvula", "lerato",
		"akosua", "abena", "efua", "adwoa", "fatou", "aminata", "mariama",
		"aissatou", "aïssatou", "yasmin", "yasmine", "jamila", "salma", "huda",
		"hanan", "rasha", "reem", "nour", "lubna", "soraya", "shirin", "parisa",
		"maryam", "leyla", "zeynep", "elif", "ayse", "ayşe", "fatma", "emine",
		"kavita", "lakshmi", "deepika", "pooja", "neha", "shreya", "divya",
		"ananya", "nisha", "rekha", "savita", "usha", "radha", "geeta", "aiko", "yoko", "naoko", "sachiko", "tomoko", "yumiko", "emiko", "haruka")
	add(maleNames,
		// English, Irish, Scottish and Welsh
		"rory", "edmund", "ambrose", "dwayne", "duane", "abraham", "alfred",
		"alistair", "archibald", "archie", "barnaby", "benedict", "bertram",
		"calvin", "clifford", "clive", "conrad", "cyril",
		"desmond", "dominic", "edgar", "edwin", "ernest", "ezekiel", "gareth", "geoffrey", "godfrey", "horace", "jeffery", "jerome", "julius", "lionel",
		"maurice", "melvin", "mortimer", "nathaniel",
		"reuben", "roland", "rufus", "sebastian", "sidney",
		"sylvester", "terence", "terrence", "theodore",
		"tristan", "wilfred", "darnell", "deshawn", "reggie", "leroy", "dwight", "otis", "wendell", "wilbur", "ruairi", "ciaran", "ciarán",
		"conor", "cillian", "darragh", "donal", "dónal", "eoin", "fionn",
		"oisin", "oisín", "tadhg", "alasdair", "callum", "calum",
		"dougal", "euan", "ewan", "gregor", "lachlan", "murdo", "torquil",
		"dafydd", "emrys", "geraint", "gethin", "gwilym", "huw", "iwan", "owain",
		"rhodri",
		// French, Spanish, Portuguese and Italian
		"aurel", "aurelio", "aurelien", "aurélien", "benoit", "benoît",
		"christophe", "clement", "clément", "damien", "etienne", "étienne",
		"fabrice", "florian", "frederic", "frédéric", "gilles", "guillaume",
		"herve", "hervé", "jérôme", "julien", "loic", "loïc", "ludovic",
		"marcel", "mathieu", "matthieu", "maxime", "pascal", "raphael", "raphaël",
		"remi", "rémi", "sebastien", "sébastien", "sylvain", "thibault", "yannick",
		"yves", "alessandro", "alberto", "antonio", "carlo", "claudio", "davide",
		"emanuele", "enrico", "fabio", "federico", "filippo", "francesco",
		"gianluca", "giorgio", "giovanni", "giuseppe", "lorenzo", "luigi",
		"massimo", "matteo", "maurizio", "paolo", "pietro", "riccardo", "roberto",
		"salvatore", "sergio", "stefano", "tommaso", "vittorio", "alejandro",
		"alfonso", "alvaro", "álvaro", "andres", "andrés", "diego", "eduardo",
		"emilio", "enrique", "esteban", "felipe", "fernando", "gonzalo", "guillermo", "ignacio", "jaime", "javier", "jorge", "manuel",
		"miguel", "rafael", "ramon", "ramón", "raul", "raúl", "ricardo", "rodrigo",
		"vicente", "joao", "joão", "rui", "tiago", "goncalo",
		"gonçalo", "nuno", "afonso",
		// German, Nordic, Slavic, Romanian and Greek
		"joachim", "kaspar", "caspar", "anders", "bjorn", "björn", "gunnar",
		"haakon", "håkon", "ingvar", "knut", "leif", "magnus", "mats", "mikael",
		"nils", "olav", "pekka", "jukka", "matti", "mikko", "antti", "juha",
		"timo", "ragnar", "sigurd", "stig", "ulf", "vidar", "aksel",
		"rasmus", "soren", "søren", "kasper", "mads", "frederik", "emil",
		"aleksandr", "aleksander", "andrzej", "bogdan", "dariusz", "grzegorz",
		"jakub", "janusz", "krzysztof", "marek", "mateusz", "michal", "michał",
		"pawel", "paweł", "piotr", "tomasz", "wojciech", "zbigniew", "miroslav",
		"milos", "miloš", "dragan", "goran", "zoran", "branko", "jiri",
		"jiří", "vaclav", "václav", "ondrej", "ondřej", "petr", "ladislav",
		"oleksandr", "oleksiy", "taras", "yuriy", "yuri", "mykola", "vasyl",
		"anatoly", "nikolai", "pavel", "valery", "yevgeny", "evgeny", "gennady",
		"konstantin", "leonid", "oleg", "ruslan", "stanislav", "vadim",
		"vitaly", "mircea", "radu", "florin", "vlad", "teodor", "gheorghe",
		"nicolae", "constantin", "dimitris", "giorgos", "nikos", "kostas",
		"yannis", "panagiotis", "georgios", "andreas", "stavros", "christos",
		// African, Middle Eastern, South and East Asian
		"emeka", "chidi", "chinedu", "obinna", "ikenna", "uche", "tunde",
		"babatunde", "olumide", "segun", "kwame", "kofi", "kwabena", "kojo",
		"kwesi", "jomo", "eliud", "themba", "sipho", "thabo", "bongani", "mandla",
		"sizwe", "jabulani", "moussa", "mamadou", "ousmane", "ibrahima",
		"abdoulaye", "cheikh", "amadou", "seydou", "boubacar", "abdul", "mehmet", "emre", "burak", "ahmet",
		"kemal", "serkan", "hakan", "arjun", "vikram", "rajesh", "ravi", "sanjay",
		"suresh", "ramesh", "anil", "sunil", "vijay", "amit", "rohit", "sandeep",
		"pradeep", "manoj", "deepak", "ajay", "rohan", "aditya", "nikhil", "imran",
		"faisal", "bilal", "usman", "kamran", "farhan", "takeshi", "kenji",
		"haruto", "daisuke", "kazuo", "satoshi", "makoto", "takashi", "kenta")
	add(neutralNames, "kiran", "tendai", "tinashe", "oluwaseun", "femi", "lesley", "rowan")
}

// add puts words into a list.
func add(list map[string]bool, ws ...string) {
	for _, w := range ws {
		list[w] = true
	}
}
