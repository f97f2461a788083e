"""Words of the field, in Dutch and English, for the benchmark corpus.

The lists run roughly from common to rare; the generator draws from them with
Zipf-like weights (the word of rank r is drawn with weight 1/r^s), so the corpus
has a few very common terms ("mensenhandel", "slachtoffer") and a long tail of
rare ones, as real text does.
"""

DUTCH = """
de het een van en in is op dat die te voor met zijn niet aan er om ook als bij door naar
worden wordt over uit dan nog meer maar tot kan deze hun of geen heeft zij werd al onder
mensenhandel slachtoffers slachtoffer uitbuiting politie hulp opvang onderzoek rechter vrouwen
kinderen minderjarigen zaak verdachte aangifte prostitutie gemeente rapport beleid zorg
Nederland Amsterdam Rotterdam Den Haag Utrecht Eindhoven Groningen Zwolle Leeuwarden Arnhem
arbeidsuitbuiting seksuele uitbuiting criminele mensensmokkel kinderhandel loverboy
verblijfsvergunning bedenktijd getuige-aangever vreemdelingenrecht strafrecht rechtbank hof
Openbaar Ministerie Koninklijke Marechaussee Inspectie arbeidsinspectie zorgcoördinator
signalering signalen hulpverlening hulpverleners professionals advocaat advocaten officier
justitie vervolging veroordeling veroordeeld gevangenisstraf taakstraf schadevergoeding
ontneming vrijspraak hoger beroep cassatie uitspraak vonnis arrest dossier bewijs verklaring
Nigeria Nigeriaanse Guinee Guinese China Chinese Hongarije Hongaarse Roemenië Roemeense
Bulgarije Bulgaarse Polen Poolse Oekraïne Oekraïense Vietnam Vietnamese Eritrea Eritrese
Marokko Marokkaanse Brazilië Braziliaanse Filipijnen Filipijnse Sierra Leone
voodoo juju eed ritueel priester angst schuld schulden dwang geweld bedreiging controle
meisjesbesnijdenis genitale verminking besnijdenis gedwongen huwelijk huwelijken bruid familie
terugkeer herkomstland land herkomst re-integratie vervolghulp trauma behandeling therapie
opvanglocatie woonunits beschermde huisvesting veiligheid multidisciplinaire aanpak ketenpartners
seksindustrie escort thuisprostitutie webcam raamprostitutie vergunning exploitant pooier
horeca tuinbouw glastuinbouw landbouw huishoudelijk werk au pair bouw schoonmaak logistiek
distributiecentrum vleesverwerking nagelstudio wasserij uitzendbureau arbeidsmigranten
loon uren paspoort documenten huisvesting werkgever contract onderbetaling isolement
Nationaal Rapporteur CoMensha Fier Terre des Hommes ECPAT FairWork VluchtelingenWerk
Samen tegen Mensenhandel programma actieplan wetsvoorstel wetgeving Tweede Kamer minister
staatssecretaris Richtlijn Europese Unie verdrag Raad van Europa GRETA aanbevelingen
non-punishment beginsel strafbaarstelling artikel 273f 273g 248b Wetboek van Strafrecht
B8/3 Vreemdelingencirculaire verwijsmechanisme COSM categorale opvang RUPS uitstapprogramma
aangiftebereidheid weigeringsgrond asielprocedure Dublinclaim IND Raad van State
deskundigen deskundigheid training e-learning kennisdeling expertise publicatie boek
internationale samenwerking Europol Eurojust joint investigation team rechtshulpverzoek
financieel rechercheren witwassen criminele winsten gedwongen criminaliteit bedelarij
drugssmokkel winkeldiefstal hennepkwekerij orgaanhandel draagmoederschap illegale adoptie
kwetsbaarheid verstandelijke beperking afhankelijkheid misbruik vertrouwen ronselen werving
reisroute Libië Italië Spanje Frankrijk België Duitsland transit smokkelroute grens
sociale media online advertenties datingapps chatberichten digitale sporen telefoongegevens
""".split()

ENGLISH = """
the of and to in is that for on with as by it be are was this from at or an which
have has not were their they but also been more its can other than into between
trafficking victims victim exploitation police support shelter research court women
children minors case suspect complaint prostitution municipality report policy care
Netherlands Amsterdam Rotterdam Hague Utrecht Eindhoven Groningen Europe Brussels Geneva
labour exploitation sexual criminal smuggling child trafficking groomer pimp recruiter
residence permit reflection period witness immigration law criminal law judge appeal
prosecution prosecutor conviction sentence prison compensation acquittal ruling judgment
Nigeria Nigerian Guinea Guinean China Chinese Hungary Hungarian Romania Romanian Bulgaria
Bulgarian Poland Polish Ukraine Ukrainian Vietnam Vietnamese Eritrea Eritrean Morocco
voodoo juju oath ritual priest fear debt debts coercion violence threats control bondage
female genital mutilation cutting forced marriage marriages bride family honour
return country origin reintegration aftercare trauma treatment therapy counselling
safe housing security multidisciplinary approach partners referral mechanism
sex industry escort window webcam licence brothel hospitality horticulture agriculture
domestic work au pair construction cleaning logistics warehouse meat processing nail bar
wages hours passport documents accommodation employer contract underpayment isolation
National Rapporteur Europol Eurojust GRETA Council Europe directive convention protocol
Palermo non-punishment principle criminalisation article code legislation parliament
minister action plan recommendations evaluation monitoring data statistics estimate
identification indicators screening training awareness campaign expertise publication
international cooperation joint investigation mutual legal assistance financial
investigation money laundering proceeds forced criminality begging drug trafficking
shoplifting cannabis cultivation organ removal surrogacy illegal adoption vulnerability
disability dependency abuse trust recruitment route Libya Italy Spain France Belgium
Germany transit border social media online advertisements dating apps messages digital
evidence phone records survivors survivor-led participation resilience empowerment
""".split()

TITLE_PATTERNS_NL = [
    "{a} en {b}: wat professionals moeten weten",
    "Nieuwe uitspraak over {a} bij {b}",
    "Onderzoek naar {a} in de {b}",
    "{a}: signalen van {b} herkennen",
    "Rapport over {a} en {b} gepubliceerd",
    "Debat over {a} en de aanpak van {b}",
]

TITLE_PATTERNS_EN = [
    "{a} and {b}: what professionals need to know",
    "New ruling on {a} in {b} cases",
    "Research into {a} in the {b} sector",
    "{a}: recognising signs of {b}",
    "Report on {a} and {b} published",
    "Debate on {a} and tackling {b}",
]
