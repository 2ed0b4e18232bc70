// Danish texts of shared handouts and of the authors of cited notes (the team library).
export const teamHandouts = {
  shareHandout: 'Del med teamet',
  shareHandoutNamed: 'Del med teamet: {title}',
  shared: 'Delt',
  sharedPending: 'Delt · sendes ved næste synkronisering',
  sharedChanged: 'Delt · senest ændret af {author}, {time}',
  sharedCreatedChanged: 'Delt · oprettet af {createdBy} · senest ændret af {author}, {time}',
  listHeading: 'Del handouts',
  listHelp:
    'Markér de handouts, kolleger skal se. Noter, en handout henviser til, skal deles for sig, før kolleger kan se dem.',
  listShareOne: 'Del handout: {title}',
  listShareAll: 'Del alle handouts',
  listShareNone: 'Gør alle handouts private',
  noHandouts: 'Du har ingen handouts endnu.',
  noteBy: 'Note af {author}',
  noteChanged: 'Note af {author}, senest ændret {time}',
  noteChangedBy: 'Note af {author}, senest ændret af {changedBy}, {time}',
  privateNotesOne:
    'En note i handouten er privat: kolleger ser den som »Indhold mangler«, indtil den deles.',
  privateNotes:
    '{count} noter i handouten er private: kolleger ser dem som »Indhold mangler«, indtil de deles.',
  sharePrivateNotesOne: 'Del også noten',
  sharePrivateNotes: 'Del også de {count} noter',
  privateNotesShared: 'Noterne er delt med teamet og sendes ved næste synkronisering.',
};
