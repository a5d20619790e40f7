"""Fictional example keuzematrix: the instruments of "Werkbedrijf Lindenhoven".

Everything here is invented: the organisation, the providers, people, phone numbers, addresses and
web addresses (only ``.example`` domains). The texts are what a beheergroep would type into the
keuzematrix spreadsheet. ``scripts/make_example.py`` writes them to an ``.xlsx``.

Labels of tegels, klantkenmerken and uitvoeringsvormen are the canonical Eva labels
(``keuzehulp/taxonomie/eva-2023.json``).
"""

from __future__ import annotations

from keuzehulp.sjabloon import GROUP_PRACTICAL, template_columns

ORGANISATIE = "Werkbedrijf Lindenhoven"

# Keys of every instrument dict, in spreadsheet order: the template's field columns decide the practical ones.
VERPLICHTE_VELDEN = ("Aanbieder", "Naam instrument", "Samenvatting", "Doel", "Werkwijze")
LIJSTVELDEN = ("uitvoeringsvormen", "tegels", "klantkenmerken")
PRAKTISCHE_VELDEN = tuple(c.header for c in template_columns() if c.key and c.group == GROUP_PRACTICAL)

# Areas
REGIO = "Lindenhoven; Oosterdijk; Westerbeek"

# Contact persons: intern = Werkbedrijf Lindenhoven, extern = provider.
MARIEKE = "intern; Marieke Jansen; 0488-541210; m.jansen@lindenhoven.example"
YOUSSEF = "intern; Youssef Haddou; 0488-541215; y.haddou@lindenhoven.example"
RUUD = "intern; Ruud Hendriks; 0488-541220; r.hendriks@lindenhoven.example"
ANOUK = "intern; Anouk Verbeek; 0488-541230; a.verbeek@lindenhoven.example"
BART = "intern; Bart Willemsen; 0488-541240; b.willemsen@lindenhoven.example"
LINDA = "intern; Linda Brouwer; 0488-541241; l.brouwer@lindenhoven.example"
NOOR = "intern; Noor Bakker; 0488-541250; n.bakker@lindenhoven.example"
PRIYA = "intern; Priya Ramdin; 0488-541260; p.ramdin@lindenhoven.example"
DAAN = "intern; Daan Meijer; 0488-541270; d.meijer@lindenhoven.example"
HANNEKE = "extern; Hanneke Smit; 0488-552100; h.smit@deopstap.example"
JEROEN = "extern; Jeroen Aalbers; 0488-552110; j.aalbers@deopstap.example"
AMIRA = "extern; Amira Saleh; 0488-560300; planning@tolkenpool-lindenhoven.example"
ESRA = "extern; Esra Yilmaz; 0488-563300; e.yilmaz@taalhuis-lindenhoven.example"
DENNIS = "extern; Dennis Oomen; 0488-564400; d.oomen@digitaalcafe-dehoven.example"
KOFI = "extern; Kofi Mensah; 0488-566600; k.mensah@geldzorg-lindenhoven.example"
TOM = "extern; Tom Kuijpers; 0488-567700; t.kuijpers@fietsatelier-lindenhoven.example"
ILSE = "extern; Ilse Wolters; 0488-568800; i.wolters@gezondwerk.example"
FEMKE = "extern; Femke Lammers; 0488-569900; f.lammers@mentorwerk-oosterdijk.example"
PETER = "extern; Peter van Dam; 0488-570400; p.vandam@arbeidsdeskundig-lindenhoven.example"
SANNE = "extern; Sanne Koster; 0488-571100; s.koster@kringloop-lindenhoven.example"
LOTTE = "extern; Lotte Veenstra; 0488-572200; l.veenstra@vrijwilligers-lindenhoven.example"
GERT = "extern; Gert Hoekstra; 0488-573300; g.hoekstra@leerwerk-lindenhoven.example"
RUBEN = "extern; Ruben de Groot; 0488-574400; r.degroot@jobcoachplus.example"
JORIS = "extern; Joris Visser; 0488-575500; j.visser@koerslinde.example"
MIRJAM = "extern; Mirjam Dekker; 0488-576600; m.dekker@vakschool-lindenhoven.example"
ARJEN = "extern; Arjen Mulder; 0488-577700; a.mulder@praktijkcentrum-techniek.example"
SJOERD = "extern; Sjoerd Brink; 0488-578800; s.brink@ondernemerspunt-lindenhoven.example"
MEHMET = "extern; Mehmet Kaya; 0488-579900; m.kaya@buurtkracht-oosterdijk.example"
YVONNE = "extern; Yvonne Schouten; 0488-580100; y.schouten@zorgacademie-lindenhoven.example"

# Locations: naam; type; adres; beschrijving
WERKPLEIN = (
    "Werkplein Lindenhoven; bij de gemeente; Marktplein 1, 6601 AA Lindenhoven; Meld je bij de balie op de begane grond"
)
WIJKPOST_HOVEN = (
    "Wijkpost De Hoven; bij de gemeente; Hovenplein 5, 6605 RS Lindenhoven; Spreekkamer in wijkcentrum De Hoven"
)
OPSTAPHUIS = (
    "Opstaphuis; bij de aanbieder; Kerkstraat 24, 6602 BC Lindenhoven; "
    "Oud schoolgebouw met trainingsruimtes op de eerste verdieping, lift aanwezig"
)
LEERWERKBEDRIJF = (
    "Leerwerkbedrijf Lindenhoven; bij de aanbieder; Industrieweg 40, 6604 GK Lindenhoven; "
    "Werkplaatsen, kwekerij en kantine op één terrein"
)
TAALHUIS = (
    "Taalhuis in de bibliotheek; bij de aanbieder; Stationsweg 12, 6600 AB Lindenhoven; "
    "In de bibliotheek, ruimte achter de leestafel"
)
BUURTHUIS = "Buurthuis De Linde; ander adres; Lindelaan 3, 6611 CD Oosterdijk; Buurthuis met eigen ingang en koffiehoek"
WERKPLEK = (
    "Werkplek van de klant; bij de werkgever; Verschilt per werkgever; "
    "De begeleiding vindt plaats op de plek waar de klant werkt"
)
THUIS = (
    "Bij de klant thuis; bij de klant thuis; Adres van de klant; "
    "Als een afspraak op locatie niet lukt of als de situatie thuis dat vraagt"
)
JOBCOACHPLUS = (
    "JobcoachPlus; bij de aanbieder; Havenkade 7, 6603 EF Lindenhoven; "
    "Kantoor op de tweede verdieping met gespreksruimtes"
)
KRINGLOOP = (
    "Kringloopcentrum Lindenhoven; bij de aanbieder; Ambachtsweg 15, 6621 HJ Westerbeek; "
    "Winkel, sorteerhal en werkplaats"
)
TECHNIEK = (
    "Praktijkcentrum Techniek; bij de aanbieder; Energieweg 2, 6604 KL Lindenhoven; Praktijkhallen en theorielokalen"
)
DIGICAFE = (
    "Digitaal Café De Hoven; ander adres; Hovenplein 5, 6605 RS Lindenhoven; Computerruimte in wijkcentrum De Hoven"
)
GEZONDWERK = (
    "Gezondwerk Lindenhoven; bij de aanbieder; Sportlaan 11, 6606 TU Lindenhoven; "
    "Beweegzaal en spreekkamers bij sportpark De Kamp"
)


def _regels(*regels: str) -> str:
    """Return one cell value with one entry per line."""
    return "\n".join(regels)


_RUW: list[dict] = [
    # ---- Melding en diagnostiek -------------------------------------------------------------
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Welkomstgesprek Werk en Meedoen",
        "Samenvatting": (
            "Een eerste, uitgebreid gesprek met een klantmanager kort na de aanvraag van een "
            "uitkering. Samen bekijk je wat er speelt en welke eerste stap richting werk of "
            "meedoen past."
        ),
        "Doel": ("Binnen vier weken na de melding is er een eerste klantbeeld en een afspraak over de volgende stap."),
        "Werkwijze": (
            "De klantmanager nodigt de klant uit voor een gesprek van ongeveer anderhalf uur. "
            "Aan bod komen inkomen, gezondheid, opleiding, werkverleden en wensen. Zo nodig volgt "
            "een tweede gesprek of een verwijzing naar een specialist."
        ),
        "uitvoeringsvormen": ["Onderzoek", "Verwijzing"],
        "tegels": ["Melding", "Diagnostiek"],
        "klantkenmerken": [
            "Praktische aandachtspunten",
            "Willen en geloof in eigen kunnen",
            "Zelfregie/zelfsturing",
        ],
        "Onderscheidende aanpak": (
            "De klant kiest zelf of het gesprek op het Werkplein of dichtbij huis in de wijk is."
        ),
        "Voorwaarden deelname": ("Lopende aanvraag of toekenning van een uitkering op grond van de Participatiewet."),
        "Werkafspraken": (
            "Uitnodiging binnen tien werkdagen na de melding; verslag in het klantvolgsysteem "
            "binnen twee werkdagen na het gesprek."
        ),
        "Samenwerkingspartners": "Wijkteams Lindenhoven; team Inkomen",
        "Toelichting doelgroep": (
            "Alle nieuwe klanten. Bij een nieuwe aanvraag binnen een jaar volstaat een kort gesprek."
        ),
        "Aanmeldinstructies": (
            "Aanmelden is niet nodig: team Inkomen zet de klant na de melding automatisch op de planning."
        ),
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Toelichting duur": "Eén gesprek, soms gevolgd door een kort vervolggesprek.",
        "Intensiteit": 2,
        "Totale kosten": 0,
        "Toelichting kosten": "Onderdeel van de gewone dienstverlening, geen extra kosten.",
        "Contactpersonen": MARIEKE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(WERKPLEIN, WIJKPOST_HOVEN),
        "Registratiecodes": "RI-0101",
        "Aanvullende inhoud": (
            "Folder welkomstgesprek | https://www.lindenhoven.example/werk/folder-welkomstgesprek.pdf"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Startvragenlijst Zelfredzaamheid",
        "Samenvatting": (
            "Een korte vragenlijst die je invult rond het eerste gesprek. De uitkomst laat zien op "
            "welke leefgebieden het goed gaat en waar je hulp kunt gebruiken."
        ),
        "Doel": (
            "Klant en klantmanager hebben een gedeeld en meetbaar beeld van de zelfredzaamheid op tien leefgebieden."
        ),
        "Werkwijze": (
            "De klant vult de vragenlijst digitaal of op papier in, zo nodig met hulp. De "
            "klantmanager bespreekt de scores met de klant en legt ze vast als startpunt. Na een "
            "half jaar vult de klant de lijst opnieuw in, zodat de voortgang zichtbaar wordt."
        ),
        "uitvoeringsvormen": ["Vragenlijst", "Onderzoek"],
        "tegels": ["Melding", "Diagnostiek"],
        "klantkenmerken": [
            "Psychosociale aandachtspunten",
            "Praktische aandachtspunten",
            "Zelfregie/zelfsturing",
            "Sociale steun en netwerk",
        ],
        "Onderscheidende aanpak": (
            "De klant scoort eerst zichzelf; daarna leggen klant en klantmanager hun beelden naast elkaar."
        ),
        "Voorwaarden deelname": ("Geen. De vragenlijst is er ook in eenvoudige taal en met pictogrammen."),
        "Werkafspraken": (
            "Scores gaan in het klantvolgsysteem; de vaste klantmanager doet de herhaalmeting na zes maanden."
        ),
        "Toelichting doelgroep": "Voor alle nieuwe klanten vanaf 18 jaar.",
        "Aanvullende informatie": "Invullen duurt ongeveer twintig minuten.",
        "Aanmeldinstructies": (
            "Stuur de klant de link vanuit het klantvolgsysteem, of print de papieren versie uit de "
            "map bij de balie van het Werkplein."
        ),
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Toelichting duur": "Invullen en nabespreken, verdeeld over twee momenten.",
        "Intensiteit": 1,
        "Totale kosten": 0,
        "Contactpersonen": YOUSSEF,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(WERKPLEIN, THUIS),
        "Registratiecodes": "RI-0102",
        "Aanvullende inhoud": _regels(
            "Vragenlijst in eenvoudige taal | https://www.lindenhoven.example/werk/startvragenlijst-eenvoudig.pdf",
            "Uitleg van de scores | https://www.lindenhoven.example/werk/startvragenlijst-uitleg",
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Tolkenpool Lindenhoven",
        "Naam instrument": "Tolk bij het eerste gesprek",
        "Samenvatting": (
            "Een professionele tolk, in de spreekkamer of via de telefoon, bij het welkomstgesprek "
            "en de intake. Zo begrijpen jij en je klantmanager elkaar vanaf het begin goed."
        ),
        "Doel": ("De klant praat vanaf de eerste afspraak volwaardig mee over de eigen situatie en plannen."),
        "Werkwijze": (
            "De klantmanager boekt een tolk voor de gewenste taal. De tolk vertaalt het gesprek "
            "volledig en neutraal. Voor korte vragen is een telefoontolk genoeg; bij een intake is "
            "de tolk bij voorkeur aanwezig."
        ),
        "uitvoeringsvormen": ["Tolken/Vertalen"],
        "tegels": ["Melding", "Diagnostiek"],
        "klantkenmerken": ["Basisvaardigheden", "Sociale- en culturele vaardigheden"],
        "Onderscheidende aanpak": "Vaste tolken per taal, zodat de klant een bekend gezicht ziet.",
        "Voorwaarden deelname": (
            "De klant spreekt te weinig Nederlands of Engels voor een gesprek over werk en inkomen."
        ),
        "Werkafspraken": (
            "Boeken minimaal drie werkdagen vooraf; een telefoontolk is op werkdagen tussen 9.00 en "
            "17.00 uur direct beschikbaar."
        ),
        "Toelichting doelgroep": "Vooral statushouders en arbeidsmigranten in hun eerste jaren hier.",
        "Aanvullende informatie": ("Onder meer Arabisch, Tigrinya, Dari, Turks, Pools en Oekraïens zijn beschikbaar."),
        "Aanmeldinstructies": (
            "Boek via het boekingsformulier van de Tolkenpool. Vermeld taal, datum, duur en of het "
            "om een telefoontolk of een tolk ter plaatse gaat."
        ),
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Toelichting duur": "Per gesprek; meestal gaat het om één of twee gesprekken.",
        "Intensiteit": 2,
        "Totale kosten": 95,
        "Toelichting kosten": ("Tarief per gesprek van maximaal twee uur, inclusief btw. Telefoontolk: 45 euro."),
        "Contactpersonen": _regels(AMIRA, RUUD),
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEIN,
        "Doelgroepen": "Statushouders; Arbeidsmigranten",
        "Registratiecodes": "RI-0103",
        "Aanvullende inhoud": ("Boekingsformulier tolk | https://www.tolkenpool-lindenhoven.example/boeken"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Snelle Start groepsochtend",
        "Samenvatting": (
            "Een groepsochtend voor mensen die net een uitkering hebben aangevraagd. Je hoort wat "
            "je rechten en plichten zijn en welke hulp er is om snel weer aan het werk te gaan."
        ),
        "Doel": (
            "Nieuwe klanten weten binnen twee weken na de melding wat er van hen verwacht wordt en "
            "welke ondersteuning er is."
        ),
        "Werkwijze": (
            "Een klantmanager en een werkgeversadviseur geven samen een ochtend uitleg. Er is een "
            "korte presentatie, een vacaturemuur met actuele banen en tijd voor vragen. Aan het "
            "eind plant iedere deelnemer een persoonlijk gesprek."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Verwijzing"],
        "tegels": ["Melding", "Oriëntatie"],
        "klantkenmerken": [
            "Willen en geloof in eigen kunnen",
            "Sollicitatievaardigheden",
            "Sociale steun en netwerk",
        ],
        "Onderscheidende aanpak": (
            "Een ervaringsdeskundige vertelt hoe hij of zij zelf de weg naar werk heeft gevonden."
        ),
        "Voorwaarden deelname": ("Recent een uitkering aangevraagd; de klant kan een ochtend in een groep meedoen."),
        "Werkafspraken": "Elke dinsdag; team Inkomen plant nieuwe klanten automatisch in.",
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": (
            "Nieuwe klanten worden automatisch ingepland. Andere klanten meld je aan via "
            "snellestart@lindenhoven.example."
        ),
        "Totale duur": 3,
        "Eenheid duur": "uren",
        "Toelichting duur": "Eén ochtend van 9.30 tot 12.30 uur.",
        "Intensiteit": 3,
        "Totale kosten": 0,
        "Contactpersonen": ANOUK,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": WERKPLEIN,
        "Doelgroepen": "Bijstandsgerechtigden",
        "Registratiecodes": "RI-0104",
        "Aanvullende inhoud": ("Programma Snelle Start | https://www.lindenhoven.example/werk/snelle-start"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Stichting De Opstap",
        "Naam instrument": "Brede Diagnose Werkvermogen",
        "Samenvatting": (
            "Een onderzoek van zes weken naar wat iemand kan, wil en nodig heeft om te werken. "
            "Het resultaat is een advies over de beste route naar werk of meedoen."
        ),
        "Doel": (
            "Een onderbouwd advies over de haalbare route en de ondersteuning die daarbij nodig is, "
            "vastgelegd in een rapport."
        ),
        "Werkwijze": (
            "De klant komt twee dagdelen per week naar De Opstap. Er zijn gesprekken, praktische "
            "opdrachten in de werkplaats en enkele testen en vragenlijsten. Waar nodig kijkt een "
            "psycholoog mee. Het traject eindigt met een gesprek met klant en klantmanager."
        ),
        "uitvoeringsvormen": ["Onderzoek", "Vragenlijst"],
        "tegels": ["Diagnostiek"],
        "klantkenmerken": [
            "Psychosociale aandachtspunten",
            "Lichamelijke aandachtspunten",
            "Basis werknemersvaardigheden",
            "Zelfregie/zelfsturing",
        ],
        "Onderscheidende aanpak": ("Observatie tijdens echt werk in de werkplaats, niet alleen gesprekken en testen."),
        "Voorwaarden deelname": ("De klant kan minimaal twee dagdelen van drie uur per week aanwezig zijn."),
        "Werkafspraken": (
            "Startgesprek binnen tien werkdagen na aanmelding; tussenrapportage na drie weken; "
            "eindrapport binnen vijf werkdagen na afloop."
        ),
        "Samenwerkingspartners": ("Arbeidsdeskundig Adviesbureau Lindenhoven; wijkteams Lindenhoven"),
        "Toelichting doelgroep": (
            "Voor klanten bij wie onduidelijk is wat haalbaar is, bijvoorbeeld door een lange "
            "periode zonder werk of door meerdere problemen tegelijk."
        ),
        "Aanmeldinstructies": (
            "Gebruik het aanmeldformulier van De Opstap en stuur het klantbeeld mee. De Opstap "
            "belt de klant binnen vijf werkdagen."
        ),
        "Totale duur": 6,
        "Eenheid duur": "weken",
        "Intensiteit": 6,
        "Toelichting intensiteit": "Twee dagdelen van drie uur per week.",
        "Totale kosten": 1850,
        "Toelichting kosten": "Vast bedrag per traject, vrijgesteld van btw.",
        "Contactpersonen": _regels(HANNEKE, YOUSSEF),
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": OPSTAPHUIS,
        "Registratiecodes": "RI-0105",
        "Aanvullende inhoud": (
            "Voorbeeld van een eindrapport | https://www.deopstap.example/diagnose/voorbeeldrapport.pdf"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Arbeidsdeskundig Adviesbureau Lindenhoven",
        "Naam instrument": "Arbeidsdeskundig onderzoek",
        "Samenvatting": (
            "Een arbeidsdeskundige onderzoekt wat iemand met een ziekte of beperking lichamelijk "
            "en mentaal aankan. Het advies helpt om passend werk of een passende werkplek te vinden."
        ),
        "Doel": (
            "Een helder beeld van de belastbaarheid en een advies over passende functies en "
            "eventuele aanpassingen op de werkplek."
        ),
        "Werkwijze": (
            "De arbeidsdeskundige leest het dossier, spreekt de klant en vraagt met toestemming zo "
            "nodig informatie op bij de behandelaar. Soms volgt een bezoek aan de (toekomstige) "
            "werkplek. Het onderzoek eindigt met een schriftelijk advies."
        ),
        "uitvoeringsvormen": ["Onderzoek"],
        "tegels": ["Diagnostiek", "Plaatsing"],
        "klantkenmerken": ["Lichamelijke aandachtspunten", "Psychosociale aandachtspunten"],
        "Voorwaarden deelname": (
            "Er is een vermoeden van een arbeidsbeperking en de klant geeft toestemming voor het onderzoek."
        ),
        "Werkafspraken": ("Rapport binnen vier weken na aanmelding; met spoed binnen twee weken na overleg."),
        "Toelichting doelgroep": (
            "Ook te gebruiken bij een aanvraag voor loonkostensubsidie of een werkplekaanpassing."
        ),
        "Aanmeldinstructies": (
            "Vraag het onderzoek aan via de teamleider met het formulier 'Aanvraag arbeidsdeskundig onderzoek'."
        ),
        "Totale duur": 4,
        "Eenheid duur": "weken",
        "Toelichting duur": "Doorlooptijd; de klant heeft zelf één of twee afspraken.",
        "Intensiteit": 2,
        "Toelichting intensiteit": ("Eén gesprek van anderhalf uur en soms een bezoek aan de werkplek."),
        "Totale kosten": 1200,
        "Toelichting kosten": ("Richtprijs exclusief btw; een bezoek aan de werkplek kost 250 euro extra."),
        "Contactpersonen": PETER,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(
            "Arbeidsdeskundig Adviesbureau; bij de aanbieder; Molenstraat 8, 6602 VW Lindenhoven; "
            "Spreekkamer op de begane grond",
            WERKPLEK,
        ),
        "Doelgroepen": "Mensen met een arbeidsbeperking",
        "Registratiecodes": "RI-0106",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Taaltoets Nederlands",
        "Samenvatting": (
            "Een korte toets die laat zien hoe goed iemand Nederlands leest, schrijft, spreekt en "
            "verstaat. Met de uitslag kies je een passende taalcursus of werkplek."
        ),
        "Doel": ("Het taalniveau van de klant is bekend, zodat taalaanbod en werktraject daarop aansluiten."),
        "Werkwijze": (
            "Een taalconsulent neemt de toets af in een gesprek en met korte opdrachten op papier en "
            "op de computer. De klant hoort direct de uitslag en krijgt een advies voor passend "
            "taalaanbod."
        ),
        "uitvoeringsvormen": ["Onderzoek", "Vragenlijst"],
        "tegels": ["Diagnostiek", "Maatschappelijk fit"],
        "klantkenmerken": ["Basisvaardigheden"],
        "Onderscheidende aanpak": ("Ook geschikt voor mensen die weinig of niet naar school zijn geweest."),
        "Werkafspraken": "De uitslag gaat binnen twee werkdagen per mail naar de klantmanager.",
        "Samenwerkingspartners": "Bibliotheek Lindenhoven",
        "Toelichting doelgroep": (
            "Voor iedereen bij wie twijfel is over de taalvaardigheid, ook voor mensen die in "
            "Nederland zijn opgegroeid."
        ),
        "Aanmeldinstructies": ("Plan zelf een afspraak in de online agenda van het Taalhuis of bel het spreekuur."),
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Intensiteit": 2,
        "Totale kosten": 0,
        "Toelichting kosten": "Betaald uit het budget voor volwasseneneducatie.",
        "Contactpersonen": ESRA,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": TAALHUIS,
        "Registratiecodes": "RI-0107",
        "Aanvullende inhoud": ("Uitleg over taalniveaus | https://www.taalhuis-lindenhoven.example/taalniveaus"),
        "Beschikbare gebieden": "Lindenhoven; Oosterdijk",
    },
    # ---- Oriëntatie -------------------------------------------------------------------------
    {
        "Aanbieder": "Loopbaanbureau Koerslinde",
        "Naam instrument": "Beroepen in Beeld",
        "Samenvatting": (
            "Een online test over je interesses en talenten, met een nagesprek bij een "
            "loopbaancoach. Je krijgt een lijst met beroepen die bij je passen."
        ),
        "Doel": (
            "De klant heeft drie tot vijf beroepsrichtingen die passen bij interesses, talenten en "
            "de arbeidsmarkt in de regio."
        ),
        "Werkwijze": (
            "De klant vult thuis of op kantoor een online vragenlijst in. In het nagesprek bespreekt "
            "de coach de uitslag en zoeken ze samen naar beroepen met kansen in de regio. De klant "
            "krijgt een persoonlijk verslag mee."
        ),
        "uitvoeringsvormen": ["Vragenlijst", "Coaching"],
        "tegels": ["Oriëntatie"],
        "klantkenmerken": [
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Zelfregie/zelfsturing",
        ],
        "Onderscheidende aanpak": "De uitslag wordt gekoppeld aan actuele vacatures in de regio.",
        "Voorwaarden deelname": ("Nederlands op minimaal A2-niveau; de test bestaat ook in het Engels."),
        "Werkafspraken": "Het verslag gaat met toestemming van de klant naar de klantmanager.",
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": (
            "Mail naam en telefoonnummer van de klant naar aanmelden@koerslinde.example. De klant "
            "krijgt binnen een week een inlogcode."
        ),
        "Totale duur": 3,
        "Eenheid duur": "uren",
        "Toelichting duur": "Ongeveer een uur invullen en twee uur nagesprek.",
        "Intensiteit": 3,
        "Totale kosten": 275,
        "Toelichting kosten": "Prijs per klant, inclusief btw.",
        "Contactpersonen": JORIS,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Loopbaanbureau Koerslinde; bij de aanbieder; Havenkade 21, 6603 EF Lindenhoven; "
            "Kantoor aan het water, tweede verdieping met lift"
        ),
        "Registratiecodes": "RI-0108",
        "Aanvullende inhoud": (
            "Voorbeeld van een uitslag | https://www.koerslinde.example/beroepen-in-beeld/voorbeeld"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Stichting De Opstap",
        "Naam instrument": "Talentenworkshop Wat kan ik?",
        "Samenvatting": (
            "Vier bijeenkomsten in een kleine groep waarin je ontdekt waar je goed in bent en wat "
            "je energie geeft. Je maakt een talentenprofiel dat je kunt gebruiken bij solliciteren."
        ),
        "Doel": (
            "De deelnemer kan zijn of haar talenten benoemen en heeft meer vertrouwen om een volgende stap te zetten."
        ),
        "Werkwijze": (
            "Op vier ochtenden werken maximaal tien deelnemers met oefeningen, korte opdrachten en "
            "gesprekken in tweetallen. Thuis vragen ze mensen om hen heen om feedback. Op de "
            "laatste ochtend laat iedereen zijn talentenprofiel zien."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Coaching"],
        "tegels": ["Oriëntatie"],
        "klantkenmerken": [
            "Willen en geloof in eigen kunnen",
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Zelfregie/zelfsturing",
        ],
        "Onderscheidende aanpak": "Deelnemers vragen feedback aan mensen uit hun eigen omgeving.",
        "Voorwaarden deelname": "Kan in een groep meedoen; Nederlands op A2-niveau.",
        "Werkafspraken": ("Na afloop stuurt De Opstap het talentenprofiel met toestemming naar de klantmanager."),
        "Toelichting doelgroep": (
            "Voor mensen die niet goed weten wat ze kunnen of willen, bijvoorbeeld na een lange tijd zonder werk."
        ),
        "Aanvullende informatie": "Elke twee maanden start een nieuwe groep.",
        "Aanmeldinstructies": ("Aanmelden via het aanmeldformulier van De Opstap; vermeld de gewenste startdatum."),
        "Totale duur": 4,
        "Eenheid duur": "weken",
        "Toelichting duur": "Vier ochtenden, één per week.",
        "Intensiteit": 3,
        "Totale kosten": 450,
        "Toelichting kosten": "Per deelnemer, vrijgesteld van btw.",
        "Contactpersonen": HANNEKE,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": OPSTAPHUIS,
        "Registratiecodes": "RI-0109",
        "Aanvullende inhoud": ("Startdata talentenworkshop | https://www.deopstap.example/talentenworkshop"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkgeversservicepunt Lindenhoven",
        "Naam instrument": "Snuffelstage",
        "Samenvatting": (
            "Een korte kennismakingsstage van een paar dagen bij een werkgever. Je kijkt mee en "
            "doet mee, zodat je weet of een beroep bij je past."
        ),
        "Doel": ("Na de stage weet de klant of het beroep of de sector past en wat nodig is om erin te werken."),
        "Werkwijze": (
            "De werkgeversadviseur zoekt een werkgever in de gewenste sector. De klant loopt één "
            "tot vijf dagen mee met een vaste collega. Daarna is er een evaluatiegesprek met "
            "werkgever en klant."
        ),
        "uitvoeringsvormen": ["Bemiddeling", "Leerwerktraject"],
        "tegels": ["Oriëntatie", "Werk fit"],
        "klantkenmerken": [
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Werkervaring",
        ],
        "Onderscheidende aanpak": "Snel geregeld: meestal is er binnen twee weken een plek.",
        "Voorwaarden deelname": ("De klant heeft een beroepsrichting in gedachten en tekent een stageovereenkomst."),
        "Werkafspraken": (
            "Het Werkgeversservicepunt regelt de stageovereenkomst en de verzekering; de "
            "klantmanager krijgt de evaluatie."
        ),
        "Samenwerkingspartners": "Werkgevers uit het netwerk van het Werkgeversservicepunt",
        "Aanvullende informatie": "Tijdens de stage loopt de uitkering gewoon door.",
        "Aanmeldinstructies": (
            "Vul het formulier 'Aanvraag snuffelstage' in met de gewenste sector en de dagen waarop de klant kan."
        ),
        "Totale duur": 5,
        "Eenheid duur": "dagen",
        "Toelichting duur": "Eén tot vijf dagen, in overleg.",
        "Intensiteit": 24,
        "Toelichting intensiteit": "Meestal drie dagen van acht uur.",
        "Totale kosten": 0,
        "Toelichting kosten": "Geen kosten; de verzekering loopt via de polis van de gemeente.",
        "Contactpersonen": BART,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Registratiecodes": "RI-0110",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkgeversservicepunt Lindenhoven",
        "Naam instrument": "Beroepenroute Open Bedrijven",
        "Samenvatting": (
            "Een dag waarop je met een kleine groep drie bedrijven in de regio bezoekt. Je ziet hoe "
            "het werk eruitziet en praat met medewerkers en leidinggevenden."
        ),
        "Doel": (
            "Deelnemers krijgen een realistisch beeld van beroepen met veel vacatures en leggen contact met werkgevers."
        ),
        "Werkwijze": (
            "Elke route gaat over één sector, zoals logistiek, zorg of techniek. De groep bezoekt "
            "drie bedrijven, krijgt een rondleiding en kan vragen stellen. Wie interesse heeft, "
            "maakt meteen een vervolgafspraak voor een snuffelstage of gesprek."
        ),
        "uitvoeringsvormen": ["Bemiddeling", "Verwijzing"],
        "tegels": ["Oriëntatie", "Bemiddeling"],
        "klantkenmerken": [
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Sociale steun en netwerk",
            "Sollicitatievaardigheden",
        ],
        "Onderscheidende aanpak": "Een busje rijdt de groep vanaf het Werkplein langs de bedrijven.",
        "Voorwaarden deelname": (
            "Goed ter been voor de rondleidingen; waar nodig worden veiligheidsschoenen uitgeleend."
        ),
        "Werkafspraken": "Minimaal zes en maximaal twaalf deelnemers per route.",
        "Samenwerkingspartners": "Ondernemersvereniging Lindenhoven",
        "Aanmeldinstructies": "Meld aan via de agenda op het intranet; vol is vol.",
        "Totale duur": 1,
        "Eenheid duur": "dagen",
        "Intensiteit": 7,
        "Toelichting intensiteit": "Eén dag van 9.00 tot 16.00 uur.",
        "Totale kosten": 35,
        "Toelichting kosten": "Busvervoer en lunch per deelnemer.",
        "Contactpersonen": _regels(BART, LINDA),
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": _regels(
            WERKPLEIN,
            "Wisselende bedrijven; bij de werkgever; Verschilt per route; Drie bedrijven uit één "
            "sector, vertrek en terugkomst bij het Werkplein",
        ),
        "Registratiecodes": "RI-0111",
        "Aanvullende inhoud": ("Routes van dit jaar | https://www.lindenhoven.example/werk/beroepenroute"),
        "Beschikbare gebieden": REGIO,
    },
    # ---- Maatschappelijk fit ----------------------------------------------------------------
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Taalcafé De Hoven",
        "Samenvatting": (
            "Een gezellige plek waar je elke week Nederlands oefent met vrijwilligers en andere "
            "deelnemers. Je praat over gewone onderwerpen zoals boodschappen, buren en werk."
        ),
        "Doel": (
            "Deelnemers spreken makkelijker en met meer zelfvertrouwen Nederlands en leren mensen in de wijk kennen."
        ),
        "Werkwijze": (
            "Vrijwilligers leiden kleine gespreksgroepjes aan tafels. Elke week is er een thema. "
            "Deelnemers lopen binnen wanneer het hen uitkomt en komen zo vaak als ze willen."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk", "(Bij)scholing"],
        "tegels": ["Maatschappelijk fit"],
        "klantkenmerken": [
            "Basisvaardigheden",
            "Sociale- en culturele vaardigheden",
            "Sociale steun en netwerk",
        ],
        "Onderscheidende aanpak": "Laagdrempelig: geen toets, geen huiswerk, gewoon binnenlopen.",
        "Samenwerkingspartners": "Wijkcentrum De Hoven; Vrijwilligerscentrale Lindenhoven",
        "Toelichting doelgroep": ("Voor iedereen die Nederlands wil oefenen, ook naast een inburgeringscursus."),
        "Aanvullende informatie": "Koffie en thee zijn gratis.",
        "Aanmeldinstructies": ("Aanmelden is niet nodig. Geef de klant het adres en de openingstijden mee."),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Zo lang als de klant wil; we raden minimaal een half jaar aan.",
        "Intensiteit": 2,
        "Toelichting intensiteit": "Eén middag per week van twee uur.",
        "Totale kosten": 0,
        "Contactpersonen": ESRA,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": (
            "Wijkcentrum De Hoven; ander adres; Hovenplein 5, 6605 RS Lindenhoven; "
            "Grote zaal, elke woensdag van 14.00 tot 16.00 uur"
        ),
        "Registratiecodes": "RI-0112",
        "Aanvullende inhoud": ("Taalcafé op de kaart | https://www.taalhuis-lindenhoven.example/taalcafe"),
        "Beschikbare gebieden": "Lindenhoven; Wijk De Hoven; Wijk Molenakker",
    },
    {
        "Aanbieder": "Digitaal Café De Hoven",
        "Naam instrument": "Digitaal Vaardig",
        "Samenvatting": (
            "Een cursus van acht lessen waarin je leert werken met een computer, e-mail, DigiD en "
            "internet. Heb je geen eigen laptop, dan kun je er een lenen."
        ),
        "Doel": (
            "De deelnemer kan zelfstandig e-mailen, online formulieren invullen, inloggen met DigiD "
            "en veilig internetten."
        ),
        "Werkwijze": (
            "In een kleine groep werken deelnemers in hun eigen tempo aan opdrachten, met hulp van "
            "een docent en vrijwilligers. Elke les gaat over iets uit het dagelijks leven, zoals "
            "een afspraak maken bij de huisarts of een vacature opzoeken."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Materiele ondersteuning"],
        "tegels": ["Maatschappelijk fit", "Opleiden"],
        "klantkenmerken": ["Basisvaardigheden", "Toekomstige werknemersvaardigheden"],
        "Onderscheidende aanpak": (
            "Deelnemers lenen een opgeknapte laptop en kunnen die na afloop voor een klein bedrag houden."
        ),
        "Voorwaarden deelname": ("Nederlands op A1-niveau, of de klant volgt de cursus samen met een taalmaatje."),
        "Werkafspraken": "De presentielijst gaat elke maand naar de klantmanager.",
        "Samenwerkingspartners": ("Taalhuis Lindenhoven; Kringloopcentrum Lindenhoven (laptops)"),
        "Aanmeldinstructies": (
            "Meld de klant aan via het formulier van het Digitaal Café, of loop samen binnen "
            "tijdens het inloopspreekuur."
        ),
        "Totale duur": 8,
        "Eenheid duur": "weken",
        "Intensiteit": 2,
        "Toelichting intensiteit": "Eén les van twee uur per week.",
        "Totale kosten": 160,
        "Toelichting kosten": "Cursus 120 euro plus 40 euro voor de leenlaptop, inclusief btw.",
        "Contactpersonen": DENNIS,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": DIGICAFE,
        "Registratiecodes": "RI-0113",
        "Aanvullende inhoud": _regels(
            "Lesprogramma Digitaal Vaardig | https://www.digitaalcafe-dehoven.example/cursus",
            "Uitlegvideo inloggen met DigiD | https://www.digitaalcafe-dehoven.example/video/digid",
        ),
        "Beschikbare gebieden": "Lindenhoven; Oosterdijk; Wijk De Hoven",
    },
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Rekenen voor thuis en werk",
        "Samenvatting": (
            "Een cursus waarin je oefent met rekenen in het dagelijks leven: geld, tijd, maten en "
            "eenvoudige sommen die je op het werk tegenkomt."
        ),
        "Doel": ("De deelnemer rekent met geld, tijd en hoeveelheden zoals dat thuis en op de werkvloer nodig is."),
        "Werkwijze": (
            "Twaalf lessen in een kleine groep met voorbeelden uit de praktijk: een kassabon "
            "controleren, een rooster lezen, een recept omrekenen. Deelnemers krijgen "
            "oefenmateriaal mee naar huis."
        ),
        "uitvoeringsvormen": ["(Bij)scholing"],
        "tegels": ["Maatschappelijk fit"],
        "klantkenmerken": ["Basisvaardigheden", "Praktische aandachtspunten"],
        "Voorwaarden deelname": "Nederlands op A2-niveau.",
        "Samenwerkingspartners": "Stichting Geldzorg Lindenhoven",
        "Aanmeldinstructies": ("Aanmelden via het Taalhuis; de klant doet eerst een korte instaptoets."),
        "Totale duur": 12,
        "Eenheid duur": "weken",
        "Intensiteit": 2,
        "Totale kosten": 0,
        "Toelichting kosten": "Betaald uit het budget voor volwasseneneducatie.",
        "Contactpersonen": ESRA,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": TAALHUIS,
        "Registratiecodes": "RI-0114",
        "Beschikbare gebieden": "Lindenhoven; Oosterdijk",
    },
    {
        "Aanbieder": "Stichting Geldzorg Lindenhoven",
        "Naam instrument": "Geldzaken op orde",
        "Samenvatting": (
            "Een budgetcoach helpt je overzicht te krijgen in je inkomsten, uitgaven en schulden. "
            "Zo heb je minder stress en meer ruimte om aan werk te denken."
        ),
        "Doel": ("De klant heeft een stabiele financiële situatie en weet hoe hij of zij die zelf in de gaten houdt."),
        "Werkwijze": (
            "Een budgetcoach komt bij de klant thuis of spreekt af op kantoor. Samen maken ze een "
            "overzicht van post, rekeningen en schulden en een budgetplan. Waar nodig verwijst de "
            "coach door naar schuldhulpverlening of budgetbeheer."
        ),
        "uitvoeringsvormen": ["Coaching", "Verwijzing"],
        "tegels": ["Maatschappelijk fit"],
        "klantkenmerken": [
            "Praktische aandachtspunten",
            "Zelfregie/zelfsturing",
            "Psychosociale aandachtspunten",
        ],
        "Onderscheidende aanpak": ("Naast de beroepskracht helpen getrainde vrijwillige budgetmaatjes."),
        "Voorwaarden deelname": "De klant wil zelf aan zijn of haar geldzaken werken.",
        "Werkafspraken": (
            "Bij dreigende huisuitzetting of afsluiting van energie meldt Geldzorg dit binnen één "
            "werkdag aan de klantmanager."
        ),
        "Samenwerkingspartners": "Wijkteams Lindenhoven; team Schuldhulpverlening gemeente",
        "Aanmeldinstructies": (
            "Bel het aanmeldnummer van Geldzorg of stuur een beveiligde mail, met toestemming van de klant."
        ),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Afhankelijk van de situatie drie tot negen maanden.",
        "Intensiteit": 1,
        "Toelichting intensiteit": "Gemiddeld één gesprek per week of per twee weken.",
        "Totale kosten": 0,
        "Toelichting kosten": "Valt onder de subsidie aan Geldzorg; geen kosten per klant.",
        "Contactpersonen": KOFI,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(
            "Stichting Geldzorg; bij de aanbieder; Kerkstraat 30, 6602 BC Lindenhoven; Naast het Opstaphuis",
            THUIS,
        ),
        "Registratiecodes": "RI-0115",
        "Aanvullende inhoud": "Tips voor je geldzaken | https://www.geldzorg-lindenhoven.example/tips",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Fietsatelier Lindenhoven",
        "Naam instrument": "Fiets naar je werk",
        "Samenvatting": (
            "Heb je geen vervoer naar je werk, stage of opleiding? Dan kun je een opgeknapte fiets "
            "met slot krijgen, en als het nodig is een paar fietslessen."
        ),
        "Doel": "Vervoer is geen drempel meer om werk, stage of opleiding te beginnen.",
        "Werkwijze": (
            "Met een verwijsbrief haalt de klant een gebruikte, gecontroleerde fiets op bij het "
            "atelier. Wie nog niet goed kan fietsen, krijgt eerst drie fietslessen. Kleine "
            "reparaties zijn het eerste jaar gratis."
        ),
        "uitvoeringsvormen": ["Materiele ondersteuning"],
        "tegels": ["Maatschappelijk fit", "Plaatsing"],
        "klantkenmerken": ["Praktische aandachtspunten"],
        "Onderscheidende aanpak": ("De fietsen worden opgeknapt door deelnemers van een leerwerktraject."),
        "Voorwaarden deelname": (
            "De klant begint binnen een maand met werk, stage, vrijwilligerswerk of opleiding en "
            "heeft geen eigen vervoer."
        ),
        "Werkafspraken": ("Eén fiets per klant per drie jaar; het atelier registreert het framenummer."),
        "Samenwerkingspartners": "Leerwerkbedrijf Lindenhoven",
        "Aanmeldinstructies": ("Maak een verwijsbrief in het klantvolgsysteem en geef die aan de klant mee."),
        "Totale duur": 3,
        "Eenheid duur": "weken",
        "Toelichting duur": ("De fiets wordt op één dag opgehaald; fietslessen zijn verdeeld over drie weken."),
        "Intensiteit": 1,
        "Totale kosten": 185,
        "Toelichting kosten": "Fiets, slot en verlichting; fietslessen kosten 60 euro extra.",
        "Contactpersonen": TOM,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Fietsatelier Lindenhoven; bij de aanbieder; Ambachtsweg 17, 6621 HJ Westerbeek; Naast het kringloopcentrum"
        ),
        "Registratiecodes": "RI-0116",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Kinderopvang bij re-integratie",
        "Samenvatting": (
            "Een vergoeding voor kinderopvang zolang je meedoet aan een traject naar werk. Zo kun "
            "je aan de slag zonder zorgen over de opvang van je kinderen."
        ),
        "Doel": ("Ouders doen mee aan een traject of beginnen met werk zonder dat opvang een belemmering is."),
        "Werkwijze": (
            "De klantmanager beoordeelt de aanvraag en stuurt een beschikking. De ouder kiest zelf "
            "een opvang; de gemeente betaalt de eigen bijdrage. Zolang de kinderopvangtoeslag nog "
            "niet loopt, is een voorschot mogelijk."
        ),
        "uitvoeringsvormen": ["Subsidie/Voucher", "Materiele ondersteuning"],
        "tegels": ["Maatschappelijk fit", "Plaatsing"],
        "klantkenmerken": ["Praktische aandachtspunten", "Sociale steun en netwerk"],
        "Voorwaarden deelname": ("Ouder van kinderen tot 12 jaar die meedoet aan een traject uit het plan van aanpak."),
        "Werkafspraken": "Beschikking binnen vier weken; evaluatie bij elke wijziging van het traject.",
        "Samenwerkingspartners": "Kinderopvangorganisaties in Lindenhoven en Oosterdijk",
        "Toelichting doelgroep": "Vooral bedoeld voor alleenstaande ouders.",
        "Aanvullende informatie": "Geldt ook voor buitenschoolse opvang.",
        "Aanmeldinstructies": (
            "Vul met de klant het aanvraagformulier kinderopvang in en voeg de "
            "plaatsingsovereenkomst van de opvang toe."
        ),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Toelichting duur": ("Zolang het traject loopt, maximaal een jaar; daarna kan het worden verlengd."),
        "Totale kosten": 3600,
        "Toelichting kosten": ("Gemiddeld per kind per jaar; hangt af van het aantal uren opvang."),
        "Contactpersonen": NOOR,
        "Groep/individueel": "individueel",
        "Doelgroepen": "Alleenstaande ouders; Bijstandsgerechtigden",
        "Registratiecodes": "RI-0117",
        "Aanvullende inhoud": (
            "Aanvraagformulier kinderopvang | https://www.lindenhoven.example/formulieren/kinderopvang.pdf"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Gezondwerk Lindenhoven",
        "Naam instrument": "Fit aan de slag",
        "Samenvatting": (
            "Een beweegprogramma met een fysiotherapeut en een leefstijlcoach. Je bouwt rustig "
            "conditie op en leert beter omgaan met pijn of vermoeidheid."
        ),
        "Doel": (
            "De deelnemer kan lichamelijk meer aan en heeft een gezonder dagritme, zodat werk of "
            "een traject haalbaar wordt."
        ),
        "Werkwijze": (
            "De groep beweegt twee keer per week een uur in de beweegzaal. Om de week is er een "
            "groepsgesprek over eten, slapen en ontspannen. Aan het begin en einde wordt de "
            "conditie gemeten."
        ),
        "uitvoeringsvormen": ["Coaching", "(Bij)scholing"],
        "tegels": ["Maatschappelijk fit", "Werk fit"],
        "klantkenmerken": [
            "Lichamelijke aandachtspunten",
            "Willen en geloof in eigen kunnen",
            "Psychosociale aandachtspunten",
        ],
        "Onderscheidende aanpak": ("De oefeningen sluiten aan op het werk dat de deelnemer wil gaan doen."),
        "Voorwaarden deelname": ("Geen medische reden om niet te bewegen; bij twijfel eerst overleg met de huisarts."),
        "Werkafspraken": "Begin- en eindmeting gaan met toestemming naar de klantmanager.",
        "Samenwerkingspartners": "Huisartsenpraktijken in Lindenhoven; sportpark De Kamp",
        "Aanmeldinstructies": (
            "Meld aan via de website van Gezondwerk; daarna volgt een intake met de fysiotherapeut."
        ),
        "Totale duur": 16,
        "Eenheid duur": "weken",
        "Intensiteit": 3,
        "Toelichting intensiteit": ("Twee keer een uur bewegen en om de week een uur groepsgesprek."),
        "Totale kosten": 780,
        "Toelichting kosten": "Per deelnemer, exclusief btw.",
        "Contactpersonen": ILSE,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": GEZONDWERK,
        "Registratiecodes": "RI-0118",
        "Aanvullende inhoud": ("Filmpje Fit aan de slag | https://www.gezondwerk.example/fit-aan-de-slag/video"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Stichting Mentorwerk Oosterdijk",
        "Naam instrument": "Mentorproject Samen Verder",
        "Samenvatting": (
            "Je krijgt een vrijwillige mentor die een jaar met je optrekt. Samen werk je aan je "
            "doelen en maak je je netwerk groter."
        ),
        "Doel": (
            "De deelnemer heeft een groter netwerk, meer zelfvertrouwen en zet zelf stappen richting werk of meedoen."
        ),
        "Werkwijze": (
            "Na een kennismaking koppelt de coördinator de deelnemer aan een passende mentor. Ze "
            "spreken wekelijks af om te praten, samen iets te regelen of het netwerk van de mentor "
            "te gebruiken. Na de start van werk blijft de mentor nog een tijd beschikbaar."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk", "Coaching"],
        "tegels": ["Maatschappelijk fit", "Nazorg"],
        "klantkenmerken": [
            "Sociale steun en netwerk",
            "Sociale- en culturele vaardigheden",
            "Willen en geloof in eigen kunnen",
        ],
        "Onderscheidende aanpak": ("Mentoren zijn vaak (oud-)werknemers uit het bedrijfsleven met een eigen netwerk."),
        "Voorwaarden deelname": "De deelnemer wil zelf een mentor en kan elke week afspreken.",
        "Werkafspraken": ("De coördinator meldt na drie en na negen maanden de voortgang aan de klantmanager."),
        "Samenwerkingspartners": "Vrijwilligerscentrale Lindenhoven",
        "Aanvullende informatie": ("Klikt het niet, dan stopt de koppeling en zoekt de coördinator een nieuwe mentor."),
        "Aanmeldinstructies": ("Stuur een aanmelding naar de coördinator met een korte beschrijving van de hulpvraag."),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Intensiteit": 2,
        "Toelichting intensiteit": "Eén afspraak van ongeveer twee uur per week.",
        "Totale kosten": 650,
        "Toelichting kosten": ("Per koppeling, voor werving, training en begeleiding van de mentor."),
        "Contactpersonen": FEMKE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Wisselende plekken; ander adres; In overleg; Mentor en deelnemer spreken af op een "
            "plek die voor allebei handig is"
        ),
        "Registratiecodes": "RI-0119",
        "Beschikbare gebieden": "Oosterdijk; Lindenhoven",
    },
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Werken in Nederland",
        "Samenvatting": (
            "Een training over hoe werken in Nederland gaat: omgangsvormen, afspraken, regels en "
            "verwachtingen. Een tolk helpt, zodat je alles in je eigen taal kunt volgen."
        ),
        "Doel": (
            "De deelnemer kent de belangrijkste gewoonten en regels op de Nederlandse werkvloer en "
            "weet wat een werkgever verwacht."
        ),
        "Werkwijze": (
            "Tien bijeenkomsten met een trainer en een tolk. Onderwerpen zijn onder andere op tijd "
            "komen, je ziek melden, samenwerken, feedback geven en een loonstrook lezen. "
            "Deelnemers oefenen situaties in rollenspellen en bezoeken samen een bedrijf."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Tolken/Vertalen"],
        "tegels": ["Maatschappelijk fit", "Werk fit"],
        "klantkenmerken": [
            "Sociale- en culturele vaardigheden",
            "Basisvaardigheden",
            "Basis werknemersvaardigheden",
        ],
        "Onderscheidende aanpak": "Groepen per taal, met een tolk die zelf ook in Nederland werkt.",
        "Voorwaarden deelname": ("Statushouder met een verblijfsvergunning; de training loopt naast de inburgering."),
        "Werkafspraken": "Het Taalhuis stemt de roosters af met de inburgeringsaanbieder.",
        "Samenwerkingspartners": "Tolkenpool Lindenhoven; inburgeringsaanbieders in de regio",
        "Aanmeldinstructies": ("Aanmelden via het Taalhuis met de taal en de dagdelen waarop de klant kan."),
        "Totale duur": 10,
        "Eenheid duur": "weken",
        "Intensiteit": 3,
        "Totale kosten": 520,
        "Toelichting kosten": "Per deelnemer, inclusief de inzet van de tolk.",
        "Contactpersonen": _regels(ESRA, PRIYA),
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": TAALHUIS,
        "Doelgroepen": "Statushouders",
        "Registratiecodes": "RI-0120",
        "Beschikbare gebieden": REGIO,
    },
    # ---- Werk fit ---------------------------------------------------------------------------
    {
        "Aanbieder": "Kringloopcentrum Lindenhoven",
        "Naam instrument": "Werkfit bij de kringloop",
        "Samenvatting": (
            "Je werkt mee in de kringloopwinkel, de sorteerhal of de werkplaats en bouwt een "
            "werkritme op. Een werkbegeleider helpt je de vaardigheden te leren die elke werkgever "
            "vraagt."
        ),
        "Doel": (
            "De deelnemer werkt minimaal twintig uur per week in een vast ritme en is klaar voor "
            "een volgende stap richting betaald werk."
        ),
        "Werkwijze": (
            "De deelnemer begint met weinig uren en bouwt op. Er zijn taken in verkoop, sorteren, "
            "logistiek en reparatie. Elke maand is er een voortgangsgesprek aan de hand van een "
            "observatielijst."
        ),
        "uitvoeringsvormen": ["Leerwerktraject", "Coaching"],
        "tegels": ["Werk fit"],
        "klantkenmerken": [
            "Basis werknemersvaardigheden",
            "Werkervaring",
            "Sociale- en culturele vaardigheden",
        ],
        "Onderscheidende aanpak": "Echt werk met echte klanten in een winkel die open is voor publiek.",
        "Voorwaarden deelname": "Kan minimaal twaalf uur per week werken.",
        "Werkafspraken": ("Maandelijkse rapportage via de observatielijst; driegesprek na drie en na zes maanden."),
        "Samenwerkingspartners": "Fietsatelier Lindenhoven",
        "Aanmeldinstructies": ("Meld aan via het aanmeldformulier en plan een kennismaking met de werkbegeleider."),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Verlenging met drie maanden is mogelijk.",
        "Intensiteit": 20,
        "Toelichting intensiteit": ("Start met twaalf uur, daarna opbouw naar twintig tot vierentwintig uur."),
        "Totale kosten": 3900,
        "Toelichting kosten": "Vast tarief per traject van zes maanden, exclusief btw.",
        "Contactpersonen": SANNE,
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": KRINGLOOP,
        "Registratiecodes": "RI-0121",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Stichting De Opstap",
        "Naam instrument": "De Werkschuur",
        "Samenvatting": (
            "Arbeidsmatige dagbesteding met eenvoudig werk in een rustige werkplaats. Je hebt een "
            "vaste plek, vaste taken en mensen om je heen."
        ),
        "Doel": (
            "De deelnemer heeft structuur in de dag, voelt zich nuttig en bouwt stap voor stap werkvaardigheden op."
        ),
        "Werkwijze": (
            "In De Werkschuur doen deelnemers inpakwerk, houtbewerking en kleine productieklussen "
            "voor bedrijven uit de buurt. Begeleiders houden rekening met wat iemand aankan. Elk "
            "half jaar wordt bekeken of een werkfit-traject de volgende stap kan zijn."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk"],
        "tegels": ["Maatschappelijk fit", "Werk fit"],
        "klantkenmerken": [
            "Psychosociale aandachtspunten",
            "Basis werknemersvaardigheden",
            "Sociale steun en netwerk",
        ],
        "Onderscheidende aanpak": ("Geen tijdsdruk: tempo en uren passen volledig bij de deelnemer."),
        "Voorwaarden deelname": (
            "Afspraak met de klantmanager; de deelnemer kan minimaal twee dagdelen per week komen."
        ),
        "Werkafspraken": "Elk half jaar een evaluatie met klant, begeleider en klantmanager.",
        "Samenwerkingspartners": "Wijkteams Lindenhoven",
        "Toelichting doelgroep": (
            "Voor mensen voor wie betaald werk (nog) niet haalbaar is, bijvoorbeeld door psychische klachten."
        ),
        "Aanmeldinstructies": ("Overleg eerst met de trajectcoördinator van De Opstap; daarna volgt een proefweek."),
        "Totale duur": 24,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Maximaal twee jaar, met een evaluatie elk half jaar.",
        "Intensiteit": 8,
        "Toelichting intensiteit": "Twee tot vier dagdelen per week.",
        "Totale kosten": 6500,
        "Toelichting kosten": (
            "Voor het hele traject van twee jaar bij gemiddeld drie dagdelen per week; vrijgesteld van btw."
        ),
        "Contactpersonen": _regels(HANNEKE, JEROEN),
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": (
            "De Werkschuur; bij de aanbieder; Boerderijweg 4, 6612 XY Oosterdijk; "
            "Verbouwde schuur aan de rand van het dorp"
        ),
        "Registratiecodes": "RI-0122",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Vrijwilligerscentrale Lindenhoven",
        "Naam instrument": "Vrijwilligerswerk op maat",
        "Samenvatting": (
            "Een consulent helpt je een vrijwilligersplek te vinden die past bij wat je leuk vindt "
            "en kunt. Zo doe je mee, leer je nieuwe dingen en ontmoet je mensen."
        ),
        "Doel": (
            "De klant heeft binnen twee maanden een passende vrijwilligersplek en houdt die minimaal een half jaar vol."
        ),
        "Werkwijze": (
            "Na een intakegesprek zoekt de consulent samen met de klant in de vacaturebank. De "
            "consulent gaat mee naar het eerste gesprek en belt na vier en na twaalf weken om te "
            "horen hoe het gaat."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk", "Bemiddeling"],
        "tegels": ["Maatschappelijk fit", "Werk fit"],
        "klantkenmerken": [
            "Werkervaring",
            "Sociale steun en netwerk",
            "Sociale- en culturele vaardigheden",
        ],
        "Onderscheidende aanpak": "Meer dan 250 vrijwilligersvacatures in de regio.",
        "Werkafspraken": ("De vrijwilligerscentrale meldt de plaatsing en eventuele uitval aan de klantmanager."),
        "Samenwerkingspartners": "Maatschappelijke organisaties en verenigingen in de regio",
        "Aanvullende informatie": (
            "Vrijwilligerswerk naast een uitkering moet vooraf bij de klantmanager worden gemeld."
        ),
        "Aanmeldinstructies": ("Verwijs de klant naar het inloopspreekuur of meld aan via het online formulier."),
        "Totale duur": 3,
        "Eenheid duur": "maanden",
        "Toelichting duur": ("Begeleiding bij zoeken en starten; het vrijwilligerswerk zelf kan langer duren."),
        "Intensiteit": 4,
        "Toelichting intensiteit": "Het vrijwilligerswerk is meestal vier tot acht uur per week.",
        "Totale kosten": 0,
        "Toelichting kosten": "Valt onder de subsidie aan de vrijwilligerscentrale.",
        "Contactpersonen": LOTTE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Vrijwilligerscentrale; bij de aanbieder; Raadhuisstraat 6, 6601 AC Lindenhoven; "
            "Inloopspreekuur op maandag en donderdag"
        ),
        "Registratiecodes": "RI-0123",
        "Aanvullende inhoud": (
            "Vacaturebank vrijwilligerswerk | https://www.vrijwilligers-lindenhoven.example/vacatures"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Leerwerkbedrijf Lindenhoven",
        "Naam instrument": "Leerwerktraject Groen en Buitenwerk",
        "Samenvatting": (
            "Je werkt buiten in een groenploeg en onderhoudt parken en plantsoenen. Je went aan een "
            "vast werkritme en aan werken in een team."
        ),
        "Doel": (
            "De deelnemer heeft een stabiel werkritme, kan lichamelijk werk aan en heeft "
            "werkervaring in het groenonderhoud."
        ),
        "Werkwijze": (
            "De deelnemer werkt in een ploeg onder leiding van een voorman: maaien, snoeien, "
            "schoffelen en zwerfafval ruimen. Er is aandacht voor veilig werken en de belasting "
            "van het lichaam. Na drie maanden kan een opleiding tot groenmedewerker starten."
        ),
        "uitvoeringsvormen": ["Leerwerktraject"],
        "tegels": ["Werk fit", "Opleiden"],
        "klantkenmerken": [
            "Basis werknemersvaardigheden",
            "Werkervaring",
            "Lichamelijke aandachtspunten",
        ],
        "Onderscheidende aanpak": ("Doorstroom naar een baan bij hoveniers waarmee het leerwerkbedrijf samenwerkt."),
        "Voorwaarden deelname": ("Lichamelijk in staat om buiten te werken; minimaal 16 uur per week beschikbaar."),
        "Werkafspraken": (
            "Het leerwerkbedrijf zorgt voor werkkleding en schoenen; elke twee maanden een voortgangsrapportage."
        ),
        "Samenwerkingspartners": "Hoveniersbedrijven in de regio; Vakschool Lindenhoven",
        "Aanmeldinstructies": (
            "Meld aan via het aanmeldformulier van het leerwerkbedrijf; de klant kan eerst een dag meelopen."
        ),
        "Totale duur": 9,
        "Eenheid duur": "maanden",
        "Intensiteit": 24,
        "Toelichting intensiteit": "Vier tot vijf dagen per week, start om 7.30 uur.",
        "Totale kosten": 4800,
        "Toelichting kosten": "Vast tarief per traject, exclusief btw.",
        "Contactpersonen": GERT,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": _regels(
            LEERWERKBEDRIJF,
            "Openbaar groen; ander adres; Verschillende plekken in Lindenhoven; Parken en "
            "plantsoenen, vertrek vanaf het leerwerkbedrijf",
        ),
        "Registratiecodes": "RI-0124",
        "Beschikbare gebieden": "Lindenhoven",
    },
    {
        "Aanbieder": "JobcoachPlus",
        "Naam instrument": "Stress de baas op het werk",
        "Samenvatting": (
            "Een training waarin je leert signalen van stress te herkennen en er beter mee om te "
            "gaan. Je maakt een eigen plan om gezond aan het werk te blijven."
        ),
        "Doel": (
            "De deelnemer herkent stresssignalen, weet wat hij of zij eraan kan doen en heeft een "
            "plan om uitval te voorkomen."
        ),
        "Werkwijze": (
            "Zes groepsbijeenkomsten met korte uitleg, oefeningen en ervaringen uitwisselen. Tussen "
            "de bijeenkomsten oefent de deelnemer thuis of op het werk. Halverwege en aan het eind "
            "is er een persoonlijk gesprek."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Coaching"],
        "tegels": ["Werk fit", "Nazorg"],
        "klantkenmerken": ["Psychosociale aandachtspunten", "Zelfregie/zelfsturing"],
        "Onderscheidende aanpak": (
            "Ook voor mensen die al werken of net begonnen zijn: de bijeenkomsten zijn 's avonds."
        ),
        "Voorwaarden deelname": (
            "Geen acute psychische crisis; bij twijfel eerst overleg met huisarts of behandelaar."
        ),
        "Aanmeldinstructies": (
            "Mail het aanmeldformulier naar JobcoachPlus; er volgt een kort telefonisch intakegesprek."
        ),
        "Totale duur": 6,
        "Eenheid duur": "weken",
        "Intensiteit": 2,
        "Toelichting intensiteit": "Eén avond per week van twee uur.",
        "Totale kosten": 690,
        "Toelichting kosten": "Per deelnemer inclusief werkmap, exclusief btw.",
        "Contactpersonen": RUBEN,
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": JOBCOACHPLUS,
        "Registratiecodes": "RI-0125",
        "Aanvullende inhoud": ("Informatieblad over de training | https://www.jobcoachplus.example/stress-de-baas.pdf"),
        "Beschikbare gebieden": REGIO,
    },
    # ---- Bemiddeling ------------------------------------------------------------------------
    {
        "Aanbieder": "JobcoachPlus",
        "Naam instrument": "Sollicitatietraining Jij aan zet",
        "Samenvatting": (
            "Een praktische training waarin je een sterk cv maakt, vacatures leert vinden en "
            "sollicitatiegesprekken oefent. Aan het eind heb je een eigen sollicitatieplan."
        ),
        "Doel": ("De deelnemer heeft een actueel cv, solliciteert gericht en voelt zich voorbereid op een gesprek."),
        "Werkwijze": (
            "Acht bijeenkomsten in een groep van hoogstens acht deelnemers. Er wordt geoefend met "
            "cv en motivatiebrief, online zoeken en gesprekken op video. Een recruiter uit het "
            "bedrijfsleven doet mee aan een oefengesprek."
        ),
        "uitvoeringsvormen": ["(Bij)scholing"],
        "tegels": ["Bemiddeling"],
        "klantkenmerken": ["Sollicitatievaardigheden", "Willen en geloof in eigen kunnen"],
        "Onderscheidende aanpak": "Oefengesprekken met echte recruiters, met feedback op video.",
        "Voorwaarden deelname": "Beschikbaar voor werk; Nederlands op minimaal A2-niveau.",
        "Werkafspraken": "Aanwezigheid en eindresultaat worden gemeld aan de klantmanager.",
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": (
            "Aanmelden via het aanmeldformulier van JobcoachPlus; elke maand start een nieuwe groep."
        ),
        "Totale duur": 4,
        "Eenheid duur": "weken",
        "Intensiteit": 6,
        "Toelichting intensiteit": "Twee ochtenden van drie uur per week.",
        "Totale kosten": 850,
        "Toelichting kosten": "Per deelnemer, exclusief btw.",
        "Contactpersonen": RUBEN,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": JOBCOACHPLUS,
        "Registratiecodes": "RI-0126",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Cv-spreekuur in de bibliotheek",
        "Samenvatting": (
            "Een gratis spreekuur waar vrijwilligers je helpen met je cv, een sollicitatiebrief of "
            "een online sollicitatie."
        ),
        "Doel": "De bezoeker gaat naar huis met een verzorgd cv of een verstuurde sollicitatie.",
        "Werkwijze": (
            "Bezoekers lopen binnen en werken samen met een vrijwilliger aan hun vraag. Er zijn "
            "computers en een printer. Bij een grotere vraag maakt de vrijwilliger een "
            "vervolgafspraak."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk", "Coaching"],
        "tegels": ["Bemiddeling"],
        "klantkenmerken": ["Sollicitatievaardigheden", "Basisvaardigheden"],
        "Onderscheidende aanpak": ("Ook hulp bij solliciteren voor mensen die moeite hebben met lezen en schrijven."),
        "Samenwerkingspartners": "Bibliotheek Lindenhoven; Digitaal Café De Hoven",
        "Aanvullende informatie": "Neem je diploma's en je oude cv mee, als je die hebt.",
        "Aanmeldinstructies": "Niet nodig; de klant kan op donderdagmiddag binnenlopen.",
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Toelichting duur": "Per bezoek; de klant kan vaker komen.",
        "Intensiteit": 2,
        "Totale kosten": 0,
        "Contactpersonen": ESRA,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": TAALHUIS,
        "Registratiecodes": "RI-0127",
        "Beschikbare gebieden": "Lindenhoven; Westerbeek",
    },
    # ---- Opleiden ---------------------------------------------------------------------------
    {
        "Aanbieder": "Vakschool Lindenhoven",
        "Naam instrument": "Vakopleiding Logistiek medewerker",
        "Samenvatting": (
            "Een opleiding tot logistiek medewerker: je leert orderpicken, scannen en heftruck "
            "rijden. Je sluit af met een heftruckcertificaat en een praktijkverklaring."
        ),
        "Doel": (
            "De deelnemer haalt het heftruckcertificaat en een praktijkverklaring logistiek "
            "medewerker en kan aan de slag in de logistiek."
        ),
        "Werkwijze": (
            "Drie dagen per week praktijk in een oefenmagazijn en één dag theorie. De laatste vier "
            "weken loopt de deelnemer stage bij een logistiek bedrijf. Het examen is op locatie."
        ),
        "uitvoeringsvormen": ["Opleiding", "Leerwerktraject"],
        "tegels": ["Opleiden"],
        "klantkenmerken": ["Diplomen, certificeren en praktijkverklaring", "Werkervaring"],
        "Onderscheidende aanpak": (
            "Elke geslaagde deelnemer krijgt een sollicitatiegesprek bij een van de deelnemende bedrijven."
        ),
        "Voorwaarden deelname": ("Minimaal 18 jaar; Nederlands op A2-niveau; kan in ploegendienst werken."),
        "Werkafspraken": ("Tussenevaluatie na zes weken; de Vakschool meldt het examenresultaat binnen een week."),
        "Samenwerkingspartners": "Logistieke bedrijven op bedrijventerrein De Kamp",
        "Aanmeldinstructies": (
            "Aanmelden via het Werkgeversservicepunt; de klant heeft een instapgesprek en doet een korte rekentoets."
        ),
        "Totale duur": 12,
        "Eenheid duur": "weken",
        "Intensiteit": 32,
        "Toelichting intensiteit": "Vier dagen van acht uur per week.",
        "Totale kosten": 3250,
        "Toelichting kosten": "Inclusief examengeld en werkkleding, vrijgesteld van btw.",
        "Contactpersonen": _regels(MIRJAM, BART),
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": (
            "Vakschool Lindenhoven; bij de aanbieder; Schoolweg 30, 6603 PQ Lindenhoven; Oefenmagazijn in hal B"
        ),
        "Registratiecodes": "RI-0128",
        "Aanvullende inhoud": ("Opleidingsfolder logistiek | https://www.vakschool-lindenhoven.example/logistiek.pdf"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Zorgacademie Lindenhoven",
        "Naam instrument": "Leerwerkbaan Helpende Zorg en Welzijn",
        "Samenvatting": (
            "Een jaar leren en werken in de zorg. Je krijgt een contract bij een zorgorganisatie "
            "en haalt een mbo-diploma op niveau 2."
        ),
        "Doel": ("De deelnemer haalt het diploma Helpende Zorg en Welzijn en blijft daarna in de zorg werken."),
        "Werkwijze": (
            "De deelnemer werkt drie dagen per week in een zorginstelling en gaat één dag naar "
            "school. Een praktijkbegeleider op de werkvloer en een loopbaancoach van de academie "
            "begeleiden het traject."
        ),
        "uitvoeringsvormen": ["Opleiding", "Leerwerktraject"],
        "tegels": ["Opleiden", "Plaatsing"],
        "klantkenmerken": [
            "Diplomen, certificeren en praktijkverklaring",
            "Werkervaring",
            "Basis werknemersvaardigheden",
        ],
        "Onderscheidende aanpak": "Vanaf de eerste dag een betaald contract bij een zorgorganisatie.",
        "Voorwaarden deelname": (
            "Nederlands op B1-niveau; verklaring omtrent het gedrag; minimaal 28 uur per week beschikbaar."
        ),
        "Werkafspraken": (
            "De gemeente betaalt de opleiding, de zorgorganisatie het loon. Elk kwartaal een driegesprek."
        ),
        "Samenwerkingspartners": ("Zorgorganisaties in Lindenhoven en Oosterdijk; Vakschool Lindenhoven"),
        "Toelichting doelgroep": "Ook geschikt voor mensen zonder ervaring in de zorg.",
        "Aanmeldinstructies": (
            "Meld de klant aan voor een informatiebijeenkomst van de Zorgacademie; daarna volgen selectiegesprekken."
        ),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Intensiteit": 32,
        "Totale kosten": 6200,
        "Toelichting kosten": ("Opleidingskosten en begeleiding voor een jaar; vrijgesteld van btw."),
        "Contactpersonen": YVONNE,
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": _regels(
            "Zorgacademie Lindenhoven; bij de aanbieder; Zusterlaan 9, 6602 MN Lindenhoven; "
            "Lesruimte naast woonzorgcentrum Hof van Lindenhoven",
            WERKPLEK,
        ),
        "Registratiecodes": "RI-0129",
        "Aanvullende inhoud": ("Data informatiebijeenkomsten | https://www.zorgacademie-lindenhoven.example/info"),
        "Beschikbare gebieden": "Lindenhoven; Oosterdijk",
    },
    {
        "Aanbieder": "Leerwerkbedrijf Lindenhoven",
        "Naam instrument": "Praktijkverklaring Schoonmaak",
        "Samenvatting": (
            "Je leert professioneel schoonmaken in de schoonmaakploeg van het leerwerkbedrijf. Je "
            "sluit af met een praktijkverklaring die werkgevers kennen."
        ),
        "Doel": ("De deelnemer haalt een praktijkverklaring schoonmaak en kan zelfstandig werken in de schoonmaak."),
        "Werkwijze": (
            "De deelnemer maakt kantoren en scholen schoon onder begeleiding van een leermeester. "
            "De werkprocessen worden in de praktijk beoordeeld met een vast beoordelingsformulier."
        ),
        "uitvoeringsvormen": ["Leerwerktraject", "Opleiding"],
        "tegels": ["Opleiden", "Werk fit"],
        "klantkenmerken": ["Diplomen, certificeren en praktijkverklaring", "Werkervaring"],
        "Onderscheidende aanpak": "Leren in de praktijk, zonder theorie-examen.",
        "Voorwaarden deelname": "Kan vroeg in de ochtend of in de avond werken.",
        "Werkafspraken": ("Beoordeling door een erkende praktijkbeoordelaar; het resultaat gaat naar de klantmanager."),
        "Samenwerkingspartners": "Schoonmaakbedrijven in de regio",
        "Aanmeldinstructies": "Via het aanmeldformulier van het leerwerkbedrijf.",
        "Totale duur": 4,
        "Eenheid duur": "maanden",
        "Intensiteit": 16,
        "Toelichting intensiteit": "Vier diensten van vier uur per week.",
        "Totale kosten": 2100,
        "Toelichting kosten": "Inclusief beoordeling en praktijkverklaring, exclusief btw.",
        "Contactpersonen": GERT,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": _regels(
            LEERWERKBEDRIJF,
            "Panden van opdrachtgevers; bij de werkgever; Verschilt per ploeg; Kantoren en scholen "
            "in Lindenhoven en Westerbeek",
        ),
        "Registratiecodes": "RI-0130",
        "Beschikbare gebieden": "Lindenhoven; Westerbeek",
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Scholingsvoucher Kansberoepen",
        "Samenvatting": (
            "Een voucher waarmee je een korte opleiding volgt voor een beroep met veel vacatures, "
            "zoals chauffeur, beveiliger of installateur."
        ),
        "Doel": ("De klant haalt een diploma of certificaat dat direct toegang geeft tot werk in een kansberoep."),
        "Werkwijze": (
            "Klant en klantmanager kiezen samen een opleiding uit de lijst met kansberoepen. De "
            "klantmanager kent de voucher toe; de opleider stuurt de rekening naar de gemeente. "
            "Halverwege en aan het eind is er contact over de voortgang."
        ),
        "uitvoeringsvormen": ["Subsidie/Voucher"],
        "tegels": ["Opleiden"],
        "klantkenmerken": [
            "Diplomen, certificeren en praktijkverklaring",
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
        ],
        "Onderscheidende aanpak": "De klant kiest zelf een erkende opleider.",
        "Voorwaarden deelname": ("Het beroep staat op de lijst kansberoepen en er is zicht op werk na de opleiding."),
        "Werkafspraken": ("Maximaal 2500 euro per klant; boven 1500 euro beslist de teamleider."),
        "Samenwerkingspartners": "Erkende opleiders in de regio",
        "Aanvullende informatie": "De lijst met kansberoepen wordt elk half jaar bijgewerkt.",
        "Aanmeldinstructies": ("Vul het aanvraagformulier scholingsvoucher in en voeg de offerte van de opleider toe."),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Hangt af van de opleiding: van één week tot zes maanden.",
        "Toelichting intensiteit": "Verschilt per opleiding.",
        "Totale kosten": 2500,
        "Toelichting kosten": "Maximaal bedrag per voucher.",
        "Contactpersonen": NOOR,
        "Groep/individueel": "individueel",
        "Registratiecodes": "RI-0131",
        "Aanvullende inhoud": ("Lijst kansberoepen | https://www.lindenhoven.example/werk/kansberoepen"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Praktijkcentrum Techniek Lindenhoven",
        "Naam instrument": "Cursus Veilig Werken",
        "Samenvatting": (
            "Een korte cursus over veilig werken in bouw, techniek en industrie. Je sluit af met "
            "een examen voor het certificaat basisveiligheid."
        ),
        "Doel": (
            "De deelnemer haalt het certificaat basisveiligheid dat veel werkgevers in techniek en "
            "bouw verplicht stellen."
        ),
        "Werkwijze": (
            "Twee lesdagen met uitleg, filmpjes en oefenvragen, daarna een digitaal examen. Voor "
            "mensen die moeite hebben met lezen is er een voorleesversie."
        ),
        "uitvoeringsvormen": ["(Bij)scholing"],
        "tegels": ["Opleiden"],
        "klantkenmerken": ["Diplomen, certificeren en praktijkverklaring"],
        "Onderscheidende aanpak": "Een extra oefenochtend voor wie het examen spannend vindt.",
        "Voorwaarden deelname": ("Nederlands op A2-niveau, of het examen in een van de andere beschikbare talen."),
        "Aanvullende informatie": "Het examen is er ook in het Engels, Pools en Turks.",
        "Aanmeldinstructies": ("Meld aan via het Praktijkcentrum; elke twee weken start een nieuwe cursus."),
        "Totale duur": 3,
        "Eenheid duur": "dagen",
        "Toelichting duur": "Twee lesdagen en een examendag.",
        "Intensiteit": 16,
        "Totale kosten": 295,
        "Toelichting kosten": "Inclusief examen en lesboek, exclusief btw.",
        "Contactpersonen": ARJEN,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": TECHNIEK,
        "Registratiecodes": "RI-0132",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Digitaal Café De Hoven",
        "Naam instrument": "Slim Digitaal Werken",
        "Samenvatting": (
            "Een vervolgcursus voor wie de basis van de computer kent. Je leert werken met apps, "
            "online samenwerken en veilig omgaan met gegevens, zoals steeds meer werkgevers vragen."
        ),
        "Doel": (
            "De deelnemer werkt met een digitaal rooster, vergadert online, gebruikt gedeelde "
            "documenten en herkent nepberichten."
        ),
        "Werkwijze": (
            "Zes lessen met opdrachten uit de praktijk van werkgevers, zoals een rooster-app, "
            "urenregistratie en een online werkinstructie. Deelnemers werken in tweetallen aan een "
            "eindopdracht."
        ),
        "uitvoeringsvormen": ["(Bij)scholing"],
        "tegels": ["Opleiden", "Werk fit"],
        "klantkenmerken": ["Toekomstige werknemersvaardigheden", "Basisvaardigheden"],
        "Onderscheidende aanpak": "De opdrachten zijn samen met werkgevers uit de regio gemaakt.",
        "Voorwaarden deelname": ("Heeft Digitaal Vaardig gevolgd of kan al goed met een computer overweg."),
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": "Via het aanmeldformulier van het Digitaal Café.",
        "Totale duur": 6,
        "Eenheid duur": "weken",
        "Intensiteit": 3,
        "Totale kosten": 240,
        "Toelichting kosten": "Per deelnemer, inclusief btw.",
        "Contactpersonen": DENNIS,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": DIGICAFE,
        "Registratiecodes": "RI-0133",
        "Aanvullende inhoud": (
            "Lesoverzicht Slim Digitaal Werken | https://www.digitaalcafe-dehoven.example/slim-digitaal"
        ),
        "Beschikbare gebieden": "Lindenhoven; Oosterdijk; Wijk De Hoven",
    },
    {
        "Aanbieder": "Stichting De Opstap",
        "Naam instrument": "Flexibel aan het werk",
        "Samenvatting": (
            "Een training waarin je oefent met veranderingen op het werk: nieuwe taken leren, "
            "problemen oplossen en samenwerken in steeds andere teams."
        ),
        "Doel": (
            "De deelnemer past zich makkelijker aan nieuwe situaties aan en neemt zelf het initiatief om te leren."
        ),
        "Werkwijze": (
            "Acht bijeenkomsten met opdrachten die steeds veranderen, terugkijken op het eigen "
            "gedrag en een leerdoel dat de deelnemer in de praktijk toepast. In twee persoonlijke "
            "gesprekken bespreekt een coach de voortgang."
        ),
        "uitvoeringsvormen": ["(Bij)scholing", "Coaching"],
        "tegels": ["Werk fit", "Opleiden"],
        "klantkenmerken": ["Toekomstige werknemersvaardigheden", "Zelfregie/zelfsturing"],
        "Voorwaarden deelname": ("Heeft werk of een werkervaringsplek, of begint daar binnenkort mee."),
        "Aanmeldinstructies": "Via het aanmeldformulier van De Opstap.",
        "Totale duur": 8,
        "Eenheid duur": "weken",
        "Intensiteit": 3,
        "Totale kosten": 720,
        "Toelichting kosten": "Per deelnemer, vrijgesteld van btw.",
        "Contactpersonen": HANNEKE,
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": OPSTAPHUIS,
        "Registratiecodes": "RI-0134",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Praktijkcentrum Techniek Lindenhoven",
        "Naam instrument": "Leerlijn Monteur Duurzame Energie",
        "Samenvatting": (
            "Eerst ontdek je een maand lang hoe het werk in de installatietechniek is. Past het, "
            "dan volg je een opleiding tot monteur van zonnepanelen en warmtepompen."
        ),
        "Doel": (
            "De deelnemer heeft een erkend certificaat als monteur duurzame installaties en "
            "werkervaring bij een installatiebedrijf."
        ),
        "Werkwijze": (
            "Fase 1: een maand meedraaien in de praktijkhal en bij een installateur. Fase 2: vijf "
            "maanden opleiding met praktijk en theorie. Fase 3: drie maanden stage met kans op een "
            "contract."
        ),
        "uitvoeringsvormen": ["Leerwerktraject", "Opleiding"],
        "tegels": ["Oriëntatie", "Opleiden"],
        "klantkenmerken": [
            "Toekomstige werknemersvaardigheden",
            "Diplomen, certificeren en praktijkverklaring",
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
        ],
        "Onderscheidende aanpak": ("Een opleiding in een sector die hard groeit en veel monteurs zoekt."),
        "Voorwaarden deelname": ("Interesse in techniek; geen hoogtevrees; Nederlands op A2-niveau."),
        "Werkafspraken": ("Na fase 1 beslissen klant, praktijkcentrum en klantmanager samen of het traject doorgaat."),
        "Samenwerkingspartners": "Installatiebedrijven in de regio",
        "Aanmeldinstructies": "Meld de klant aan voor een informatiebijeenkomst bij het Praktijkcentrum.",
        "Totale duur": 9,
        "Eenheid duur": "maanden",
        "Intensiteit": 32,
        "Totale kosten": 6500,
        "Toelichting kosten": "Voor de drie fasen samen, inclusief examens; exclusief btw.",
        "Contactpersonen": _regels(ARJEN, BART),
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": _regels(TECHNIEK, WERKPLEK),
        "Registratiecodes": "RI-0135",
        "Aanvullende inhoud": (
            "Filmpje over de leerlijn | https://www.praktijkcentrum-techniek.example/duurzaam/video"
        ),
        "Beschikbare gebieden": REGIO,
    },
    # ---- Bemiddeling en plaatsing -----------------------------------------------------------
    {
        "Aanbieder": "Werkgeversservicepunt Lindenhoven",
        "Naam instrument": "Jobhunting",
        "Samenvatting": (
            "Een jobhunter zoekt samen met jou actief naar werk, ook naar banen die niet openbaar "
            "worden aangeboden. Hij of zij stelt je voor aan werkgevers."
        ),
        "Doel": ("De klant vindt binnen zes maanden een betaalde baan van minimaal twaalf uur per week."),
        "Werkwijze": (
            "De jobhunter maakt met de klant een profiel en benadert gericht werkgevers. De klant "
            "krijgt tips voor gesprekken en de jobhunter gaat zo nodig mee. Elke week is er "
            "contact over de voortgang."
        ),
        "uitvoeringsvormen": ["Bemiddeling", "Coaching"],
        "tegels": ["Bemiddeling"],
        "klantkenmerken": ["Sollicitatievaardigheden", "Sociale steun en netwerk"],
        "Onderscheidende aanpak": ("Jobhunters kennen veel werkgevers en vinden ook vacatures die niet online staan."),
        "Voorwaarden deelname": "Direct beschikbaar voor werk en een duidelijke beroepsrichting.",
        "Werkafspraken": ("Maandelijkse voortgangsrapportage; bij plaatsing direct een melding aan de klantmanager."),
        "Samenwerkingspartners": "Uitzendbureaus en werkgevers in de regio",
        "Aanmeldinstructies": "Aanmelden via het bemiddelingsformulier met het actuele cv van de klant.",
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Intensiteit": 4,
        "Toelichting intensiteit": ("Gemiddeld één afspraak per week plus eigen zoekwerk van de klant."),
        "Totale kosten": 0,
        "Toelichting kosten": "Uitgevoerd door eigen medewerkers.",
        "Contactpersonen": LINDA,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEIN,
        "Registratiecodes": "RI-0136",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkgeversservicepunt Lindenhoven",
        "Naam instrument": "Matchingsdag Werk in de Regio",
        "Samenvatting": (
            "Op een matchingsdag voer je korte gesprekken met werkgevers die mensen zoeken. Je "
            "bereidt je vooraf voor in een workshop."
        ),
        "Doel": ("Deelnemers spreken meerdere werkgevers; minimaal een derde krijgt een vervolggesprek."),
        "Werkwijze": (
            "Een week voor de matchingsdag volgen deelnemers een workshop over jezelf presenteren. "
            "Op de dag zelf hebben ze gesprekjes van tien minuten met werkgevers. Het "
            "Werkgeversservicepunt regelt de vervolgafspraken."
        ),
        "uitvoeringsvormen": ["Bemiddeling"],
        "tegels": ["Bemiddeling"],
        "klantkenmerken": ["Sollicitatievaardigheden", "Sociale steun en netwerk"],
        "Voorwaarden deelname": "Beschikbaar voor werk en een actueel cv.",
        "Werkafspraken": "De deelnemerslijst is uiterlijk twee weken vooraf compleet.",
        "Samenwerkingspartners": "Ondernemersvereniging Lindenhoven",
        "Aanvullende informatie": "Vier keer per jaar, steeds met een ander thema.",
        "Aanmeldinstructies": "Meld aan via de agenda op het intranet en voeg het cv van de klant toe.",
        "Totale duur": 2,
        "Eenheid duur": "dagen",
        "Toelichting duur": "Een workshop van een halve dag en de matchingsdag zelf.",
        "Intensiteit": 8,
        "Totale kosten": 0,
        "Contactpersonen": LINDA,
        "Groep/individueel": "groep",
        "Locatie(s) uitvoering": (
            "Evenementenhal De Kamp; ander adres; Sportlaan 20, 6606 TU Lindenhoven; "
            "Grote hal met een tafel per werkgever"
        ),
        "Registratiecodes": "RI-0137",
        "Aanvullende inhoud": ("Data van de matchingsdagen | https://www.lindenhoven.example/werk/matchingsdag"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Proefplaatsing",
        "Samenvatting": (
            "Je werkt een korte periode op proef bij een werkgever en houdt je uitkering. Gaat het "
            "goed, dan krijg je daarna een contract."
        ),
        "Doel": (
            "Werkgever en klant weten na de proefplaatsing of het werk past; bij een goede match "
            "volgt een contract van minimaal zes maanden."
        ),
        "Werkwijze": (
            "Klantmanager en werkgever leggen in een overeenkomst vast welke taken, uren en "
            "begeleiding er zijn. Halverwege en aan het eind is er een evaluatie. In het contract "
            "daarna komt geen proeftijd meer."
        ),
        "uitvoeringsvormen": ["Bemiddeling", "Leerwerktraject"],
        "tegels": ["Bemiddeling", "Plaatsing"],
        "klantkenmerken": ["Werkervaring", "Basis werknemersvaardigheden"],
        "Voorwaarden deelname": "De werkgever is van plan een contract aan te bieden.",
        "Werkafspraken": ("Maximaal twee maanden; de werkgever verklaart vooraf dat er een vacature is."),
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": (
            "Gebruik de modelovereenkomst proefplaatsing en laat die tekenen door klant, werkgever en teamleider."
        ),
        "Totale duur": 2,
        "Eenheid duur": "maanden",
        "Intensiteit": 32,
        "Toelichting intensiteit": "Volgens de uren van de functie, hoogstens 32 uur per week.",
        "Totale kosten": 0,
        "Toelichting kosten": "Geen kosten; de uitkering loopt door.",
        "Contactpersonen": BART,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Registratiecodes": "RI-0138",
        "Aanvullende inhoud": (
            "Uitleg proefplaatsing voor werkgevers | https://www.lindenhoven.example/werkgevers/proefplaatsing"
        ),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Loonkostensubsidie",
        "Samenvatting": (
            "Een werkgever krijgt een bijdrage in je loon als je door een beperking minder kunt "
            "doen dan een collega. Zo kun je toch in loondienst werken."
        ),
        "Doel": ("Mensen met een arbeidsbeperking krijgen een duurzaam arbeidscontract met een gewoon loon."),
        "Werkwijze": (
            "Na een loonwaardemeting op de werkplek stelt de gemeente de loonwaarde vast. De "
            "werkgever krijgt het verschil tussen loonwaarde en minimumloon als subsidie. De "
            "loonwaarde wordt regelmatig opnieuw bepaald."
        ),
        "uitvoeringsvormen": ["Subsidie/Voucher"],
        "tegels": ["Plaatsing"],
        "klantkenmerken": [
            "Lichamelijke aandachtspunten",
            "Psychosociale aandachtspunten",
            "Werkervaring",
        ],
        "Voorwaarden deelname": (
            "De klant valt onder de Participatiewet en kan niet zelfstandig het minimumloon verdienen."
        ),
        "Werkafspraken": (
            "Loonwaardemeting binnen vier weken na de aanvraag; herbeoordeling elk jaar of bij een andere functie."
        ),
        "Samenwerkingspartners": "Arbeidsdeskundig Adviesbureau Lindenhoven (loonwaardemeting)",
        "Aanvullende informatie": ("Vaak gecombineerd met jobcoaching of een aanpassing van de werkplek."),
        "Aanmeldinstructies": (
            "Dien de aanvraag in met het formulier loonkostensubsidie en het concept-arbeidscontract."
        ),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Toekenning per jaar, verlenging zolang het nodig is.",
        "Totale kosten": 6000,
        "Toelichting kosten": ("Gemiddelde subsidie per plaatsing per jaar; hangt af van loonwaarde en uren."),
        "Contactpersonen": NOOR,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Doelgroepen": "Mensen met een arbeidsbeperking; Mensen in het doelgroepregister",
        "Registratiecodes": "RI-0139",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Werkplekaanpassing en hulpmiddelen",
        "Samenvatting": (
            "Een vergoeding voor aanpassingen of hulpmiddelen die je nodig hebt om je werk te "
            "doen, zoals een aangepaste stoel, speciale software of een tillift."
        ),
        "Doel": ("De klant doet het werk veilig en zonder onnodige belasting en houdt het werk vol."),
        "Werkwijze": (
            "Een adviseur bekijkt met klant en werkgever wat nodig is, soms na een onderzoek van "
            "de werkplek. De gemeente vergoedt de aanpassing of geeft het hulpmiddel in bruikleen. "
            "Na drie maanden wordt gecontroleerd of het goed werkt."
        ),
        "uitvoeringsvormen": ["Materiele ondersteuning", "Subsidie/Voucher"],
        "tegels": ["Plaatsing", "Nazorg"],
        "klantkenmerken": ["Lichamelijke aandachtspunten", "Praktische aandachtspunten"],
        "Voorwaarden deelname": (
            "De aanpassing is nodig door een beperking en hoort niet bij wat de werkgever zelf moet regelen."
        ),
        "Werkafspraken": "Advies binnen drie weken; hulpmiddelen boven 1000 euro in bruikleen.",
        "Samenwerkingspartners": ("Arbeidsdeskundig Adviesbureau Lindenhoven; leveranciers van hulpmiddelen"),
        "Aanmeldinstructies": (
            "Vraag de aanpassing aan met het formulier werkvoorzieningen en beschrijf kort wat het probleem is."
        ),
        "Totale duur": 3,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Van aanvraag tot evaluatie.",
        "Totale kosten": 1500,
        "Toelichting kosten": ("Gemiddeld per aanvraag; de bedragen lopen uiteen van 100 tot 5000 euro."),
        "Contactpersonen": NOOR,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Doelgroepen": "Mensen met een arbeidsbeperking",
        "Registratiecodes": "RI-0140",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "JobcoachPlus",
        "Naam instrument": "Jobcoaching op de werkplek",
        "Samenvatting": (
            "Een jobcoach begeleidt je op je nieuwe werkplek. Hij of zij helpt je het werk te leren "
            "en ondersteunt ook je leidinggevende en collega's."
        ),
        "Doel": ("De werknemer houdt het werk duurzaam vol en heeft na afloop weinig of geen begeleiding meer nodig."),
        "Werkwijze": (
            "De jobcoach maakt met werknemer en werkgever een begeleidingsplan. In de eerste weken "
            "is de coach vaak op de werkvloer, daarna steeds minder. De coach legt collega's ook "
            "uit wat de beperking betekent voor het werk."
        ),
        "uitvoeringsvormen": ["Coaching"],
        "tegels": ["Plaatsing", "Nazorg"],
        "klantkenmerken": [
            "Basis werknemersvaardigheden",
            "Sociale- en culturele vaardigheden",
            "Psychosociale aandachtspunten",
        ],
        "Onderscheidende aanpak": (
            "Vanaf de start een afbouwschema, zodat de werknemer zo snel mogelijk zelfstandig werkt."
        ),
        "Voorwaarden deelname": "Een arbeidscontract van minimaal zes maanden.",
        "Werkafspraken": ("Begeleidingsplan binnen vier weken na de start; elk half jaar een voortgangsverslag."),
        "Toelichting doelgroep": "Vaak samen met loonkostensubsidie.",
        "Aanmeldinstructies": (
            "Meld aan via het formulier jobcoaching; JobcoachPlus plant binnen een week een "
            "kennismaking op de werkplek."
        ),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Toelichting duur": "Het eerste jaar; verlenging kan na een evaluatie.",
        "Intensiteit": 4,
        "Toelichting intensiteit": ("Start met vier uur per week, aflopend naar een uur per maand."),
        "Totale kosten": 4200,
        "Toelichting kosten": "Per jaar, exclusief btw.",
        "Contactpersonen": RUBEN,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Doelgroepen": "Mensen met een arbeidsbeperking",
        "Registratiecodes": "RI-0141",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Startpakket werkkleding en gereedschap",
        "Samenvatting": (
            "Begin je met werk waarvoor je speciale kleding, schoenen of gereedschap nodig hebt? "
            "Dan kun je een startpakket krijgen."
        ),
        "Doel": "De klant kan op de eerste werkdag beginnen met de juiste spullen.",
        "Werkwijze": (
            "De klantmanager geeft een waardebon voor een vast bedrag. De klant koopt de spullen "
            "bij een van de deelnemende winkels en levert daar de bon in. De winkel stuurt de "
            "rekening naar de gemeente."
        ),
        "uitvoeringsvormen": ["Materiele ondersteuning", "Subsidie/Voucher"],
        "tegels": ["Plaatsing"],
        "klantkenmerken": ["Praktische aandachtspunten"],
        "Voorwaarden deelname": (
            "Er is een getekend contract of een stageovereenkomst en de werkgever zorgt niet zelf voor de spullen."
        ),
        "Werkafspraken": "Maximaal één pakket per klant per jaar.",
        "Samenwerkingspartners": "Winkels voor werkkleding in Lindenhoven",
        "Aanmeldinstructies": "Maak de waardebon aan in het klantvolgsysteem.",
        "Totale duur": 1,
        "Eenheid duur": "dagen",
        "Toelichting duur": "Eenmalige verstrekking.",
        "Totale kosten": 250,
        "Toelichting kosten": "Maximaal bedrag per pakket.",
        "Contactpersonen": NOOR,
        "Groep/individueel": "individueel",
        "Registratiecodes": "RI-0142",
        "Beschikbare gebieden": REGIO,
    },
    # ---- Nazorg -----------------------------------------------------------------------------
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Blijf aan het werk",
        "Samenvatting": (
            "Na de start van je baan houdt je klantmanager een half jaar contact met jou en je "
            "werkgever. Zo los je problemen op voordat ze groot worden."
        ),
        "Doel": (
            "De klant werkt zes maanden na de start nog steeds en heeft zaken als inkomen, "
            "toeslagen en opvang goed geregeld."
        ),
        "Werkwijze": (
            "In de eerste week, na een maand, na drie maanden en na zes maanden belt of bezoekt de "
            "klantmanager de klant. Er is ook contact met de werkgever. Vragen over inkomen, "
            "toeslagen en kinderopvang worden snel opgepakt."
        ),
        "uitvoeringsvormen": ["Coaching"],
        "tegels": ["Nazorg"],
        "klantkenmerken": [
            "Zelfregie/zelfsturing",
            "Sociale steun en netwerk",
            "Praktische aandachtspunten",
        ],
        "Onderscheidende aanpak": ("Een vast aanspreekpunt, via een app ook buiten kantoortijd bereikbaar."),
        "Voorwaarden deelname": "De klant is vanuit een uitkering aan het werk gegaan.",
        "Werkafspraken": (
            "Contactmomenten gaan in het klantvolgsysteem; dreigende uitval wordt direct gemeld "
            "aan het Werkgeversservicepunt."
        ),
        "Samenwerkingspartners": "Werkgeversservicepunt Lindenhoven",
        "Aanmeldinstructies": ("Aanmelden is niet nodig: de klantmanager start de nazorg als de uitkering stopt."),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Intensiteit": 1,
        "Toelichting intensiteit": "Vier contactmomenten in een half jaar.",
        "Totale kosten": 0,
        "Contactpersonen": MARIEKE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(WERKPLEK, THUIS),
        "Registratiecodes": "RI-0143",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "JobcoachPlus",
        "Naam instrument": "Buddy op de werkvloer",
        "Samenvatting": (
            "Een collega op je nieuwe werk wordt getraind als buddy. Bij hem of haar kun je "
            "terecht met vragen over het werk en over hoe het op de werkvloer gaat."
        ),
        "Doel": ("De nieuwe werknemer voelt zich welkom en hoort erbij, zodat de kans op uitval kleiner wordt."),
        "Werkwijze": (
            "JobcoachPlus traint een collega in een workshop van een dagdeel. Buddy en nieuwe "
            "werknemer spreken de eerste maanden elke week kort af. De jobcoach belt beiden na een "
            "en na drie maanden."
        ),
        "uitvoeringsvormen": ["Coaching"],
        "tegels": ["Nazorg"],
        "klantkenmerken": ["Sociale- en culturele vaardigheden", "Sociale steun en netwerk"],
        "Onderscheidende aanpak": (
            "Ook de werkgever leert ervan: de buddy weet daarna hoe je een nieuwe collega goed opvangt."
        ),
        "Voorwaarden deelname": "De werkgever stelt een collega beschikbaar als buddy.",
        "Aanmeldinstructies": ("Meld samen met de werkgever aan via het formulier op de website van JobcoachPlus."),
        "Totale duur": 4,
        "Eenheid duur": "maanden",
        "Intensiteit": 1,
        "Totale kosten": 750,
        "Toelichting kosten": "Training van de buddy en twee contactmomenten, exclusief btw.",
        "Contactpersonen": RUBEN,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Registratiecodes": "RI-0144",
        "Aanvullende inhoud": ("Uitleg voor werkgevers | https://www.jobcoachplus.example/buddy"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Tolkenpool Lindenhoven",
        "Naam instrument": "Tolk bij de start op de werkplek",
        "Samenvatting": (
            "Een tolk helpt in de eerste werkdagen en bij belangrijke gesprekken op het werk, "
            "bijvoorbeeld over veiligheid en je contract."
        ),
        "Doel": ("Werknemer en werkgever begrijpen elkaar goed over afspraken, veiligheidsregels en werkinstructies."),
        "Werkwijze": (
            "De tolk is aanwezig bij de introductie en bij het eerste evaluatiegesprek. Korte "
            "werkinstructies en veiligheidsregels worden op papier vertaald. Tussendoor kan een "
            "telefoontolk helpen."
        ),
        "uitvoeringsvormen": ["Tolken/Vertalen"],
        "tegels": ["Plaatsing", "Nazorg"],
        "klantkenmerken": ["Basisvaardigheden", "Sociale- en culturele vaardigheden"],
        "Voorwaarden deelname": ("De werknemer spreekt nog te weinig Nederlands om de werkinstructies te volgen."),
        "Werkafspraken": ("Maximaal tien uur tolkinzet per plaatsing; meer in overleg met de teamleider."),
        "Aanmeldinstructies": (
            "Boek via het boekingsformulier van de Tolkenpool en vermeld naam en adres van de werkgever."
        ),
        "Totale duur": 10,
        "Eenheid duur": "uren",
        "Toelichting duur": "Verdeeld over de eerste drie maanden.",
        "Intensiteit": 2,
        "Totale kosten": 650,
        "Toelichting kosten": ("Maximaal tien uur tolkinzet plus vertaling van werkinstructies, inclusief btw."),
        "Contactpersonen": _regels(AMIRA, RUUD),
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Doelgroepen": "Statushouders; Arbeidsmigranten",
        "Registratiecodes": "RI-0145",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Infomap Werk en Inkomen in je eigen taal",
        "Samenvatting": (
            "Een informatiemap over uitkering, rechten, plichten en hulp bij werk, vertaald in "
            "twaalf talen. Je krijgt de map bij je eerste afspraak."
        ),
        "Doel": (
            "Nieuwe klanten die nog weinig Nederlands spreken, begrijpen wat er van hen verwacht "
            "wordt en waar ze hulp vinden."
        ),
        "Werkwijze": (
            "De klantmanager geeft bij de melding de map in de juiste taal mee. De teksten zijn "
            "kort, eenvoudig en door beëdigde vertalers vertaald. Bij belangrijke brieven van de "
            "gemeente zit een korte vertaalde samenvatting."
        ),
        "uitvoeringsvormen": ["Tolken/Vertalen"],
        "tegels": ["Melding"],
        "klantkenmerken": ["Basisvaardigheden", "Praktische aandachtspunten"],
        "Werkafspraken": "Team Communicatie werkt de vertalingen elk jaar bij.",
        "Samenwerkingspartners": "Tolkenpool Lindenhoven",
        "Aanvullende informatie": "De map is ook te downloaden.",
        "Aanmeldinstructies": "Aanmelden is niet nodig; de mappen liggen bij de balie van het Werkplein.",
        "Totale kosten": 0,
        "Toelichting kosten": "Betaald uit het communicatiebudget.",
        "Contactpersonen": RUUD,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEIN,
        "Doelgroepen": "Statushouders; Arbeidsmigranten",
        "Registratiecodes": "RI-0146",
        "Aanvullende inhoud": ("Infomap in twaalf talen | https://www.lindenhoven.example/werk/infomap"),
        "Beschikbare gebieden": REGIO,
    },
    # ---- Overig -----------------------------------------------------------------------------
    {
        "Aanbieder": "Ondernemerspunt Lindenhoven",
        "Naam instrument": "Verkenning eigen bedrijf",
        "Samenvatting": (
            "Wil je voor jezelf beginnen? Je onderzoekt met een adviseur of je idee kans van "
            "slagen heeft en of ondernemen bij je past."
        ),
        "Doel": (
            "De klant weet of een eigen bedrijf haalbaar is en heeft bij een positief advies een "
            "eerste ondernemingsplan."
        ),
        "Werkwijze": (
            "In vijf gesprekken bespreekt de adviseur het idee, de markt, het geld en de "
            "vaardigheden van de klant. De klant doet een zelftest over ondernemen en praat met "
            "een ervaren ondernemer. Het traject eindigt met een advies."
        ),
        "uitvoeringsvormen": ["Onderzoek", "Coaching"],
        "tegels": ["Oriëntatie"],
        "klantkenmerken": [
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Zelfregie/zelfsturing",
            "Willen en geloof in eigen kunnen",
            "Toekomstige werknemersvaardigheden",
        ],
        "Onderscheidende aanpak": (
            "Een gesprek met een ondernemer uit de regio die zelf vanuit een uitkering is begonnen."
        ),
        "Voorwaarden deelname": "De klant heeft een concreet idee voor een bedrijf.",
        "Werkafspraken": ("Het adviesrapport gaat binnen twee weken na het laatste gesprek naar de klantmanager."),
        "Samenwerkingspartners": "Ondernemersvereniging Lindenhoven",
        "Aanvullende informatie": ("Na een positief advies kan een aanvraag voor een starterskrediet volgen."),
        "Aanmeldinstructies": "Mail het verwijsformulier naar het Ondernemerspunt.",
        "Totale duur": 8,
        "Eenheid duur": "weken",
        "Intensiteit": 2,
        "Totale kosten": 950,
        "Toelichting kosten": "Vast bedrag per verkenning, exclusief btw.",
        "Contactpersonen": SJOERD,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Ondernemerspunt Lindenhoven; bij de aanbieder; Marktplein 14, 6601 AA Lindenhoven; "
            "Kantoor schuin tegenover het Werkplein"
        ),
        "Registratiecodes": "RI-0147",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Stichting De Opstap",
        "Naam instrument": "Herstel en Werk",
        "Samenvatting": (
            "Een traject voor mensen met psychische klachten, met begeleiding van een "
            "ervaringsdeskundige. Je werkt aan herstel en zet kleine stappen richting meedoen of "
            "werk."
        ),
        "Doel": (
            "De deelnemer heeft meer grip op de klachten en zet zelf een volgende stap, zoals "
            "vrijwilligerswerk of een werkfit-traject."
        ),
        "Werkwijze": (
            "Elke week een groepsbijeenkomst over herstel, eigen kracht en dagritme, en om de week "
            "een persoonlijk gesprek met een ervaringsdeskundige coach. Deelnemers maken een eigen "
            "herstelplan."
        ),
        "uitvoeringsvormen": ["Coaching"],
        "tegels": ["Maatschappelijk fit", "Werk fit"],
        "klantkenmerken": [
            "Psychosociale aandachtspunten",
            "Willen en geloof in eigen kunnen",
            "Sociale steun en netwerk",
        ],
        "Onderscheidende aanpak": (
            "De coaches hebben zelf psychische klachten gehad en zijn weer aan het werk gegaan."
        ),
        "Voorwaarden deelname": ("Stabiel genoeg om elke week af te spreken; een eventuele behandeling loopt door."),
        "Werkafspraken": "Met toestemming van de deelnemer overleg met de behandelaar.",
        "Samenwerkingspartners": "GGZ-aanbieders in de regio; wijkteams Lindenhoven",
        "Aanmeldinstructies": (
            "Bespreek de aanmelding eerst met de klant en meld daarna aan via het formulier van De Opstap."
        ),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Intensiteit": 3,
        "Totale kosten": 2400,
        "Toelichting kosten": "Per deelnemer, vrijgesteld van btw.",
        "Contactpersonen": _regels(JEROEN, HANNEKE),
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": OPSTAPHUIS,
        "Registratiecodes": "RI-0148",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Gezondwerk Lindenhoven",
        "Naam instrument": "Leefstijlcoaching",
        "Samenvatting": (
            "Een coach helpt je gezonder te leven: beter slapen, eten en bewegen, en minder roken, "
            "drinken of blowen. Als het nodig is, verwijst de coach je naar passende zorg."
        ),
        "Doel": (
            "De klant heeft een gezondere leefstijl die werk of een traject mogelijk maakt; bij "
            "een verslaving is passende zorg gestart."
        ),
        "Werkwijze": (
            "In acht persoonlijke gesprekken stelt de coach met de klant haalbare doelen. Bij "
            "problematisch gebruik van alcohol of drugs regelt de coach een warme overdracht naar "
            "de verslavingszorg en blijft betrokken tot de zorg begint."
        ),
        "uitvoeringsvormen": ["Coaching", "Verwijzing"],
        "tegels": ["Maatschappelijk fit"],
        "klantkenmerken": [
            "Lichamelijke aandachtspunten",
            "Praktische aandachtspunten",
            "Psychosociale aandachtspunten",
        ],
        "Voorwaarden deelname": "De klant wil zelf aan zijn of haar leefstijl werken.",
        "Samenwerkingspartners": "Huisartsenpraktijken in Lindenhoven; verslavingszorg in de regio",
        "Aanmeldinstructies": (
            "Meld aan via de website van Gezondwerk en vermeld of er een vermoeden van verslaving is."
        ),
        "Totale duur": 4,
        "Eenheid duur": "maanden",
        "Intensiteit": 1,
        "Totale kosten": 640,
        "Toelichting kosten": "Per traject van acht gesprekken, exclusief btw.",
        "Contactpersonen": ILSE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": _regels(GEZONDWERK, THUIS),
        "Registratiecodes": "RI-0149",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Werkervaringsplek bij de gemeente",
        "Samenvatting": (
            "Je doet werkervaring op bij een afdeling van de gemeente, bijvoorbeeld bij de balie, "
            "de buitendienst of het archief. Je werkt met moderne systemen en leert wat een "
            "werkgever vraagt."
        ),
        "Doel": ("De klant heeft recente werkervaring en een referentie en is klaar voor een betaalde baan."),
        "Werkwijze": (
            "De klant werkt een half jaar mee op een afdeling met een vaste werkbegeleider. Er "
            "zijn leerdoelen voor werknemersvaardigheden en digitale vaardigheden. Na drie en na "
            "zes maanden is er een evaluatie; aan het eind volgt een getuigschrift."
        ),
        "uitvoeringsvormen": ["Leerwerktraject", "(Vrijwilligers)werk"],
        "tegels": ["Werk fit", "Plaatsing"],
        "klantkenmerken": [
            "Werkervaring",
            "Basis werknemersvaardigheden",
            "Toekomstige werknemersvaardigheden",
        ],
        "Onderscheidende aanpak": "De klant mag solliciteren op interne vacatures van de gemeente.",
        "Voorwaarden deelname": (
            "Minimaal 16 uur per week beschikbaar; voor sommige afdelingen een verklaring omtrent het gedrag."
        ),
        "Werkafspraken": ("Getuigschrift door de werkbegeleider; maximaal zes maanden met behoud van uitkering."),
        "Samenwerkingspartners": "Afdeling HR gemeente Lindenhoven",
        "Aanmeldinstructies": (
            "Bespreek de mogelijkheden met de coördinator werkervaringsplekken en vul het aanvraagformulier in."
        ),
        "Totale duur": 6,
        "Eenheid duur": "maanden",
        "Intensiteit": 20,
        "Totale kosten": 0,
        "Toelichting kosten": "Geen externe kosten; begeleiding door eigen medewerkers.",
        "Contactpersonen": PRIYA,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Gemeentehuis Lindenhoven; bij de gemeente; Raadhuisstraat 1, 6601 AC Lindenhoven; "
            "Verschillende afdelingen in het gemeentehuis"
        ),
        "Registratiecodes": "RI-0150",
        "Beschikbare gebieden": "Lindenhoven",
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Jongerenloket Vooruit",
        "Samenvatting": (
            "Een loket voor jongeren tot 27 jaar die een uitkering aanvragen of niet weten wat ze "
            "willen. Een jongerencoach helpt je kiezen tussen school en werk."
        ),
        "Doel": ("De jongere gaat binnen drie maanden na de melding naar school, aan het werk of begint een traject."),
        "Werkwijze": (
            "Binnen een week na de melding heeft de jongere een gesprek met een jongerencoach. "
            "Samen maken ze een plan. De coach verwijst door naar opleidingen, werkgevers of "
            "hulpverlening en houdt contact via telefoon of app."
        ),
        "uitvoeringsvormen": ["Coaching", "Verwijzing"],
        "tegels": ["Melding", "Oriëntatie"],
        "klantkenmerken": [
            "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
            "Willen en geloof in eigen kunnen",
            "Zelfregie/zelfsturing",
        ],
        "Onderscheidende aanpak": "Contact via chat en app, en afspraken ook buiten kantoortijd.",
        "Voorwaarden deelname": "Jonger dan 27 jaar.",
        "Werkafspraken": ("In de wettelijke zoekperiode van vier weken begint de coach meteen met begeleiden."),
        "Samenwerkingspartners": "Vakschool Lindenhoven; jongerenwerk Lindenhoven",
        "Toelichting doelgroep": "Ook voor jongeren zonder uitkering die zich zelf melden.",
        "Aanmeldinstructies": (
            "Jongeren met een aanvraag worden automatisch doorgezet. Jongeren zonder uitkering "
            "meld je aan via jongerenloket@lindenhoven.example."
        ),
        "Totale duur": 3,
        "Eenheid duur": "maanden",
        "Intensiteit": 2,
        "Totale kosten": 0,
        "Contactpersonen": DAAN,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEIN,
        "Doelgroepen": "Jongeren tot 27 jaar",
        "Registratiecodes": "RI-0151",
        "Aanvullende inhoud": ("Website Jongerenloket | https://www.lindenhoven.example/jongeren"),
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Werkbedrijf Lindenhoven",
        "Naam instrument": "Vragenlijst Werkbehoud",
        "Samenvatting": (
            "Een korte vragenlijst die je drie en zes maanden na de start van je werk invult. Zo "
            "zien jij en je klantmanager op tijd of er iets mis dreigt te gaan."
        ),
        "Doel": ("Risico's op uitval worden vroeg opgemerkt, zodat er op tijd ondersteuning komt."),
        "Werkwijze": (
            "De klant krijgt na drie en na zes maanden een link naar vijftien vragen over werk, "
            "gezondheid, geld en de situatie thuis. Bij zorgelijke antwoorden belt de klantmanager "
            "binnen een week."
        ),
        "uitvoeringsvormen": ["Vragenlijst"],
        "tegels": ["Nazorg"],
        "klantkenmerken": ["Zelfregie/zelfsturing", "Basis werknemersvaardigheden"],
        "Werkafspraken": "Signalen worden besproken in het wekelijkse overleg nazorg.",
        "Aanvullende informatie": ("De vragenlijst is er ook op papier en in eenvoudige taal."),
        "Aanmeldinstructies": (
            "De vragenlijst gaat automatisch naar de klant; controleer of het mobiele nummer klopt."
        ),
        "Totale duur": 2,
        "Eenheid duur": "uren",
        "Toelichting duur": "Twee keer een kwartier invullen en zo nodig een nagesprek.",
        "Intensiteit": 1,
        "Totale kosten": 0,
        "Contactpersonen": MARIEKE,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": (
            "Online; ander adres; Online; De klant vult de vragenlijst in via een link op telefoon of computer"
        ),
        "Registratiecodes": "RI-0152",
        "Beschikbare gebieden": REGIO,
    },
    {
        "Aanbieder": "Buurtkracht Oosterdijk",
        "Naam instrument": "Meedoen in de wijk",
        "Samenvatting": (
            "Je doet mee aan activiteiten in je eigen wijk, zoals de buurtmoestuin, het koffiepunt "
            "of klusjes voor buren. Je komt onder de mensen en doet iets nuttigs."
        ),
        "Doel": ("De deelnemer is minder eenzaam, heeft een dagritme en levert een zichtbare bijdrage aan de buurt."),
        "Werkwijze": (
            "Een buurtwerker zoekt met de deelnemer een activiteit die past. De deelnemer doet mee "
            "op vaste momenten en heeft een vast aanspreekpunt. Elke drie maanden is er een "
            "gesprek over hoe het gaat en wat de volgende stap kan zijn."
        ),
        "uitvoeringsvormen": ["(Vrijwilligers)werk"],
        "tegels": ["Maatschappelijk fit"],
        "klantkenmerken": [
            "Sociale steun en netwerk",
            "Sociale- en culturele vaardigheden",
            "Willen en geloof in eigen kunnen",
        ],
        "Onderscheidende aanpak": "De bewoners bedenken de activiteiten zelf.",
        "Werkafspraken": "De klantmanager legt afspraken over de tegenprestatie vast.",
        "Samenwerkingspartners": "Woonstichting Lindenhoven; Vrijwilligerscentrale Lindenhoven",
        "Toelichting doelgroep": "Voor mensen voor wie werk op korte termijn niet haalbaar is.",
        "Aanmeldinstructies": (
            "Bel of mail de buurtwerker; de kennismaking is bij de deelnemer thuis of in het buurthuis."
        ),
        "Totale duur": 12,
        "Eenheid duur": "maanden",
        "Intensiteit": 4,
        "Totale kosten": 0,
        "Toelichting kosten": "Betaald uit de subsidie voor wijkwerk.",
        "Contactpersonen": MEHMET,
        "Groep/individueel": "beide",
        "Locatie(s) uitvoering": BUURTHUIS,
        "Registratiecodes": "RI-0153",
        "Beschikbare gebieden": "Oosterdijk; Wijk Molenakker",
    },
    {
        "Aanbieder": "Taalhuis Lindenhoven",
        "Naam instrument": "Taalcoaching op de werkvloer",
        "Samenvatting": (
            "Een taalcoach komt naar je werk en oefent met je het Nederlands dat je daar nodig "
            "hebt, zoals instructies, veiligheidsregels en praten met collega's."
        ),
        "Doel": ("De werknemer begrijpt werkinstructies en praat zelfstandig met collega's en klanten."),
        "Werkwijze": (
            "De taalcoach bekijkt eerst welke taal op de werkplek nodig is. Daarna volgen wekelijkse "
            "lessen op of vlakbij het werk, met materiaal van het bedrijf zelf. Een collega doet "
            "mee als taalmaatje."
        ),
        "uitvoeringsvormen": ["Coaching", "(Bij)scholing"],
        "tegels": ["Werk fit", "Plaatsing", "Nazorg"],
        "klantkenmerken": ["Basisvaardigheden", "Sociale- en culturele vaardigheden"],
        "Onderscheidende aanpak": "Lessen met echte werkdocumenten van de werkgever.",
        "Voorwaarden deelname": ("Heeft werk of een werkervaringsplek en de werkgever werkt mee."),
        "Werkafspraken": ("De werkgever zorgt voor een ruimte en geeft de werknemer een uur per week vrij."),
        "Aanmeldinstructies": ("Meld aan via het Taalhuis, samen met de contactpersoon van de werkgever."),
        "Totale duur": 20,
        "Eenheid duur": "weken",
        "Intensiteit": 2,
        "Totale kosten": 1350,
        "Toelichting kosten": "Twintig lessen inclusief voorbereiding, inclusief btw.",
        "Contactpersonen": ESRA,
        "Groep/individueel": "individueel",
        "Locatie(s) uitvoering": WERKPLEK,
        "Doelgroepen": "Statushouders; Arbeidsmigranten",
        "Registratiecodes": "RI-0154",
        "Beschikbare gebieden": REGIO,
    },
]


def _compleet(ruw: dict) -> dict:
    """Return the instrument with every key present, in spreadsheet order (None when empty)."""
    onbekend = set(ruw) - set(VERPLICHTE_VELDEN) - set(LIJSTVELDEN) - set(PRAKTISCHE_VELDEN)
    if onbekend:
        raise KeyError(f"{ruw.get('Naam instrument')}: onbekende sleutels {sorted(onbekend)}")
    instrument = {sleutel: ruw[sleutel] for sleutel in VERPLICHTE_VELDEN}
    instrument.update({sleutel: list(ruw.get(sleutel, [])) for sleutel in LIJSTVELDEN})
    instrument.update({sleutel: ruw.get(sleutel) for sleutel in PRAKTISCHE_VELDEN})
    return instrument


INSTRUMENTEN: list[dict] = [_compleet(ruw) for ruw in _RUW]
