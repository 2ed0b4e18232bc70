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
};
