"""Word lists for quotation attribution: reporting verbs, titles, roles, organisations
(and the accent fold names and terms are compared under).

General English news vocabulary only (nothing about any particular story), kept
apart from the attribution logic in :mod:`articles.speakers`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """``word`` without its accents ("Guzmán" -> "Guzman"): outlets and captions differ."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


REPORTING_VERBS = wordset(
    """
    say says said saying tell tells told telling add adds added adding warn warns warned
    warning urge urges urged urging claim claimed claiming state stated stating insist
    insists insisted insisting argue argues argued arguing accuse accuses accused accusing
    called calling describe describes described describing acknowledge acknowledges
    acknowledged acknowledging noted noting announce announces announced announcing explain
    explains explained explaining ask asks asked asking reply replies replied declare
    declares declared declaring wrote write writes tweeted tweeting remind reminds reminded suggest
    suggests suggested suggesting admit admits admitted deny denies denied denying stressed
    stressing promised reiterated reiterating commented recalled conceded concedes vowed
    vows predicted demanded complained asserted contended maintained continued confirmed
    confirms pledged threatened boasted quipped cautioned
    recalls recall recalling notes note stresses stress concede conceding predicts demands
    complains asserts contends maintains pledges threatens boasts quips cautions recounts
    recounted recounting remarks remarked responds responded answered answers emphasised
    emphasized emphasises emphasizes
    disagreed disagrees countered counters retorted objected shouted yelled screamed
    shouting shouts yelling yells screaming screams chanted chanting chants exclaimed
    sang sings
    whispered joked jokes laughed sighed mused wondered wonders sobbed sobs wept cried gasped
    express expressed expresses expressing offered appealed appeals pleaded pleads begged
    condemned condemns condemning denounced denounces decried decries slammed slams
    blasted blasts criticised criticized criticises criticizes praised praises hailed hails
    lauded lauds remembered branding promises promising vowing labelling labeling welcomed
    welcomes welcoming
    terming
    branded brands labelled labeled cited cites citing touted touts touting posted
    reads read identified identifies referred refers termed characterised characterized
    speaks spoke calls lamented laments assured assures reassured thanked
    echoes echoed echoing repeats repeated repeating states
    found finds concluded concludes hoped testified testifies testifying
    """
)
PRONOUNS = frozenset({"he", "she", "it", "they"})
SKIP_BEFORE_VERB = wordset(
    """
    also has have had was were is then later earlier reportedly previously once again all
    both recently repeatedly publicly separately further would will could may might should
    can did does do not never just himself herself itself themselves later today yesterday
    tonight first meanwhile however instead already still since soon even now
    """
)
TIME_WORDS = wordset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tonight morning
    evening afternoon night week weekend month year
    """
)
NON_NAMES = (
    frozenset(
        [
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "but",
            "and",
            "or",
            "as",
            "meanwhile",
            "later",
            "earlier",
            "after",
            "before",
            "when",
            "while",
            "however",
            "another",
            "current",
            "incoming",
            "outgoing",
            # news epithets opening a sentence before a name ("Beleaguered Flybe collapsed")
            "beleaguered",
            "embattled",
            "troubled",
            "disgraced",
            "ousted",
            "struggling",
            "ailing",
            "stricken",
            "moreover",
            "nevertheless",
            "nonetheless",
            "furthermore",
            "if",
            "so",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "mr",
            "mrs",
            "ms",
            "dr",
        ]
    )
    | TIME_WORDS
    # a caption's label before the credit it gives ("Photo Samsung", "Picture: AP")
    | frozenset(["photo", "photos", "picture", "pictures", "pictured", "image", "video"])
)
HONORIFICS = wordset("mr mrs ms dr miss")
"""Honorifics before a surname ("Mrs May"): titles, but not words to strip from a name."""
_OPENING_WORDS = wordset(
    """
    what why how who where which whose although though because since despite however
    instead once unless whether both each every many most some all no not only
    with without for from by to of into about against among during through
    also again now then thus indeed perhaps sometimes often never always asked amid
    following ahead upon throughout until under over after before behind beyond across
    along around near inside outside within
    ideally finally initially eventually ultimately currently recently previously
    additionally similarly separately reportedly apparently clearly obviously notably
    importantly crucially typically usually generally originally officially publicly
    privately specifically frankly hopefully thankfully unfortunately fortunately
    consequently subsequently accordingly alternatively interestingly ironically
    inevitably understandably predictably technically historically traditionally ex former
    known
    one two three four five six seven eight nine ten several congratulations thanks welcome
    hello goodbye bravo
    entering speaking addressing responding writing referring commenting reacting
    announcing visiting looking thanking welcoming describing arriving leaving talking
    """
)
_ADVERB_ENDINGS = (
    "ably", "ibly", "ously", "ently", "antly", "ively", "edly", "ingly", "fully", "ately",
    "ically", "ially", "ually", "nally", "tally", "arly",
)  # fmt: skip


class _Openers(frozenset[str]):
    """Words that open a sentence without being a name: the listed ones, and an adverb
    by its ending ("remarkably", "tragically", "miraculously"), which a name never has
    ("Kelly", "Beverly", "Connolly" end otherwise)."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and len(word) >= 7 and word.endswith(_ADVERB_ENDINGS)
        )


SENTENCE_OPENERS = _Openers(_OPENING_WORDS)
"""Function words and adverbs that open sentences: stripped from the front of a
capitalised sequence ("What Mourinho described as..." names Mourinho, "Remarkably,"
nobody), kept inside one ("Doctors Without Borders")."""
TITLES = wordset(
    """
    president prime minister secretary chancellor foreign defence defense interior home
    finance justice health energy trade economy affairs state general colonel lieutenant
    major captain commander admiral sergeant senator sen rep representative governor mayor
    mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess sheikh
    pope cardinal bishop rev judge ambassador spokesman spokeswoman spokesperson chief head
    deputy vice executive director chairman chairwoman chair leader envoy official premier
    attorney congressman congresswoman mp gen col lt sgt adm brig brigadier marshal
    commissioner inspector superintendent detective officer coach manager founder ceo cfo coo cto
    gov capt cmdr supt insp det atty maj pm
    counselor counsellor adviser advisor aide correspondent editor host anchor presenter
    columnist strategist constable sheriff administrator trooper pastor rabbi imam speaker
    director-general secretary-general attorney-general solicitor-general governor-general
    surgeon-general inspector-general auditor-general postmaster-general commander-in-chief
    editor-in-chief lieutenant-general major-general vice-president vice-chairman co-founder
    provost rector vice-chancellor registrar justices
    defender striker midfielder goalkeeper winger keeper skipper
    frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
    welshman welshwoman dutchman dutchwoman briton spaniard
    """
)
"""Titles before or after a name; hyphenated ones are one word ("the Director-General");
a nationality said of a person before the name is one too ("Frenchman Michael Bizet")."""

TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "supt": "superintendent", "det": "detective", "insp": "inspector", "adm": "admiral",
    "maj": "major", "prof": "professor", "cmdr": "commander",
}  # fmt: skip
"""The role an abbreviated title stands for ("Gov. Ron DeSantis" is "the governor")."""
ROLE_NOUNS = (
    TITLES
    | frozenset(
        [
            "analyst",
            "source",
            "expert",
            "activist",
            "resident",
            "witness",
            "diplomat",
            "officer",
            "researcher",
            "economist",
            "lawyer",
            "doctor",
            "spokesperson",
            "campaigner",
            "author",
            "professor",
            "scientist",
            "journalist",
            "reporter",
        ]
    )
    | wordset(
        """
    hairdresser teacher nurse farmer driver student shopkeeper owner landlord landlady foreman
    pensioner firefighter paramedic councillor councilman councilwoman volunteer worker pupil
    schoolgirl schoolboy teenager
    engineer builder chef photographer pilot fisherman businessman businesswoman
    protester survivor passenger neighbour neighbor villager homeowner retiree veteran
    artist musician singer frontman frontwoman guitarist drummer rapper actor actress writer
    novelist historian priest member
    vicar headteacher headmaster headmistress principal lecturer academic surgeon
    physician pharmacist midwife mechanic electrician plumber cleaner carer caregiver
    shopper customer tenant parent mother father grandmother grandfather mum dad
    entrepreneur investor trader banker accountant consultant architect designer
    prosecutor barrister solicitor juror defendant investigator coroner magistrate
    producer filmmaker screenwriter playwright poet comedian rapper dancer astronaut
    player footballer athlete striker goalkeeper
    tourist onlooker visitor bystander spectator eyewitness pilgrim worshipper commuter
    boss trainer organiser organizer capitalist mourner marcher demonstrator rescuer employee
    staffer insider trader
    medic
    """
    )
)
GROUP_NOUNS = wordset(
    """
    officials residents witnesses analysts experts critics sources activists protesters
    protestors forecasters scientists researchers doctors lawyers investigators rescuers
    firefighters neighbours neighbors locals villagers campaigners organisers organizers
    economists diplomats observers militants rebels troops soldiers medics paramedics
    survivors victims relatives families parents teachers students workers employees
    staff fans supporters voters lawmakers legislators senators ministers leaders
    prosecutors detectives officers
    reports polls studies documents records figures estimates surveys
    """
)
"""People spoken of as a group ("Forecasters warned that..."): nobody in particular."""
ORG_HEADS = wordset(
    """
    ministry government coalition observatory office army military agency council committee
    department police commission embassy group organisation organization party alliance
    authority authorities administration service services court union company front kremlin
    statement communique bank institute foundation network movement forces association
    federation board parliament senate congress assembly broadcaster television media
    newspaper league club reserve bureau fund tribunal secretariat directorate team
    academy university college school hospital society church museum charity institution
    presidency palace cabinet junta coastguard prosecution regulator watchdog center centre
    """
)
COMPANY_NOUNS = wordset(
    """
    company firm automaker carmaker airline carrier manufacturer maker retailer lender
    insurer bank group giant chain operator startup conglomerate broadcaster publisher club
    """
)
"""What news calls a business it has named ("the automaker said" after "Toyota Motor Corp")."""
CORPORATE_SUFFIXES = wordset("corp corporation inc ltd co plc llc ag sa nv")
"""Legal forms after a company's name ("Toyota Motor Corp"): not part of the name it goes by."""
CORPORATE_WORDS = wordset(
    """
    airlines airways group holdings motors research capital partners ventures industries
    technologies labs systems securities pharmaceuticals enterprises
    """
)
"""Last words that make a capitalised name a company's ("Ethiopian Airlines")."""
PLACE_HEADS = wordset(
    """
    cathedral church mosque temple synagogue museum hospital university school college
    stadium airport station bridge palace hall square street road avenue park river lake
    mountain island city county province region district valley bay sea ocean
    causeway highway tunnel harbour harbor port beach coast islands counties house hq
    headquarters
    """
)
"""Last words of place and building names: "Notre-Dame Cathedral" is nobody."""
STATEMENT_NOUNS = frozenset({"statement", "communique", "release", "declaration"})
CONNECTORS = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "de",
        "da",
        "di",
        "van",
        "von",
        "der",
        "du",
        "la",
        "le",
        "for",
        "of",
        "al-",
    }
)
NATION_ALIASES = {
    "us": "us",
    "u.s": "us",
    "american": "us",
    "america": "us",
    "united": "us",
    "uk": "uk",
    "british": "uk",
    "britain": "uk",
    "britain's": "uk",
    "english": "uk",
}


# Given names that are one gender in nearly every use (English and names common in
# international news).  Names used for both ("Jordan", "Kim", "Jean", "Andrea",
# "Nicola") are left out: a set learns those people's gender from the text or not at all.
class _GivenNames(frozenset[str]):
    """Lower-case given names, found with their accents or without ("andré" is "andre",
    "rémy" is "remy")."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, unaccented(word))
        )


FEMALE_GIVEN_NAMES = _GivenNames(
    wordset(
        """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce lauren christina joan evelyn
    judith megan cheryl hannah martha teresa gloria sara janice julia grace judy theresa
    beverly denise marilyn amber danielle brittany diana abigail natalie sophia alice
    isabella ella chloe zoe lily mia ava scarlett claire caroline eleanor hillary
    liz condoleezza kamala melania ivanka meghan kate camilla ursula jacinda segolene ségolène
    greta serena venus naomi simone oprah beyonce beyoncé rihanna adele madonna hailey kylie
    khloe kourtney alexandria ilhan rashida ayanna nadia fatima aisha ayesha leila layla
    yasmin mariam maryam malala benazir indira sonia priya ingrid sophie lucia elena irina
    olga svetlana natalia tatiana anastasia yulia ludmila valentina marta agnieszka
    katarzyna magdalena ewa giorgia francesca chiara giulia elisa paola carmen dolores pilar
    rosa isabel ines inés beatriz marisol gabriela daniela valeria camila ximena fernanda
    adriana claudia martina carla silvia anne annie marie jeanne brigitte sylvie isabelle
    nathalie veronique véronique christiane angelika birgit petra sabine ulrike heike monika
    renate astrid sigrid karin kristin helga frida margrethe mette erna stefania yoko keiko
    yuko akiko katrina kristina kristen kirsten tina wendy heidi gina jill jane joanna
    joanne jacqueline josephine kathryn kathy katie lori lorraine lucy marcia melanie
    melinda meredith miranda molly monica nina paula phyllis priscilla rita roberta rose
    rosemary sally sheila sherry stacy sue suzanne sylvia tamara tammy tanya tara tiffany
    valerie vanessa victoria virginia vivian wanda yvonne alison allison anita ann audrey
    becky bethany bonnie bridget caitlin candace carly cassandra cathy charlotte cindy
    colleen connie crystal dawn debbie deirdre doris edith eileen elaine ellen erica erika
    erin esther eva fiona florence frances gail gillian harriet hazel holly irene jenna
    jenny juliet kirsty leah lillian lois loretta louise lydia maggie marjorie maureen
    miriam nadine nora norma pauline peggy rachael rebekah regina renee rhonda sabrina
    stella susie tessa tricia vera veronica yolanda alyssa gianna keri
    abby agatha agnes aileen alejandra alessandra alexa alexandra alicia alina aline
    alma amelia ana anabel angelica angelina angie anja annabel annette antonia ariana
    arianna ashleigh aurora beatrice belinda bella bernadette berta bertha betsy beth
    bettina bianca blanca brianna bronwen brooke camila candice carina carmela carole
    carolina catalina cecilia celia celine charlene christie christy clara clare
    claudette claudine colette constance consuelo cora cornelia daisy daphne darlene
    davina debora delia delphine desiree dina dolly dora dorota edna eliza elisabeth
    elisabetta elise ellie eloise elsa elsie emilia emilie estelle eugenia eunice
    evangeline fabiola farah fatma fatou felicity francine franziska freya gabriella
    gabrielle genevieve georgina geraldine germaine gertrude ginny giselle gisela gladys
    glenda gretchen gwen gwendolyn hana hanna helena helene hélène henrietta hilary
    hilda ida ilona imelda imogen ingeborg isabela isadora isla ivana jana janine
    jasmine jeannette jenni jennie jessie joana jocelyn johanna jolene josefina josie
    juana juanita judit julianne juliana julieta juliette justine karina karla katarina
    katharina katja katrin kayla lana larissa lea leticia lidia liliana lina livia liza
    lola lorena lorna lourdes luciana lucille lucinda luisa luise lupita lynne mabel
    madeleine madison mae magda maite malika mandy manuela marcela margarita margot
    marguerite mariana marianne maribel mariela marina marisa marlene matilda maud maura
    maxine michaela mildred milena mina minnie mira mirela myra natasha nell nellie
    nicolette nikki noelia noemi noura odile paloma patrizia paulina penelope philippa
    pia polly rachida ramona raquel rebeca renata rhiannon rocio rocío rosalind rosalyn
    rosanna rosemarie rosie roxana roxanne salma samira selena selina shauna sheryl
    silvana simona sinead sinéad siobhan sofia sonja stacey stefanie susana susanne
    tabitha tamsin tania tatjana thelma tracey trudy ulla verena vicky viola violet
    viviana vivienne wilma winifred yasmine yvette zara zeynep zuzana amina aminata asma
    aziza bushra dalia fatimah habiba hafsa halima hanan hiba huda jamila khadija latifa
    maha manal rania rasha reem sana shaima sumaya zahra zainab zeinab zohra aishwarya
    anjali anusha deepika divya gauri kavita kavya lakshmi meena mamata mamta nirmala
    pooja priyanka radhika rekha shilpa smriti sunita sushma swati usha vandana ngozi
    chimamanda funmilayo nkosazana winnie wangari folake amaka chioma sachiko naoko
    tomoko hiroko kyoko megumi ayşe ayse elif emine meral alla ekaterina yekaterina
    galina larisa lyudmila nadezhda oksana polina raisa yelena zoya kseniya ksenia darya
    daria beata malgorzata małgorzata urszula zofia catarina cristina dilma graciela
    guadalupe soledad rosalia antonella donatella federica raffaella amelie amélie
    aurelie aurélie chantal elodie élodie laetitia manon martine mathilde monique
    pascale sandrine virginie anke annalena annegret gudrun hannelore ilse jutta marlies
    sahra svenja annika birgitta elin liv maja sanna stina jillian
    """
    )
)
MALE_GIVEN_NAMES = _GivenNames(
    wordset(
        """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
    keith roger sean gerald carl harold dylan arthur lawrence bryan bruce gabriel
    albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph louis
    billy wayne howard barack mitch chuck bernie joe hunter rudy rex mike newt ted rand
    marco boris nigel emmanuel francois françois nicolas jacques vladimir dmitry sergei
    sergey alexei alexey mikhail nikolai ivan igor oleg yuri viktor volodymyr petro recep
    ed bob jim dan chris ken ron don rick greg jon nick rob matt pete phil sam ben
    tayyip ahmet mehmet mustafa ali mohammed mohamed muhammad ahmed mahmoud hassan hussein
    omar abdullah khalid faisal salman bashar hosni binyamin yair naftali ehud ariel shimon
    yitzhak moshe avigdor jinping shinzo yoshihide fumio narendra rahul imran nawaz shehbaz
    jair luiz inacio inácio hugo evo andres andrés manuel felipe pedro carlos juan luis
    miguel javier alejandro diego fernando jorge sergio rafael pablo francisco antonio mario
    giuseppe giovanni luigi matteo silvio paolo alessandro lorenzo
    pierre michel alain philippe olivier thierry didier laurent gerard
    gérard hans klaus jurgen jürgen wolfgang helmut gerhard olaf friedrich heinrich karl
    horst sigmar dieter uwe lars sven nils erik anders jens bjorn björn magnus
    stefan tomasz piotr krzysztof andrzej jaroslaw jarosław lech milos miloš aleksandar
    tiger lebron kobe neymar cristiano lionel novak andy usain kylian zinedine josé
    pep elon jeff bill steve tim sundar satya warren travis kanye drake harvey woody brad
    leonardo tom denzel adrian alfred allen alvin andre barry bernard brent brett calvin
    chad clarence clifford clint colin craig curtis darren darryl dave dean derek desmond
    dominic duncan dustin dwayne dewayne earl eddie edgar edwin elliot ernest floyd fred
    freddie gavin geoffrey glenn gordon graham harry hector herbert hugh ian isaac jake
    jerome jesse jimmy joel julian kurt lance leon leonard lewis liam lloyd lucas luke
    malcolm marcus martin marvin melvin mitchell neil neville norman oliver oscar owen
    phillip randy reginald rodney roland rupert seth shane simon stanley stuart tony
    trevor troy victor wesley rishi keir
    abdul abdel abdelaziz abdelkader abdelhak abdulkader abdullahi abel abraham adnan
    ahmad akbar akram alastair alasdair alberto alexandre alfonso alfredo alistair
    alonso alvaro álvaro amir amit ammar anand andreas andrei andrej angus anil anton
    antoine antónio armando arnold arturo arun ashok ashraf augusto aurelio axel ayman
    aziz bernardo bertrand bilal boyd brendan bruno byron caleb camilo carlo cedric
    cesar césar christian christoph christophe cillian claudio clemens conor connor
    conrad cornelius cristian cyril damian damien danilo dario darius declan demetrius
    dimitri dimitris dirk dmitri domenico donato eamon eamonn edmund eduardo elias
    elijah emeka emil emilio enrique enrico enzo erich ernesto esteban evan ezra fabian
    fabio farid federico felix fergus filipe filippo florian francesco franck franco
    franz frederick fritz gareth gaston georg georges georgios gerardo gianni gideon
    gilbert gilles giorgio gonzalo gottfried gregor guido guillaume gunnar gunter günter
    gustavo hamid hamza hasan heinz henri henrik hernan hernán hiroshi horacio hossein
    humberto ibrahim ignacio irfan ismail istvan jaime jakob jakub jamal jeremiah jesus
    jesús joachim joao joão joaquin joaquín johan johannes jonas jordi josef josh julio
    julius kamal karim kaspar kazuo kemal kenji khaled khalil kirill kwame kofi ladislav
    lamar laszlo lászló lennart leonid leopold luca luciano ludwig luka lukas maciej
    majid malik manfred marc marcel marcelo marcin marcos mariano marius markus massimo
    mateo mateus mathias matthias mauricio maurice maurizio maxim maximilian mehdi
    michal michał mikael mirko mohammad mohsen moises moisés murat nabil naveed nelson
    nestor néstor niall niklas nikola nikolaos nikos nitin norbert norberto osvaldo otto
    pankaj pascal patricio pavel percy piers pietro pradeep prakash raj rajesh rakesh
    ramon ramón raul raúl reza ricardo riccardo rodrigo rohan romano rui rustam saad
    saeed sahil salvador salvatore samir sandeep sanjay saul sebastian sebastián shahid
    sharif shlomo sigmund slobodan stanislav stefano steffen stelios sudhir suleiman
    süleyman sunil suresh tadeusz tamer tarek tariq teodoro thiago tiago tobias tomas
    tomás tommaso torsten ulrich umar umberto uri vadim valentin valery vasily vicente
    vijay vikram vincenzo vinod vitaly vittorio vladislav waleed walid werner wilfried
    willem wim xavier yannick yasser yevgeny yosef yusuf zaid zoltan zoltán volker kenny
    joey stewart walt dick ricky remy rene noel
    """
    )
)

STATEMENT_ADJECTIVES = wordset(
    """
    long lengthy brief short written separate joint formal official earlier later new
    further second first detailed emotional terse
    """
)
"""Words that describe a statement, not the body making it ("a long club statement")."""

DEMONYMS = wordset(
    """
    american british briton french german italian spanish portuguese dutch belgian swiss
    austrian swedish norwegian danish finnish icelandic irish scottish welsh english polish
    czech slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian
    serbian croatian bosnian slovenian albanian georgian armenian chinese japanese korean
    vietnamese thai filipino indonesian malaysian singaporean indian pakistani bangladeshi
    afghan iranian iraqi syrian lebanese israeli palestinian jordanian saudi egyptian
    libyan tunisian algerian moroccan nigerian ghanaian kenyan ethiopian somali sudanese
    south african canadian mexican brazilian argentine argentinian chilean colombian
    peruvian venezuelan cuban jamaican australian kiwi zealander
    """
)
"""Nationality words that can stand for a person the text has named ("the American")."""

PARTIES = wordset(
    """
    labour conservatives tories democrats republicans liberals greens snp ukip plaid
    likud fidesz podemos syriza bjp anc zanu-pf ennahda hamas hezbollah fatah
    """
)
"""Parties and movements a story names by one word: they speak as bodies, never "he"."""

COUNTRIES = wordset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia botswana brazil britain brunei bulgaria burundi cambodia cameroon canada
    chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
    dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji finland france
    gabon gambia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
    mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
    morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
    qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore
    slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda
    ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia zimbabwe
    """
)
"""One-word names of countries (and the UK's nations): a country speaks as a body,
never as a person a pronoun can stand for ("England suffered more shame ... he").
Names that are as often people's ("Jordan", "Georgia", "Chad") are left out."""


EPITHETS = wordset(
    """
    star striker goalkeeper keeper forward midfielder defender winger playmaker captain
    veteran youngster teenager skipper batsman bowler pitcher quarterback
    """
)
"""Nouns sports and news writing call the person in focus by ("the Aston Villa star")."""
