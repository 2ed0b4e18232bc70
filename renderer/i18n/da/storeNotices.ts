// Danish texts of the store's own notices: recoveries by kind, a read-only store, a daily backup
// that could not be taken, and the space the backups use.
export const storeNotices = {
  titleDamaged: 'Databasen med dine noter var beskadiget',
  titleEmpty: 'Databasefilen med dine noter var tom',
  titleWal: 'En logfil hørte ikke til databasen med dine noter',
  bodyWal:
    'Samspil fandt en logfil, som ikke hører til databasen ({reason}), og har flyttet den til side uden at slette den: {movedTo}. Ændringer, der kun stod i den, er ikke med; den nyeste sikkerhedskopi kan have dem.',
  foundAt: 'Fundet {time}.',
  seen: 'Jeg har set det',
  seenFailed: 'Beskeden kunne ikke markeres som set: {message}',
  readOnlyTitle: 'Kun til læsning',
  readOnlyBody:
    'Samspil kan ikke skrive i {path}. Du kan læse, søge og eksportere, men intet kan gemmes. Giv skriveadgang til mappen, eller frigør plads på disken, og start Samspil igen.',
  backupWarningTitle: 'Dagens sikkerhedskopi blev ikke taget',
  backupWarningBody:
    'Samspil virker som ellers, men der er ingen ny sikkerhedskopi; den forsøges igen ved næste start. {message}',
  backupSpace: '{count} sikkerhedskopier, {size}',
  backupSpaceLabel: 'Plads til sikkerhedskopier',
};
export type StoreNoticesMessages = typeof storeNotices;
