// Danish texts of the team library on the note page and in the notes list: sharing one note or
// several, who wrote a shared note, and the author filter.
export const noteTeam = {
  shareLegend: 'Teambibliotek',
  shareLabel: 'Del med teamet',
  shareHelp:
    'Delte noter sendes til teammappen ved næste synkronisering. Private noter forlader aldrig denne computer.',
  shareOnSaveHelp:
    'Noten deles, når du gemmer den første gang. Private noter forlader aldrig denne computer.',
  sharedNow: 'Noten er delt med teamet. Den sendes ved næste synkronisering.',
  privateNow: 'Noten er privat igen. Kolleger beholder den kopi, de allerede har.',
  shareFailed: 'Delingen blev ikke ændret: {message}',
  shareOnSaveFailed: 'Noten er gemt, men blev ikke delt: {message}',
  notJoined: 'Vil du dele noter med kolleger?',
  notJoinedLink: 'Vælg en teammappe i Indstillinger → Teambibliotek',
  authorLine: 'Skrevet af {createdBy} · senest ændret af {author} {date} kl. {time}',
  authorLineSame: 'Skrevet af {createdBy} · senest ændret {date} kl. {time}',
  notSentYet: 'Delt, men endnu ikke sendt: den sendes ved næste synkronisering.',
  conflict: 'Konflikt: to versioner. Noten er ændret to steder på samme tid.',
  conflictLink: 'Løs konflikten i Indstillinger → Teambibliotek',
  sharedMarker: 'Delt',
  rowAuthor: 'Skrevet af {author}',
  rowNotSent: 'sendes ved næste synkronisering',
  rowConflict: 'konflikt',
  filterAuthor: 'Forfatter',
  filterAuthorAll: 'Alle forfattere',
  filterAuthorMine: 'Mine',
  bulkShare: 'Del med teamet',
  bulkPrivate: 'Gør private',
  bulkShared: '{count} noter er delt med teamet. De sendes ved næste synkronisering.',
  bulkShared_one: '{count} note er delt med teamet. Den sendes ved næste synkronisering.',
  bulkMadePrivate: '{count} noter er gjort private. Kolleger beholder den kopi, de har.',
  bulkMadePrivate_one: '{count} note er gjort privat. Kolleger beholder den kopi, de har.',
};
