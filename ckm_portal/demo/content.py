"""The demo content that ``manage.py load_demo`` loads.

Facts come from the CKM's own texts and the project's domain notes; every sentence is written for
this portal. The sample articles are believable examples built on those facts, not real publications:
the case-law items in particular are fictional, with invented ECLI numbers, and say so in their source.
The projects on voodoo, forced marriage and female genital mutilation, and China are examples of the same
kind, built on the fields of expertise the CKM names; the other projects are the ones its texts describe.
Every topic the CKM names as its expertise has at least five published articles of several types, a
project, and at least two partner organisations with that expertise (tests/demo/test_load_demo.py).
DOIs use Crossref's test prefix 10.5555 and the ISBNs are invented (with valid check digits).

Slugs tie everything together: articles, partners and projects name their topics, partners their
coalitions and projects their funders, partners and related articles by slug.
"""

import datetime as dt

from articles.models import ArticleType, Status
from ckm_portal.editorial import Language
from ckm_portal.topics.models import TopicKind
from partners.models import PartnerKind, Scope
from projects.models import ProjectStatus

THEME, EXPLOITATION, SECTOR = TopicKind.THEME, TopicKind.EXPLOITATION, TopicKind.SECTOR
COUNTRY, KEYWORD = TopicKind.COUNTRY, TopicKind.KEYWORD
NL, EN = Language.DUTCH, Language.ENGLISH

FICTIONAL_CASE_NL = "Fictief voorbeeld (demo-inhoud)"
FICTIONAL_CASE_EN = "Fictional example (demo content)"

TOPICS = [
    # Themes: the CKM's fields of expertise and the other recurring subjects of the field.
    {
        "slug": "vreemdelingenrecht",
        "name": "Vreemdelingenrecht",
        "name_en": "Immigration law",
        "kind": THEME,
        "description_nl": (
            "De regels over toegang, verblijf en vertrek van buitenlanders, waaronder de verblijfsregeling voor "
            "slachtoffers van mensenhandel (B8/3). Voor buitenlandse slachtoffers bepaalt dit recht vaak of zij in "
            "Nederland kunnen blijven."
        ),
        "description_en": (
            "The rules on the entry, residence and departure of foreign nationals, including the residence scheme for "
            "trafficking victims (B8/3). For foreign victims this body of law often decides whether they can stay in "
            "the Netherlands."
        ),
        "aliases": ["immigratierecht", "migratierecht", "immigration law", "migration law", "aliens law"],
    },
    {
        "slug": "strafrecht",
        "name": "Strafrecht",
        "name_en": "Criminal law",
        "kind": THEME,
        "description_nl": (
            "De strafrechtelijke aanpak van mensenhandel, van aangifte en opsporing tot vervolging en berechting van "
            "daders. De kern ervan is artikel 273f van het Wetboek van Strafrecht."
        ),
        "description_en": (
            "The criminal-law response to trafficking, from the complaint and the investigation to the prosecution and "
            "trial of offenders. At its core is Article 273f of the Dutch Criminal Code."
        ),
        "aliases": ["strafvervolging", "criminal law", "prosecution", "criminal justice"],
    },
    {
        "slug": "prostitutie-en-prostitutiebeleid",
        "name": "Prostitutie en prostitutiebeleid",
        "name_en": "Prostitution and prostitution policy",
        "kind": THEME,
        "description_nl": (
            "Wetten en beleid rond prostitutie en sekswerk, en wat die betekenen voor het risico op uitbuiting. Het "
            "CKM heeft op dit terrein eigen specialisten."
        ),
        "description_en": (
            "Law and policy on prostitution and sex work, and what they mean for the risk of exploitation. The CKM has "
            "specialists of its own in this field."
        ),
        "aliases": ["prostitutiebeleid", "sekswerkbeleid", "prostitution policy", "sex work policy"],
    },
    {
        "slug": "jeugdprostitutie",
        "name": "Jeugdprostitutie",
        "name_en": "Youth prostitution",
        "kind": THEME,
        "description_nl": (
            "Minderjarigen die seksueel worden uitgebuit in de prostitutie of de escort. Fier en het CKM hebben hier "
            "eigen onderzoek naar gedaan."
        ),
        "description_en": (
            "Minors who are sexually exploited in prostitution or escort work. Fier and the CKM have carried out "
            "research of their own on the subject."
        ),
        "aliases": [
            "kinderprostitutie",
            "minderjarigen in de prostitutie",
            "youth prostitution",
            "child prostitution",
            "commercial sexual exploitation of children",
        ],
    },
    {
        "slug": "loverboys",
        "name": "Loverboys",
        "name_en": "Loverboys (groomer-pimps)",
        "kind": THEME,
        "description_nl": (
            "Mensenhandelaars die een vaak jonge partner verliefd of afhankelijk maken en daarna uitbuiten. De politie "
            "noemt hen liever gewoon mensenhandelaars."
        ),
        "description_en": (
            "Traffickers who make a partner, often a young one, fall in love with them or depend on them, and then "
            "exploit that partner. The police prefer to call them what they are: traffickers."
        ),
        "aliases": ["loverboy", "pooierboy", "pooierboys", "groomer", "groomer-pimp", "lover boy"],
    },
    {
        "slug": "vervolghulp",
        "name": "Vervolghulp",
        "name_en": "Aftercare",
        "kind": THEME,
        "description_nl": (
            "Hulp aan slachtoffers na de eerste opvang, zodat zij een zelfstandig bestaan kunnen opbouwen. Het CKM "
            "heeft onderzocht wat slachtoffers in die fase nodig hebben."
        ),
        "description_en": (
            "Support for victims once their first stay in a shelter ends, so that they can build an independent life. "
            "The CKM has studied what victims need at that stage."
        ),
        "aliases": ["nazorg", "aftercare", "follow-up care", "re-integratie", "reintegration"],
    },
    {
        "slug": "terugkeer",
        "name": "Terugkeer",
        "name_en": "Return",
        "kind": THEME,
        "description_nl": (
            "De terugkeer van buitenlandse slachtoffers naar hun land van herkomst, die zo zorgvuldig mogelijk moet "
            "worden voorbereid. Het CKM werkt mee aan terugkeertrajecten."
        ),
        "description_en": (
            "The return of foreign victims to their country of origin, which needs to be prepared as carefully as "
            "possible. The CKM takes part in return trajectories."
        ),
        "aliases": ["terugkeertraject", "vrijwillige terugkeer", "return", "voluntary return", "repatriation"],
    },
    {
        "slug": "zorg-en-trauma",
        "name": "Zorg en trauma",
        "name_en": "Care and trauma",
        "kind": THEME,
        "description_nl": (
            "Medische en psychische zorg voor slachtoffers en de behandeling van hun trauma's. Fier vangt slachtoffers "
            "op, behandelt hen en geeft trainingen in traumabehandeling."
        ),
        "description_en": (
            "Medical and psychological care for victims and the treatment of their trauma. Fier shelters and treats "
            "victims and trains other professionals in trauma treatment."
        ),
        "aliases": [
            "traumabehandeling",
            "hulpverlening",
            "psychische zorg",
            "trauma care",
            "health care",
            "mental health",
        ],
    },
    {
        "slug": "voodoo",
        "name": "Voodoo",
        "name_en": "Voodoo (juju)",
        "kind": THEME,
        "description_nl": (
            "Rituelen en eden waarmee slachtoffers onder druk worden gezet, in het Engels vaak juju genoemd. Wie dit "
            "kent, begrijpt beter waarom een slachtoffer bang is om te praten."
        ),
        "description_en": (
            "Rituals and oaths used to put victims under pressure, often called juju. Knowing about them helps "
            "professionals understand why a victim may be afraid to speak."
        ),
        "aliases": ["juju", "juju-eed", "juju oath", "voodoo-eed", "voodoo oath"],
    },
    {
        "slug": "meisjesbesnijdenis",
        "name": "Meisjesbesnijdenis",
        "name_en": "Female genital mutilation",
        "kind": THEME,
        "description_nl": (
            "Het geheel of gedeeltelijk verwijderen of beschadigen van de uitwendige geslachtsdelen van meisjes, ook "
            "vrouwelijke genitale verminking genoemd. Het CKM heeft kennis van dit onderwerp en van wat het betekent "
            "voor de zorg aan slachtoffers."
        ),
        "description_en": (
            "The total or partial removal of, or other injury to, the external genitalia of girls, also called female "
            "genital mutilation. The CKM knows the subject and what it means for the care of victims."
        ),
        "aliases": [
            "vrouwelijke genitale verminking",
            "VGV",
            "vrouwenbesnijdenis",
            "FGM",
            "FGM/C",
            "female genital mutilation",
            "female genital cutting",
        ],
    },
    {
        "slug": "gedwongen-huwelijk",
        "name": "Gedwongen huwelijk",
        "name_en": "Forced marriage",
        "kind": THEME,
        "description_nl": (
            "Een huwelijk dat iemand tegen zijn of haar wil wordt opgelegd. In de Nederlandse wetgeving wordt het "
            "genoemd als een van de nieuwere vormen van uitbuiting."
        ),
        "description_en": (
            "A marriage imposed on someone against their will. Dutch law-making names it as one of the newer forms of "
            "exploitation."
        ),
        "aliases": ["huwelijksdwang", "gedwongen huwelijken", "forced marriage", "forced marriages"],
    },
    {
        "slug": "signalering",
        "name": "Signalering",
        "name_en": "Detection",
        "kind": THEME,
        "description_nl": (
            "Het herkennen van signalen van mensenhandel door professionals die slachtoffers tegenkomen, van politie "
            "en arbeidsinspectie tot hulpverleners en gemeenten. Wie een slachtoffer vroeg herkent, zet de eerste stap "
            "naar hulp."
        ),
        "description_en": (
            "Recognising the signs of trafficking among the professionals who meet victims, from police and labour "
            "inspectors to care workers and municipalities. Recognising a victim early is the first step towards help."
        ),
        "aliases": [
            "signalen",
            "herkenning",
            "identificatie",
            "detection",
            "identification",
            "indicators",
            "red flags",
        ],
    },
    {
        "slug": "aangiftebereidheid",
        "name": "Aangiftebereidheid",
        "name_en": "Willingness to report",
        "kind": THEME,
        "description_nl": (
            "De bereidheid van slachtoffers om aangifte te doen tegen wie hen heeft uitgebuit. Angst, wantrouwen en "
            "onzekerheid over hun verblijf kunnen hen daarvan weerhouden."
        ),
        "description_en": (
            "How willing victims are to file a criminal complaint against those who exploited them. Fear, distrust and "
            "an uncertain residence status can hold them back."
        ),
        "aliases": ["aangifte", "aangifte doen", "willingness to report", "criminal complaint", "reporting"],
    },
    {
        "slug": "schadevergoeding",
        "name": "Schadevergoeding",
        "name_en": "Compensation",
        "kind": THEME,
        "description_nl": (
            "Vergoeding van de materiële en immateriële schade van slachtoffers, bijvoorbeeld via het strafproces. Bij "
            "arbeidsuitbuiting is achterstallig loon vaak een groot deel van de vordering."
        ),
        "description_en": (
            "Compensation for the material and non-material harm that victims suffered, for instance through the "
            "criminal trial. In labour exploitation cases, unpaid wages are often a large part of the claim."
        ),
        "aliases": ["schadeverhaal", "smartengeld", "compensation", "damages", "restitution"],
    },
    {
        "slug": "non-punishment-beginsel",
        "name": "Non-punishment-beginsel",
        "name_en": "Non-punishment principle",
        "kind": THEME,
        "description_nl": (
            "Het uitgangspunt dat slachtoffers niet worden gestraft voor strafbare feiten die zij moesten plegen als "
            "direct gevolg van hun uitbuiting. Het speelt vooral bij criminele uitbuiting."
        ),
        "description_en": (
            "The principle that victims are not punished for offences they were compelled to commit as a direct result "
            "of their exploitation. It matters most in criminal exploitation."
        ),
        "aliases": ["non-punishment", "non-punishment principle", "non-bestraffingsbeginsel"],
    },
    {
        "slug": "opvang",
        "name": "Opvang",
        "name_en": "Shelter",
        "kind": THEME,
        "description_nl": (
            "Veilige huisvesting voor slachtoffers, voor korte of langere tijd, met hulp bij onder meer aangifte, "
            "verblijf en terugkeer. Fier biedt in het gebouw van het CKM beschermde opvang met speciale "
            "veiligheidsmaatregelen."
        ),
        "description_en": (
            "Safe housing for victims, for a short or a longer period, with help with the complaint, residence and "
            "return among other things. In the CKM building, Fier offers protected shelter with special security "
            "measures."
        ),
        "aliases": ["opvanghuis", "beschermde opvang", "COSM", "categorale opvang", "shelter", "safe house"],
    },
    {
        "slug": "kinderhandel",
        "name": "Kinderhandel",
        "name_en": "Child trafficking",
        "kind": THEME,
        "description_nl": (
            "Mensenhandel waarvan minderjarigen het slachtoffer zijn, bijvoorbeeld in de seksindustrie of als "
            "huishoudhulp. De hulp aan deze kinderen is in Nederland versnipperd."
        ),
        "description_en": (
            "Trafficking in which the victims are minors, for example in the sex industry or as domestic servants. In "
            "the Netherlands the help available to these children is fragmented."
        ),
        "aliases": ["handel in kinderen", "minderjarige slachtoffers", "child trafficking", "trafficking in children"],
    },
    {
        "slug": "mensensmokkel",
        "name": "Mensensmokkel",
        "name_en": "Migrant smuggling",
        "kind": THEME,
        "description_nl": (
            "Mensen tegen betaling helpen om illegaal een grens over te gaan. Dat is iets anders dan mensenhandel, "
            "maar gesmokkelde migranten kunnen onderweg of na aankomst worden uitgebuit."
        ),
        "description_en": (
            "Helping people cross a border illegally in return for payment. It is distinct from trafficking, yet "
            "smuggled migrants can be exploited on the way or after they arrive."
        ),
        "aliases": ["smokkel", "migrant smuggling", "people smuggling", "human smuggling"],
    },
    {
        "slug": "binnenlandse-mensenhandel",
        "name": "Binnenlandse mensenhandel",
        "name_en": "Domestic trafficking",
        "kind": THEME,
        "description_nl": (
            "Mensenhandel die zich binnen Nederland afspeelt, vaak met slachtoffers met de Nederlandse nationaliteit. "
            "Fier vangt al jaren slachtoffers van binnenlandse en buitenlandse mensenhandel op."
        ),
        "description_en": (
            "Trafficking that takes place within the Netherlands, often with victims of Dutch nationality. Fier has "
            "sheltered victims of both domestic and cross-border trafficking for years."
        ),
        "aliases": ["binnenlandse uitbuiting", "domestic trafficking", "internal trafficking"],
    },
    {
        "slug": "internationale-samenwerking",
        "name": "Internationale samenwerking",
        "name_en": "International cooperation",
        "kind": THEME,
        "description_nl": (
            "Samenwerking tussen landen en organisaties om mensenhandel te bestrijden en slachtoffers te helpen. Het "
            "CKM wisselt kennis uit met partners in het buitenland."
        ),
        "description_en": (
            "Cooperation between countries and organisations to fight trafficking and help its victims. The CKM "
            "exchanges expertise with partners abroad."
        ),
        "aliases": [
            "kennisuitwisseling",
            "grensoverschrijdende samenwerking",
            "international cooperation",
            "expertise exchange",
        ],
    },
    # Forms of exploitation.
    {
        "slug": "seksuele-uitbuiting",
        "name": "Seksuele uitbuiting",
        "name_en": "Sexual exploitation",
        "kind": EXPLOITATION,
        "description_nl": (
            "Iemand dwingen of misleiden tot seksuele handelingen met anderen, terwijl een ander daaraan verdient. Het "
            "gebeurt in de prostitutie, de escort, thuisprostitutie en via de webcam."
        ),
        "description_en": (
            "Forcing or deceiving someone into sexual acts with others while somebody else profits. It happens in "
            "prostitution, escort work, home-based prostitution and via webcams."
        ),
        "aliases": ["gedwongen prostitutie", "sexual exploitation", "forced prostitution"],
    },
    {
        "slug": "arbeidsuitbuiting",
        "name": "Arbeidsuitbuiting",
        "name_en": "Labour exploitation",
        "kind": EXPLOITATION,
        "description_nl": (
            "Uitbuiting in werk buiten de seksindustrie, zoals in de tuinbouw, de horeca, de bouw of het huishouden. "
            "Slachtoffers werken onder dwang, vaak voor weinig of geen loon."
        ),
        "description_en": (
            "Exploitation in work outside the sex industry, such as horticulture, hospitality, construction or "
            "domestic work. Victims work under coercion, often for little or no pay."
        ),
        "aliases": [
            "dwangarbeid",
            "economische uitbuiting",
            "labour exploitation",
            "labor exploitation",
            "forced labour",
        ],
    },
    {
        "slug": "criminele-uitbuiting",
        "name": "Criminele uitbuiting",
        "name_en": "Criminal exploitation",
        "kind": EXPLOITATION,
        "description_nl": (
            "Iemand dwingen tot het plegen van strafbare feiten of tot bedelen, terwijl een ander de opbrengst neemt. "
            "Slachtoffers lopen daardoor het risico zelf als dader te worden behandeld."
        ),
        "description_en": (
            "Forcing someone to commit crimes or to beg while somebody else takes the proceeds. This puts victims at "
            "risk of being treated as offenders themselves."
        ),
        "aliases": [
            "gedwongen criminaliteit",
            "gedwongen bedelarij",
            "bedelarij",
            "criminal exploitation",
            "forced criminality",
            "forced begging",
        ],
    },
    {
        "slug": "gedwongen-orgaanverwijdering",
        "name": "Gedwongen orgaanverwijdering",
        "name_en": "Forced organ removal",
        "kind": EXPLOITATION,
        "description_nl": (
            "Het onder dwang of door misleiding verwijderen van organen van een slachtoffer. Het is een van de vormen "
            "van uitbuiting die onder mensenhandel vallen."
        ),
        "description_en": (
            "Removing a victim's organs by force or deception. It is one of the forms of exploitation that count as "
            "trafficking in human beings."
        ),
        "aliases": ["orgaanverwijdering", "orgaanhandel", "organ removal", "organ trafficking"],
    },
    {
        "slug": "uitbuiting-bij-draagmoederschap",
        "name": "Uitbuiting bij draagmoederschap",
        "name_en": "Exploitation in surrogacy",
        "kind": EXPLOITATION,
        "description_nl": (
            "Het uitbuiten van vrouwen als draagmoeder. De Nederlandse wetgever noemt dit als een van de nieuwere "
            "vormen van uitbuiting."
        ),
        "description_en": (
            "Exploiting women as surrogate mothers. Dutch law-making names this as one of the newer forms of "
            "exploitation."
        ),
        "aliases": ["draagmoederschap", "exploitation in surrogacy", "surrogacy exploitation"],
    },
    {
        "slug": "illegale-adoptie",
        "name": "Illegale adoptie",
        "name_en": "Illegal adoption",
        "kind": EXPLOITATION,
        "description_nl": (
            "Het onrechtmatig afstaan of overdragen van een kind ter adoptie, terwijl anderen daaraan verdienen. Ook "
            "deze vorm wordt genoemd in nieuwere Nederlandse wetgeving."
        ),
        "description_en": (
            "Unlawfully giving up or handing over a child for adoption while others profit from it. This form too is "
            "named in recent Dutch law-making."
        ),
        "aliases": ["illegale adopties", "illegal adoption"],
    },
    # Sectors where exploitation takes place.
    {
        "slug": "prostitutie",
        "name": "Prostitutie",
        "name_en": "Prostitution and sex work",
        "kind": SECTOR,
        "description_nl": (
            "De seksbranche in al haar vormen, van escort en thuisprostitutie tot webcamseks. Een minderjarig meisje "
            "dat gedwongen in de escort werkt, is een van de voorbeelden uit de praktijk."
        ),
        "description_en": (
            "The sex industry in all its forms, from escort work and home-based prostitution to webcam sex. A minor "
            "girl forced to work as an escort is one of the examples from practice."
        ),
        "aliases": [
            "sekswerk",
            "seksindustrie",
            "seksbranche",
            "escort",
            "thuisprostitutie",
            "webcam",
            "sex work",
            "sex industry",
        ],
    },
    {
        "slug": "horeca",
        "name": "Horeca",
        "name_en": "Hospitality",
        "kind": SECTOR,
        "description_nl": (
            "Restaurants, hotels en cafés. In 2012 was de horeca een van de sectoren waarin mogelijke slachtoffers van "
            "mensenhandel gedwongen werkten."
        ),
        "description_en": (
            "Restaurants, hotels and cafés. In 2012 hospitality was one of the sectors in which possible trafficking "
            "victims were forced to work."
        ),
        "aliases": ["hospitality", "catering", "restaurants", "hotels"],
    },
    {
        "slug": "land-en-tuinbouw",
        "name": "Land- en tuinbouw",
        "name_en": "Agriculture and horticulture",
        "kind": SECTOR,
        "description_nl": (
            "Werk op het land en in de kassen, vaak als seizoenswerk. Ook de tuinbouw komt voor in meldingen van "
            "mogelijke mensenhandel."
        ),
        "description_en": (
            "Work in the fields and in greenhouses, often seasonal. Horticulture too appears in reports of possible "
            "trafficking."
        ),
        "aliases": [
            "landbouw",
            "tuinbouw",
            "glastuinbouw",
            "seizoenswerk",
            "agriculture",
            "horticulture",
            "seasonal work",
        ],
    },
    {
        "slug": "huishoudelijk-werk",
        "name": "Huishoudelijk werk",
        "name_en": "Domestic work",
        "kind": SECTOR,
        "description_nl": (
            "Werk in particuliere huishoudens, zoals schoonmaken, koken en op kinderen passen, ook als au pair. Een "
            "Guinees kind dat als huisslaafje bij een gezin in Den Haag werkte, is een voorbeeld uit de praktijk."
        ),
        "description_en": (
            "Work in private households such as cleaning, cooking and minding children, including au pair placements. "
            "A Guinean child kept as a domestic servant by a family in The Hague is one example from practice."
        ),
        "aliases": ["au pair", "huishoudhulp", "huisslaaf", "domestic work", "domestic servitude", "domestic workers"],
    },
    {
        "slug": "bouw",
        "name": "Bouw",
        "name_en": "Construction",
        "kind": SECTOR,
        "description_nl": "Werk op bouwplaatsen, vaak via onderaannemers en uitzendbureaus.",
        "description_en": "Work on building sites, often through subcontractors and temp agencies.",
        "aliases": ["bouwsector", "construction", "building sites"],
    },
    {
        "slug": "schoonmaak",
        "name": "Schoonmaak",
        "name_en": "Cleaning",
        "kind": SECTOR,
        "description_nl": "Schoonmaakwerk in kantoren, hotels en andere gebouwen, vaak buiten kantoortijd.",
        "description_en": "Cleaning work in offices, hotels and other buildings, often outside office hours.",
        "aliases": ["schoonmaakbranche", "cleaning", "cleaning industry"],
    },
    {
        "slug": "logistiek",
        "name": "Vervoer en logistiek",
        "name_en": "Transport and logistics",
        "kind": SECTOR,
        "description_nl": "Vervoer, opslag en distributiecentra, waar veel werk via uitzendbureaus loopt.",
        "description_en": (
            "Transport, warehousing and distribution centres, where much of the work is done through temp agencies."
        ),
        "aliases": ["logistiek", "vervoer en opslag", "distributiecentra", "transport", "logistics", "warehousing"],
    },
    {
        "slug": "vleesverwerking",
        "name": "Vleesverwerking",
        "name_en": "Meat processing",
        "kind": SECTOR,
        "description_nl": "Slachterijen en vleesverwerkende bedrijven.",
        "description_en": "Slaughterhouses and meat-processing plants.",
        "aliases": ["slachterijen", "meat processing", "meat industry"],
    },
    {
        "slug": "nagelstudios",
        "name": "Nagelstudio's",
        "name_en": "Nail salons",
        "kind": SECTOR,
        "description_nl": "Nagel- en schoonheidssalons, vaak kleine bedrijven achter een gewone winkelpui.",
        "description_en": "Nail and beauty salons, often small businesses behind an ordinary shop front.",
        "aliases": ["nagelsalons", "schoonheidssalons", "nail salons", "nail bars"],
    },
    {
        "slug": "groot-en-detailhandel",
        "name": "Groot- en detailhandel",
        "name_en": "Wholesale and retail",
        "kind": SECTOR,
        "description_nl": "Winkels, groothandels en hun magazijnen.",
        "description_en": "Shops, wholesalers and their warehouses.",
        "aliases": ["detailhandel", "groothandel", "winkels", "retail", "wholesale"],
    },
    {
        "slug": "uitzendbureaus",
        "name": "Uitzendbureaus",
        "name_en": "Temp agencies",
        "kind": SECTOR,
        "description_nl": (
            "Uitzendbureaus en arbeidsbemiddelaars die werknemers aan andere bedrijven uitlenen. Ze zijn actief in "
            "veel sectoren waarin arbeidsuitbuiting voorkomt."
        ),
        "description_en": (
            "Temp and recruitment agencies that hire out workers to other companies. They are active in many of the "
            "sectors where labour exploitation occurs."
        ),
        "aliases": [
            "uitzendwerk",
            "arbeidsbemiddeling",
            "temp agencies",
            "employment agencies",
            "recruitment agencies",
        ],
    },
    # Origin countries, with their ISO 3166-1 alpha-2 codes.
    {
        "slug": "nigeria",
        "name": "Nigeria",
        "name_en": "Nigeria",
        "kind": COUNTRY,
        "iso_code": "NG",
        "description_nl": "Nigeria is een van de herkomstlanden waarover het CKM specifieke kennis heeft opgebouwd.",
        "description_en": "Nigeria is one of the countries of origin on which the CKM has built up specific knowledge.",
        "aliases": ["Nigeriaans", "Nigeriaanse", "Nigerian"],
    },
    {
        "slug": "guinee",
        "name": "Guinee",
        "name_en": "Guinea",
        "kind": COUNTRY,
        "iso_code": "GN",
        "description_nl": (
            "Guinee is een van de herkomstlanden waarover het CKM specifieke kennis heeft. Een Guinees kind dat als "
            "huisslaafje in Den Haag werkte, is een voorbeeld uit de praktijk."
        ),
        "description_en": (
            "Guinea is one of the countries of origin the CKM knows well. A Guinean child kept as a domestic servant "
            "in The Hague is one example from practice."
        ),
        "aliases": ["Guinea", "Guinees", "Guinese", "Guinean"],
    },
    {
        "slug": "china",
        "name": "China",
        "name_en": "China",
        "kind": COUNTRY,
        "iso_code": "CN",
        "description_nl": "China is een van de herkomstlanden waarover het CKM specifieke kennis heeft.",
        "description_en": "China is one of the countries of origin on which the CKM has specific knowledge.",
        "aliases": ["Chinees", "Chinese", "Volksrepubliek China"],
    },
    {
        "slug": "hongarije",
        "name": "Hongarije",
        "name_en": "Hungary",
        "kind": COUNTRY,
        "iso_code": "HU",
        "description_nl": (
            "Een Hongaarse vrouw die tegen haar wil in de Amsterdamse seksindustrie belandt, is een van de voorbeelden "
            "van mensenhandel in Nederland."
        ),
        "description_en": (
            "A Hungarian woman who ends up in the Amsterdam sex industry against her will is one of the examples of "
            "trafficking in the Netherlands."
        ),
        "aliases": ["Hongaars", "Hongaarse", "Hungary", "Hungarian"],
    },
    {
        "slug": "roemenie",
        "name": "Roemenië",
        "name_en": "Romania",
        "kind": COUNTRY,
        "iso_code": "RO",
        "description_nl": "Roemenië is een herkomstland dat vaak voorkomt in Nederlandse mensenhandelzaken.",
        "description_en": "Romania is a country of origin that often appears in Dutch trafficking cases.",
        "aliases": ["Roemeens", "Roemeense", "Romania", "Romanian"],
    },
    {
        "slug": "bulgarije",
        "name": "Bulgarije",
        "name_en": "Bulgaria",
        "kind": COUNTRY,
        "iso_code": "BG",
        "description_nl": "Bulgarije is een herkomstland dat regelmatig opduikt in Nederlandse mensenhandelzaken.",
        "description_en": "Bulgaria is a country of origin that regularly turns up in Dutch trafficking cases.",
        "aliases": ["Bulgaars", "Bulgaarse", "Bulgaria", "Bulgarian"],
    },
    {
        "slug": "polen",
        "name": "Polen",
        "name_en": "Poland",
        "kind": COUNTRY,
        "iso_code": "PL",
        "description_nl": (
            "Polen is een van de herkomstlanden die vaak voorkomen in Nederlandse zaken van mensenhandel."
        ),
        "description_en": "Poland is one of the countries of origin often seen in Dutch trafficking cases.",
        "aliases": ["Pools", "Poolse", "Poland", "Polish"],
    },
    {
        "slug": "oekraine",
        "name": "Oekraïne",
        "name_en": "Ukraine",
        "kind": COUNTRY,
        "iso_code": "UA",
        "description_nl": "Oekraïne is een herkomstland dat voorkomt in Nederlandse mensenhandelzaken.",
        "description_en": "Ukraine is a country of origin found in Dutch trafficking cases.",
        "aliases": ["Oekraine", "Oekraïens", "Oekraïense", "Ukraine", "Ukrainian"],
    },
    {
        "slug": "vietnam",
        "name": "Vietnam",
        "name_en": "Vietnam",
        "kind": COUNTRY,
        "iso_code": "VN",
        "description_nl": "Vietnam is een herkomstland dat regelmatig voorkomt in Nederlandse zaken van mensenhandel.",
        "description_en": "Vietnam is a country of origin that regularly appears in Dutch trafficking cases.",
        "aliases": ["Vietnamees", "Vietnamese", "Viet Nam"],
    },
    {
        "slug": "eritrea",
        "name": "Eritrea",
        "name_en": "Eritrea",
        "kind": COUNTRY,
        "iso_code": "ER",
        "description_nl": "Eritrea is een herkomstland dat voorkomt in Nederlandse zaken van mensenhandel.",
        "description_en": "Eritrea is a country of origin that appears in Dutch trafficking cases.",
        "aliases": ["Eritrees", "Eritrese", "Eritrean"],
    },
    {
        "slug": "marokko",
        "name": "Marokko",
        "name_en": "Morocco",
        "kind": COUNTRY,
        "iso_code": "MA",
        "description_nl": "Marokko is een herkomstland dat voorkomt in Nederlandse mensenhandelzaken.",
        "description_en": "Morocco is a country of origin found in Dutch trafficking cases.",
        "aliases": ["Marokkaans", "Marokkaanse", "Morocco", "Moroccan"],
    },
    {
        "slug": "sierra-leone",
        "name": "Sierra Leone",
        "name_en": "Sierra Leone",
        "kind": COUNTRY,
        "iso_code": "SL",
        "description_nl": "Sierra Leone is een herkomstland dat voorkomt in Nederlandse zaken van mensenhandel.",
        "description_en": "Sierra Leone is a country of origin that appears in Dutch trafficking cases.",
        "aliases": ["Sierra Leoons", "Sierra Leoonse", "Sierra Leonean"],
    },
    {
        "slug": "brazilie",
        "name": "Brazilië",
        "name_en": "Brazil",
        "kind": COUNTRY,
        "iso_code": "BR",
        "description_nl": "Brazilië is een herkomstland dat voorkomt in Nederlandse mensenhandelzaken.",
        "description_en": "Brazil is a country of origin found in Dutch trafficking cases.",
        "aliases": ["Brazilie", "Braziliaans", "Braziliaanse", "Brazil", "Brazilian"],
    },
    {
        "slug": "filipijnen",
        "name": "Filipijnen",
        "name_en": "Philippines",
        "kind": COUNTRY,
        "iso_code": "PH",
        "description_nl": "De Filipijnen zijn een herkomstland dat voorkomt in Nederlandse zaken van mensenhandel.",
        "description_en": "The Philippines is a country of origin that appears in Dutch trafficking cases.",
        "aliases": ["Filipijns", "Filipijnse", "Philippines", "Filipino"],
    },
    {
        "slug": "nederland",
        "name": "Nederland",
        "name_en": "Netherlands",
        "kind": COUNTRY,
        "iso_code": "NL",
        "description_nl": (
            "Nederland als land van herkomst: slachtoffers met de Nederlandse nationaliteit, vaak in zaken van "
            "binnenlandse mensenhandel."
        ),
        "description_en": (
            "The Netherlands as a country of origin: victims of Dutch nationality, often in cases of domestic "
            "trafficking."
        ),
        "aliases": ["Nederlands", "Nederlandse", "Netherlands", "the Netherlands", "Dutch", "Holland"],
    },
    # Free keywords: legal provisions, schemes and terms editors tag with.
    {
        "slug": "273f-sr",
        "name": "273f Sr",
        "name_en": "Article 273f Criminal Code",
        "kind": KEYWORD,
        "description_nl": (
            "Artikel 273f van het Wetboek van Strafrecht, de kernbepaling die mensenhandel strafbaar stelt."
        ),
        "description_en": (
            "Article 273f of the Dutch Criminal Code, the core provision that makes trafficking in human beings a "
            "crime."
        ),
        "aliases": ["artikel 273f", "art. 273f Sr", "273f", "article 273f"],
    },
    {
        "slug": "273g-sr",
        "name": "273g Sr",
        "name_en": "Article 273g Criminal Code",
        "kind": KEYWORD,
        "description_nl": (
            "Sinds 2022 maakt artikel 273g Sr het strafbaar om gebruik te maken van de diensten van een sekswerker van "
            "wie je weet dat die wordt uitgebuit."
        ),
        "description_en": (
            "Since 2022, Article 273g of the Criminal Code makes it a crime to use the services of a sex worker whom "
            "you know to be exploited."
        ),
        "aliases": ["artikel 273g", "art. 273g Sr", "273g", "article 273g"],
    },
    {
        "slug": "248b-sr",
        "name": "248b Sr",
        "name_en": "Article 248b Criminal Code",
        "kind": KEYWORD,
        "description_nl": (
            "Artikel 248b Sr stelt strafbaar wie gebruikmaakt van de seksuele diensten van een minderjarige."
        ),
        "description_en": "Article 248b of the Criminal Code makes it a crime to use the sexual services of a minor.",
        "aliases": ["artikel 248b", "art. 248b Sr", "248b", "article 248b"],
    },
    {
        "slug": "b8-3",
        "name": "B8/3",
        "name_en": "B8/3 residence scheme",
        "kind": KEYWORD,
        "description_nl": (
            "Paragraaf B8/3 van de Vreemdelingencirculaire, voorheen B9: de verblijfsregeling voor slachtoffers en "
            "getuige-aangevers van mensenhandel."
        ),
        "description_en": (
            "Paragraph B8/3 of the Aliens Circular, formerly B9: the residence scheme for victims of trafficking and "
            "witness-complainants."
        ),
        "aliases": ["B9", "B8/3 Vc", "verblijfsregeling mensenhandel", "residence scheme for trafficking victims"],
    },
    {
        "slug": "bedenktijd",
        "name": "Bedenktijd",
        "name_en": "Reflection period",
        "kind": KEYWORD,
        "description_nl": (
            "Een periode van maximaal drie maanden waarin een mogelijk slachtoffer kan besluiten of hij of zij "
            "aangifte doet."
        ),
        "description_en": (
            "A period of up to three months in which a possible victim can decide whether to file a criminal complaint."
        ),
        "aliases": ["bedenktermijn", "reflection period", "recovery and reflection period"],
    },
    {
        "slug": "getuige-aangever",
        "name": "Getuige-aangever",
        "name_en": "Witness-complainant",
        "kind": KEYWORD,
        "description_nl": (
            "Iemand die aangifte doet van mensenhandel of als getuige meewerkt aan het strafproces. Op grond van B8/3 "
            "kan zo iemand verblijf krijgen."
        ),
        "description_en": (
            "Someone who reports trafficking or helps the criminal case as a witness. Under B8/3 such a person can be "
            "granted residence."
        ),
        "aliases": ["aangever", "witness-complainant", "witness"],
    },
    {
        "slug": "nationaal-verwijsmechanisme",
        "name": "Nationaal Verwijsmechanisme",
        "name_en": "National Referral Mechanism",
        "kind": KEYWORD,
        "description_nl": "Het stelsel dat regelt hoe mogelijke slachtoffers worden herkend, doorverwezen en geholpen.",
        "description_en": "The system that sets out how possible victims are identified, referred and supported.",
        "aliases": ["verwijsmechanisme", "NRM", "National Referral Mechanism"],
    },
    {
        "slug": "zorgcoordinator-mensenhandel",
        "name": "Zorgcoördinator mensenhandel",
        "name_en": "Care coordinator for trafficking",
        "kind": KEYWORD,
        "description_nl": "De regionale coördinator die zorg en opvang voor slachtoffers van mensenhandel regelt.",
        "description_en": "The regional coordinator who arranges care and shelter for victims of trafficking.",
        "aliases": ["zorgcoördinator", "zorgcoordinator", "care coordinator"],
    },
    {
        "slug": "samen-tegen-mensenhandel",
        "name": "Programma Samen tegen Mensenhandel",
        "name_en": "Together against Human Trafficking programme",
        "kind": KEYWORD,
        "description_nl": (
            "Het landelijke programma uit 2018 waarmee overheid en partners samen de aanpak van mensenhandel "
            "versterken."
        ),
        "description_en": (
            "The national programme of 2018 in which government and partners join forces to strengthen the response to "
            "trafficking."
        ),
        "aliases": ["Samen tegen Mensenhandel", "Together against Human Trafficking"],
    },
    {
        "slug": "richtlijn-2011-36-eu",
        "name": "Richtlijn 2011/36/EU",
        "name_en": "Directive 2011/36/EU",
        "kind": KEYWORD,
        "description_nl": (
            "De Europese richtlijn over het voorkomen en bestrijden van mensenhandel en het beschermen van "
            "slachtoffers."
        ),
        "description_en": (
            "The EU directive on preventing and combating trafficking in human beings and protecting its victims."
        ),
        "aliases": [
            "2011/36/EU",
            "EU-richtlijn mensenhandel",
            "EU Anti-Trafficking Directive",
            "anti-trafficking directive",
        ],
    },
]

PARTNERS = [
    {
        "slug": "fier",
        "name": "Fier",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.fier.nl/",
        "description_nl": (
            "Landelijk expertisecentrum op het gebied van geweld in afhankelijkheidsrelaties en de moederorganisatie "
            "van het CKM. Fier vangt slachtoffers van binnenlandse en buitenlandse mensenhandel op en biedt hun "
            "ambulante zorg en behandeling."
        ),
        "description_en": (
            "National centre of expertise on violence in relationships of dependency, and the parent organisation of "
            "the CKM. Fier shelters victims of domestic and cross-border trafficking and gives them outpatient care "
            "and treatment."
        ),
        "topics": [
            "opvang",
            "zorg-en-trauma",
            "jeugdprostitutie",
            "loverboys",
            "binnenlandse-mensenhandel",
            "vervolghulp",
            "gedwongen-huwelijk",
        ],
    },
    {
        "slug": "ckm",
        "name": "Centrum tegen Kinderhandel en Mensenhandel",
        "abbreviation": "CKM",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "description_nl": (
            "Kenniscentrum van Fier, opgericht samen met Terre des Hommes, dat werkt aan een betere (rechts)positie "
            "van slachtoffers van kinder- en mensenhandel. Het CKM heeft juridische kennis van het vreemdelingenrecht "
            "en het strafrecht, specialisten op het gebied van prostitutie en prostitutiebeleid, en kennis van "
            "terugkeer, zorg en trauma, herkomstlanden als Nigeria, Guinee en China, voodoo, meisjesbesnijdenis en "
            "gedwongen huwelijken."
        ),
        "description_en": (
            "Fier's centre of expertise, founded together with Terre des Hommes, that works for a better (legal) "
            "position of victims of child trafficking and human trafficking. The CKM has legal expertise in "
            "immigration and criminal law, specialists in prostitution and prostitution policy, and knowledge of "
            "return, care and trauma, countries of origin such as Nigeria, Guinea and China, voodoo, female genital "
            "mutilation and forced marriage."
        ),
        # The fields of expertise the CKM names in its own texts.
        "topics": [
            "vreemdelingenrecht",
            "strafrecht",
            "prostitutie-en-prostitutiebeleid",
            "jeugdprostitutie",
            "vervolghulp",
            "terugkeer",
            "zorg-en-trauma",
            "voodoo",
            "meisjesbesnijdenis",
            "gedwongen-huwelijk",
            "kinderhandel",
            "nigeria",
            "guinee",
            "china",
        ],
        "coalitions": ["coalitie-tegen-seksuele-kinderuitbuiting"],
    },
    {
        "slug": "terre-des-hommes",
        "name": "Terre des Hommes",
        "kind": PartnerKind.NGO,
        "scope": Scope.INTERNATIONAL,
        "country": "NL",
        "website": "https://www.terredeshommes.nl/",
        "description_nl": (
            "Hulporganisatie die samen met Fier haar kennis en expertise bundelt in het CKM en met projectpartners in "
            "andere landen werkt. Lid van de Coalitie tegen seksuele kinderuitbuiting."
        ),
        "description_en": (
            "Aid organisation that pools its knowledge and expertise with Fier in the CKM and works with project "
            "partners in other countries. A member of the Coalition against the sexual exploitation of children."
        ),
        "topics": ["kinderhandel", "internationale-samenwerking", "zorg-en-trauma", "seksuele-uitbuiting"],
        "coalitions": ["coalitie-tegen-seksuele-kinderuitbuiting"],
    },
    {
        "slug": "defence-for-children-ecpat",
        "name": "Defence for Children / ECPAT",
        "abbreviation": "ECPAT",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.defenceforchildren.nl/",
        "description_nl": (
            "Organisatie die opkomt voor de rechten van kinderen en zich als ECPAT Nederland inzet tegen seksuele "
            "uitbuiting van kinderen. Lid van de Coalitie tegen seksuele kinderuitbuiting."
        ),
        "description_en": (
            "Organisation that stands up for children's rights and, as ECPAT Netherlands, works against the sexual "
            "exploitation of children. A member of the Coalition against the sexual exploitation of children."
        ),
        "topics": ["kinderhandel", "jeugdprostitutie", "seksuele-uitbuiting"],
        "coalitions": ["coalitie-tegen-seksuele-kinderuitbuiting"],
    },
    {
        "slug": "fairwork",
        "name": "FairWork",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.fairwork.nu/",
        "description_nl": (
            "Organisatie die zich inzet tegen moderne slavernij en arbeidsuitbuiting in Nederland. Partner van het CKM."
        ),
        "description_en": (
            "Organisation working against modern slavery and labour exploitation in the Netherlands. A partner of the "
            "CKM."
        ),
        "topics": ["arbeidsuitbuiting", "signalering"],
    },
    {
        "slug": "stop-the-traffik",
        "name": "Stop the Traffik",
        "kind": PartnerKind.NGO,
        "scope": Scope.INTERNATIONAL,
        "country": "GB",
        "website": "https://www.stopthetraffik.org/",
        "description_nl": (
            "Internationale organisatie die bewustwording over mensenhandel vergroot en informatie erover deelt. "
            "Partner van het CKM."
        ),
        "description_en": (
            "International organisation that raises awareness of trafficking and shares information about it. A "
            "partner of the CKM."
        ),
        "topics": ["signalering", "internationale-samenwerking"],
    },
    {
        "slug": "comensha",
        "name": "CoMensha",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.comensha.nl/",
        "description_nl": (
            "Het Coördinatiecentrum tegen Mensenhandel registreert mogelijke slachtoffers en coördineert hun opvang. "
            "In 2012 ontving CoMensha meer dan 1.700 meldingen van mogelijke mensenhandel."
        ),
        "description_en": (
            "The Dutch coordination centre against trafficking registers possible victims and coordinates their "
            "shelter. In 2012 CoMensha received more than 1,700 reports of possible trafficking."
        ),
        "topics": ["opvang", "signalering", "nationaal-verwijsmechanisme"],
    },
    {
        "slug": "nationaal-rapporteur-mensenhandel",
        "name": "Bureau Nationaal Rapporteur Mensenhandel",
        "abbreviation": "BNRM",
        "kind": PartnerKind.RESEARCH,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.nationaalrapporteur.nl/",
        "description_nl": (
            "Het bureau van de nationaal rapporteur, die onderzoek doet naar en rapporteert over mensenhandel in "
            "Nederland. De rapporteur raadpleegt het CKM regelmatig."
        ),
        "description_en": (
            "The office of the national rapporteur, who researches and reports on trafficking in the Netherlands. The "
            "rapporteur regularly consults the CKM."
        ),
        "topics": ["strafrecht", "signalering", "samen-tegen-mensenhandel"],
    },
    {
        "slug": "nctv",
        "name": "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
        "abbreviation": "NCTV",
        "kind": PartnerKind.GOVERNMENT,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.nctv.nl/",
        "description_nl": (
            "Rijksorganisatie voor terrorismebestrijding en nationale veiligheid, waarmee het CKM samenwerkt."
        ),
        "description_en": (
            "Government organisation for counter-terrorism and national security with which the CKM works."
        ),
        "topics": ["internationale-samenwerking"],
    },
    {
        "slug": "vluchtelingenwerk-nederland",
        "name": "VluchtelingenWerk Nederland",
        "kind": PartnerKind.NGO,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.vluchtelingenwerk.nl/",
        "description_nl": (
            "Organisatie die vluchtelingen en asielzoekers bijstaat. Onder hen kunnen slachtoffers van mensenhandel "
            "zijn die hulp nodig hebben."
        ),
        "description_en": (
            "Organisation that supports refugees and asylum seekers, among whom there may be victims of trafficking in "
            "need of help."
        ),
        "topics": ["vreemdelingenrecht", "signalering", "mensensmokkel"],
    },
    {
        "slug": "free-a-girl",
        "name": "Free a Girl",
        "kind": PartnerKind.NGO,
        "scope": Scope.INTERNATIONAL,
        "country": "NL",
        "website": "https://www.freeagirl.nl/",
        "description_nl": "Organisatie die strijdt tegen de seksuele uitbuiting van meisjes. Partner van het CKM.",
        "description_en": "Organisation that fights the sexual exploitation of girls. A partner of the CKM.",
        "topics": ["kinderhandel", "jeugdprostitutie", "seksuele-uitbuiting"],
    },
    {
        "slug": "koninklijke-marechaussee",
        "name": "Koninklijke Marechaussee",
        "abbreviation": "KMar",
        "kind": PartnerKind.POLICE_JUSTICE,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.marechaussee.nl/",
        "description_nl": (
            "De Koninklijke Marechaussee bewaakt de grenzen en komt daar mogelijke slachtoffers van mensenhandel en "
            "mensensmokkel tegen."
        ),
        "description_en": (
            "The Royal Military Constabulary guards the borders, where it meets possible victims of trafficking and "
            "migrant smuggling."
        ),
        "topics": ["signalering", "mensensmokkel", "kinderhandel"],
    },
    {
        "slug": "politie",
        "name": "Politie",
        "kind": PartnerKind.POLICE_JUSTICE,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.politie.nl/",
        "description_nl": (
            "De politie spoort mensenhandelaars op en neemt aangiftes van slachtoffers op. Zij raadpleegt het CKM "
            "regelmatig."
        ),
        "description_en": (
            "The police track down traffickers and take victims' complaints. They regularly consult the CKM."
        ),
        "topics": ["strafrecht", "signalering", "aangiftebereidheid"],
    },
    {
        "slug": "openbaar-ministerie",
        "name": "Openbaar Ministerie",
        "abbreviation": "OM",
        "kind": PartnerKind.POLICE_JUSTICE,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.om.nl/",
        "description_nl": (
            "Het Openbaar Ministerie vervolgt verdachten van mensenhandel, onder meer op grond van artikel 273f Sr."
        ),
        "description_en": (
            "The Public Prosecution Service prosecutes suspects of trafficking, among other grounds under Article 273f "
            "of the Criminal Code."
        ),
        "topics": ["strafrecht", "273f-sr", "non-punishment-beginsel"],
    },
    {
        "slug": "emm",
        "name": "Expertisecentrum Mensenhandel Mensensmokkel",
        "abbreviation": "EMM",
        "kind": PartnerKind.POLICE_JUSTICE,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "description_nl": (
            "Expertisecentrum op het gebied van mensenhandel en mensensmokkel, waarmee het CKM samenwerkt."
        ),
        "description_en": (
            "Centre of expertise on trafficking in human beings and migrant smuggling that the CKM works with."
        ),
        "topics": ["mensensmokkel", "strafrecht", "signalering"],
    },
    {
        "slug": "eu-civil-society-platform",
        "name": "EU Civil Society Platform against Trafficking in Human Beings",
        "kind": PartnerKind.INTERNATIONAL,
        "scope": Scope.INTERNATIONAL,
        "description_nl": (
            "Europees platform van maatschappelijke organisaties die zich inzetten tegen mensenhandel. Het CKM is "
            "erbij aangesloten."
        ),
        "description_en": (
            "European platform of civil-society organisations working against trafficking in human beings. The CKM is "
            "a member."
        ),
        "topics": ["internationale-samenwerking", "richtlijn-2011-36-eu"],
    },
    {
        "slug": "nationale-postcode-loterij",
        "name": "Nationale Postcode Loterij",
        "kind": PartnerKind.FUNDER,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "website": "https://www.postcodeloterij.nl/",
        "description_nl": "Goededoelenloterij die het Centrum tegen Kinderhandel en Mensenhandel mogelijk maakt.",
        "description_en": (
            "Charity lottery that makes the Centre against Child Trafficking and Human Trafficking possible."
        ),
        "topics": ["opvang", "kinderhandel"],
    },
    {
        "slug": "coalitie-tegen-seksuele-kinderuitbuiting",
        "name": "Coalitie tegen seksuele kinderuitbuiting",
        "kind": PartnerKind.NETWORK,
        "scope": Scope.NATIONAL,
        "country": "NL",
        "description_nl": (
            "Samenwerkingsverband waarin het CKM, Terre des Hommes en Defence for Children / ECPAT hun krachten "
            "bundelen tegen seksuele uitbuiting van kinderen."
        ),
        "description_en": (
            "Alliance in which the CKM, Terre des Hommes and Defence for Children / ECPAT join forces against the "
            "sexual exploitation of children."
        ),
        "topics": ["kinderhandel", "jeugdprostitutie", "seksuele-uitbuiting"],
    },
]

# Sample articles, about two thirds in Dutch. Most are published at 09:00 Amsterdam time on their publication
# date; one of each other state shows the publication rule: a draft, one in review, one archived, and one
# "scheduled": published, but with its moment a year after the first load.
ARTICLES = [
    # News
    {
        "slug": "ruim-1700-meldingen-mogelijke-mensenhandel-2012",
        "title": "Ruim 1.700 meldingen van mogelijke mensenhandel in 2012",
        "summary": (
            "CoMensha ontving in 2012 meer dan 1.700 meldingen van mogelijke slachtoffers, zowel volwassenen als "
            "kinderen."
        ),
        "body": (
            "<p>In 2012 kwamen bij CoMensha meer dan 1.700 meldingen binnen van mogelijke mensenhandel in Nederland. "
            "Het ging om volwassenen en kinderen die onder dwang werkten, onder meer in de tuinbouw, de horeca en de "
            "prostitutie.</p><p>Fier en Terre des Hommes vermoeden dat deze meldingen maar een klein deel van het "
            "werkelijke aantal slachtoffers laten zien. Veel uitbuiting blijft onopgemerkt omdat slachtoffers zich "
            "niet melden of niet worden herkend.</p><p>Meer over de registratie van mogelijke slachtoffers staat op de "
            '<a href="https://www.comensha.nl/">website van CoMensha</a>.</p>'
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2013, 5, 14),
        "status": Status.PUBLISHED,
        "source_name": "CoMensha",
        "source_url": "https://www.comensha.nl/",
        "authors": "Redactie CKM",
        "topics": [
            "signalering",
            "seksuele-uitbuiting",
            "arbeidsuitbuiting",
            "prostitutie",
            "horeca",
            "land-en-tuinbouw",
            "kinderhandel",
        ],
    },
    {
        "slug": "nieuw-gebouw-ckm-geopend",
        "title": "Nieuw gebouw van het Centrum tegen Kinderhandel en Mensenhandel geopend",
        "summary": (
            "Staatssecretaris Fred Teeven was bij de opening van het gebouw, dat 32 woonunits telt voor de opvang van "
            "slachtoffers en hun kinderen."
        ),
        "body": (
            "<p>Op 27 oktober 2014 opende het nieuwe gebouw van het Centrum tegen Kinderhandel en Mensenhandel (CKM) "
            "zijn deuren. Onder de aanwezigen was staatssecretaris Fred Teeven.</p><p>Het gebouw telt 32 woonunits "
            "waar ongeveer 75 mensen kunnen wonen: slachtoffers van mensenhandel en hun kinderen, voor korte of "
            "langere tijd. Ze krijgen er hulp bij het doen van aangifte, het aanvragen van een verblijfsvergunning of "
            "een zorgvuldige terugkeer naar hun land van herkomst.</p><p>Het CKM is een initiatief van Fier en Terre "
            "des Hommes en wordt mogelijk gemaakt door de Nationale Postcode Loterij.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2014, 10, 27),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "source_url": "https://www.fier.nl/",
        "authors": "Redactie CKM",
        "topics": ["opvang", "kinderhandel", "zorg-en-trauma", "terugkeer"],
    },
    {
        "slug": "dutch-centre-against-child-trafficking-opens-building",
        "title": "Dutch centre against child trafficking opens its new building",
        "summary": (
            "The new building of the Centre against Child Trafficking and Human Trafficking can house about 75 people "
            "in 32 living units."
        ),
        "body": (
            "<p>The Centre against Child Trafficking and Human Trafficking (CKM) in the Netherlands opened its new "
            "building on 27 October 2014. The opening drew wide media attention.</p><p>In the centre a team of "
            "specialists works on a new approach: shelter, faster help, better protection and specialised treatment "
            "for victims, and more effective investigation of the offenders.</p><p>The CKM was set up by Fier and "
            "Terre des Hommes and is made possible by the Dutch Postcode Lottery.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": EN,
        "publication_date": dt.date(2014, 10, 28),
        "status": Status.PUBLISHED,
        "source_name": "Terre des Hommes",
        "source_url": "https://www.terredeshommes.nl/",
        "authors": "CKM editorial team",
        "topics": ["opvang", "kinderhandel", "strafrecht"],
    },
    {
        "slug": "fier-traint-partners-terre-des-hommes-in-traumabehandeling",
        "title": "Fier traint projectpartners van Terre des Hommes in traumabehandeling",
        "summary": (
            "Tien dagen lang verdiepten projectpartners van Terre des Hommes hun kennis van de behandeling van "
            "trauma's."
        ),
        "body": (
            "<p>Deze zomer verzorgde Fier een training van tien dagen voor projectpartners van Terre des Hommes. "
            "Centraal stond de behandeling van trauma's bij slachtoffers van kinder- en mensenhandel.</p><p>De "
            "training hoort bij de kennisuitwisseling tussen Fier, Terre des Hommes en hun partners, een van de doelen "
            "van het Centrum tegen Kinderhandel en Mensenhandel.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2014, 9, 15),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "source_url": "https://www.fier.nl/",
        "authors": "Redactie CKM",
        "topics": ["zorg-en-trauma", "internationale-samenwerking", "kinderhandel"],
    },
    {
        "slug": "mensenhandelweb-telt-3000-artikelen",
        "title": "Mensenhandelweb telt 3.000 artikelen",
        "summary": (
            "De kennisbank voor professionals is gegroeid tot 3.000 artikelen over de juridische, maatschappelijke en "
            "gezondheidsaspecten van mensenhandel."
        ),
        "body": (
            "<p>Mensenhandelweb, de kennisdatabank van het CKM, bevat inmiddels 3.000 artikelen. Professionals in "
            "binnen- en buitenland weten de kennisbank goed te vinden.</p><p>De databank bundelt informatie over de "
            "juridische, maatschappelijke en gezondheidsaspecten van mensenhandel, voor professionals en door "
            "professionals. Er is onder meer te vinden:</p><ul><li>rechtspraak en wetgeving;</li><li>onderzoek en "
            "publicaties;</li><li>nieuws en achtergronden.</li></ul>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2015, 4, 28),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["strafrecht", "vreemdelingenrecht", "zorg-en-trauma", "signalering"],
    },
    {
        "slug": "using-services-of-trafficked-sex-worker-now-a-crime",
        "title": "Knowingly using a trafficked sex worker's services is now a crime",
        "summary": (
            "Article 273g of the Dutch Criminal Code makes clients liable to prosecution when they know that the sex "
            "worker is being exploited."
        ),
        "body": (
            "<p>Dutch criminal law has a new offence this year. Under Article 273g of the Criminal Code, a client who "
            "uses the services of a sex worker while knowing that this person is a victim of trafficking can be "
            "prosecuted.</p><p>The provision adds to Article 273f, the core trafficking offence, and to Article 248b, "
            "under which using the services of a minor sex worker was already a crime.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": EN,
        "publication_date": dt.date(2022, 1, 10),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["273g-sr", "273f-sr", "248b-sr", "prostitutie", "seksuele-uitbuiting", "strafrecht"],
    },
    {
        "slug": "e-learning-signalering-in-de-maak",
        "title": "E-learning over signalering van mensenhandel in de maak",
        "summary": (
            "Het CKM werkt aan een e-learningprogramma voor professionals die slachtoffers van mensenhandel kunnen "
            "tegenkomen."
        ),
        "body": (
            "<p>Het CKM werkt aan een e-learningprogramma voor professionals. Deelnemers leren signalen van "
            "mensenhandel herkennen en weten daarna waar zij een mogelijk slachtoffer naartoe "
            "verwijzen.</p><p><em>Concept: de startdatum en de link om in te schrijven volgen nog.</em></p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "status": Status.DRAFT,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["signalering", "zorg-en-trauma", "nationaal-verwijsmechanisme"],
    },
    # Background
    {
        "slug": "voodoo-en-de-juju-eed",
        "title": "Voodoo en de juju-eed: wat professionals moeten weten",
        "summary": (
            "Een ritueel afgelegde eed kan slachtoffers sterk aan hun uitbuiters binden. Hoe ga je daar als "
            "hulpverlener of rechercheur mee om?"
        ),
        "body": (
            "<p>In zaken met slachtoffers uit Nigeria komen professionals soms rituelen tegen die in het Engels "
            "<em>juju</em> heten. Een slachtoffer kan een eed hebben afgelegd en vrezen wat er gebeurt als zij erover "
            "praat.</p><h2>Wat betekent dit in de praktijk?</h2><ul><li>Neem de angst van het slachtoffer serieus, ook "
            "als u de overtuiging niet deelt.</li><li>Geef tijd: vertrouwen groeit vaak pas na een aantal "
            "gesprekken.</li><li>Betrek een deskundige die de achtergrond van het slachtoffer kent.</li></ul><p>Fier "
            "heeft kennis van voodoo en van Nigeria als herkomstland en denkt graag mee over concrete zaken.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2011, 6, 8),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Redactie Fier",
        "topics": ["voodoo", "nigeria", "seksuele-uitbuiting", "aangiftebereidheid", "zorg-en-trauma"],
    },
    {
        "slug": "meisjesbesnijdenis-bespreekbaar-maken-in-de-opvang",
        "title": "Meisjesbesnijdenis bespreekbaar maken in de opvang",
        "summary": (
            "Sommige slachtoffers van mensenhandel zijn als kind besneden. Dat vraagt om zorg die verder kijkt dan de "
            "uitbuiting alleen."
        ),
        "body": (
            "<p>In de opvang van slachtoffers van mensenhandel ontmoeten hulpverleners soms vrouwen en meisjes die als "
            "kind zijn besneden. Die ervaring kan lichamelijke en psychische gevolgen hebben die in de zorg aandacht "
            "verdienen.</p><p>Het helpt als hulpverleners het onderwerp durven aan te snijden, zonder te oordelen. "
            "Zo'n gesprek vraagt om vertrouwen en om kennis van de achtergrond van de cliënt.</p><p>Fier heeft kennis "
            "van meisjesbesnijdenis en deelt die met professionals in de zorg.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2013, 3, 12),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Redactie Fier",
        "topics": ["meisjesbesnijdenis", "opvang", "zorg-en-trauma", "guinee", "sierra-leone"],
    },
    {
        "slug": "forced-marriage-easily-missed",
        "title": "Forced marriage: a form of exploitation that is easily missed",
        "summary": "Forced marriage often stays hidden inside families. What should professionals look out for?",
        "body": (
            "<p>A marriage that someone did not freely enter can lead to long-lasting dependence. Because the coercion "
            "takes place within a family, it often stays hidden from the professionals around the victim.</p><p>The "
            "CKM has built up knowledge of forced marriage and advises professionals who suspect that a client is "
            "being forced into a marriage, or kept in one.</p><h2>Points to watch</h2><ul><li>Speak to the person "
            "alone, never through a relative acting as interpreter.</li><li>Take a sudden trip abroad, or a sudden "
            "absence from school or work, seriously.</li><li>Ask for advice early: shelter and protection may be "
            "needed quickly.</li></ul>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": EN,
        "publication_date": dt.date(2016, 9, 20),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["gedwongen-huwelijk", "signalering", "opvang"],
    },
    {
        "slug": "loverboy-of-mensenhandelaar",
        "title": "Loverboy of mensenhandelaar? Waarom woorden ertoe doen",
        "summary": (
            "Het woord 'loverboy' klinkt bijna romantisch. De politie spreekt liever van mensenhandelaars, en daar "
            "zijn goede redenen voor."
        ),
        "body": (
            "<p>Jongeren die seksueel worden uitgebuit, zijn vaak eerst verliefd gemaakt op of afhankelijk geworden "
            "van hun uitbuiter. In de volksmond heet zo iemand een loverboy of pooierboy.</p><p>De politie gebruikt "
            "liever het woord mensenhandelaar. Dat maakt duidelijk dat het gaat om een ernstig misdrijf, strafbaar op "
            "grond van artikel 273f van het Wetboek van Strafrecht, en niet om een relatie die uit de hand "
            "liep.</p><p>Ook voor slachtoffers maakt de woordkeuze uit: wie zichzelf als slachtoffer van mensenhandel "
            "herkent, zoekt eerder hulp.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2018, 2, 13),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["loverboys", "jeugdprostitutie", "binnenlandse-mensenhandel", "nederland", "273f-sr"],
    },
    {
        "slug": "labour-exploitation-beyond-the-sex-industry",
        "title": "Labour exploitation beyond the sex industry: the sectors to know",
        "summary": (
            "Trafficking for labour happens in greenhouses, kitchens, warehouses and private homes. An overview for "
            "inspectors, municipalities and care workers."
        ),
        "body": (
            "<p>Labour exploitation is trafficking outside the sex industry. Victims work under coercion, often for "
            "little or no pay.</p><h2>Where it is found</h2><ul><li>agriculture and horticulture, including "
            "greenhouses;</li><li>hospitality;</li><li>construction and cleaning;</li><li>transport, logistics and "
            "distribution centres;</li><li>meat processing, retail and nail salons;</li><li>domestic work, including "
            "au pair placements.</li></ul><p>Temp agencies are active in many of these sectors. Detection therefore "
            "calls for cooperation between labour inspectors, municipalities, the police and care workers.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": EN,
        "publication_date": dt.date(2020, 5, 19),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": [
            "arbeidsuitbuiting",
            "horeca",
            "land-en-tuinbouw",
            "bouw",
            "schoonmaak",
            "logistiek",
            "vleesverwerking",
            "nagelstudios",
            "groot-en-detailhandel",
            "huishoudelijk-werk",
            "uitzendbureaus",
            "signalering",
            "polen",
            "bulgarije",
            "filipijnen",
        ],
    },
    {
        "slug": "terugkeer-zorgvuldig-voorbereiden",
        "title": "Terugkeer naar het land van herkomst: zorgvuldig voorbereiden",
        "summary": (
            "Een slachtoffer dat terugkeert, heeft meer nodig dan een vliegticket. Over terugkeertrajecten voor "
            "buitenlandse slachtoffers."
        ),
        "body": (
            "<p>Niet elk buitenlands slachtoffer van mensenhandel blijft in Nederland. Wie terug wil of moet naar het "
            "land van herkomst, heeft baat bij een terugkeer die zo zorgvuldig mogelijk is voorbereid.</p><p>Het CKM "
            "werkt mee aan terugkeertrajecten. Daarbij gaat het onder meer om:</p><ul><li>de veiligheid van het "
            "slachtoffer na terugkeer;</li><li>opvang, zorg en inkomen in het land van herkomst;</li><li>contact met "
            "betrouwbare organisaties ter plaatse.</li></ul><p>Het CKM heeft specifieke kennis van herkomstlanden als "
            "Nigeria, Guinee en China.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2017, 11, 7),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": [
            "terugkeer",
            "vreemdelingenrecht",
            "opvang",
            "internationale-samenwerking",
            "nigeria",
            "guinee",
            "china",
        ],
    },
    # Research and publications
    {
        "slug": "jeugdprostitutie-in-beeld",
        "title": "Jeugdprostitutie in beeld: een verkenning",
        "summary": (
            "Onderzoek van Fier naar minderjarigen die in de prostitutie terechtkwamen, en naar de hulp die zij nodig "
            "hebben."
        ),
        "body": (
            "<p>Dit onderzoek brengt in kaart hoe minderjarigen in de prostitutie terechtkomen en wat hen daar "
            "vasthoudt. De onderzoekers spraken met hulpverleners en bestudeerden dossiers van jongeren in de "
            "opvang.</p><p>Het rapport sluit af met aanbevelingen voor signalering, opvang en behandeling.</p>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": NL,
        "publication_date": dt.date(2012, 10, 2),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Onderzoeksteam Fier",
        "publisher": "Fier",
        "doi": "10.5555/ckm.2012.0101",
        "topics": ["jeugdprostitutie", "loverboys", "seksuele-uitbuiting", "opvang", "zorg-en-trauma", "nederland"],
    },
    {
        "slug": "vervolghulp-na-de-opvang",
        "title": "Vervolghulp na de opvang: wat slachtoffers van mensenhandel nodig hebben",
        "summary": (
            "Wat gebeurt er met slachtoffers als de opvang stopt? Een onderzoek naar vervolghulp op weg naar een "
            "zelfstandig bestaan."
        ),
        "body": (
            "<p>Na de opvang staan slachtoffers van mensenhandel voor de opgave een eigen leven op te bouwen: wonen, "
            "werken of leren, en mensen om op terug te vallen.</p><p>In dit onderzoek beschrijven Fier en het CKM "
            "welke hulp slachtoffers in die fase nodig hebben en waar die hulp "
            "tekortschiet.</p><h2>Aanbevelingen</h2><ul><li>Begin al tijdens de opvang met plannen voor "
            "daarna.</li><li>Zorg voor één vast aanspreekpunt.</li><li>Houd na vertrek contact, ook als het goed lijkt "
            "te gaan.</li></ul>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": NL,
        "publication_date": dt.date(2014, 3, 18),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Onderzoeksteam Fier en CKM",
        "publisher": "Fier",
        "isbn": "978-90-8231-401-4",
        "topics": ["vervolghulp", "opvang", "zorg-en-trauma", "binnenlandse-mensenhandel"],
    },
    {
        "slug": "between-reflection-and-residence",
        "title": "Between reflection and residence: victims' experiences with the B8/3 scheme",
        "summary": (
            "How do foreign victims experience the reflection period and the residence scheme for trafficking victims? "
            "A qualitative study."
        ),
        "body": (
            "<p>Foreign victims of trafficking in the Netherlands can be given a reflection period of up to three "
            "months to decide whether to file a criminal complaint. Under paragraph B8/3 of the Aliens Circular they "
            "may then be granted temporary residence.</p><p>This study follows a group of women in shelter through "
            "these steps. It describes how uncertainty about their residence affects their recovery and their "
            "willingness to report, and makes recommendations for lawyers and care workers.</p>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2017, 6, 6),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "L. Bakker, M. Visser",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2017.0304",
        "topics": ["b8-3", "bedenktijd", "vreemdelingenrecht", "aangiftebereidheid", "getuige-aangever", "opvang"],
    },
    {
        "slug": "compensation-for-victims-of-labour-exploitation",
        "title": "Compensation for victims of labour exploitation: a case-file study",
        "summary": (
            "Do victims of labour exploitation receive the unpaid wages and damages the court awards them? A study of "
            "criminal case files."
        ),
        "body": (
            "<p>Victims of labour exploitation can claim compensation in the criminal trial of those who exploited "
            "them. Unpaid wages usually make up a large part of the claim.</p><p>This study looks at criminal cases in "
            "which compensation was claimed and follows what the victims actually received afterwards.</p><p>The "
            "author recommends that victims get legal help early, so that their claim is ready before the trial "
            "starts.</p>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2020, 11, 24),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "J. de Vries",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2020.0412",
        "topics": ["schadevergoeding", "arbeidsuitbuiting", "strafrecht", "land-en-tuinbouw", "bulgarije", "polen"],
    },
    {
        "slug": "child-trafficking-indicators-for-border-officials",
        "title": "Child trafficking indicators for border and migration officials",
        "summary": (
            "A practical set of indicators that helps border and migration officials recognise children who may be "
            "trafficked."
        ),
        "body": (
            "<p>Children who travel without their parents, or with adults whose relationship to them is unclear, may "
            "be victims of trafficking, or of smuggling that turns into exploitation. Border officials are often the "
            "first professionals to see them.</p><p>This publication brings together indicators for officers of the "
            "Royal Military Constabulary (KMar) and other services, and explains where to refer a child when there are "
            "signs of trafficking.</p>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2026, 4, 16),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "A. Mulder, R. Smit",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2026.0117",
        "topics": [
            "kinderhandel",
            "signalering",
            "mensensmokkel",
            "nationaal-verwijsmechanisme",
            "eritrea",
            "vietnam",
            "oekraine",
            "marokko",
        ],
    },
    # Case law: fictional examples with invented ECLI numbers, marked as such in their source.
    {
        "slug": "rb-den-haag-uitbuiting-guinees-meisje-als-huishoudhulp",
        "title": "Rechtbank Den Haag: uitbuiting van Guinees meisje als huishoudhulp bewezen",
        "summary": (
            "Een echtpaar liet een minderjarig meisje uit Guinee onbetaald het huishouden doen. De rechtbank spreekt "
            "van mensenhandel."
        ),
        "body": (
            "<p>De rechtbank oordeelt dat een echtpaar zich schuldig heeft gemaakt aan mensenhandel in de zin van "
            "artikel 273f Sr. Het paar had een minderjarig meisje uit Guinee in huis genomen en liet haar dagelijks "
            "koken, schoonmaken en op de kinderen passen, zonder loon en zonder dat zij naar school "
            "ging.</p><p>Volgens de rechtbank maakte het paar misbruik van de kwetsbare positie van het meisje, dat "
            "geen verblijfsvergunning had en de taal niet sprak. Het slachtoffer krijgt een schadevergoeding "
            "toegewezen.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2013, 11, 20),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Den Haag",
        "ecli": "ECLI:NL:RBDHA:2013:9317",
        "decision_date": dt.date(2013, 11, 12),
        "topics": ["kinderhandel", "huishoudelijk-werk", "arbeidsuitbuiting", "guinee", "273f-sr", "schadevergoeding"],
    },
    {
        "slug": "rb-amsterdam-uitbuiter-hongaarse-vrouw-veroordeeld",
        "title": "Rechtbank Amsterdam veroordeelt uitbuiter van Hongaarse vrouw",
        "summary": (
            "Een man die een Hongaarse vrouw tegen haar wil in de Amsterdamse seksindustrie liet werken, is "
            "veroordeeld voor mensenhandel."
        ),
        "body": (
            "<p>De verdachte haalde een jonge vrouw uit Hongarije naar Amsterdam met de belofte van ander werk. "
            "Eenmaal in Nederland moest zij in de prostitutie werken en het grootste deel van haar verdiensten "
            "afstaan.</p><p>De rechtbank acht seksuele uitbuiting in de zin van artikel 273f Sr bewezen. Zij weegt mee "
            "dat de verdachte de vrouw isoleerde en haar paspoort achterhield. De vordering tot schadevergoeding wordt "
            "grotendeels toegewezen.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2015, 6, 16),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Amsterdam",
        "ecli": "ECLI:NL:RBAMS:2015:4821",
        "decision_date": dt.date(2015, 6, 9),
        "topics": ["seksuele-uitbuiting", "prostitutie", "hongarije", "273f-sr", "schadevergoeding", "strafrecht"],
    },
    {
        "slug": "rb-oost-brabant-minderjarige-gedwongen-tot-escortwerk",
        "title": "Rechtbank Oost-Brabant: minderjarig meisje gedwongen tot escortwerk",
        "summary": (
            "Een jongeman die een minderjarig meisje verliefd maakte en haar daarna in de escort liet werken, is "
            "veroordeeld voor mensenhandel."
        ),
        "body": (
            "<p>De verdachte begon een relatie met een vijftienjarig meisje uit de regio Eindhoven. Binnen enkele "
            "maanden zette hij haar onder druk om als escort te werken en nam hij haar inkomsten af.</p><p>De "
            "rechtbank acht mensenhandel bewezen. Dat het meisje de verdachte als haar vriend zag, doet daar niet aan "
            "af: juist die afhankelijkheid maakte haar kwetsbaar.</p><p>Twee klanten worden afzonderlijk vervolgd op "
            "grond van artikel 248b Sr.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2016, 6, 1),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Oost-Brabant",
        "ecli": "ECLI:NL:RBOBR:2016:2716",
        "decision_date": dt.date(2016, 5, 24),
        "topics": [
            "jeugdprostitutie",
            "loverboys",
            "seksuele-uitbuiting",
            "prostitutie",
            "248b-sr",
            "273f-sr",
            "nederland",
        ],
    },
    {
        "slug": "raad-van-state-verblijf-na-aangifte-mensenhandel",
        "title": "Raad van State over verblijf na aangifte van mensenhandel",
        "summary": (
            "De staatssecretaris moet beter onderbouwen waarom een Nigeriaanse vrouw na haar aangifte geen verblijf op "
            "grond van B8/3 krijgt."
        ),
        "body": (
            "<p>Een Nigeriaanse vrouw deed aangifte van mensenhandel en vroeg een verblijfsvergunning aan op grond van "
            "paragraaf B8/3 van de Vreemdelingencirculaire. Haar aanvraag werd afgewezen nadat het strafrechtelijk "
            "onderzoek was gestopt.</p><p>De Afdeling bestuursrechtspraak van de Raad van State oordeelt dat het "
            "besluit onvoldoende is gemotiveerd. Het hoger beroep is gegrond.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2018, 10, 24),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Raad van State",
        "ecli": "ECLI:NL:RVS:2018:3390",
        "decision_date": dt.date(2018, 10, 17),
        "topics": ["b8-3", "vreemdelingenrecht", "getuige-aangever", "aangiftebereidheid", "nigeria"],
    },
    {
        "slug": "hof-arnhem-leeuwarden-arbeidsuitbuiting-glastuinbouw",
        "title": "Hof Arnhem-Leeuwarden: arbeidsuitbuiting in de glastuinbouw",
        "summary": (
            "Een uitzendondernemer die Roemeense en Poolse arbeiders in kassen liet werken voor een fractie van het "
            "loon, is in hoger beroep veroordeeld."
        ),
        "body": (
            "<p>De verdachte plaatste via zijn uitzendbureau arbeiders uit Roemenië en Polen bij "
            "glastuinbouwbedrijven. Hij hield een groot deel van hun loon in voor huisvesting en vervoer en dreigde "
            "met ontslag als zij klaagden.</p><p>Het hof oordeelt dat sprake is van uitbuiting in de zin van artikel "
            "273f Sr en legt een gevangenisstraf op. De arbeiders krijgen hun achterstallige loon als schadevergoeding "
            "toegewezen.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2019, 9, 20),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Gerechtshof Arnhem-Leeuwarden",
        "ecli": "ECLI:NL:GHARL:2019:7754",
        "decision_date": dt.date(2019, 9, 12),
        "topics": [
            "arbeidsuitbuiting",
            "land-en-tuinbouw",
            "uitzendbureaus",
            "roemenie",
            "polen",
            "schadevergoeding",
            "273f-sr",
        ],
    },
    {
        "slug": "supreme-court-non-punishment-forced-criminality",
        "title": "Supreme Court on the non-punishment principle in forced criminality",
        "summary": (
            "When there are concrete signs that a defendant was exploited, the court must explain how it weighed the "
            "non-punishment principle."
        ),
        "body": (
            "<p>A young Vietnamese man was convicted of offences that, he said, the people who brought him to the "
            "Netherlands had forced him to commit. On appeal he argued that he was a victim of trafficking and should "
            "not have been punished.</p><p>The Supreme Court quashes the judgment. Once there are concrete signs that "
            "a defendant was exploited, the court must explain how it took the non-punishment principle into account. "
            "The case is referred back for a new hearing.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": EN,
        "publication_date": dt.date(2021, 10, 12),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_EN,
        "court": "Hoge Raad (Supreme Court of the Netherlands)",
        "ecli": "ECLI:NL:HR:2021:1489",
        "decision_date": dt.date(2021, 10, 5),
        "topics": ["non-punishment-beginsel", "criminele-uitbuiting", "vietnam", "strafrecht", "273f-sr"],
    },
    # Legislation and policy
    {
        "slug": "eu-adopts-anti-trafficking-directive",
        "title": "EU adopts Directive 2011/36/EU against trafficking in human beings",
        "summary": (
            "The EU Anti-Trafficking Directive sets common rules on preventing trafficking, prosecuting offenders and "
            "protecting victims."
        ),
        "body": (
            "<p>The European Union has adopted Directive 2011/36/EU on preventing and combating trafficking in human "
            "beings and protecting its victims. Member states must bring their national law into line with "
            "it.</p><p>For the Netherlands the directive matters both for the definition of the offence in Article "
            "273f of the Criminal Code and for the support and protection that victims receive.</p><p>The text is "
            'available on <a href="https://eur-lex.europa.eu/eli/dir/2011/36/oj">EUR-Lex</a>.</p>'
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": EN,
        "publication_date": dt.date(2011, 4, 15),
        "status": Status.PUBLISHED,
        "source_name": "EUR-Lex",
        "source_url": "https://eur-lex.europa.eu/eli/dir/2011/36/oj",
        "authors": "CKM editorial team",
        "topics": ["richtlijn-2011-36-eu", "internationale-samenwerking", "strafrecht", "273f-sr"],
    },
    {
        "slug": "programma-samen-tegen-mensenhandel-gepresenteerd",
        "title": "Programma Samen tegen Mensenhandel gepresenteerd",
        "summary": (
            "Met het landelijke programma Samen tegen Mensenhandel willen overheid en partners de aanpak van "
            "mensenhandel gezamenlijk versterken."
        ),
        "body": (
            "<p>Het kabinet heeft het programma Samen tegen Mensenhandel gepresenteerd. Gemeenten, zorgorganisaties, "
            "politie, justitie en maatschappelijke organisaties werken daarin samen aan een betere "
            "aanpak.</p><p>Belangrijke onderwerpen zijn het eerder herkennen van slachtoffers, goede opvang en zorg, "
            "en een stevige aanpak van daders.</p><p>Het CKM volgt de uitvoering van het programma en brengt de "
            "ervaringen van slachtoffers in.</p>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2018, 7, 3),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": [
            "samen-tegen-mensenhandel",
            "signalering",
            "opvang",
            "zorgcoordinator-mensenhandel",
            "nationaal-verwijsmechanisme",
        ],
    },
    {
        "slug": "artikel-273g-sr-wat-verandert-er",
        "title": "Artikel 273g Sr: wat verandert er?",
        "summary": (
            "Sinds dit jaar is ook de klant strafbaar die weet dat een sekswerker wordt uitgebuit. Een overzicht voor "
            "de praktijk."
        ),
        "body": (
            "<p>Met artikel 273g van het Wetboek van Strafrecht is een nieuwe strafbepaling ingevoerd. Wie "
            "gebruikmaakt van de seksuele diensten van iemand van wie hij weet dat die wordt uitgebuit, kan worden "
            "vervolgd.</p><h2>Samenhang met andere bepalingen</h2><ul><li>Artikel 273f Sr stelt mensenhandel zelf "
            "strafbaar.</li><li>Artikel 248b Sr stelt het gebruik van de diensten van een minderjarige sekswerker "
            "strafbaar.</li><li>Artikel 273g Sr richt zich op de klant van een meerderjarig "
            "slachtoffer.</li></ul><p>Het CKM volgt hoe de nieuwe bepaling in de rechtspraak wordt toegepast.</p>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2022, 1, 4),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": [
            "273g-sr",
            "273f-sr",
            "248b-sr",
            "prostitutie-en-prostitutiebeleid",
            "strafrecht",
            "seksuele-uitbuiting",
        ],
    },
    {
        "slug": "nieuwe-vormen-van-uitbuiting-in-wetgeving",
        "title": "Gedwongen huwelijk, draagmoederschap en illegale adoptie als vormen van uitbuiting",
        "summary": "De Nederlandse wetgever noemt nieuwe vormen van uitbuiting. Wat betekent dat voor professionals?",
        "body": (
            "<p>Bij de herziening van de strafbaarstelling van mensenhandel worden ook nieuwere vormen van uitbuiting "
            "genoemd: gedwongen huwelijk, uitbuiting bij draagmoederschap en illegale adoptie.</p><p>Voor "
            "professionals betekent dit dat zij bij signalen van deze vormen ook aan mensenhandel moeten denken. Het "
            "CKM heeft al jaren kennis van gedwongen huwelijken en volgt de wetgeving op de voet.</p>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2025, 3, 11),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": [
            "gedwongen-huwelijk",
            "uitbuiting-bij-draagmoederschap",
            "illegale-adoptie",
            "273f-sr",
            "strafrecht",
        ],
    },
    # Opinion
    {
        "slug": "slachtoffers-kinderhandel-verdienen-een-plek-voor-hulp",
        "title": "Slachtoffers van kinderhandel verdienen één plek voor hulp",
        "summary": (
            "Kinderen die slachtoffer zijn van handel worden van het kastje naar de muur gestuurd. Het CKM pleit voor "
            "gebundelde kennis en snelle, gespecialiseerde hulp."
        ),
        "body": (
            "<p>De hulp aan slachtoffers van kinderhandel is in Nederland versnipperd en schiet tekort. Kinderen met "
            "ingrijpende ervaringen gaan van loket naar loket, terwijl zij juist snel de juiste hulp nodig "
            "hebben.</p><p>Daarom bundelen Fier en Terre des Hommes hun kennis in het CKM. Opvang, bescherming en "
            "behandeling onder één dak maken het verschil, en professionals van verschillende instanties werken er "
            "samen.</p><p>Wij vragen gemeenten en het Rijk om die aanpak blijvend mogelijk te maken.</p>"
        ),
        "article_type": ArticleType.OPINION,
        "language": NL,
        "publication_date": dt.date(2015, 2, 10),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM",
        "topics": ["kinderhandel", "opvang", "zorg-en-trauma"],
    },
    {
        "slug": "non-punishment-should-be-the-rule",
        "title": "Non-punishment should be the rule, not the exception",
        "summary": (
            "Victims forced to commit crimes still risk being treated as offenders. Police, prosecutors and courts "
            "should look for signs of exploitation from the start."
        ),
        "body": (
            "<p>People who are forced to deal drugs, steal or beg for someone else are victims of criminal "
            "exploitation. Yet they risk being arrested, prosecuted and convicted for what they were made to "
            "do.</p><p>The non-punishment principle exists to prevent exactly that. In our view it only works if "
            "police, prosecutors and judges look for signs of trafficking at the earliest stage, not only when a "
            "defence lawyer raises it at trial.</p><p>A victim who is recognised early can get shelter and support "
            "instead of a criminal record.</p>"
        ),
        "article_type": ArticleType.OPINION,
        "language": EN,
        "publication_date": dt.date(2019, 11, 26),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM",
        "topics": ["non-punishment-beginsel", "criminele-uitbuiting", "signalering", "strafrecht"],
    },
    {
        "slug": "angst-is-geen-onwil",
        "title": "Angst is geen onwil: de juju-eed en aangiftebereidheid",
        "summary": (
            "Een slachtoffer dat zwijgt, is niet per se onbetrouwbaar. Wie de angst voor een juju-eed begrijpt, kijkt "
            "anders naar een aarzelende aangifte."
        ),
        "body": (
            "<p>In het strafproces wordt een verklaring die laat komt of steeds verandert al snel als onbetrouwbaar "
            "gezien. Maar bij slachtoffers die een juju-eed hebben afgelegd, kan angst de reden zijn dat zij lang "
            "zwijgen.</p><p>Wij pleiten ervoor dat rechercheurs, officieren van justitie en rechters die achtergrond "
            "meewegen en daarbij deskundigen raadplegen.</p>"
        ),
        "article_type": ArticleType.OPINION,
        "language": NL,
        "publication_date": dt.date(2026, 11, 18),
        "status": Status.REVIEW,
        "source_name": "CKM",
        "authors": "CKM",
        "topics": ["voodoo", "aangiftebereidheid", "nigeria", "strafrecht"],
    },
    # Books
    {
        "slug": "handboek-mensenhandel-voor-de-hulpverlening",
        "title": "Handboek mensenhandel voor de hulpverlening",
        "summary": (
            "Een praktisch handboek voor hulpverleners die slachtoffers van mensenhandel begeleiden, van de eerste "
            "signalen tot de vervolghulp."
        ),
        "body": (
            "<p>Dit handboek is geschreven voor hulpverleners in de opvang, de jeugdzorg en de ambulante zorg. Het "
            "beschrijft de vormen van mensenhandel, de signalen en de rechten van "
            "slachtoffers.</p><h2>Inhoud</h2><ul><li>Signaleren en doorverwijzen</li><li>Opvang en "
            "veiligheid</li><li>Trauma en behandeling</li><li>Vervolghulp en terugkeer</li></ul>"
        ),
        "article_type": ArticleType.BOOK,
        "language": NL,
        "publication_date": dt.date(2012, 5, 22),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Medewerkers van Fier",
        "publisher": "Fier",
        "isbn": "978-90-8231-417-5",
        "topics": ["zorg-en-trauma", "opvang", "signalering", "vervolghulp", "terugkeer"],
    },
    {
        "slug": "van-het-kastje-naar-de-muur",
        "title": "Van het kastje naar de muur: kinderhandel in Nederland",
        "summary": (
            "Over kinderen die in Nederland worden uitgebuit, als huishoudhulp, in de escort of in de prostitutie, en "
            "over de hulp die hen vaak niet bereikt."
        ),
        "body": (
            "<p>Een Guinees meisje dat als huisslaafje werkt bij een gezin in Den Haag. Een minderjarige die in "
            "Eindhoven gedwongen wordt tot escortwerk. Dit boek laat zien dat kinderhandel ook in Nederland voorkomt, "
            "en op grote schaal.</p><p>De auteurs beschrijven hoe versnipperd de hulp aan deze kinderen is, en wat er "
            "nodig is om dat te veranderen.</p>"
        ),
        "article_type": ArticleType.BOOK,
        "language": NL,
        "publication_date": dt.date(2016, 10, 4),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Medewerkers van het CKM",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "isbn": "978-90-8231-429-8",
        "topics": ["kinderhandel", "jeugdprostitutie", "huishoudelijk-werk", "opvang", "guinee", "nederland"],
    },
    {
        "slug": "juju-fear-and-trust",
        "title": "Juju, fear and trust: working with victims from Nigeria",
        "summary": "A guide for care workers, lawyers and investigators who support trafficking victims from Nigeria.",
        "body": (
            "<p>This book explains the part that rituals and oaths can play in the lives of trafficking victims from "
            "Nigeria, and how fear of breaking an oath can keep them silent.</p><p>Drawing on the CKM's casework, it "
            "offers practical guidance on building trust, preparing a criminal complaint and planning a safe "
            "return.</p>"
        ),
        "article_type": ArticleType.BOOK,
        "language": EN,
        "publication_date": dt.date(2021, 3, 16),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "isbn": "978-90-8231-436-6",
        "topics": ["voodoo", "nigeria", "zorg-en-trauma", "aangiftebereidheid", "terugkeer"],
    },
    # Events
    {
        "slug": "studiemiddag-vreemdelingenrecht-en-mensenhandel",
        "title": "Studiemiddag vreemdelingenrecht en mensenhandel",
        "summary": (
            "Een middag voor advocaten en hulpverleners over de verblijfsregeling voor slachtoffers en de bedenktijd."
        ),
        "body": (
            "<p>Tijdens deze studiemiddag bespreken specialisten de verblijfsregeling voor slachtoffers van "
            "mensenhandel (B9) en de bedenktijd van maximaal drie maanden.</p><p>De middag is bedoeld voor advocaten, "
            "hulpverleners en medewerkers van gemeenten. Aanmelden kan bij Fier.</p>"
        ),
        "article_type": ArticleType.EVENT,
        "language": NL,
        "publication_date": dt.date(2010, 9, 14),
        "status": Status.ARCHIVED,
        "source_name": "Fier",
        "authors": "Redactie Fier",
        "topics": ["vreemdelingenrecht", "b8-3", "bedenktijd", "getuige-aangever"],
    },
    {
        "slug": "expert-meeting-trauma-care-across-borders",
        "title": "Expert meeting: exchanging expertise on trauma care across borders",
        "summary": (
            "Care professionals from the Netherlands and partner organisations abroad share their experience of "
            "treating trauma in trafficking victims."
        ),
        "body": (
            "<p>The CKM and Terre des Hommes invite care professionals and partner organisations from abroad to a "
            "one-day expert meeting on treating trauma in victims of child trafficking and human "
            "trafficking.</p><p>The programme builds on the ten-day training in trauma treatment that Fier gave to "
            "Terre des Hommes project partners in 2014:</p><ul><li>case discussions in small "
            "groups;</li><li>approaches to treatment that work across cultures;</li><li>aftercare once a victim has "
            "returned to the country of origin.</li></ul>"
        ),
        "article_type": ArticleType.EVENT,
        "language": EN,
        "publication_date": dt.date(2016, 5, 10),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["zorg-en-trauma", "internationale-samenwerking", "kinderhandel", "terugkeer", "vervolghulp"],
    },
    {
        "slug": "symposium-tien-jaar-ckm-gebouw",
        "title": "Symposium: tien jaar opvang in het CKM-gebouw",
        "summary": (
            "Op 27 oktober 2014 opende het gebouw van het CKM. Tien jaar later kijken we met partners terug en vooruit."
        ),
        "body": (
            "<p>Op 27 oktober 2014 opende het gebouw van het Centrum tegen Kinderhandel en Mensenhandel zijn deuren. "
            "Sindsdien vinden slachtoffers van mensenhandel en hun kinderen er beschermde opvang en gespecialiseerde "
            "behandeling.</p><p>Tijdens dit symposium kijken we met partners terug op tien jaar opvang en bespreken we "
            "wat slachtoffers de komende jaren nodig hebben.</p>"
        ),
        "article_type": ArticleType.EVENT,
        "language": NL,
        "publication_date": dt.date(2024, 9, 24),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["opvang", "kinderhandel", "zorg-en-trauma"],
    },
    {
        "slug": "studiedag-gedwongen-huwelijk-en-meisjesbesnijdenis",
        "title": "Studiedag gedwongen huwelijk en meisjesbesnijdenis",
        "summary": (
            "Een studiedag voor professionals over het herkennen van huwelijksdwang en vrouwelijke genitale "
            "verminking, en over wat je dan kunt doen."
        ),
        "body": (
            "<p>Gedwongen huwelijk en meisjesbesnijdenis spelen zich vaak af binnen families en blijven daardoor lang "
            "verborgen. Op deze studiedag leren professionals de signalen herkennen en bespreken zij hoe zij een "
            "slachtoffer veilig kunnen helpen.</p><p>De studiedag is bedoeld voor medewerkers van wijkteams, scholen, "
            "de jeugdzorg en de opvang.</p>"
        ),
        "article_type": ArticleType.EVENT,
        "language": NL,
        "status": Status.PUBLISHED,
        "scheduled": True,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["gedwongen-huwelijk", "meisjesbesnijdenis", "signalering", "opvang"],
    },
    # The CKM's own fields of expertise named in its texts, each with a range of article types: voodoo,
    # forced marriage, female genital mutilation, prostitution policy, and the origin countries Nigeria,
    # Guinea and China.
    {
        "slug": "rechercheurs-en-hulpverleners-verdiepen-zich-in-voodoo",
        "title": "Rechercheurs en hulpverleners verdiepen zich in voodoo en de juju-eed",
        "summary": (
            "Op een expertbijeenkomst van het CKM bespraken rechercheurs en hulpverleners hoe zij slachtoffers "
            "begeleiden die onder een juju-eed staan."
        ),
        "body": (
            "<p>Het CKM bracht rechercheurs mensenhandel, hulpverleners uit de opvang en advocaten bij elkaar voor een "
            "bijeenkomst over voodoo en de juju-eed. Aanleiding zijn de vragen die het CKM krijgt in zaken met "
            "slachtoffers uit Nigeria.</p><p>Aan de hand van geanonimiseerde casussen kwamen onder meer aan bod:</p>"
            "<ul><li>hoe een eed een slachtoffer aan een schuld en aan de uitbuiters kan binden;</li><li>waarom een "
            "verklaring pas na lange tijd of in stukjes komt;</li><li>hoe politie en hulpverlening het verhoor en de "
            "zorg op elkaar afstemmen.</li></ul><p>De deelnemers spraken af casussen vaker samen te bespreken, met "
            "het CKM als vraagbaak.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2015, 11, 24),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["voodoo", "nigeria", "aangiftebereidheid", "signalering", "strafrecht"],
    },
    {
        "slug": "rb-gelderland-nigeriaanse-vrouwen-juju-eed-uitgebuit",
        "title": "Rechtbank Gelderland: Nigeriaanse vrouwen met juju-eed in de prostitutie uitgebuit",
        "summary": (
            "Een vrouw die jonge Nigeriaanse vrouwen na een ritueel afgelegde eed in de prostitutie liet werken, is "
            "veroordeeld voor mensenhandel."
        ),
        "body": (
            "<p>De verdachte liet drie jonge vrouwen uit Nigeria naar Europa reizen. Voor vertrek moesten zij een eed "
            "afleggen dat zij een reisschuld van tienduizenden euro's zouden terugbetalen en niemand over de reis "
            "zouden vertellen. In Nederland moesten zij in de prostitutie werken en hun inkomsten afdragen.</p>"
            "<p>De rechtbank oordeelt dat de eed, de schuld en de dreiging met de gevolgen van het breken ervan "
            "samen dwang opleverden in de zin van artikel 273f Sr. Dat de vrouwen pas laat en in delen verklaarden, "
            "maakt hun verklaringen volgens de rechtbank niet onbetrouwbaar: die aarzeling past bij de angst die de "
            "eed oproept.</p><p>De vorderingen tot schadevergoeding worden toegewezen.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2017, 9, 28),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Gelderland",
        "ecli": "ECLI:NL:RBGEL:2017:5123",
        "decision_date": dt.date(2017, 9, 21),
        "topics": [
            "voodoo",
            "nigeria",
            "seksuele-uitbuiting",
            "prostitutie",
            "273f-sr",
            "aangiftebereidheid",
            "schadevergoeding",
        ],
    },
    {
        "slug": "bound-by-an-oath-juju-and-reporting",
        "title": "Bound by an oath: juju and the willingness of Nigerian victims to report",
        "summary": (
            "A study of case files and interviews on how a ritual oath affects whether victims from Nigeria file a "
            "criminal complaint, and what helps them to do so."
        ),
        "body": (
            "<p>Victims of trafficking from Nigeria often hesitate for a long time before they tell the police what "
            "happened to them. This study asks what part a ritual oath, often called juju, plays in that "
            "hesitation.</p><p>The researchers analysed anonymised case files of women in shelter and interviewed "
            "care workers, investigators and lawyers. They found that fear of the oath seldom stood alone: it was "
            "bound up with a travel debt, threats against family at home and uncertainty about residence.</p>"
            "<h2>Recommendations</h2><ul><li>Give victims time, and the reflection period, before expecting a "
            "statement.</li><li>Let the same care worker and investigator stay with a case.</li><li>Consult an expert "
            "on the victim's background when a statement seems inconsistent.</li></ul>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2019, 4, 9),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "E. Jansen, S. de Boer",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2019.0208",
        "topics": ["voodoo", "nigeria", "aangiftebereidheid", "getuige-aangever", "bedenktijd", "zorg-en-trauma"],
    },
    {
        "slug": "from-edo-state-to-europe-debt-and-oath",
        "title": "From Nigeria to Europe: debt, oath and the journey",
        "summary": (
            "Background for professionals on how women from Nigeria are recruited, how debt and a ritual oath keep "
            "them in line, and why the oath can lose its hold."
        ),
        "body": (
            "<p>Many Nigerian victims of sexual exploitation in Europe come from Edo State in the south of the "
            "country. They are often recruited with the promise of work or study abroad, and the journey, over land "
            "through the Sahara and Libya or by air, leaves them with a debt that can run to tens of thousands of "
            "euros.</p><p>Before leaving, some of them swear an oath in a ritual that binds them to pay off the debt "
            "and to keep silent. Smuggling and trafficking overlap here: a journey that starts as smuggling can end "
            "in exploitation.</p><p>In 2018 the Oba of Benin, the traditional ruler in Edo State, publicly declared "
            "such oaths void. For some victims this has eased the fear; for others the debt and threats against "
            "their families remain. For care workers and investigators this means asking about the oath, without "
            "assuming that it still does or no longer does matter to the person in front of them.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": EN,
        "publication_date": dt.date(2019, 10, 15),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["voodoo", "nigeria", "seksuele-uitbuiting", "mensensmokkel", "terugkeer"],
    },
    {
        "slug": "wet-tegengaan-huwelijksdwang-in-werking",
        "title": "Wet tegengaan huwelijksdwang in werking getreden",
        "summary": (
            "Trouwen kan in Nederland alleen nog vanaf achttien jaar, en huwelijksdwang in het buitenland kan hier "
            "worden vervolgd. Wat betekent de wet voor professionals?"
        ),
        "body": (
            "<p>Met de Wet tegengaan huwelijksdwang is de minimumleeftijd om te trouwen voor iedereen achttien jaar. "
            "Een huwelijk dat in het buitenland met een minderjarige is gesloten, wordt in Nederland niet erkend "
            "zolang een van beide echtgenoten jonger is dan achttien.</p><p>Ook wie in Nederland woont en iemand in "
            "het buitenland tot een huwelijk dwingt, kan in Nederland worden vervolgd.</p><h2>Voor de praktijk</h2>"
            "<ul><li>Een buitenlands huwelijk van een minderjarige is geen reden om signalen van dwang te laten "
            "rusten.</li><li>Wie een reis naar het land van herkomst vreest, heeft vaak snel bescherming "
            "nodig.</li></ul>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2015, 12, 8),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["gedwongen-huwelijk", "strafrecht", "kinderhandel", "nederland"],
    },
    {
        "slug": "rb-rotterdam-vader-dwong-dochter-tot-huwelijk",
        "title": "Rechtbank Rotterdam: vader veroordeeld voor dwingen van dochter tot huwelijk",
        "summary": (
            "Een vader die zijn achttienjarige dochter onder bedreiging dwong te trouwen met een man die zij niet "
            "kende, is veroordeeld voor dwang."
        ),
        "body": (
            "<p>De verdachte nam zijn dochter kort na haar achttiende verjaardag mee op vakantie naar het land van "
            "herkomst van de familie. Daar moest zij trouwen met een man die de familie voor haar had gekozen. Toen "
            "zij weigerde, dreigde hij haar achter te laten en haar contact met haar moeder en haar broers te "
            "verbieden.</p><p>De rechtbank acht dwang (artikel 284 Sr) bewezen. Zij weegt mee dat de dochter "
            "financieel en emotioneel van haar vader afhankelijk was en dat hij misbruik maakte van haar verblijf in "
            "een land waar zij de weg niet kende. Na terugkeer deed de dochter aangifte met hulp van een "
            "vertrouwenspersoon.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2018, 7, 12),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Rotterdam",
        "ecli": "ECLI:NL:RBROT:2018:5962",
        "decision_date": dt.date(2018, 7, 5),
        "topics": ["gedwongen-huwelijk", "strafrecht", "aangiftebereidheid"],
    },
    {
        "slug": "huwelijksdwang-in-de-opvang-dossieronderzoek",
        "title": "Huwelijksdwang bij vrouwen in de opvang: een dossieronderzoek",
        "summary": (
            "Hoe vaak speelt een gedwongen huwelijk mee bij vrouwen in de opvang van Fier, en wordt het op tijd "
            "herkend? Een onderzoek naar dossiers."
        ),
        "body": (
            "<p>In dit onderzoek zijn geanonimiseerde dossiers bestudeerd van vrouwen die in de opvang van Fier "
            "verbleven. De onderzoekers keken of een gedwongen huwelijk een rol speelde en op welk moment dat in het "
            "dossier naar voren kwam.</p><p>In een deel van de dossiers bleek huwelijksdwang pas na maanden ter sprake "
            "te komen, terwijl er bij de intake al signalen waren. Vaak ging het samen met andere vormen van geweld in "
            "afhankelijkheidsrelaties.</p><h2>Aanbevelingen</h2><ul><li>Vraag bij de intake gericht naar de "
            "omstandigheden van een huwelijk.</li><li>Betrek geen familieleden als tolk.</li><li>Leg signalen vast, "
            "ook als de cliënt er nog niet over wil praten.</li></ul>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": NL,
        "publication_date": dt.date(2019, 6, 25),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "Onderzoeksteam Fier",
        "publisher": "Fier",
        "doi": "10.5555/ckm.2019.0315",
        "topics": ["gedwongen-huwelijk", "opvang", "signalering", "zorg-en-trauma"],
    },
    {
        "slug": "handreiking-huwelijksdwang-en-meisjesbesnijdenis",
        "title": "Handreiking over huwelijksdwang en meisjesbesnijdenis voor professionals verschenen",
        "summary": (
            "Het CKM en Fier hebben een handreiking uitgebracht voor medewerkers van wijkteams, scholen, de jeugdzorg "
            "en de opvang."
        ),
        "body": (
            "<p>Gedwongen huwelijk en meisjesbesnijdenis blijven vaak verborgen, omdat ze zich binnen families "
            "afspelen. Een nieuwe handreiking van het CKM en Fier helpt professionals de signalen te herkennen en te "
            "weten wat zij dan kunnen doen.</p><p>De handreiking bevat:</p><ul><li>signalen bij kinderen, jongeren "
            "en volwassenen;</li><li>gespreksadviezen, ook voor het werken met een onafhankelijke tolk;</li><li>een "
            "stappenplan voor wie vreest dat iemand naar het buitenland wordt meegenomen.</li></ul><p>De handreiking "
            "hoort bij het project over huwelijksdwang en meisjesbesnijdenis in de opvang.</p>"
        ),
        "article_type": ArticleType.NEWS,
        "language": NL,
        "publication_date": dt.date(2021, 2, 2),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["gedwongen-huwelijk", "meisjesbesnijdenis", "signalering", "opvang"],
    },
    {
        "slug": "meisjesbesnijdenis-in-het-buitenland-strafbaar",
        "title": "Meisjesbesnijdenis ook strafbaar als die in het buitenland plaatsvindt",
        "summary": (
            "Wie in Nederland woont en een meisje in het buitenland laat besnijden, kan in Nederland worden vervolgd. "
            "Een overzicht van de regels."
        ),
        "body": (
            "<p>Meisjesbesnijdenis is in Nederland strafbaar als mishandeling, ook als de ouders ermee instemmen. "
            "Sinds 2006 kan ook een besnijdenis die in het buitenland is uitgevoerd in Nederland worden vervolgd, "
            "wanneer de verdachte hier woont.</p><p>Daarmee is het geen uitweg meer om een meisje tijdens een vakantie "
            "in het land van herkomst te laten besnijden.</p><h2>Voor de praktijk</h2><ul><li>Een geplande reis naar "
            "een land waar besnijdenis veel voorkomt, kan een signaal zijn.</li><li>Professionals kunnen advies vragen "
            "en een melding doen volgens de meldcode.</li></ul>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2006, 3, 7),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["meisjesbesnijdenis", "strafrecht", "signalering"],
    },
    {
        "slug": "raad-van-state-risico-meisjesbesnijdenis-bij-terugkeer-naar-guinee",
        "title": "Raad van State: risico op meisjesbesnijdenis bij terugkeer naar Guinee onvoldoende onderzocht",
        "summary": (
            "De staatssecretaris moet beter onderzoeken of een moeder uit Guinee haar dochter bij terugkeer kan "
            "beschermen tegen besnijdenis."
        ),
        "body": (
            "<p>Een vrouw uit Guinee vroeg asiel aan voor zichzelf en haar dochter van vier. Zij voerde aan dat haar "
            "dochter bij terugkeer door de familie van de vader zou worden besneden. De aanvraag werd afgewezen, omdat "
            "de moeder zich daar volgens de staatssecretaris zelf tegen kon verzetten.</p><p>De Afdeling "
            "bestuursrechtspraak van de Raad van State oordeelt dat de staatssecretaris onvoldoende heeft onderzocht "
            "of de moeder, als alleenstaande vrouw, haar dochter in Guinee werkelijk kan beschermen. Daarbij had hij "
            "moeten betrekken hoe vaak besnijdenis in Guinee voorkomt en welke invloed de familie heeft. Het hoger "
            "beroep is gegrond.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2019, 8, 14),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Raad van State",
        "ecli": "ECLI:NL:RVS:2019:2874",
        "decision_date": dt.date(2019, 8, 7),
        "topics": ["meisjesbesnijdenis", "guinee", "vreemdelingenrecht", "terugkeer"],
    },
    {
        "slug": "health-consequences-of-fgm-among-women-in-shelter",
        "title": "Health consequences of female genital mutilation among women in shelter",
        "summary": (
            "A study of the physical and psychological consequences of FGM among women in shelter after trafficking, "
            "and of the care they received."
        ),
        "body": (
            "<p>Some women who are sheltered after trafficking were subjected to female genital mutilation as girls. "
            "This study looks at the health problems this caused them, from chronic pain and problems in pregnancy to "
            "anxiety and trauma, and at whether these were recognised in their care.</p><p>The authors found that "
            "FGM was often only discussed late, if at all, and that women were seldom referred to specialised care. "
            "Where a care worker raised the subject carefully, most women were willing to talk about it.</p>"
            "<p>The study recommends that shelters ask about FGM at intake when a woman comes from a country where it "
            "is common, and that they work with doctors and midwives who know the subject.</p>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2018, 5, 22),
        "status": Status.PUBLISHED,
        "source_name": "Fier",
        "authors": "N. Hendriks, K. Meijer",
        "publisher": "Fier",
        "doi": "10.5555/ckm.2018.0226",
        "topics": ["meisjesbesnijdenis", "zorg-en-trauma", "opvang", "guinee", "sierra-leone"],
    },
    {
        "slug": "vraag-bij-de-intake-ook-naar-besnijdenis",
        "title": "Vraag bij de intake ook naar besnijdenis",
        "summary": (
            "Vrouwen in de opvang die als meisje zijn besneden, krijgen te vaak geen passende zorg. Het CKM pleit "
            "voor een vaste vraag bij de intake."
        ),
        "body": (
            "<p>Onder de vrouwen die na mensenhandel in de opvang komen, zijn vrouwen die als meisje zijn besneden. "
            "De gevolgen daarvan voor hun gezondheid blijven in de zorg nog te vaak buiten beeld, omdat niemand ernaar "
            "vraagt.</p><p>Wij pleiten ervoor dat opvanginstellingen bij de intake standaard, en met respect, naar "
            "besnijdenis vragen wanneer een vrouw uit een land komt waar die veel voorkomt. Wie het weet, kan "
            "doorverwijzen naar een arts of verloskundige met kennis van zaken, en kan helpen voorkomen dat een "
            "dochter hetzelfde overkomt.</p>"
        ),
        "article_type": ArticleType.OPINION,
        "language": NL,
        "publication_date": dt.date(2020, 2, 6),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM",
        "topics": ["meisjesbesnijdenis", "zorg-en-trauma", "opvang", "signalering"],
    },
    {
        "slug": "twintig-jaar-na-opheffing-bordeelverbod",
        "title": "Twintig jaar na de opheffing van het bordeelverbod",
        "summary": (
            "Sinds oktober 2000 is prostitutie door meerderjarigen die ervoor kiezen geen misdrijf meer. Wat heeft "
            "vergunningverlening betekend voor de aanpak van uitbuiting?"
        ),
        "body": (
            "<p>Op 1 oktober 2000 verdween het algemene bordeelverbod uit het Wetboek van Strafrecht. Het idee was "
            "dat gemeenten vrijwillige prostitutie door meerderjarigen zouden reguleren met vergunningen, zodat "
            "toezicht mogelijk werd en gedwongen prostitutie en prostitutie door minderjarigen beter konden worden "
            "bestreden.</p><p>Twintig jaar later is het beeld gemengd. In het vergunde deel van de branche is het "
            "toezicht verbeterd, maar een groot deel van de prostitutie vindt plaats buiten het zicht van de "
            "gemeente: in de escort, via internet en in woningen. Gemeenten hanteren bovendien verschillende regels, "
            "waardoor uitbuiting zich kan verplaatsen naar waar het toezicht het zwakst is.</p><p>Het CKM pleit voor "
            "landelijk gelijke regels en voor toezicht dat is gericht op het herkennen van slachtoffers.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2020, 10, 1),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "seksuele-uitbuiting", "signalering"],
    },
    {
        "slug": "wetsvoorstel-regulering-sekswerk",
        "title": "Wetsvoorstel regulering sekswerk: vergunningplicht en registratie",
        "summary": (
            "Het voorstel voor een Wet regulering sekswerk wil de regels voor prostitutie landelijk gelijktrekken. "
            "De belangrijkste onderdelen op een rij."
        ),
        "body": (
            "<p>Het wetsvoorstel regulering sekswerk moet een einde maken aan de grote verschillen tussen gemeenten. "
            "De belangrijkste onderdelen:</p><ul><li>een vergunningplicht voor alle vormen van seksbedrijven, ook "
            "escortbedrijven;</li><li>een registratieplicht voor sekswerkers, met een gesprek waarin op signalen van "
            "dwang kan worden gelet;</li><li>een minimumleeftijd van 21 jaar voor sekswerk;</li><li>strafbaarheid van "
            "exploitanten zonder vergunning.</li></ul><p>Voorstanders zien in de registratie een kans om slachtoffers "
            "eerder te zien; critici vrezen dat sekswerkers die zich niet willen registreren juist buiten beeld raken. "
            "Het CKM volgt de behandeling van het voorstel en brengt de ervaringen van slachtoffers in.</p>"
        ),
        "article_type": ArticleType.LEGISLATION,
        "language": NL,
        "publication_date": dt.date(2021, 6, 15),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "seksuele-uitbuiting", "jeugdprostitutie"],
    },
    {
        "slug": "raad-van-state-intrekking-vergunning-seksinrichting",
        "title": "Raad van State: burgemeester mocht vergunning van seksinrichting intrekken",
        "summary": (
            "Een exploitant die niet ingreep bij duidelijke signalen van uitbuiting van sekswerkers, verliest zijn "
            "vergunning terecht."
        ),
        "body": (
            "<p>De burgemeester trok de exploitatievergunning van een seksinrichting in, nadat bij controles was "
            "gebleken dat meerdere sekswerkers hun inkomsten aan een derde moesten afstaan en geen toegang hadden tot "
            "hun eigen identiteitsbewijs. De exploitant voerde aan dat hij daar niet van wist.</p><p>De Afdeling "
            "bestuursrechtspraak van de Raad van State oordeelt dat de exploitant op grond van de gemeentelijke "
            "regels verplicht was toe te zien op signalen van uitbuiting en daarnaar te handelen. Omdat hij dat "
            "naliet, mocht de burgemeester de vergunning intrekken. Het hoger beroep is ongegrond.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2020, 6, 30),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Raad van State",
        "ecli": "ECLI:NL:RVS:2020:1571",
        "decision_date": dt.date(2020, 6, 24),
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "seksuele-uitbuiting", "signalering"],
    },
    {
        "slug": "uitstappen-uit-de-prostitutie-ervaringen",
        "title": "Uitstappen uit de prostitutie: ervaringen van deelnemers aan uitstapprogramma's",
        "summary": (
            "Wat helpt mensen die uit de prostitutie willen stappen, en waar lopen zij tegenaan? Een onderzoek onder "
            "deelnemers aan uitstapprogramma's."
        ),
        "body": (
            "<p>Met de Regeling Uitstapprogramma's Prostituees (RUPS) steunt de overheid programma's voor mensen die "
            "willen stoppen met prostitutiewerk. Dit onderzoek beschrijft de ervaringen van deelnemers aan zulke "
            "programma's.</p><p>Schulden, het ontbreken van een arbeidsverleden op papier en psychische klachten "
            "bleken de grootste obstakels. Een deel van de deelnemers had een achtergrond van uitbuiting die pas "
            "tijdens het programma aan het licht kwam.</p><h2>Aanbevelingen</h2><ul><li>Bied schuldhulp vanaf het "
            "begin.</li><li>Zorg voor traumabehandeling waar dat nodig is.</li><li>Let op signalen van uitbuiting, "
            "ook bij wie zegt vrijwillig te hebben gewerkt.</li></ul>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": NL,
        "publication_date": dt.date(2016, 11, 29),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Onderzoeksteam Fier en CKM",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2016.0128",
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "vervolghulp", "zorg-en-trauma"],
    },
    {
        "slug": "dutch-prostitution-policy-in-brief",
        "title": "Dutch prostitution policy in brief: licences, age limits and the client",
        "summary": (
            "How the Netherlands regulates prostitution, and which rules of criminal law apply to operators and "
            "clients. An overview for foreign professionals."
        ),
        "body": (
            "<p>Since the general ban on brothels was lifted in 2000, prostitution by adults who choose it is not a "
            "crime in the Netherlands. Municipalities license sex businesses and set their own conditions, so the "
            "rules differ from one city to the next.</p><h2>Criminal law</h2><ul><li>Article 273f of the Criminal "
            "Code makes forced prostitution, and any prostitution by a minor, a form of trafficking.</li><li>Article "
            "248b makes it a crime to use the services of a sex worker under eighteen.</li><li>Since 2022, Article "
            "273g makes a client liable when he knows or has serious reason to suspect that the sex worker is "
            "exploited.</li></ul><p>The legal minimum age for sex work is eighteen; some municipalities set a higher "
            "age in their licence conditions.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": EN,
        "publication_date": dt.date(2022, 5, 17),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "273f-sr", "273g-sr", "248b-sr"],
    },
    {
        "slug": "chinese-slachtoffers-van-mensenhandel-weinig-zichtbaar",
        "title": "Chinese slachtoffers van mensenhandel: weinig zichtbaar, moeilijk bereikbaar",
        "summary": (
            "Slachtoffers uit China werken vaak in de horeca of in massagesalons en komen zelden bij de hulpverlening "
            "terecht. Waarom is dat, en wat helpt?"
        ),
        "body": (
            "<p>Slachtoffers van mensenhandel uit China worden in Nederland weinig gemeld. Dat betekent niet dat er "
            "weinig zijn. Zij werken vaak in restaurants, in massagesalons of in de prostitutie, binnen netwerken waar "
            "weinig buitenstaanders komen.</p><p>Wat hen kwetsbaar maakt:</p><ul><li>een hoge schuld voor de reis, "
            "die met werk moet worden afbetaald;</li><li>geen of weinig kennis van het Nederlands of Engels;</li>"
            "<li>wantrouwen tegenover de overheid en angst voor uitzetting;</li><li>druk op familie in China.</li>"
            "</ul><p>Een tolk die het vertrouwen van het slachtoffer heeft, en tijd om dat vertrouwen op te bouwen, "
            "maken vaak het verschil. Het CKM heeft kennis van China als herkomstland en denkt mee in concrete "
            "zaken.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": NL,
        "publication_date": dt.date(2016, 4, 12),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["china", "arbeidsuitbuiting", "seksuele-uitbuiting", "horeca", "signalering"],
    },
    {
        "slug": "rb-rotterdam-uitbuiting-chinese-koks",
        "title": "Rechtbank Rotterdam: uitbuiting van Chinese koks in restaurant bewezen",
        "summary": (
            "Een restauranthouder liet koks uit China zes dagen per week lange dagen werken voor een fractie van het "
            "loon, om hun reisschuld af te lossen."
        ),
        "body": (
            "<p>De verdachte liet vier mannen uit China via een tussenpersoon naar Nederland komen om in zijn "
            "restaurant te werken. Zij werkten zes dagen per week twaalf uur of langer, sliepen boven de keuken en "
            "kregen een klein deel van het afgesproken loon. De rest werd ingehouden voor een reisschuld.</p><p>De "
            "rechtbank acht arbeidsuitbuiting in de zin van artikel 273f Sr bewezen. Zij weegt mee dat de mannen de "
            "taal niet spraken, geen verblijfsvergunning hadden en hun paspoorten hadden moeten inleveren. De koks "
            "krijgen hun achterstallige loon als schadevergoeding toegewezen.</p>"
        ),
        "article_type": ArticleType.CASE_LAW,
        "language": NL,
        "publication_date": dt.date(2017, 3, 23),
        "status": Status.PUBLISHED,
        "source_name": FICTIONAL_CASE_NL,
        "court": "Rechtbank Rotterdam",
        "ecli": "ECLI:NL:RBROT:2017:2241",
        "decision_date": dt.date(2017, 3, 16),
        "topics": ["china", "arbeidsuitbuiting", "horeca", "273f-sr", "schadevergoeding"],
    },
    {
        "slug": "bijeenkomst-uitbuiting-chinese-horeca",
        "title": "Bijeenkomst: uitbuiting herkennen in de Chinese horeca en massagesalons",
        "summary": (
            "Een middag voor arbeidsinspecteurs, medewerkers van gemeenten en politie over signalen van uitbuiting "
            "bij werkers uit China."
        ),
        "body": (
            "<p>Het CKM en FairWork organiseren een bijeenkomst over uitbuiting van werkers uit China in restaurants "
            "en massagesalons. De middag is bedoeld voor arbeidsinspecteurs, medewerkers van gemeenten en "
            "politie.</p><p>Op het programma:</p><ul><li>signalen bij een controle of een huisbezoek;</li><li>werken "
            "met een tolk;</li><li>doorverwijzen naar opvang en juridische hulp.</li></ul>"
        ),
        "article_type": ArticleType.EVENT,
        "language": NL,
        "publication_date": dt.date(2018, 3, 20),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Redactie CKM",
        "topics": ["china", "arbeidsuitbuiting", "horeca", "signalering"],
    },
    {
        "slug": "debt-language-distance-chinese-victims",
        "title": "Debt, language and distance: Chinese victims of trafficking in the Netherlands",
        "summary": (
            "Interviews with professionals and case files show why victims from China rarely seek help, and what "
            "brings them into contact with care."
        ),
        "body": (
            "<p>This study brings together what Dutch professionals know about victims of trafficking from China. It "
            "draws on anonymised case files and on interviews with investigators, labour inspectors, care workers "
            "and interpreters.</p><p>Most victims in the files had a travel debt and worked in restaurants, massage "
            "salons or prostitution. Few reported to the police themselves; most came into view through an "
            "inspection or a raid.</p><h2>Recommendations</h2><ul><li>Make interpreters part of the team rather than "
            "a last-minute addition.</li><li>Give victims clear information on residence and on return, so that fear "
            "of deportation does not keep them silent.</li><li>Keep in touch with organisations in China that can "
            "support a safe return.</li></ul>"
        ),
        "article_type": ArticleType.RESEARCH,
        "language": EN,
        "publication_date": dt.date(2020, 9, 8),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "Y. Chen, P. van Dam",
        "publisher": "Centrum tegen Kinderhandel en Mensenhandel",
        "doi": "10.5555/ckm.2020.0219",
        "topics": ["china", "arbeidsuitbuiting", "seksuele-uitbuiting", "aangiftebereidheid", "terugkeer"],
    },
    {
        "slug": "returning-to-china-preparing-a-safe-journey-home",
        "title": "Returning to China: preparing a safe journey home",
        "summary": (
            "Victims from China who want to go home worry about debt, shame and their families. What a careful return "
            "trajectory takes into account."
        ),
        "body": (
            "<p>Some victims from China want to return home as soon as they can. Others fear it: the debt for the "
            "journey has not been paid, and their families may hold them responsible.</p><p>A careful return "
            "trajectory starts with the victim's own questions and takes time. Points that come back in practice:</p>"
            "<ul><li>what is left of the debt, and who may try to collect it;</li><li>how the family will receive the "
            "person, and what can be said to them;</li><li>care and income after arrival, through reliable contacts "
            "in the region of origin.</li></ul><p>The CKM takes part in return trajectories for foreign victims and "
            "has specific knowledge of China as a country of origin.</p>"
        ),
        "article_type": ArticleType.BACKGROUND,
        "language": EN,
        "publication_date": dt.date(2021, 8, 31),
        "status": Status.PUBLISHED,
        "source_name": "CKM",
        "authors": "CKM editorial team",
        "topics": ["china", "terugkeer", "zorg-en-trauma", "internationale-samenwerking"],
    },
]

# Project descriptions are rich text like article bodies, results plain text; all in Dutch, as projects have no
# English fields. Dates the sources do not give are left empty.
PROJECTS = [
    {
        "slug": "regeling-uitstapprogrammas-prostituees",
        "title": "Regeling Uitstapprogramma's Prostituees (RUPS)",
        "summary": (
            "Het CKM werkt mee aan de landelijke subsidieregeling voor programma's die prostituees helpen uit de "
            "prostitutie te stappen."
        ),
        "description": (
            "<p>De Regeling Uitstapprogramma's Prostituees (RUPS) ondersteunt programma's voor prostituees die willen "
            "stoppen en een ander bestaan willen opbouwen.</p><p>Het CKM brengt zijn kennis van prostitutie en "
            "prostitutiebeleid in en let er in het bijzonder op dat slachtoffers van uitbuiting in deze programma's "
            "worden herkend en goed worden doorverwezen.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "partners": ["ckm", "fier"],
        "topics": ["prostitutie-en-prostitutiebeleid", "prostitutie", "seksuele-uitbuiting", "vervolghulp"],
        "related_articles": ["artikel-273g-sr-wat-verandert-er", "uitstappen-uit-de-prostitutie-ervaringen"],
    },
    {
        "slug": "kennisuitwisseling-met-het-buitenland",
        "title": "Kennisuitwisseling met het buitenland",
        "summary": (
            "Fier, Terre des Hommes en hun partners in andere landen wisselen kennis uit over de aanpak van kinder- en "
            "mensenhandel."
        ),
        "description": (
            "<p>De uitwisseling van kennis over mensen- en kinderhandel tussen Fier, Terre des Hommes en hun partners "
            "is een van de doelen van het CKM.</p><p>Professionals leren van elkaars aanpak, van signalering tot "
            "behandeling en terugkeer, zodat slachtoffers in Nederland en daarbuiten betere hulp krijgen.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "partners": ["ckm", "fier", "terre-des-hommes", "eu-civil-society-platform"],
        "topics": ["internationale-samenwerking", "kinderhandel", "zorg-en-trauma"],
        "related_articles": ["expert-meeting-trauma-care-across-borders"],
    },
    {
        "slug": "terugkeertrajecten-buitenlandse-slachtoffers",
        "title": "Terugkeertrajecten voor buitenlandse slachtoffers",
        "summary": (
            "Begeleiding van buitenlandse slachtoffers die terugkeren naar hun land van herkomst, zo zorgvuldig "
            "mogelijk voorbereid."
        ),
        "description": (
            "<p>Sommige buitenlandse slachtoffers van mensenhandel willen of moeten terug naar hun land van herkomst. "
            "Het CKM helpt die terugkeer zo zorgvuldig mogelijk te laten verlopen.</p><p>Daarbij gebruikt het CKM zijn "
            "kennis van herkomstlanden als Nigeria, Guinee en China.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "is_featured": True,
        "partners": ["ckm", "fier"],
        "topics": ["terugkeer", "vreemdelingenrecht", "opvang", "nigeria", "guinee", "china"],
        "related_articles": [
            "terugkeer-zorgvuldig-voorbereiden",
            "juju-fear-and-trust",
            "returning-to-china-preparing-a-safe-journey-home",
        ],
    },
    {
        "slug": "training-traumabehandeling-terre-des-hommes",
        "title": "Tiendaagse training traumabehandeling voor projectpartners van Terre des Hommes",
        "summary": (
            "In de zomer van 2014 trainde Fier projectpartners van Terre des Hommes tien dagen lang in de behandeling "
            "van trauma's."
        ),
        "description": (
            "<p>Fier heeft veel ervaring met de opvang en behandeling van slachtoffers van mensenhandel. In deze "
            "training van tien dagen gaven specialisten van Fier die kennis door aan projectpartners van Terre des "
            "Hommes.</p>"
        ),
        "results": (
            "De projectpartners verdiepten hun kennis van traumabehandeling en passen die toe in hun eigen werk met "
            "slachtoffers."
        ),
        "status": ProjectStatus.COMPLETED,
        # The sources say only "summer 2014".
        "start_date": dt.date(2014, 7, 1),
        "end_date": dt.date(2014, 8, 31),
        "funders": ["nationale-postcode-loterij"],
        "partners": ["fier", "terre-des-hommes"],
        "topics": ["zorg-en-trauma", "internationale-samenwerking", "kinderhandel"],
        "related_articles": ["fier-traint-partners-terre-des-hommes-in-traumabehandeling"],
    },
    {
        "slug": "e-learning-mensenhandel",
        "title": "E-learningprogramma over mensenhandel",
        "summary": (
            "Een e-learningprogramma dat professionals helpt mensenhandel te herkennen en slachtoffers goed door te "
            "verwijzen."
        ),
        "description": (
            "<p>Het CKM werkt aan een e-learningprogramma voor professionals die in hun werk slachtoffers van "
            "mensenhandel kunnen tegenkomen, zoals hulpverleners, medewerkers van gemeenten en politie.</p><p>Het "
            "programma draagt bij aan een grotere bewustwording onder professionals, een van de doelen van het CKM.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "funders": ["nationale-postcode-loterij"],
        "partners": ["ckm", "fier"],
        "topics": ["signalering", "zorg-en-trauma", "kinderhandel"],
    },
    {
        "slug": "opvang-ckm-gebouw",
        "title": "Opvang en behandeling in het CKM-gebouw",
        "summary": (
            "Een beschermd, energie- en waterneutraal gebouw met 32 woonunits, waar slachtoffers van mensenhandel en "
            "hun kinderen opvang en behandeling krijgen."
        ),
        "description": (
            "<p>Het gebouw van het Centrum tegen Kinderhandel en Mensenhandel biedt slachtoffers van binnenlandse en "
            "buitenlandse mensenhandel en hun kinderen opvang voor korte en langere tijd, met speciale "
            "veiligheidsmaatregelen en een multidisciplinaire aanpak.</p><p>Slachtoffers krijgen er onder meer hulp "
            "bij het doen van aangifte, het aanvragen van een verblijfsvergunning en een zorgvuldige terugkeer naar "
            "hun land van herkomst. Fier verzorgt de opvang en de behandeling.</p>"
        ),
        "results": (
            "Op 27 oktober 2014 opende het gebouw in aanwezigheid van onder anderen staatssecretaris Fred Teeven; de "
            "opening kreeg veel aandacht in de media.\n\nIn 32 woonunits kunnen ongeveer 75 mensen verblijven."
        ),
        "status": ProjectStatus.RUNNING,
        "start_date": dt.date(2014, 10, 27),
        "is_featured": True,
        "funders": ["nationale-postcode-loterij"],
        "partners": ["fier", "terre-des-hommes"],
        "topics": [
            "opvang",
            "kinderhandel",
            "zorg-en-trauma",
            "terugkeer",
            "aangiftebereidheid",
            "binnenlandse-mensenhandel",
        ],
        "related_articles": [
            "nieuw-gebouw-ckm-geopend",
            "dutch-centre-against-child-trafficking-opens-building",
            "slachtoffers-kinderhandel-verdienen-een-plek-voor-hulp",
            "symposium-tien-jaar-ckm-gebouw",
        ],
    },
    {
        "slug": "kennisdatabank-mensenhandelweb",
        "title": "Kennisdatabank Mensenhandelweb",
        "summary": (
            "Een kennisbank over de juridische, maatschappelijke en gezondheidsaspecten van mensenhandel: voor "
            "professionals, door professionals."
        ),
        "description": (
            "<p>Onderdeel van het CKM is een kennisdatabank waarin professionals informatie vinden over de juridische, "
            "maatschappelijke en gezondheidsaspecten van mensenhandel.</p><p>Het CKM publiceert er ook opiniërende "
            "stukken.</p>"
        ),
        "results": (
            "In april 2015 telde Mensenhandelweb 3.000 artikelen, en professionals in binnen- en buitenland wisten de "
            "kennisbank goed te vinden."
        ),
        "status": ProjectStatus.RUNNING,
        "is_featured": True,
        "funders": ["nationale-postcode-loterij"],
        "partners": ["fier", "terre-des-hommes"],
        "topics": ["strafrecht", "vreemdelingenrecht", "zorg-en-trauma", "signalering"],
        "related_articles": ["mensenhandelweb-telt-3000-artikelen"],
    },
    {
        "slug": "expertise-voodoo-en-juju-eed",
        "title": "Expertise over voodoo en de juju-eed voor politie en hulpverlening",
        "summary": (
            "Het CKM en Fier adviseren rechercheurs en hulpverleners in zaken met slachtoffers uit Nigeria die onder "
            "een juju-eed staan."
        ),
        "description": (
            "<p>Slachtoffers uit Nigeria die een juju-eed hebben afgelegd, zwijgen vaak lang uit angst voor de "
            "gevolgen van het breken ervan. Dat bemoeilijkt zowel de hulp als het strafrechtelijk onderzoek.</p><p>In "
            "dit project bundelen het CKM en Fier hun kennis van voodoo en van Nigeria als herkomstland. Rechercheurs "
            "mensenhandel en hulpverleners kunnen met vragen over een concrete zaak bij het CKM terecht, en samen "
            "bespreken zij casussen in expertbijeenkomsten.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "partners": ["ckm", "fier", "politie"],
        "topics": ["voodoo", "nigeria", "aangiftebereidheid", "seksuele-uitbuiting", "zorg-en-trauma", "strafrecht"],
        "related_articles": [
            "voodoo-en-de-juju-eed",
            "rechercheurs-en-hulpverleners-verdiepen-zich-in-voodoo",
            "bound-by-an-oath-juju-and-reporting",
            "juju-fear-and-trust",
        ],
    },
    {
        "slug": "huwelijksdwang-en-meisjesbesnijdenis-in-de-opvang",
        "title": "Huwelijksdwang en meisjesbesnijdenis herkennen in de opvang",
        "summary": (
            "Het CKM en Fier helpen professionals in de opvang, de jeugdzorg en wijkteams om huwelijksdwang en "
            "meisjesbesnijdenis te herkennen en bespreekbaar te maken."
        ),
        "description": (
            "<p>Gedwongen huwelijk en meisjesbesnijdenis spelen zich vaak af binnen families en blijven daardoor lang "
            "verborgen, ook voor professionals die het slachtoffer dagelijks zien.</p><p>In dit project ontwikkelen "
            "het CKM en Fier een handreiking en trainingen voor medewerkers van de opvang, de jeugdzorg en wijkteams. "
            "De ervaringen uit de opvang van Fier en het eigen dossieronderzoek vormen de basis.</p>"
        ),
        "results": (
            "Een handreiking over huwelijksdwang en meisjesbesnijdenis voor professionals, verschenen in 2021.\n\n"
            "Een dossieronderzoek naar huwelijksdwang bij vrouwen in de opvang."
        ),
        "status": ProjectStatus.RUNNING,
        "partners": ["ckm", "fier"],
        "topics": ["gedwongen-huwelijk", "meisjesbesnijdenis", "signalering", "opvang", "zorg-en-trauma", "guinee"],
        "related_articles": [
            "handreiking-huwelijksdwang-en-meisjesbesnijdenis",
            "huwelijksdwang-in-de-opvang-dossieronderzoek",
            "meisjesbesnijdenis-bespreekbaar-maken-in-de-opvang",
            "forced-marriage-easily-missed",
        ],
    },
    {
        "slug": "uitbuiting-van-chinese-slachtoffers-zichtbaar-maken",
        "title": "Uitbuiting van slachtoffers uit China zichtbaar maken",
        "summary": (
            "Het CKM en FairWork brengen kennis samen over slachtoffers uit China en delen die met inspecteurs, "
            "gemeenten en politie."
        ),
        "description": (
            "<p>Slachtoffers van mensenhandel uit China worden weinig gemeld. Zij werken vaak in restaurants, "
            "massagesalons of de prostitutie, spreken de taal niet en wantrouwen de overheid.</p><p>In dit project "
            "brengen het CKM en FairWork in kaart wat professionals over deze groep weten, en delen zij die kennis in "
            "bijeenkomsten voor arbeidsinspecteurs, medewerkers van gemeenten en politie.</p>"
        ),
        "status": ProjectStatus.RUNNING,
        "partners": ["ckm", "fairwork"],
        "topics": ["china", "arbeidsuitbuiting", "seksuele-uitbuiting", "horeca", "signalering"],
        "related_articles": [
            "chinese-slachtoffers-van-mensenhandel-weinig-zichtbaar",
            "bijeenkomst-uitbuiting-chinese-horeca",
            "debt-language-distance-chinese-victims",
        ],
    },
]
