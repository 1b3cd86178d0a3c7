package language_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/language"
)

// paragraphs holds invented article paragraphs, two or three sentences
// each, keyed by the language they are written in.
var paragraphs = []struct{ code, text string }{
	{"en", "The city council of Norvale voted on Tuesday to close the old harbour bridge after engineers found deep cracks in two of its supports. Traffic will be diverted through the eastern tunnel until repairs are finished, which officials expect to take at least eight months. Shop owners near the bridge said they feared a long and costly winter."},
	{"fr", "Le conseil municipal de Norvale a voté mardi la fermeture du vieux pont du port, après que des ingénieurs ont découvert de profondes fissures dans deux de ses piliers. La circulation sera déviée par le tunnel est jusqu'à la fin des travaux, qui devraient durer au moins huit mois. Les commerçants du quartier craignent un hiver long et coûteux."},
	{"de", "Der Stadtrat von Norvale hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren, nachdem Ingenieure tiefe Risse in zwei Pfeilern entdeckt hatten. Der Verkehr wird bis zum Ende der Bauarbeiten durch den Osttunnel umgeleitet, was nach Angaben der Behörden mindestens acht Monate dauern soll. Geschäftsleute in der Nähe der Brücke befürchten einen langen und teuren Winter."},
	{"es", "El ayuntamiento de Norvale votó el martes cerrar el viejo puente del puerto después de que los ingenieros encontraran grietas profundas en dos de sus pilares. El tráfico se desviará por el túnel del este hasta que terminen las obras, que según las autoridades durarán al menos ocho meses. Los comerciantes de la zona temen un invierno largo y costoso."},
	{"it", "Il consiglio comunale di Norvale ha votato martedì la chiusura del vecchio ponte del porto, dopo che gli ingegneri hanno trovato crepe profonde in due dei suoi piloni. Il traffico sarà deviato nella galleria orientale fino alla fine dei lavori, che secondo i funzionari dureranno almeno otto mesi. I negozianti della zona temono un inverno lungo e costoso."},
	{"pt", "A câmara municipal de Norvale votou na terça-feira o encerramento da velha ponte do porto, depois de os engenheiros terem encontrado fendas profundas em dois dos seus pilares. O trânsito será desviado pelo túnel leste até ao fim das obras, que deverão durar pelo menos oito meses. Os comerciantes da zona receiam um inverno longo e caro."},
	{"nl", "De gemeenteraad van Norvale heeft dinsdag besloten de oude havenbrug te sluiten, nadat ingenieurs diepe scheuren in twee van de pijlers hadden gevonden. Het verkeer wordt omgeleid via de oostelijke tunnel tot de reparaties klaar zijn, wat volgens ambtenaren minstens acht maanden gaat duren. Winkeliers in de buurt vrezen een lange en dure winter."},
	{"sv", "Kommunfullmäktige i Norvale röstade på tisdagen för att stänga den gamla hamnbron sedan ingenjörer hittat djupa sprickor i två av dess pelare. Trafiken leds om genom den östra tunneln tills reparationerna är klara, vilket enligt tjänstemännen tar minst åtta månader. Butiksägare nära bron fruktar en lång och dyr vinter."},
	{"pl", "Rada miasta Norvale zagłosowała we wtorek za zamknięciem starego mostu portowego, po tym jak inżynierowie znaleźli głębokie pęknięcia w dwóch jego filarach. Ruch zostanie skierowany przez wschodni tunel do czasu zakończenia napraw, które według urzędników potrwają co najmniej osiem miesięcy. Właściciele sklepów w pobliżu mostu obawiają się długiej i kosztownej zimy."},
	{"cs", "Zastupitelstvo města Norvale v úterý odhlasovalo uzavření starého přístavního mostu poté, co inženýři objevili hluboké trhliny ve dvou jeho pilířích. Doprava bude odkloněna do východního tunelu, dokud nebudou opravy dokončeny, což má podle úředníků trvat nejméně osm měsíců. Majitelé obchodů poblíž mostu se obávají dlouhé a drahé zimy."},
	{"ro", "Consiliul local din Norvale a votat marți închiderea vechiului pod din port, după ce inginerii au găsit fisuri adânci în doi dintre stâlpii acestuia. Traficul va fi deviat prin tunelul de est până la terminarea reparațiilor, care, potrivit oficialilor, vor dura cel puțin opt luni. Comercianții din apropiere se tem de o iarnă lungă și costisitoare."},
	{"tr", "Norvale belediye meclisi salı günü, mühendislerin iki ayağında derin çatlaklar bulmasının ardından eski liman köprüsünün kapatılmasına karar verdi. Trafik, onarımlar bitene kadar doğu tüneline yönlendirilecek ve yetkililere göre bu en az sekiz ay sürecek. Köprü yakınındaki esnaf uzun ve pahalı bir kıştan korkuyor."},
	{"id", "Dewan kota Norvale pada hari Selasa memutuskan untuk menutup jembatan pelabuhan yang lama setelah para insinyur menemukan retakan dalam di dua tiangnya. Lalu lintas akan dialihkan melalui terowongan timur sampai perbaikan selesai, yang menurut para pejabat akan memakan waktu setidaknya delapan bulan. Para pemilik toko di dekat jembatan khawatir akan menghadapi musim dingin yang panjang dan mahal."},
	{"ru", "Городской совет Норвейла во вторник проголосовал за закрытие старого портового моста после того, как инженеры обнаружили глубокие трещины в двух его опорах. Движение будет направлено через восточный тоннель до окончания ремонта, который, по словам чиновников, займёт не менее восьми месяцев. Владельцы магазинов рядом с мостом опасаются долгой и дорогой зимы."},
	{"uk", "Міська рада Норвейла у вівторок проголосувала за закриття старого портового мосту після того, як інженери виявили глибокі тріщини у двох його опорах. Рух буде спрямовано через східний тунель до завершення ремонту, який, за словами посадовців, триватиме щонайменше вісім місяців. Власники крамниць біля мосту побоюються довгої та дорогої зими."},
	{"ar", "صوّت مجلس مدينة نورفيل يوم الثلاثاء على إغلاق جسر الميناء القديم بعد أن اكتشف المهندسون تشققات عميقة في اثنتين من دعاماته. وسيتم تحويل حركة المرور عبر النفق الشرقي حتى انتهاء أعمال الإصلاح، التي يتوقع المسؤولون أن تستغرق ثمانية أشهر على الأقل. ويخشى أصحاب المتاجر القريبة من الجسر شتاءً طويلاً ومكلفاً."},
	{"fa", "شورای شهر نورویل روز سه‌شنبه به بستن پل قدیمی بندر رأی داد، پس از آنکه مهندسان ترک‌های عمیقی در دو پایه آن پیدا کردند. ترافیک تا پایان تعمیرات از تونل شرقی عبور خواهد کرد که به گفته مسئولان دست‌کم هشت ماه طول می‌کشد. مغازه‌داران نزدیک پل از یک زمستان طولانی و پرهزینه نگران هستند."},
	{"el", "Το δημοτικό συμβούλιο του Νόρβεϊλ ψήφισε την Τρίτη το κλείσιμο της παλιάς γέφυρας του λιμανιού, αφού οι μηχανικοί βρήκαν βαθιές ρωγμές σε δύο από τους πυλώνες της. Η κυκλοφορία θα εκτραπεί μέσω της ανατολικής σήραγγας μέχρι να ολοκληρωθούν οι επισκευές."},
	{"he", "מועצת העיר נורוויל הצביעה ביום שלישי על סגירת גשר הנמל הישן, לאחר שמהנדסים מצאו סדקים עמוקים בשניים מעמודיו. התנועה תופנה דרך המנהרה המזרחית עד לסיום התיקונים, שלדברי הפקידים יימשכו לפחות שמונה חודשים."},
	{"hi", "नॉरवेल की नगर परिषद ने मंगलवार को बंदरगाह के पुराने पुल को बंद करने के पक्ष में मतदान किया, क्योंकि इंजीनियरों को उसके दो खंभों में गहरी दरारें मिली थीं। मरम्मत पूरी होने तक यातायात को पूर्वी सुरंग से मोड़ा जाएगा।"},
	{"zh", "诺尔维尔市议会周二投票决定关闭港口旧桥，因为工程师在两座桥墩上发现了很深的裂缝。在维修完成之前，车辆将改道东部隧道，官员预计工程至少需要八个月。桥附近的店主担心将要度过一个漫长而昂贵的冬天。"},
	{"ja", "ノーベイル市議会は火曜日、技術者が橋脚の二本に深い亀裂を見つけたことを受けて、港の古い橋を閉鎖することを決めた。修理が終わるまで車は東のトンネルに迂回する。市の担当者によると、工事には少なくとも八か月かかる見込みだ。"},
	{"ko", "노르베일 시의회는 화요일 기술자들이 교각 두 곳에서 깊은 균열을 발견한 뒤 항구의 옛 다리를 폐쇄하기로 결정했다. 수리가 끝날 때까지 차량은 동쪽 터널로 우회하며, 관계자들은 공사에 최소 여덟 달이 걸릴 것으로 예상했다."},
}

func TestDetect(t *testing.T) {
	for _, p := range paragraphs {
		t.Run(p.code, func(t *testing.T) {
			if got := language.Detect(p.text); got != p.code {
				t.Fatalf("Detect(%.40q…)=%q, want %q", p.text, got, p.code)
			}
		})
	}
}

func TestDetectShortOrEmpty(t *testing.T) {
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"spaces", "   \n\n\t "},
		{"digits and punctuation", "2024-05-17 12:30 — 45 % (+3.2) !!! ... 1 000 000"},
		{"few letters", "Norvale, 12 May"},
		{"sixteen letters", "Bridge shut in Quay."},
		{"unsupported script", "นอร์เวลปิดสะพานเก่าที่ท่าเรือหลังจากวิศวกรพบรอยร้าวลึก"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := language.Detect(tt.text); got != "" {
				t.Fatalf("Detect(%q)=%q, want \"\"", tt.text, got)
			}
		})
	}
}

func TestDetectMixed(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english with a french quote", "The mayor of Norvale opened the new ferry terminal on Friday. Speaking to visitors from Brask, she said: « Nous sommes fiers de ce port. » The terminal cost 40 million euros and will handle two million passengers a year, according to the port authority.", "en"},
		{"russian with latin names", "Компания Halden Ltd. и банк Quill Capital подписали в понедельник соглашение о строительстве нового терминала. По словам представителя компании, проект обойдётся в сорок миллионов евро и будет завершён через два года.", "ru"},
		{"german with english terms", "Das Start-up aus Kassel hat seine Cloud-Plattform für Smart Cities vorgestellt. Nach Angaben des Unternehmens nutzen bereits zwölf Gemeinden die Software, um den Verkehr und die Müllabfuhr besser zu planen.", "de"},
		{"chinese with latin brand", "诺尔维尔的Halden公司周一宣布，将在港口附近建设新的物流中心，预计明年投入使用。", "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := language.Detect(tt.text); got != tt.want {
				t.Fatalf("Detect(%.40q…)=%q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDetectLongText checks that a long body is judged on its beginning:
// the tail, in another language, is never read.
func TestDetectLongText(t *testing.T) {
	text := strings.Repeat(paragraphs[0].text+"\n\n", 20) + strings.Repeat(paragraphs[1].text+"\n\n", 40)
	if got := language.Detect(text); got != "en" {
		t.Fatalf("Detect(long)=%q, want en", got)
	}
}

func TestDetectConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, p := range paragraphs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				if got := language.Detect(p.text); got != p.code {
					t.Errorf("Detect(%s)=%q", p.code, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestCode(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "en-GB": "en", "pt_BR": "pt", " DE ": "de", "en-us": "en", "fil": "", "": "", "x-klingon": "", "1a": "",
	} {
		if got := language.Code(in); got != want {
			t.Errorf("Code(%q) = %q, want %q", in, got, want)
		}
	}
}
