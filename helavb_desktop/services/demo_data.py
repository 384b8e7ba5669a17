"""Word lists for the sample register: real places of Västerbotten, plausible Swedish prose."""

from __future__ import annotations

from helavb_desktop.domain.enums import FocusArea

# Villages and localities per municipality code.
PLACES: dict[str, tuple[str, ...]] = {
    "2401": ("Nordmaling", "Rundvik", "Lögdeå", "Gräsmyr", "Håknäs", "Levar"),
    "2403": ("Bjurholm", "Agnäs", "Mjösjö", "Balsjö", "Lillarmsjö"),
    "2404": ("Vindeln", "Hällnäs", "Tvärålund", "Åmsele", "Granö", "Degerfors"),
    "2409": ("Robertsfors", "Ånäset", "Bygdeå", "Djäkneboda", "Sikeå", "Ytterklintfäboda"),
    "2417": ("Norsjö", "Bastuträsk", "Kusfors", "Norsjövallen", "Petiknäs"),
    "2418": ("Malå", "Adak", "Rentjärn", "Aspliden", "Åtjärn"),
    "2421": ("Storuman", "Tärnaby", "Hemavan", "Gunnarn", "Stensele", "Slussfors"),
    "2422": ("Sorsele", "Ammarnäs", "Blattnicksele", "Gargnäs", "Kurträsk"),
    "2425": ("Dorotea", "Borgafjäll", "Risbäck", "Avasjö", "Lajksjö"),
    "2460": ("Vännäs", "Vännäsby", "Pengfors", "Hällfors", "Tväråbäck"),
    "2462": ("Vilhelmina", "Saxnäs", "Klimpfjäll", "Dikanäs", "Malgovik", "Latikberg"),
    "2463": ("Åsele", "Fredrika", "Gafsele", "Hällberg", "Lomsjö"),
    "2480": ("Holmsund", "Sävar", "Hörnefors", "Obbola", "Tavelsjö", "Botsmark"),
    "2481": ("Lycksele", "Kristineberg", "Örträsk", "Rusksele", "Knaften", "Björksele"),
    "2482": ("Jörn", "Boliden", "Burträsk", "Byske", "Kåge", "Lövånger"),
}

TITLES: dict[FocusArea, tuple[str, ...]] = {
    FocusArea.LANDSBYGDSMYNDIGHETEN: (
        "Landsbygdsdialog i {place}",
        "Stöd till lanthandeln i {place}",
        "Servicepunkt i {place}",
        "Bredbandsutbyggnad i {muni}",
        "Rådgivning om landsbygdsprogrammet i {muni}",
        "Kartläggning av kommersiell service i {muni}",
        "Laddinfrastruktur längs vägarna i {muni}",
        "Tillgång till vård och omsorg i {place}",
    ),
    FocusArea.BROBYGGARE: (
        "Samverkan kring skolskjutsar i {muni}",
        "Nätverk för landsbygdskommunernas tjänstepersoner",
        "Gemensam kompetensförsörjning i {muni}",
        "Dialog mellan {muni} och regionen om kollektivtrafik",
        "Samordning av bostadsförsörjning i {muni}",
        "Brobygge mellan föreningslivet och {muni}",
        "Gemensam ansökan om EU-medel för {muni}",
    ),
    FocusArea.KATALYSATOR: (
        "Företagsträffar i {place}",
        "Besöksnäringens utveckling i {place}",
        "Rekryteringsstöd för företag i {muni}",
        "Lokal matproduktion i {place}",
        "Hållbart skogsbruk och nya jobb i {muni}",
        "Generationsskifte i jordbruket i {muni}",
        "Kompetenslyft för småföretag i {place}",
        "Gröna jobb i omställningen i {muni}",
    ),
    FocusArea.FRAMTIDSVERKSTADER: (
        "Framtidsverkstad i {place}",
        "Ungas framtid i {muni}",
        "Framtidsverkstad om boende i {place}",
        "Framtidsverkstad: {place} 2035",
        "Medborgardialog om servicen i {place}",
    ),
}

# Most titles carry a qualifier, so the sample has few exact repeats (as a real register does).
QUALIFIERS = (
    "",
    "",
    " – förstudie",
    " – etapp 2",
    " – genomförande",
    " {year}",
    " {year}",
    " för unga",
    " för företagare",
    " med föreningslivet",
    " – uppföljning",
    " hösten {year}",
    " våren {year}",
    " – pilot",
    " och grannbyarna",
)

TAGS = (
    "bredband",
    "service",
    "skola",
    "bostäder",
    "kollektivtrafik",
    "turism",
    "rennäring",
    "kompetens",
    "unga",
    "företagande",
    "livsmedel",
    "skog",
    "energi",
    "vård",
    "kultur",
    "föreningsliv",
    "EU-medel",
    "Leader",
)

TOPICS = (
    "bredbandsutbyggnaden",
    "vägunderhållet",
    "skolans framtid",
    "lanthandelns ekonomi",
    "bostäder för nyinflyttade",
    "kollektivtrafiken",
    "turismsäsongen",
    "rennäring och markanvändning",
    "kompetensförsörjningen inom vården",
    "laddinfrastruktur",
    "barnomsorgen",
    "föreningslivets lokaler",
    "drivmedel och service",
    "ungdomars fritid",
    "generationsskifte i jordbruket",
    "vindkraftens påverkan",
    "räddningstjänstens bemanning",
)

OPENINGS = (
    "Träffade {orgs} i {place}.",
    "Besök i {place} tillsammans med {orgs}.",
    "Möte med {orgs} om läget i {place}.",
    "Samtal med {orgs} från {place}.",
)

MIDDLES = (
    "Vi diskuterade {topic} och hur länsstyrelsen kan stödja det lokala arbetet.",
    "Deltagarna lyfte oro för {topic} och efterfrågade tydligare besked från myndigheterna.",
    "Byn har egna idéer kring {topic} och vill söka medel för en förstudie.",
    "Det finns ett starkt engagemang kring {topic}, men få har tid att driva frågan.",
    "Kommunen och föreningen har olika bild av {topic}; ett gemensamt möte behövs.",
)

CLOSINGS = (
    "Vi återkommer med information om möjliga stöd.",
    "Nästa steg är ett uppföljningsmöte under våren.",
    "Frågan lyfts till nätverket för landsbygdskommunerna.",
    "Underlaget tas med i arbetet med den regionala utvecklingsstrategin.",
    "Inget beslut fattades; föreningen hör av sig.",
)

PERSONAL = (
    "Enskild företagare berättade om sin hälsa och sin ekonomiska situation.",
    "Samtalet rörde en namngiven persons boende och familjeförhållanden.",
    "En boende beskrev sin personliga situation efter att ha förlorat arbetet.",
)

ORGS = (
    "{place} byalag",
    "{place} bygdegårdsförening",
    "{place} hembygdsförening",
    "{muni} kommun",
    "Region Västerbotten",
    "LRF Västerbotten",
    "Företagarna {muni}",
    "Coompanion Västerbotten",
    "Hushållningssällskapet",
    "Arbetsförmedlingen",
    "{place} skola",
    "Sametinget",
    "Trafikverket",
    "Svenska kyrkan i {muni}",
    "{place} IF",
    "Byaföreningen i {place}",
)

FIRST_NAMES = (
    "Anna",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Elin",
    "Ida",
    "Johanna",
    "Erik",
    "Lars",
    "Anders",
    "Johan",
    "Per",
    "Mikael",
    "Jonas",
    "Nils",
    "Åsa",
    "Britt",
    "Göran",
    "Örjan",
)
LAST_NAMES = (
    "Lindqvist",
    "Nilsson",
    "Johansson",
    "Sjöberg",
    "Öberg",
    "Lundström",
    "Eriksson",
    "Holmgren",
    "Åström",
    "Berglund",
    "Forsberg",
    "Sandström",
    "Marklund",
    "Nyström",
)

FOLLOWUPS = (
    "Skicka information om stöd för {topic} till {org}",
    "Återkoppla till {org} om {topic}",
    "Boka uppföljningsmöte i {place}",
    "Ta fram underlag om {topic} inför nätverksmötet",
    "Kontakta kommunen om {topic}",
    "Bjuda in {org} till nästa framtidsverkstad",
)

OUTCOMES = (
    "Genomförd enligt plan; deltagarna vill fortsätta arbetet på egen hand.",
    "Ledde till en gemensam ansökan om projektmedel.",
    "Gav ett underlag som kommunen använder i sin översiktsplan.",
    "Avslutad i förtid när finansieringen uteblev.",
)
