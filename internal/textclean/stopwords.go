package textclean

// Stop-word lists: the function words of each language, the signal jusText
// relies on to tell running prose (dense in them) from interface strings and
// lists (nearly free of them). They are deliberately small, about 120–150
// words each, so densities run lower than jusText's published thresholds;
// the thresholds in classify.go are set for these lists.
var stopLists = map[string]string{
	"en": `a about above after again against ago all also am an and any are as at
		be because been before being below between both but by can could did do
		does doing don't down during each even few for from further had has have
		having he her here hers herself him himself his how i if in into is it
		it's its itself just last many may me might more most much must my no nor
		not now of off on once one only or other our ours out over own said same
		say says she should since so some such than that the their them then
		there these they this those though through to too two under until up us
		very was we were what when where whether which while who whom whose why
		will with within without would yet you your told didn't won't`,
	"fr": `à au aux avec ce ces cet cette dans de des du elle elles en et eux il
		ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre
		nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton
		tu un une vos votre vous c d j l m n s t y été être est sont était
		étaient sera seront ont a avait avaient aura fait faire dit selon plus
		moins très aussi ainsi alors après avant comme contre depuis donc encore
		entre lors lorsque malgré parce pendant peu peut puis quand sans si sous
		tout tous toute toutes déjà bien cela ça ceci celui celle ceux dont chez
		vers ici là non oui quelque chaque autre autres deux ni car avoir`,
	"de": `aber alle allem allen aller als also am an auch auf aus bei bin bis
		bereits da dabei damit dann darauf das dass daß dem den denen denn der des
		dessen die dies diese diesem diesen dieser dieses doch dort du durch ein
		eine einem einen einer eines er es etwa für gegen gibt hat hatte hatten
		haben hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist jedoch
		jetzt kann kein keine können man mehr mit muss nach nicht noch nun nur ob
		oder ohne schon sei seien sein seine seinem seinen seiner seit sich sie
		sind so soll sollen sowie über um und uns unter vom von vor war waren
		warum was weil weiter wenn wer werden wie wieder will wir wird wo wurde
		wurden zu zum zur zwei zwischen laut sagte heute andere anderer anderen
		anderes`,
	"es": `a al algo algunos ante antes aquí así aún cada como con contra cual
		cuando de del desde donde dos durante e el él ella ellas ellos en entre
		era eran es esa esas ese eso esos esta está están estaba estas este esto
		estos fue fueron ha había han hasta hay la las le les lo los más me mi
		mientras muy nada ni no nos nosotros o otra otras otro otros para pero
		poco por porque que qué quien quienes se sea según ser si sí sido sin
		sino sobre su sus también tan tanto te tiene tienen todo todos tras tu
		tus un una uno unos y ya yo dijo será puede hace bajo`,
	"it": `a ad al alla alle allo agli ai anche ancora avere aveva avevano c che
		chi ci come con contro cui da dal dalla dalle dai degli dei del della
		delle dello di dopo dove due e è ed era erano essere fa fino fra gli ha
		hanno ho i il in io l la le lei lo loro lui ma mai mentre mi molto ne né
		nei nel nella nelle nello noi non nostro o ogni oggi ora per perché più
		poi può quale quando quanto quella quelle quello questa queste questo qui
		se secondo sempre senza si sia sono sta stato su sua sue sui sul sulla
		suo suoi tra tutti tutto un una uno vi voi già stata stati detto sarà
		dell nell all sull dall`,
	"pt": `a à ao aos as às até com como contra da das de dela dele depois do dos
		e é ela elas ele eles em entre era eram essa esse esta está estão este eu
		foi foram há isso isto já lhe mais mas me mesmo muito na não nas nem no
		nos nós num numa o os ou para pela pelas pelo pelos por porque quando que
		quem se segundo sem ser seu seus sua suas também tem têm ter todo todos
		um uma umas uns você sobre ainda onde disse será pode apenas cada sido só
		tinha estava qual nesta neste desde durante`,
	"nl": `aan al als bij dan dat de der deze die dit doch door dus een en er ge
		geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is
		ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet
		niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen
		tot u uit uw van veel voor want waren was wat we wel werd wie wil worden
		wordt zal ze zelf zich zij zijn zo zonder zou volgens twee alle andere
		sinds tijdens waar wanneer zegt zei nieuwe`,
	"ru": `и в во не что он на я с со как а то все она так его но да ты к у же
		вы за бы по только ее её мне было вот от меня еще ещё нет о об из ему
		теперь когда даже ну ли если уже или ни быть был была были него до вас
		опять уж вам ведь там потом себя ничего ей может они тут где есть надо
		ней для мы тебя их чем сам чтобы без чего раз тоже себе под будет ж
		тогда кто этот того потому этого какой совсем ним здесь этом один почти
		мой тем нее сейчас куда всех никогда можно при два другой хоть после
		над больше тот через эти нас про всего них много три эту моя этой перед
		том такой им более всегда между это также который которые которая
		которых заявил сообщил`,
}

// langs are the languages with stop lists; bit i of a token's stop field
// stands for langs[i].
var langs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "ru"}

// minStopShare is the share of a text's words that must be stop words of
// one language for the text to count as written in it. Below it the text is
// in a language without a list and classification falls back to length and
// punctuation alone, as jusText does for unknown languages.
const minStopShare = 0.12

// detectLanguage returns the index in langs of the language whose stop
// words are most frequent among the words of ps, or -1 when none reaches
// minStopShare.
func detectLanguage(ps []*para) int {
	var hits [8]int
	total := 0
	for _, p := range ps {
		for _, t := range p.toks {
			if !t.word {
				continue
			}
			total++
			b := t.stop
			for i := 0; b != 0; i, b = i+1, b>>1 {
				if b&1 != 0 {
					hits[i]++
				}
			}
		}
	}
	best := -1
	for i, h := range hits {
		if best < 0 || h > hits[best] {
			best = i
		}
	}
	if total == 0 || float64(hits[best]) < minStopShare*float64(total) {
		return -1
	}
	return best
}
