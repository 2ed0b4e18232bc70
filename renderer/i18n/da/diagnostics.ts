// Danish texts about the app's own log (Indstillinger → Data).
export const diagnostics = {
  logFile: 'Logfil',
  logHelp:
    'Uventede fejl, afviste kald og gendannelser af databasen skrives her med alle detaljer. Send filen med, hvis du beder om hjælp.',
};
