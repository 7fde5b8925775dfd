/**
 * The explanation behind every rule id, for `staat explain RULEID` and the README's rule table.
 * Written for the people who write a Stand van de Uitvoering at UWV, SVB, IND, DUO and others:
 * plain Dutch, no developer jargon, examples taken from real-looking Standen.
 *
 * `wrong` and `right` are shown verbatim (indented) under "Fout:" and "Goed:". Where a YAML
 * snippet leaves fields out, a `# …` comment says so, so the snippet stays valid YAML. File rules
 * start with a comment line naming the file; rules about the file itself (size, encoding,
 * links) describe the situation in words, because no snippet can show it.
 */

export interface RuleDoc {
  /** What the rule checks and why it matters for the report (2–4 sentences). */
  explanation: string;
  /** A short, realistic example that triggers the rule. */
  wrong: string;
  /** The same example, corrected. */
  right: string;
  /** What to do, concretely. */
  fix: string;
}

/** Joins lines; keeps the examples below readable as the YAML they show. */
function lines(...parts: string[]): string {
  return parts.join('\n');
}

export const RULE_DOCS: Record<string, RuleDoc> = {
  // ── YAML and front matter ────────────────────────────────────────────────────────────────
  'yaml-syntax': {
    explanation:
      'De YAML-gegevens (het gegevensblok tussen de twee regels --- in een .md-Stand, of een heel .yaml-bestand) kunnen niet worden gelezen. ' +
      'Meestal komt dat door een dubbele punt midden in een tekst, een ontbrekend aanhalingsteken of een verkeerde inspringing. ' +
      'Zolang dit niet klopt, kan staat niets uit het bestand gebruiken: de hele Stand ontbreekt dan in het rapport.',
    wrong: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    titel: Wachttijd WIA: mensen wachten maanden op een beslissing',
    ),
    right: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    titel: "Wachttijd WIA: mensen wachten maanden op een beslissing"',
    ),
    fix:
      'Ga naar de regel en kolom uit de melding. Zet tekst met een dubbele punt, # of een aanhalingsteken aan het begin tussen dubbele aanhalingstekens. ' +
      'Controleer dat velden op hetzelfde niveau precies even ver inspringen, met spaties en niet met tabs. ' +
      'Lange teksten schrijft u het veiligst als blok met >- na de dubbele punt en de tekst ingesprongen op de regels eronder.',
  },
  'yaml-duplicate-key': {
    explanation:
      'Hetzelfde veld staat twee keer in één blok, bijvoorbeeld twee keer thema in hetzelfde knelpunt. ' +
      'Dan is niet duidelijk welke waarde bedoeld is, en een van beide zou stilzwijgend verdwijnen. ' +
      'Vaak is een blok gekopieerd en maar half aangepast.',
    wrong: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    thema: gegevensuitwisseling',
      '    # …',
      '    thema: complexe-regelgeving',
    ),
    right: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    thema: gegevensuitwisseling',
      '    subthemas: [complexe-regelgeving]',
    ),
    fix:
      'Kies welke waarde geldt en verwijder de andere regel. Hoort een tweede thema er echt bij, zet het dan in subthemas. ' +
      'Hebt u een heel knelpunt gekopieerd, controleer dan of het tweede knelpunt een eigen regel "- id:" heeft.',
  },
  'front-matter-missing': {
    explanation:
      'Een Stand als Markdown-bestand (.md) begint met een blok gegevens in YAML, het gegevensblok, tussen twee regels met precies drie streepjes (---). ' +
      'Dit bestand heeft dat blok niet, of het blok wordt niet afgesloten. ' +
      'Zonder gegevensblok weet staat niet van welke organisatie de Stand is en welke knelpunten erin staan.',
    wrong: lines(
      '# standen/2024/uwv.md',
      'organisatie: uwv',
      'verslagjaar: 2024',
      'knelpunten: []',
      '',
      'In 2024 stond de uitvoering van de sociale zekerheid opnieuw onder druk.',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      '---',
      'organisatie: uwv',
      'verslagjaar: 2024',
      'knelpunten: []',
      '---',
      '',
      'In 2024 stond de uitvoering van de sociale zekerheid opnieuw onder druk.',
    ),
    fix:
      'Zet op de allereerste regel van het bestand --- en zet na het laatste YAML-veld nog een regel ---. ' +
      'Daaronder komt de samenvatting als gewone tekst. Er mag niets (ook geen lege regel) vóór de eerste --- staan.',
  },
  'front-matter-language': {
    explanation:
      'Het gegevensblok van deze Stand is aangemerkt als een andere taal dan YAML, bijvoorbeeld ---js of ---javascript. ' +
      'Zo’n gegevensblok zou programmacode zijn; staat voert ingestuurde inhoud om veiligheidsredenen nooit uit en leest het blok daarom helemaal niet. ' +
      'De Stand wordt dus niet gebruikt tot het gegevensblok gewoon YAML is.',
    wrong: lines(
      '# standen/2024/svb.md',
      '---js',
      '{ organisatie: "svb", verslagjaar: 2024, knelpunten: [] }',
      '---',
    ),
    right: lines(
      '# standen/2024/svb.md',
      '---',
      'organisatie: svb',
      'verslagjaar: 2024',
      'knelpunten: []',
      '---',
    ),
    fix:
      'Maak van de eerste regel precies --- (zonder js, yaml of iets anders erachter) en schrijf de velden als YAML: één veld per regel, naam, dubbele punt, waarde.',
  },
  'samenvatting-in-md': {
    explanation:
      'In een .md-Stand is de samenvatting de gewone tekst onder het gegevensblok. ' +
      'Dit bestand heeft daarnaast een veld samenvatting in het gegevensblok. ' +
      'Dan zijn er twee samenvattingen en is niet duidelijk welke in het rapport hoort.',
    wrong: lines(
      '# standen/2024/uwv.md',
      '---',
      'organisatie: uwv',
      'verslagjaar: 2024',
      'samenvatting: De uitvoering van de sociale zekerheid staat onder druk.',
      '# …',
      '---',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      '---',
      'organisatie: uwv',
      'verslagjaar: 2024',
      '# …',
      '---',
      '',
      'De uitvoering van de sociale zekerheid staat onder druk.',
    ),
    fix:
      'Haal het veld samenvatting uit het gegevensblok en zet de tekst onder de afsluitende ---. ' +
      'Wilt u liever een veld gebruiken, maak dan van de Stand een .yaml-bestand; daar hoort de samenvatting juist wel in het veld samenvatting.',
  },
  'yaml-too-complex': {
    explanation:
      'De YAML is extreem diep genest (meer dan 64 niveaus) of gebruikt meer dan 100 keer een verwijzing naar een anker (&naam en *naam). ' +
      'Een gewone Stand komt nooit in de buurt van die grenzen; zulke bestanden kunnen het verwerken blokkeren en worden daarom geweigerd. ' +
      'Meestal is het bestand door een programma gemaakt of beschadigd, of is het met opzet zo opgesteld.',
    wrong:
      'Een bestand waarin een waarde als anker (&a) wordt vastgelegd en daarna honderden keren via *a wordt herhaald, ' +
      'of waarin lijsten en blokken tientallen niveaus diep in elkaar staan.',
    right:
      'Een bestand waarin elke waarde gewoon wordt uitgeschreven, zonder & en *, met hooguit een paar niveaus: ' +
      'Stand → knelpunten → knelpunt → velden.',
    fix:
      'Schrijf de gegevens uit zonder ankers (&) en verwijzingen (*). Hebt u het bestand met een programma gemaakt, ' +
      'begin dan opnieuw vanuit een schone Stand (staat new ORGANISATIE VERSLAGJAAR) en neem de teksten over.',
  },

  'number-thousands-separator': {
    explanation:
      'Een getal is geschreven met een punt tussen de duizendtallen, zoals we dat in het Nederlands doen: 23.000. ' +
      'YAML leest de punt als decimaalteken, dus 23.000 wordt 23, en zonder deze melding zou in het rapport aan de Tweede Kamer 23 staan in plaats van 23000. ' +
      'Daarom is elk getal van deze vorm in een getalveld een fout.',
    wrong: lines(
      'kerncijfers:',
      '  - label: Openstaande aanvragen',
      '    waarde: 23.000',
    ),
    right: lines(
      'kerncijfers:',
      '  - label: Openstaande aanvragen',
      '    waarde: 23000',
    ),
    fix:
      'Schrijf het getal zonder punten: 23000. Gebruik een punt alleen als decimaalteken (7.5) en nooit een komma.',
  },

  'invisible-character': {
    explanation:
      'In de tekst staat een teken dat u niet ziet of dat op een gewoon teken lijkt: een harde spatie (U+00A0), een onzichtbare spatie (U+200B–U+200D, U+FEFF) of een typografisch aanhalingsteken (“ ” ‘ ’) waar YAML een recht aanhalingsteken verwacht. ' +
      'Zulke tekens komen mee bij kopiëren uit Word, e-mail of een webpagina. In een code, een veldnaam of de YAML zelf veranderen ze de betekenis: thema: ict met een harde spatie is een ander thema dan ict. Dat is een fout; in gewone tekst is het een waarschuwing.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    titel: “Wachttijd WIA”',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    titel: "Wachttijd WIA"',
    ),
    fix:
      'Ga naar de plek uit de melding (de melding noemt het teken en zijn code, zoals U+00A0) en vervang het teken door een gewone spatie of een recht aanhalingsteken ", of haal het weg. ' +
      'Plak tekst uit Word bij voorkeur als platte tekst.',
  },
  'unused-suppression': {
    explanation:
      'Met een regel # staat-disable-next-line <regel> -- <reden> direct boven een regel zegt u dat een waarschuwing daar bewust niet wordt opgelost. ' +
      'Deze uitzondering onderdrukt niets: op de regel eronder staat die melding niet (meer), of de melding is een fout. ' +
      'Fouten kunnen nooit worden onderdrukt, want met fouten kan het rapport niet kloppen.',
    wrong: lines(
      'knelpunten:',
      '  # staat-disable-next-line unknown-thema -- Ons eigen thema.',
      '  - id: wachttijd-wia',
    ),
    right: lines(
      'knelpunten:',
      '  # staat-disable-next-line missing-oplossingsrichting -- Volgt in de Stand van 2025.',
      '  - id: wachttijd-wia',
    ),
    fix: 'Haal de uitzondering weg als de melding is opgelost. Is het een fout, los die dan op. Staat de uitzondering op de verkeerde plek, zet haar direct boven de regel waar de melding begint.',
  },
  'suppression-without-reason': {
    explanation:
      'Een uitzondering (# staat-disable-next-line) onderdrukt een waarschuwing. Wie het bestand later leest, moet kunnen zien waarom; daarom hoort er na -- een reden te staan.',
    wrong: lines(
      'knelpunten:',
      '  # staat-disable-next-line missing-oplossingsrichting',
      '  - id: wachttijd-wia',
    ),
    right: lines(
      'knelpunten:',
      '  # staat-disable-next-line missing-oplossingsrichting -- Volgt in de Stand van 2025.',
      '  - id: wachttijd-wia',
    ),
    fix: 'Schrijf achter de regel-id twee streepjes en een korte reden: -- Volgt in de Stand van 2025.',
  },

  // ── Files and folders ────────────────────────────────────────────────────────────────────
  'file-name-mismatch': {
    explanation:
      'De naam van een Stand-bestand is de organisatie-id en de map erboven is het verslagjaar: standen/2024/uwv.md is de Stand van UWV over 2024. ' +
      'Hier klopt de bestandsnaam niet met het veld organisatie, of de map niet met het veld verslagjaar. ' +
      'Dan is niet zeker bij welke organisatie of welk jaar de knelpunten horen.',
    wrong: lines(
      '# standen/2023/uwv.md',
      'organisatie: uwv',
      'verslagjaar: 2024',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      'organisatie: uwv',
      'verslagjaar: 2024',
    ),
    fix:
      'Zet het bestand in de map van het juiste verslagjaar en noem het naar de organisatie-id, in kleine letters: uwv.md, niet UWV.md of stand-uwv-2024.md. ' +
      'Klopt de plek wel, pas dan organisatie of verslagjaar in het bestand aan.',
  },
  'duplicate-stand': {
    explanation:
      'Er zijn twee Standen van dezelfde organisatie over hetzelfde verslagjaar, bijvoorbeeld een .md- en een .yaml-versie. ' +
      'Per organisatie en jaar telt precies één Stand; bij twee bestanden is niet duidelijk welke geldt.',
    wrong: lines(
      'standen/2024/svb.md',
      'standen/2024/svb.yaml',
    ),
    right: 'standen/2024/svb.md',
    fix:
      'Bepaal welk bestand de actuele Stand is en verwijder het andere (of haal het uit de map standen). ' +
      'Staan er in beide bestanden nog knelpunten die u wilt houden, zet ze dan eerst samen in het bestand dat blijft.',
  },
  'stand-misplaced': {
    explanation:
      'Dit bestand lijkt een Stand (het eindigt op .md, .markdown, .yml of .yaml), maar staat niet op een plek of heeft geen naam die staat leest. ' +
      'Zonder deze melding zou de Stand stilletjes ontbreken in het rapport. ' +
      'Een Stand staat direct in de map van zijn verslagjaar en heet naar de organisatie, met de extensie .md of .yaml in kleine letters.',
    wrong: lines(
      'standen/uwv.md',
      'standen/2024/duo.yml',
      'standen/2024/CJIB.MD',
      'standen/2024/concept/ind.md',
    ),
    right: lines(
      'standen/2024/uwv.md',
      'standen/2024/duo.yaml',
      'standen/2024/cjib.md',
      'standen/2024/ind.md',
    ),
    fix: 'Verplaats of hernoem het bestand naar standen/<verslagjaar>/<organisatie>.md of .yaml. Een concept dat nog niet mee mag, hoort buiten de map standen.',
  },
  'file-unreadable': {
    explanation:
      'Een bestand of map in de inhoudsmap kan niet worden gelezen: er is geen leesrecht, of op de plek van een bestand staat iets anders, zoals een map. ' +
      'Wat erin staat, zou dan ongemerkt uit het rapport wegvallen; daarom is dit een fout.',
    wrong: lines(
      'registers/themas.yaml/        (een map in plaats van een bestand)',
      'standen/2024/                 (zonder leesrecht)',
    ),
    right: lines(
      'registers/themas.yaml         (een gewoon tekstbestand)',
      'standen/2024/                 (leesbaar voor wie staat draait)',
    ),
    fix: 'Zet op die plek het bestand zelf neer, of geef leesrechten (bijvoorbeeld met chmod of via de eigenschappen van de map).',
  },
  'edition-missing': {
    explanation:
      'staat.yaml beschrijft de editie: titel, editielabel en verslagjaar. Zonder dat bestand weet staat niet welke Standen in het rapport horen. ' +
      'Deze melding ziet u vooral als staat.yaml verdwijnt terwijl staat dev draait; zonder staat.yaml vindt staat de inhoudsmap niet eens.',
    wrong: '(staat.yaml ontbreekt in de inhoudsmap)',
    right: lines(
      'titel: Staat van de Uitvoering 2024',
      'editie: "2024"',
      'verslagjaar: 2024',
    ),
    fix: 'Zet staat.yaml terug in de inhoudsmap, met ten minste titel, editie en verslagjaar.',
  },
  'licentie-unknown': {
    explanation:
      'licentie in staat.yaml zegt onder welke voorwaarden iedereen de open data in data/ mag gebruiken; de code komt in datapackage.json en op de pagina Open data. ' +
      'Een code die niet op de SPDX-lijst staat (vaak een tikfout of spaties in plaats van streepjes) kan een computer niet herkennen.',
    wrong: 'licentie: CC BY 4.0',
    right: 'licentie: CC-BY-4.0',
    fix: 'Gebruik de SPDX-code van de licentie (https://spdx.org/licenses/), zoals CC0-1.0 of CC-BY-4.0, of LicenseRef-<naam> voor een eigen licentie. Zonder licentie-veld geldt CC0-1.0.',
  },
  'bron-url-placeholder': {
    explanation:
      'Met bron_url wordt elke bronvermelding bestand:regel in het rapport een link naar die regel, bijvoorbeeld in een Git-repository. ' +
      'staat vult {pad} (het pad van het bestand ten opzichte van de inhoudsmap) en {regel} (het regelnummer) in; zonder een van beide wijst de link niet naar de juiste plek.',
    wrong: 'bron_url: https://github.com/organisatie/staat/blob/main/content/',
    right: 'bron_url: https://github.com/organisatie/staat/blob/main/content/{pad}#L{regel}',
    fix: 'Zet {pad} in het adres waar het pad van het bestand hoort en {regel} waar het regelnummer hoort.',
  },
  'unexpected-file': {
    explanation:
      'Dit bestand staat in de map standen of registers, maar op een plek of met een naam die staat niet leest. ' +
      'Een Stand hoort in standen/<verslagjaar>/ en eindigt op .md of .yaml; de map registers bevat alleen ministeries.yaml, organisaties.yaml, themas.yaml en oproepen.yaml. ' +
      'Het bestand wordt overgeslagen, dus wat erin staat komt niet in het rapport.',
    wrong: lines(
      'standen/uwv.md',
      'standen/2024/duo.yml',
      'standen/2024/ind-stand.docx',
    ),
    right: lines(
      'standen/2024/uwv.md',
      'standen/2024/duo.yaml',
      'standen/2024/ind.md',
    ),
    fix:
      'Zet de Stand in de map van het verslagjaar, gebruik de extensie .yaml (niet .yml) of .md, en lever geen Word-, PDF- of andere bestanden aan in deze mappen. ' +
      'Is het bestand alleen een kladversie of bijlage, haal het dan uit de inhoudsmap.',
  },
  'file-too-large': {
    explanation:
      'Het bestand is groter dan 1 MB. Een Stand is tekst; zelfs een uitgebreide Stand is maar enkele tientallen KB. ' +
      'Zo’n groot bestand bevat bijna altijd iets wat er niet in hoort, zoals een ingeplakte afbeelding, tabel of heel jaarverslag, en wordt daarom niet gelezen.',
    wrong:
      'Een Stand van 3 MB waarin een grafiek als afbeelding is ingeplakt en het volledige jaarverslag als bijlage is opgenomen.',
    right:
      'Een Stand van enkele tientallen KB met alleen de knelpunten, lichtpunten en samenvatting, en een link naar het jaarverslag in bronnen of bron_url.',
    fix:
      'Haal afbeeldingen, bijlagen en lange overgenomen stukken uit het bestand. Verwijs naar de volledige publicatie met een link in bron_url of in bronnen van het knelpunt. ' +
      'Cijfers die u wilt laten zien, zet u als kerncijfers in de Stand.',
  },
  'file-binary': {
    explanation:
      'Het bestand bevat binaire gegevens (NUL-tekens) en is dus geen tekstbestand. ' +
      'Dat gebeurt als een Word-document, PDF of spreadsheet wordt hernoemd naar .md of .yaml. ' +
      'staat kan zo’n bestand niet lezen; de Stand ontbreekt dan in het rapport.',
    wrong: 'Een Word-document (Stand 2024.docx) dat is hernoemd naar standen/2024/ind.md.',
    right: 'Een tekstbestand standen/2024/ind.md, gemaakt in een teksteditor, met een gegevensblok tussen --- en de samenvatting eronder.',
    fix:
      'Maak de Stand als tekstbestand, bijvoorbeeld met staat new ind 2024 of in een teksteditor zoals Kladblok of Visual Studio Code, ' +
      'en kopieer de teksten uit het Word-document erin. Hernoemen alleen is niet genoeg.',
  },
  'file-encoding': {
    explanation:
      'Het bestand is niet als UTF-8 opgeslagen, maar bijvoorbeeld als UTF-16, Windows-1252 of Latin-1. ' +
      'Letters met accenten, zoals in "financiën" of "één", zouden dan verkeerd in het rapport komen. ' +
      'staat leest alleen UTF-8, de gangbare codering voor tekstbestanden.',
    wrong: 'Een Stand die in Kladblok is opgeslagen met codering "Unicode" (UTF-16) of "ANSI" (Windows-1252).',
    right: 'Dezelfde Stand, opgeslagen met codering "UTF-8".',
    fix:
      'Open het bestand in uw editor, kies "Opslaan als" en kies bij codering UTF-8. In Visual Studio Code klikt u rechtsonder op de codering en kiest u "Save with Encoding" → UTF-8. ' +
      'Controleer daarna of letters met accenten nog goed staan.',
  },
  'symlink-outside-root': {
    explanation:
      'Dit is een snelkoppeling (symbolische link) die naar een bestand buiten de inhoudsmap wijst, of naar een bestand dat niet bestaat. ' +
      'staat volgt zulke links niet: zo kan een ingestuurde inhoudsmap nooit andere bestanden op de computer of server laten meelezen. ' +
      'Het bestand waar de link naar wijst komt dus niet in het rapport.',
    wrong:
      'In standen/2024/ staat cak.md als snelkoppeling naar een bestand op een gedeelde schijf of in de eigen documentenmap, buiten de inhoudsmap.',
    right: 'In standen/2024/ staat cak.md als gewoon bestand, een kopie van de Stand zelf.',
    fix:
      'Verwijder de snelkoppeling en zet het bestand zelf in de inhoudsmap, op de plek waar de link stond. ' +
      'Wijst de link naar een bestand dat niet meer bestaat, zoek dan de juiste versie op en zet die neer.',
  },

  // ── References to the registers ──────────────────────────────────────────────────────────
  'unknown-organisatie': {
    explanation:
      'Een organisatie-id (in organisatie, in ketenpartners van een knelpunt of in organisaties van een lichtpunt) staat niet in registers/organisaties.yaml. ' +
      'Het rapport koppelt knelpunten via deze ids aan organisaties en hun driehoek; een onbekende id kan nergens aan gekoppeld worden. ' +
      'Vaak is het een tikfout of een afkorting in hoofdletters; de melding noemt dan de id die u waarschijnlijk bedoelde.',
    wrong: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    # …',
      '    ketenpartners: [belastingsdienst, sociale-verzekeringsbank]',
    ),
    right: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    # …',
      '    ketenpartners: [belastingdienst, svb]',
    ),
    fix:
      'Neem de id over zoals hij in organisaties.yaml staat (kleine letters, de suggestie in de melding helpt). ' +
      'Ontbreekt de organisatie echt in het register, bijvoorbeeld een gemeente of een nieuwe dienst, vraag de redactie van de Staat dan om haar toe te voegen.',
  },
  'unknown-thema': {
    explanation:
      'Een thema (thema of subthemas van een knelpunt, of thema van een lichtpunt of dilemma) staat niet in registers/themas.yaml. ' +
      'Het rapport groepeert knelpunten per thema en leidt daaruit ook de oproepen af; met een onbekend thema valt het knelpunt buiten die overzichten. ' +
      'De melding noemt het thema dat u waarschijnlijk bedoelde, ook als u een synoniem gebruikte.',
    wrong: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    thema: gegevensdeling',
    ),
    right: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    thema: gegevensuitwisseling',
    ),
    fix:
      'Gebruik een id uit themas.yaml, zoals complexe-regelgeving, gegevensuitwisseling of capaciteit-personeel; de suggestie in de melding helpt. ' +
      'Past geen enkel thema, kies dan het dichtstbijzijnde en bespreek een nieuw thema met de redactie van de Staat.',
  },
  'unknown-ministerie': {
    explanation:
      'Een ministerie-id (in opdrachtgever van een knelpunt, of in een register) staat niet in registers/ministeries.yaml. ' +
      'Het rapport laat per ministerie zien waar knelpunten liggen; een onbekende id telt daar niet mee. ' +
      'Ministeries gebruiken korte ids in kleine letters, zoals szw, vws en jenv.',
    wrong: lines(
      '  - id: pgb-trekkingsrecht-betalingen',
      '    actie_bij: [opdrachtgever]',
      '    opdrachtgever: minvws',
    ),
    right: lines(
      '  - id: pgb-trekkingsrecht-betalingen',
      '    actie_bij: [opdrachtgever]',
      '    opdrachtgever: vws',
    ),
    fix:
      'Gebruik de id uit ministeries.yaml (de suggestie in de melding helpt). Let op ministeries die van naam veranderd zijn: ' +
      'sinds 2024 bestaan bijvoorbeeld ez en lvvn naast de oudere ezk en lnv.',
  },

  // ── Driehoek and opdrachtgever ───────────────────────────────────────────────────────────
  'opdrachtgever-not-in-driehoek': {
    explanation:
      'Het veld opdrachtgever noemt een ministerie dat in dat verslagjaar geen opdrachtgever van de organisatie is volgens organisaties.yaml. ' +
      'Het rapport gebruikt de driehoek (eigenaar, opdrachtgevers, opdrachtnemer) om te laten zien bij wie de actie ligt; een opdrachtgever buiten de driehoek geeft een verkeerd beeld.',
    wrong: lines(
      '# standen/2024/uwv.md',
      'organisatie: uwv',
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: [opdrachtgever]',
      '    opdrachtgever: vws',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      'organisatie: uwv',
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: [opdrachtgever]',
      '    opdrachtgever: szw',
    ),
    fix:
      'Kies een opdrachtgever die in organisaties.yaml bij uw organisatie en dit jaar hoort. ' +
      'Moet de actie komen van een ander ministerie dat geen opdrachtgever is, gebruik dan in actie_bij een andere rol (bijvoorbeeld politiek of ketenpartner) en laat opdrachtgever weg. ' +
      'Is de driehoek in het register verouderd, meld dat dan aan de redactie van de Staat.',
  },
  'opdrachtgever-ambiguous': {
    explanation:
      'Uw organisatie heeft in dit jaar meer dan één opdrachtgever (meervoudig opdrachtgeverschap), het knelpunt vraagt actie van de opdrachtgever, maar er staat niet bij welke. ' +
      'Het rapport kan het knelpunt dan niet aan één ministerie toewijzen. De SVB werkt bijvoorbeeld voor SZW en, voor het pgb-trekkingsrecht, voor VWS.',
    wrong: lines(
      '# standen/2024/svb.yaml',
      'organisatie: svb',
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: pgb-trekkingsrecht-betalingen',
      '    # …',
      '    actie_bij: [opdrachtgever]',
    ),
    right: lines(
      '# standen/2024/svb.yaml',
      'organisatie: svb',
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: pgb-trekkingsrecht-betalingen',
      '    # …',
      '    actie_bij: [opdrachtgever]',
      '    opdrachtgever: vws',
    ),
    fix:
      'Voeg het veld opdrachtgever toe met de id van het ministerie dat de actie moet nemen, gekozen uit de opdrachtgevers van uw organisatie in dat jaar. ' +
      'Ligt de actie bij meer dan één opdrachtgever, kies dan het ministerie dat het voortouw heeft en noem het andere in de beschrijving.',
  },
  'organisatie-not-active': {
    explanation:
      'Geen enkele periode in de driehoek van de organisatie (in organisaties.yaml) dekt het verslagjaar van deze Stand. ' +
      'Het rapport weet dan niet wie in dat jaar eigenaar en opdrachtgever was. ' +
      'Meestal is het verslagjaar verkeerd, of bestond de organisatie in die vorm nog niet.',
    wrong: lines(
      '# standen/2019/toeslagen.md',
      'organisatie: toeslagen',
      'verslagjaar: 2019',
    ),
    right: lines(
      '# standen/2020/toeslagen.md',
      'organisatie: toeslagen',
      'verslagjaar: 2020',
    ),
    fix:
      'Controleer het verslagjaar en de organisatie-id. Klopt allebei, dan mist er een periode in de driehoek van de organisatie in organisaties.yaml; ' +
      'vraag de redactie van de Staat om die aan te vullen.',
  },

  // ── Knelpunten over the years ────────────────────────────────────────────────────────────
  'duplicate-knelpunt-id': {
    explanation:
      'Twee knelpunten (of twee lichtpunten, of twee dilemma’s) in dezelfde Stand hebben dezelfde id. ' +
      'De id is het vaste kenmerk van een knelpunt: daarmee volgt het rapport het knelpunt door de jaren heen en krijgt het een eigen link. ' +
      'Met twee keer dezelfde id lopen de knelpunten door elkaar.',
    wrong: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een WIA-beoordeling',
      '    # …',
      '  - id: wachttijd-wia',
      '    titel: Herbeoordelingen WIA lopen achter',
      '    # …',
    ),
    right: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een WIA-beoordeling',
      '    # …',
      '  - id: achterstand-herbeoordelingen-wia',
      '    titel: Herbeoordelingen WIA lopen achter',
      '    # …',
    ),
    fix:
      'Zijn het twee verschillende knelpunten, geef het nieuwe dan een eigen id. Laat het knelpunt dat al in eerdere jaren voorkwam zijn oude id houden, anders raakt de geschiedenis kwijt. ' +
      'Gaat het om hetzelfde knelpunt, voeg de twee dan samen.',
  },
  'eerste-melding-after-verslagjaar': {
    explanation:
      'Het jaar in eerste_melding ligt na het verslagjaar van de Stand. Een knelpunt kan niet voor het eerst gemeld zijn in een jaar dat nog moet komen. ' +
      'Het rapport berekent met eerste_melding hoe lang een knelpunt al speelt; een jaar in de toekomst maakt die berekening onzinnig.',
    wrong: lines(
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    eerste_melding: 2025',
    ),
    right: lines(
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    eerste_melding: 2020',
    ),
    fix:
      'Vul het jaar in waarin het knelpunt voor het eerst in een Stand (of een ander stuk) werd gemeld. Weet u het niet, laat het veld dan weg: ' +
      'staat neemt dan het eerste verslagjaar waarin het knelpunt met deze id voorkomt.',
  },
  'status-nieuw-but-known': {
    explanation:
      'Het knelpunt heeft status nieuw, maar een knelpunt met dezelfde id staat al in een eerdere Stand van uw organisatie. ' +
      'Het rapport telt per jaar hoeveel knelpunten echt nieuw zijn; een oud knelpunt dat als nieuw staat, vertekent dat beeld.',
    wrong: lines(
      '# standen/2024/uwv.md (het knelpunt stond ook in standen/2023/uwv.md)',
      '  - id: tekort-verzekeringsartsen',
      '    # …',
      '    status: nieuw',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      '  - id: tekort-verzekeringsartsen',
      '    # …',
      '    status: in_uitvoering',
    ),
    fix:
      'Geef de status die het knelpunt nu heeft: in_analyse, in_uitvoering, deels_opgelost, opgelost, structureel_onopgelost of vervallen. ' +
      'Is het echt een ander knelpunt, geef het dan een eigen id.',
  },
  'knelpunt-verdwenen': {
    explanation:
      'In de vorige Stand van uw organisatie stond een knelpunt dat nog open was (status niet opgelost of vervallen), maar in deze Stand komt het niet meer voor. ' +
      'Het rapport volgt knelpunten door de jaren heen; als een knelpunt zonder uitleg verdwijnt, kan de lezer niet zien of het is opgelost of vergeten.',
    wrong: lines(
      '# standen/2023/uwv.md',
      '  - id: tekort-verzekeringsartsen',
      '    status: in_uitvoering',
      '',
      '# standen/2024/uwv.md: geen knelpunt met id tekort-verzekeringsartsen',
    ),
    right: lines(
      '# standen/2024/uwv.md',
      '  - id: tekort-verzekeringsartsen',
      '    # …',
      '    status: deels_opgelost',
    ),
    fix:
      'Neem het knelpunt over in de nieuwe Stand met dezelfde id en de status van nu, ook als die opgelost of vervallen is; licht in de beschrijving toe wat er veranderde. ' +
      'Hebt u het knelpunt een nieuwe id gegeven, gebruik dan weer de oude id. staat new neemt open knelpunten automatisch over.',
  },
  'gedeeld-knelpunt-single': {
    explanation:
      'Met gedeeld_knelpunt geven organisaties aan dat zij hetzelfde knelpunt zien; het rapport voegt knelpunten met dezelfde waarde samen tot één overkoepelend knelpunt. ' +
      'Deze waarde komt dit jaar maar bij één organisatie voor, dus er wordt niets samengevoegd. ' +
      'Vaak schrijven de organisaties de waarde net anders.',
    wrong: lines(
      '# standen/2024/svb.yaml',
      '    gedeeld_knelpunt: samenloop-kindregelingen',
      '# standen/2024/toeslagen.md',
      '    gedeeld_knelpunt: samenloop-kindregeling',
    ),
    right: lines(
      '# standen/2024/svb.yaml',
      '    gedeeld_knelpunt: samenloop-kindregelingen',
      '# standen/2024/toeslagen.md',
      '    gedeeld_knelpunt: samenloop-kindregelingen',
    ),
    fix:
      'Spreek met de andere organisaties één schrijfwijze af en gebruik die overal precies zo. ' +
      'Deelt geen andere organisatie dit knelpunt, laat het veld dan weg; noem betrokken organisaties in ketenpartners. Dit is alleen een hint, geen fout.',
  },

  // ── Content quality ──────────────────────────────────────────────────────────────────────
  'missing-oplossingsrichting': {
    explanation:
      'Het knelpunt heeft geen oplossingsrichting. Het veld is niet verplicht, maar de Staat wil per knelpunt laten zien welke kant de oplossing op kan. ' +
      'Zonder oplossingsrichting leest het knelpunt als een klacht in plaats van een aanknopingspunt voor politiek en ministeries.',
    wrong: lines(
      '  - id: inkomensverrekening-ww-wia',
      '    titel: Verrekening van inkomsten in WW en WIA is niet te volgen',
      '    beschrijving: >-',
      '      Inkomsten naast een uitkering worden per maand verrekend met regels die per wet verschillen.',
      '    gevolgen: Mensen krijgen achteraf terugvorderingen.',
    ),
    right: lines(
      '  - id: inkomensverrekening-ww-wia',
      '    titel: Verrekening van inkomsten in WW en WIA is niet te volgen',
      '    beschrijving: >-',
      '      Inkomsten naast een uitkering worden per maand verrekend met regels die per wet verschillen.',
      '    gevolgen: Mensen krijgen achteraf terugvorderingen.',
      '    oplossingsrichting: >-',
      '      Eén verrekenregel voor alle wetten, op basis van gegevens uit de polisadministratie.',
    ),
    fix:
      'Voeg het veld oplossingsrichting toe met in een paar zinnen de richting die u ziet: een wetswijziging, extra middelen, betere gegevensuitwisseling. ' +
      'Is er nog geen oplossing in zicht, schrijf dat dan op en zeg wat nodig is om er een te vinden.',
  },
  'empty-knelpunten': {
    explanation:
      'De Stand heeft een lege lijst knelpunten. Dat mag, maar het is ongebruikelijk: knelpunten zijn de kern van de Stand van de Uitvoering. ' +
      'Vaak is de lijst nog niet ingevuld, of staan de knelpunten alleen in de samenvatting.',
    wrong: lines(
      'organisatie: duo',
      'verslagjaar: 2024',
      'knelpunten: []',
    ),
    right: lines(
      'organisatie: duo',
      'verslagjaar: 2024',
      'knelpunten:',
      '  - id: terugbetaling-studieschuld',
      '    titel: Terugbetaalregels studieschuld zijn voor oud-studenten onduidelijk',
      '    # …',
    ),
    fix:
      'Zet elk knelpunt uit uw Stand als eigen element in de lijst knelpunten, met ten minste id, titel, beschrijving, gevolgen, thema, actie_bij en status. ' +
      'Heeft uw organisatie dit jaar echt geen knelpunten, dan kunt u deze waarschuwing laten staan.',
  },
  'raw-html': {
    explanation:
      'Een tekstveld of de samenvatting bevat HTML, zoals <b>, <br> of <a href="…">. ' +
      'Om veiligheidsredenen neemt staat HTML uit ingestuurde teksten nooit over: het wordt weggelaten. Wat u ermee wilde opmaken, verdwijnt dus uit het rapport.',
    wrong: lines(
      '    gevolgen: >-',
      '      Mensen wachten <b>maanden</b> op een beslissing.<br>',
      '      Zie <a href="https://www.uwv.nl">uwv.nl</a>.',
    ),
    right: lines(
      '    gevolgen: >-',
      '      Mensen wachten **maanden** op een beslissing.',
      '      Zie [uwv.nl](https://www.uwv.nl).',
    ),
    fix:
      'Gebruik Markdown in plaats van HTML: **vet**, *schuin*, [linktekst](https://…) voor een link, een lege regel voor een nieuwe alinea en regels die beginnen met "- " voor een opsomming.',
  },

  // ── Registers (maintained by the editors of the Staat) ──────────────────────────────────
  'register-duplicate-id': {
    explanation:
      'In een register (ministeries, organisaties, thema’s of oproepen) komt dezelfde id twee keer voor. ' +
      'Standen verwijzen naar die ids; bij twee gelijke ids is niet duidelijk welke naam, driehoek of omschrijving geldt.',
    wrong: lines(
      '# registers/organisaties.yaml',
      '- id: duo',
      '  naam: Dienst Uitvoering Onderwijs',
      '  # …',
      '- id: duo',
      '  naam: DUO',
      '  # …',
    ),
    right: lines(
      '# registers/organisaties.yaml',
      '- id: duo',
      '  naam: Dienst Uitvoering Onderwijs',
      '  afkorting: DUO',
      '  # …',
    ),
    fix:
      'Voeg de twee elementen samen tot één. Zijn het echt verschillende zaken, geef er dan één een andere id en pas Standen die de oude id gebruiken aan.',
  },
  'register-period-overlap': {
    explanation:
      'Twee periodes in de driehoek van een organisatie overlappen: in minstens één jaar gelden ze allebei. ' +
      'Het rapport moet per jaar precies weten wie eigenaar en opdrachtgever was. De jaren vanaf en tot tellen allebei mee.',
    wrong: lines(
      '# registers/organisaties.yaml',
      '- id: duo',
      '  # …',
      '  driehoek:',
      '    - vanaf: 2010',
      '      tot: 2013',
      '      eigenaar: ocw',
      '      opdrachtgevers: [ocw]',
      '    - vanaf: 2013',
      '      eigenaar: ocw',
      '      opdrachtgevers: [ocw, szw]',
    ),
    right: lines(
      '# registers/organisaties.yaml',
      '- id: duo',
      '  # …',
      '  driehoek:',
      '    - vanaf: 2010',
      '      tot: 2012',
      '      eigenaar: ocw',
      '      opdrachtgevers: [ocw]',
      '    - vanaf: 2013',
      '      eigenaar: ocw',
      '      opdrachtgevers: [ocw, szw]',
    ),
    fix:
      'Laat de ene periode eindigen (tot) in het jaar vóór de volgende begint (vanaf). Verandert de driehoek midden in een jaar, kies dan één jaar als grens en leg dat vast in een opmerking.',
  },
  'register-period-order': {
    explanation:
      'Een periode in de driehoek, of een ministerie, eindigt (tot) vóór het begint (vanaf). ' +
      'Zo’n periode dekt geen enkel jaar en is bijna altijd een tikfout of omgewisselde jaartallen.',
    wrong: lines(
      '# registers/ministeries.yaml',
      '- id: ezk',
      '  naam: Ministerie van Economische Zaken en Klimaat',
      '  vanaf: 2024',
      '  tot: 2017',
    ),
    right: lines(
      '# registers/ministeries.yaml',
      '- id: ezk',
      '  naam: Ministerie van Economische Zaken en Klimaat',
      '  vanaf: 2017',
      '  tot: 2024',
    ),
    fix: 'Controleer de jaartallen: vanaf is het eerste jaar, tot het laatste jaar (allebei inclusief). Loopt iets nog door, laat tot dan weg.',
  },
  'register-unknown-ministerie': {
    explanation:
      'Een driehoekperiode in organisaties.yaml noemt als eigenaar of opdrachtgever een ministerie dat niet in ministeries.yaml staat, of dat in die jaren niet bestond. ' +
      'Na een herindeling van ministeries moeten de driehoeken mee veranderen; anders wijzen knelpunten naar een ministerie dat er niet meer is.',
    wrong: lines(
      '# registers/organisaties.yaml',
      '- id: rvo',
      '  # …',
      '  driehoek:',
      '    - vanaf: 2025',
      '      eigenaar: ezk',
      '      opdrachtgevers: [ezk, lnv]',
    ),
    right: lines(
      '# registers/organisaties.yaml',
      '- id: rvo',
      '  # …',
      '  driehoek:',
      '    - vanaf: 2025',
      '      eigenaar: ez',
      '      opdrachtgevers: [ez, lvvn]',
    ),
    fix:
      'Gebruik het ministerie dat in die jaren bestond; kijk in ministeries.yaml naar vanaf, tot en opvolger. ' +
      'Loopt een driehoekperiode over een herindeling heen, splits haar dan in twee periodes.',
  },
  'register-missing': {
    explanation:
      'Een van de vier registers (registers/ministeries.yaml, organisaties.yaml, themas.yaml of oproepen.yaml) ontbreekt of kan niet worden gebruikt. ' +
      'Alle Standen verwijzen naar deze registers; zonder register kan staat geen enkele verwijzing controleren en geen rapport maken.',
    wrong: lines(
      'registers/ministeries.yaml',
      'registers/organisaties.yaml',
      'registers/thema.yml',
      'registers/oproepen.yaml',
    ),
    right: lines(
      'registers/ministeries.yaml',
      'registers/organisaties.yaml',
      'registers/themas.yaml',
      'registers/oproepen.yaml',
    ),
    fix:
      'Zorg dat alle vier registers in de map registers staan, met precies deze namen en de extensie .yaml. ' +
      'Staat er een andere melding bij het register zelf (bijvoorbeeld yaml-syntax), los die eerst op. Registers beheert de redactie van de Staat.',
  },

  // ── Schema: the shape of each field ──────────────────────────────────────────────────────
  'schema-required': {
    explanation:
      'Een verplicht veld ontbreekt. Voor een Stand zijn dat organisatie, verslagjaar en knelpunten; voor elk knelpunt id, titel, beschrijving, gevolgen, thema, actie_bij en status. ' +
      'Zonder deze velden kan het rapport het knelpunt niet goed tonen of meetellen.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een WIA-beoordeling',
      '    beschrijving: Er zijn te weinig verzekeringsartsen.',
      '    thema: capaciteit-personeel',
      '    actie_bij: [opdrachtnemer]',
      '    status: in_uitvoering',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een WIA-beoordeling',
      '    beschrijving: Er zijn te weinig verzekeringsartsen.',
      '    gevolgen: Mensen weten maandenlang niet welk inkomen zij krijgen.',
      '    thema: capaciteit-personeel',
      '    actie_bij: [opdrachtnemer]',
      '    status: in_uitvoering',
    ),
    fix: 'Voeg het veld toe dat de melding noemt, op hetzelfde inspringniveau als de andere velden van dat blok.',
  },
  'schema-additional-properties': {
    explanation:
      'Het blok bevat een veld dat het formaat niet kent. Meestal is het een tikfout of een eigen veldnaam, zoals oplossing in plaats van oplossingsrichting. ' +
      'Wat in zo’n veld staat, komt niet in het rapport.',
    wrong: lines(
      '  - id: inkomensverrekening-ww-wia',
      '    # …',
      '    oplossing: Eén verrekenregel voor alle wetten.',
      '    ministerie: szw',
    ),
    right: lines(
      '  - id: inkomensverrekening-ww-wia',
      '    # …',
      '    oplossingsrichting: Eén verrekenregel voor alle wetten.',
      '    opdrachtgever: szw',
    ),
    fix:
      'Gebruik de veldnaam uit het formaat (een editor met de schema’s van staat schemas vult ze aan). ' +
      'Wilt u iets kwijt waarvoor geen veld bestaat, zet het dan in de beschrijving of de samenvatting.',
  },
  'schema-type': {
    explanation:
      'Een waarde is van de verkeerde soort: bijvoorbeeld tekst waar een getal hoort, of één waarde waar een lijst hoort. ' +
      'Het rapport rekent met deze velden (jaren, kerncijfers, de rollen in actie_bij) en kan dat alleen als de soort klopt.',
    wrong: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: opdrachtgever',
      '    eerste_melding: "2020"',
      'kerncijfers:',
      '  - label: WIA-aanvragen',
      '    waarde: 45.000 aanvragen',
    ),
    right: lines(
      'knelpunten:',
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: [opdrachtgever]',
      '    eerste_melding: 2020',
      'kerncijfers:',
      '  - label: WIA-aanvragen',
      '    waarde: 45000',
      '    eenheid: aanvragen',
    ),
    fix:
      'Schrijf lijsten tussen [ ] of als regels die met "- " beginnen, ook als er maar één waarde is. Zet getallen en jaartallen zonder aanhalingstekens. ' +
      'Gebruik in getallen geen punt als duizendtalscheiding (45.000 betekent in YAML 45) en zet de eenheid in een apart veld.',
  },
  'schema-enum': {
    explanation:
      'De waarde staat niet in de lijst van toegestane waarden. Dat geldt voor onder meer status, actie_bij, doelgroepen, urgentie, herkomst en oproepen. ' +
      'Het rapport telt en groepeert op precies deze waarden, dus een afwijkende schrijfwijze valt overal buiten.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    # …',
      '    status: in uitvoering',
      '    actie_bij: [minister, opdrachtnemer]',
      '    urgentie: Hoog',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    # …',
      '    status: in_uitvoering',
      '    actie_bij: [politiek, opdrachtnemer]',
      '    urgentie: hoog',
    ),
    fix:
      'Kies een van de waarden die de melding noemt en schrijf die precies zo: kleine letters, met een liggend streepje (_) in plaats van een spatie. ' +
      'Status is bijvoorbeeld een van nieuw, in_analyse, in_uitvoering, deels_opgelost, opgelost, structureel_onopgelost of vervallen.',
  },
  'schema-pattern': {
    explanation:
      'De waarde heeft niet de vorm die het veld vraagt. Ids (van knelpunten, thema’s, organisaties) bestaan alleen uit kleine letters, cijfers en losse streepjes, zoals wachttijd-wia; ' +
      'data hebben de vorm JJJJ-MM-DD en webadressen beginnen met http:// of https://. ' +
      'Zo blijven ids bruikbaar in links en bestandsnamen van het rapport.',
    wrong: lines(
      '  - id: Wachttijd_WIA 2024',
      '    # …',
      '    bronnen: [www.uwv.nl/jaarverslag]',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    # …',
      '    bronnen: [https://www.uwv.nl/jaarverslag]',
    ),
    fix:
      'Schrijf ids in kleine letters met streepjes tussen de woorden, zonder spaties, liggende streepjes of accenten. ' +
      'Verander de id van een bestaand knelpunt niet tussen jaren. Begin webadressen met https://.',
  },
  'schema-format': {
    explanation:
      'Een datum of webadres heeft wel ongeveer de goede vorm, maar is geen geldige datum of geen geldig webadres, bijvoorbeeld 30 februari of maand 13. ' +
      'Het rapport toont en sorteert op deze datums en maakt van webadressen links.',
    wrong: lines(
      'publicatiedatum: 2024-02-30',
      'bron_url: https://www.svb.nl/stand van de uitvoering',
    ),
    right: lines(
      'publicatiedatum: 2024-02-29',
      'bron_url: https://www.svb.nl/stand-van-de-uitvoering',
    ),
    fix:
      'Schrijf datums als JJJJ-MM-DD met een bestaande dag en maand (18 oktober 2024 is 2024-10-18). ' +
      'Kopieer webadressen uit de adresbalk van de browser; een adres bevat geen spaties.',
  },
  'schema-min-length': {
    explanation:
      'Een tekst is leeg of te kort. De titel van een knelpunt moet minstens 5 tekens hebben; andere teksten, zoals beschrijving en gevolgen, mogen niet leeg zijn. ' +
      'Een leeg veld is in het rapport een gat, en een titel als "WIA" zegt de lezer niets.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    titel: WIA',
      '    beschrijving: ""',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een WIA-beoordeling',
      '    beschrijving: Er zijn te weinig verzekeringsartsen om alle beoordelingen op tijd te doen.',
    ),
    fix: 'Vul de tekst aan. Een goede titel zegt in één zin wat er misgaat en voor wie. Hebt u voor een optioneel veld nog geen tekst, laat het veld dan helemaal weg.',
  },
  'schema-max-length': {
    explanation:
      'Een tekst is langer dan toegestaan. De titel van een knelpunt mag hoogstens 120 tekens hebben, een id hoogstens 80. ' +
      'Titels verschijnen in overzichten en tabellen van het rapport en moeten daar in één oogopslag te lezen zijn.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    titel: >-',
      '      Door het tekort aan verzekeringsartsen en de groeiende vraag wachten mensen die twee jaar ziek zijn',
      '      maanden op een beslissing over hun WIA-uitkering',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    titel: Mensen wachten maanden op een beslissing over hun WIA-uitkering',
      '    beschrijving: >-',
      '      Door het tekort aan verzekeringsartsen en de groeiende vraag duurt de beoordeling lang.',
    ),
    fix: 'Maak de titel korter en zet de toelichting in beschrijving of gevolgen. Houd ids kort: een paar woorden met streepjes ertussen.',
  },
  'schema-minimum': {
    explanation:
      'Een getal is kleiner dan toegestaan. Jaartallen (verslagjaar, eerste_melding, vanaf, tot) liggen tussen 2000 en 2100. ' +
      'Een te klein jaartal is bijna altijd een tikfout, en het rapport rekent met deze jaren.',
    wrong: lines(
      '  - id: tekort-verzekeringsartsen',
      '    # …',
      '    eerste_melding: 202',
    ),
    right: lines(
      '  - id: tekort-verzekeringsartsen',
      '    # …',
      '    eerste_melding: 2020',
    ),
    fix: 'Controleer het getal en schrijf jaartallen voluit met vier cijfers.',
  },
  'schema-maximum': {
    explanation:
      'Een getal is groter dan toegestaan. Jaartallen (verslagjaar, eerste_melding, vanaf, tot) liggen tussen 2000 en 2100. ' +
      'Een te groot jaartal is bijna altijd een tikfout, en het rapport rekent met deze jaren.',
    wrong: lines(
      'organisatie: ind',
      'verslagjaar: 20024',
    ),
    right: lines(
      'organisatie: ind',
      'verslagjaar: 2024',
    ),
    fix: 'Controleer het getal en schrijf jaartallen met precies vier cijfers.',
  },
  'schema-min-items': {
    explanation:
      'Een lijst heeft te weinig elementen. actie_bij moet minstens één rol noemen: het rapport laat per rol zien waar de actie moet komen, en een knelpunt zonder rol valt daar buiten.',
    wrong: lines(
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: []',
    ),
    right: lines(
      '  - id: wachttijd-wia',
      '    # …',
      '    actie_bij: [opdrachtnemer, opdrachtgever]',
    ),
    fix:
      'Noem ten minste één rol waar de oplossing vandaan moet komen: politiek, eigenaar, opdrachtgever, opdrachtnemer, ketenpartner, medeoverheid of eu.',
  },
  'schema-unique-items': {
    explanation:
      'In een lijst staat dezelfde waarde twee keer, bijvoorbeeld een rol in actie_bij of een thema in subthemas. ' +
      'Het rapport zou het knelpunt dan dubbel tellen bij die rol of dat thema.',
    wrong: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    # …',
      '    actie_bij: [opdrachtgever, medeoverheid, opdrachtgever]',
      '    doelgroepen: [burgers, burgers]',
    ),
    right: lines(
      '  - id: gegevens-gemeenten-participatiewet',
      '    # …',
      '    actie_bij: [opdrachtgever, medeoverheid]',
      '    doelgroepen: [burgers]',
    ),
    fix: 'Verwijder de dubbele waarde uit de lijst.',
  },
};
