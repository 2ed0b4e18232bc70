// What each issue code says in Danish: the renderer's Danish interface, the CLI and the messages
// of ApiError (logs, tests). `{name}` is filled from the issue's params.
export const issueTextsDa = {
  // Input that does not fit the contract (from the schemas, see zodIssues.ts).
  required: 'mangler',
  'title-missing': 'titlen mangler',
  'too-long': 'må højst være {maximum} tegn',
  'too-short': 'skal være mindst {minimum} tegn',
  'too-many': 'må højst have {maximum} elementer',
  'too-few': 'skal have mindst {minimum} elementer',
  'too-large': 'må højst være {maximum}',
  'too-small': 'skal være mindst {minimum}',
  'invalid-type': 'har forkert type (forventede {expected})',
  'invalid-id': 'ugyldigt id',
  'invalid-uuid': 'ugyldigt UUID',
  'invalid-date': 'dato skal skrives ÅÅÅÅ-MM-DD',
  'not-a-calendar-date': 'datoen findes ikke i kalenderen',
  'date-out-of-range': 'datoen skal ligge mellem 1900-01-01 og 2999-12-31',
  'invalid-datetime': 'ugyldigt tidspunkt (ISO 8601 med tidszone)',
  'time-out-of-range': 'tidspunktet skal ligge mellem {earliest} og {latest}',
  'invalid-format': 'har et ugyldigt format',
  'invalid-value': 'ugyldig værdi (gyldige: {values})',
  'unknown-keys': 'ukendte felter: {keys}',
  invalid: 'ugyldig værdi',
  'unknown-link': 'ukendt link-id "{id}" (findes ikke i indholdet)',
  'unknown-factor': 'ukendt succesfaktor "{id}"',
  'unknown-backup': 'ukendt sikkerhedskopi',
  'unknown-draft': 'ukendt kladde',

  // The door and the handlers.
  'unknown-method': 'Ukendt kald: {method}',
  'sender-gone': 'Kaldet kom fra en ramme, der ikke længere findes.',
  'sender-subframe': 'Kun appens hovedvindue må kalde appen.',
  'sender-foreign': 'Kaldet kom fra en fremmed oprindelse.',
  'external-url-refused': 'Kun http-, https- og mailto-links kan åbnes uden for appen.',
  'file-not-exported': 'Samspil åbner kun filer, som programmet lige har gemt.',
  'window-closed': 'Vinduet er lukket.',
  'file-open-failed': 'Filen kunne ikke åbnes: {detail}',
  'bridge-missing': 'Forbindelsen til Samspils data mangler (window.samspil).',
  internal: 'Uventet fejl: {detail}',

  // Notes, import and export.
  'note-not-found': 'Ukendt note: {ids}',
  'confirm-bulk-delete':
    'Du er ved at slette {count} af {total} noter (mere end halvdelen). ' +
    'Bekræft for at fortsætte; der tages en sikkerhedskopi først.',
  'confirm-import-replace':
    'Importen erstatter noterne og fjerner {count} af {total} (mere end halvdelen). ' +
    'Bekræft for at fortsætte; der tages en sikkerhedskopi først.',
  'import-unreadable': 'Importfilen {file} kan ikke læses ({detail})',
  'import-refused': 'Importfilen afvises',
  'import-too-large': 'filen er større end {megabytes} MB',
  'import-not-utf8': 'filen er ikke gyldig UTF-8-tekst',
  'import-not-json': 'filen er ikke gyldig JSON ({detail})',
  'import-duplicate-id': 'id’et {id} står også i {first}',
  'export-folder-taken':
    'Mappen {folder} findes og er ikke en tidligere eksport af noter; vælg en tom eller ny mappe.',
  'backup-dir-is-data-dir': 'Sikkerhedskopierne skal ligge i en anden mappe end databasen.',
  'export-folder-update':
    'Mappen {folder} rummer en tidligere eksport. Bekræft at den skal opdateres (--force på kommandolinjen); andre filer i mappen røres ikke.',
  'export-foreign-file': 'Filen {file} er ikke skrevet af Samspil; eksporten erstatter den ikke.',
  'export-in-backup-dir':
    'Eksporten må ikke skrives i mappen med sikkerhedskopier ({dir}): {file}. Vælg en anden mappe.',
  'export-in-data-dir':
    'Eksporten må ikke skrives i Samspils datamappe ({dir}): {file}. Vælg en anden mappe.',
  'export-not-a-file':
    '{file} er ikke en almindelig fil (men en mappe eller en enhed); eksporten skriver kun til almindelige filer eller nye stier.',
  'export-onto-database':
    '{file} er en SQLite-database eller -logfil; en eksport skriver aldrig over en database.',
  'export-file-exists':
    'Filen {file} findes allerede og er ikke ændret. Vælg et nyt navn, eller bekræft at den skal erstattes (--force på kommandolinjen).',

  // The store and its backups.
  'disk-full':
    'Disken er fuld (ikke plads på disken til {file}); intet blev gemt. Frigør plads og prøv igen.',
  'store-read-only':
    'Notedatabasen {file} er skrivebeskyttet; intet blev gemt. Giv skriveadgang til filen og mappen.',
  'store-busy':
    'Notedatabasen {file} er optaget af et andet program (måske Samspil på kommandolinjen); intet blev gemt. Prøv igen om lidt.',
  'store-opened-read-only':
    'Samspil er åbnet kun til læsning ({detail}: {folder}); intet blev gemt.',
  'store-unreadable': 'Notedatabasen {file} kan ikke åbnes eller læses ({detail}).',
  'store-too-new':
    'Notedatabasen {file} er fra en nyere version af Samspil (skemaversion {found}; denne ' +
    'version kender op til {supported}). Opdater Samspil. Filen er ikke ændret.',
  'backup-not-found': 'Ukendt sikkerhedskopi: {name}',
  'backup-damaged': 'Sikkerhedskopien {name} er beskadiget: {detail}',
  'backup-unverified': 'Sikkerhedskopien kunne ikke bekræftes: {detail}',

  // The bundled content.
  'content-not-found': 'Der findes intet indhold med id "{id}".',
  'content-is-section':
    'Der findes intet indhold med id "{id}" (det er et afsnit af et partnerskab).',
  'corpus-missing':
    'Den kompilerede videnbase mangler ({file}). Kør "npm run build" (eller "npm run build:content") først.',
  'corpus-broken':
    'Den kompilerede videnbase i {file} er ødelagt. Kør "npm run build:content" igen.',
  'corpus-format':
    'Den kompilerede videnbase i {file} har et ukendt format. Kør "npm run build:content" igen.',
  'index-missing':
    'Søgeindekset mangler ({file}). Kør "npm run build" (eller "npm run build:content") først.',
  'index-broken': 'Søgeindekset i {file} er ødelagt. Kør "npm run build:content" igen.',

  // Handouts.
  'handout-not-found': 'Der findes ingen handout med id {id}.',
  'handout-not-in-trash': 'Papirkurven har ingen handout med id {id}.',
  'pdf-unavailable':
    'PDF-eksport kræver en browsermotor (Electron eller Chromium), og ingen er tilgængelig her. ' +
    'Eksportér som HTML og udskriv den til PDF, eller installér Chromium.',
  'chromium-missing':
    'PDF-eksport fra kommandolinjen kræver Chromium, men {file} findes ikke. ' +
    'Installér Chromium (Debian: apt install chromium), sæt SAMSPIL_CHROMIUM til stien, ' +
    'eller eksportér som HTML eller DOCX.',
  'write-failed': 'Kunne ikke skrive {file}: {detail}',

  // The team library.
  'team-name-invalid': 'Visningsnavnet skal være 1-100 tegn.',
  'team-folder-missing': 'Teammappen findes ikke eller er ikke en mappe: {folder}',
  'team-folder-holds-data':
    'Teammappen må ikke indeholde Samspils datamappe eller ligge i den: databasen skal blive på denne computer.',
  'team-item-not-found': 'Ukendt note eller handout: {ids}',
  'team-no-conflict':
    'Der er ingen konflikt at løse for dette element (eller versionen findes ikke længere).',
  'team-read-only': 'Teambiblioteket kan ikke bruges, mens databasen kun kan læses: {reason}',
  'team-newer-schema':
    'Teambibliotekets tabeller er skrevet af en nyere Samspil (version {version}); opdatér Samspil.',

  // Mine partnerskaber.
  'date-does-not-exist': 'datoen findes ikke i kalenderen',
  'name-missing': 'navnet mangler',
  'partner-name-missing': 'partnerens navn mangler',
  'period-ends-before-start': 'perioden slutter før den begynder',
  'partnership-not-found': 'Der findes intet partnerskab med id {id}.',
  'confirm-partnership-delete':
    'Partnerskabet »{name}« slettes med sin historik (vurderinger: {assessments}); ' +
    'noter, der hører til det: {notes} (noterne bliver, kun forbindelsen til partnerskabet går). ' +
    'Bekræft for at fortsætte (--force på kommandolinjen); der tages en sikkerhedskopi først, ' +
    'og sletningen kan fortrydes.',
  'not-a-partnerships-file':
    'filen er ikke en Samspil-partnerskabsfil (format skal være "samspil-partnerskaber")',
  'unknown-file-version': 'filen har en ukendt version (denne version af Samspil kender {known})',

  // Paths the user names (imports, --body-file, --out, the data folder) and another program's database.
  'export-not-written': 'Eksporten blev ikke skrevet',
  'write-failed-file': 'Kunne ikke skrive {file}',
  'body-file-refused': '--body-file afvises',
  'data-dir-unusable': 'Datamappen kan ikke bruges',
  'path-missing': '{file} findes ikke',
  'path-folder-missing': 'mappen til {file} findes ikke',
  'path-is-folder': '{file} er en mappe, ikke en fil',
  'path-under-file': 'en del af stien {file} er en fil, ikke en mappe',
  'path-taken': '{file} findes allerede og er ikke en mappe',
  'path-not-regular': '{file} er {kind}, ikke en almindelig fil',
  'path-not-folder': '{file} findes og er {kind}, ikke en mappe',
  'path-too-large': '{file} er større end {megabytes} MB',
  'path-not-utf8': '{file} er ikke gyldig UTF-8-tekst',
  'path-disk-full': 'disken er fuld; {file} blev ikke skrevet',
  'path-no-access': 'ingen adgang til {file}',
  'path-read-only': '{file} ligger på et skrivebeskyttet drev',
  'path-error': '{file} kan ikke bruges ({detail})',
  'foreign-database':
    '{file} er en SQLite-database fra et andet program (tabeller: {tables}), ikke Samspils ' +
    'notedatabase; filen er ikke ændret. Vælg en anden datamappe, eller flyt filen væk.',
};

export type IssueCode = keyof typeof issueTextsDa;
export type IssueTexts = Record<IssueCode, string>;
