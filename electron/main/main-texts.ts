/**
 * What the main process itself says to the DPO (native dialogs shown before or outside the
 * renderer, which has its own catalogue), in Danish and English. Chosen by the OS language.
 */
const texts = {
  da: {
    externalLink: {
      title: 'Link åbnes ikke',
      message: 'ROPA Desk åbner kun links til officielle kilder. Kopiér adressen, hvis du vil åbne den selv:',
      copy: 'Kopiér adressen',
      close: 'Luk',
    },
    startup: {
      title: 'ROPA Desk kan ikke starte',
      file: 'Fortegnelsen',
      nativeModule: {
        what: 'Databasemodulet (better-sqlite3) i denne installation passer ikke til programmets version af Electron, så fortegnelsen kan ikke åbnes.',
        todo: 'Installér ROPA Desk igen fra den officielle installationsfil. Din fortegnelse er ikke ændret.',
      },
      folderUnwritable: {
        what: 'ROPA Desk kan ikke skrive i mappen, hvor fortegnelsen ligger.',
        todo: 'Giv din bruger skriveadgang til mappen, eller start ROPA Desk med ROPA_DB sat til en fil i en mappe, du kan skrive i. Intet er ændret.',
      },
      newerVersion: {
        what: 'Fortegnelsen er skrevet af en nyere version af ROPA Desk.',
        todo: 'Opdatér ROPA Desk, før du åbner den. Filen er ikke ændret.',
      },
      migrationFailed: {
        what: 'Opdateringen af fortegnelsen til denne version mislykkedes og blev rullet tilbage.',
        todo: 'Filen er uændret, og en kopi blev taget før forsøget. Send detaljerne nedenfor til den, der supporterer ROPA Desk.',
      },
      openFailed: {
        what: 'Fortegnelsen kunne ikke åbnes.',
        todo: 'Kontrollér, at filen er en ROPA Desk-fortegnelse, og at disken er tilgængelig. Detaljer nedenfor.',
      },
      details: 'Detaljer',
    },
  },
  en: {
    externalLink: {
      title: 'Link not opened',
      message: 'ROPA Desk opens links to official sources only. Copy the address if you want to open it yourself:',
      copy: 'Copy address',
      close: 'Close',
    },
    startup: {
      title: 'ROPA Desk cannot start',
      file: 'Register',
      nativeModule: {
        what: 'The database module (better-sqlite3) in this installation does not match the app’s version of Electron, so the register cannot be opened.',
        todo: 'Reinstall ROPA Desk from the official installer. Your register has not been changed.',
      },
      folderUnwritable: {
        what: 'ROPA Desk cannot write to the folder that holds the register.',
        todo: 'Give your user write access to the folder, or start ROPA Desk with ROPA_DB set to a file in a folder you can write to. Nothing was changed.',
      },
      newerVersion: {
        what: 'The register was written by a newer version of ROPA Desk.',
        todo: 'Update ROPA Desk before opening it. The file was not changed.',
      },
      migrationFailed: {
        what: 'Updating the register to this version failed and was rolled back.',
        todo: 'The file is unchanged, and a copy was taken before the attempt. Send the details below to whoever supports ROPA Desk.',
      },
      openFailed: {
        what: 'The register could not be opened.',
        todo: 'Check that the file is a ROPA Desk register and that the disk is available. Details below.',
      },
      details: 'Details',
    },
  },
};

export type MainTexts = (typeof texts)['en'];

/** The texts for an OS locale such as 'da', 'da-DK' or 'en-GB' (Danish for da*, else English). */
export function mainTexts(locale: string): MainTexts {
  return locale.toLowerCase().startsWith('da') ? texts.da : texts.en;
}
