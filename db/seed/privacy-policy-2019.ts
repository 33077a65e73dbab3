/**
 * Jensens Kurser A/S's privacy policy (persondatapolitik), last updated 18 December 2019,
 * verbatim as published: the source of the example register. Kept as the organisation's
 * privacy-notice text so the outdated-reference rules can scan it.
 */
export const privacyPolicy2019 = `Persondatapolitik

1. Om denne Persondata- og Cookiepolitik
Denne politik om behandling af personoplysninger (“Persondatapolitik”) beskriver, hvorledes Jensens Kurser A/S (herefter også benævnt “os”, “vores”, “vi”) indsamler og behandler oplysninger om dig.

Vi har vedtaget interne regler om informationssikkerhed, som indeholder instrukser og foranstaltninger, der beskytter dine persondata mod at blive tilintetgjort, gå tabt eller blive ændret, mod uautoriseret offentliggørelse, og mod at uvedkommende får adgang eller kendskab til dem.

2. Dine rettigheder
Med henblik på at skabe åbenhed omkring behandlingen af dine oplysninger skal vi, som dataansvarlig, oplyse dig om dine rettigheder.

2.1 Du har som registreret følgende rettigheder:

Ret til indsigt:
Du kan få indsigt i de oplysninger vi behandler om dig, og hvilke formål vi behandler oplysningerne til.

Ret til berigtigelse:
I tilfælde hvor de oplysninger vi opbevarer og behandler om dig ikke er korrekte eller er ufuldstændige, har du ret til at få dem berigtiget.

Ret til sletning:
Du kan i de fleste tilfælde få slettet de oplysninger vi opbevarer og behandler om dig. Der er dog undtagelser, hvor vi er forpligtet ifølge lovgivning til at gemme oplysningerne. Hvis du anmoder om sletning, vil vi altid oplyse dig om grundlag, hvis vi ikke kan slette dem.

Ret til indsigelse:
Du kan gøre indsigelse mod, at vi behandler dine oplysninger.

Ret til dataportabilitet:
Du kan få de oplysninger vi behandler om dig overført til dig selv eller overflyttet til en annen udbyder.

Ret til begrænsning:
Du har ret til at anmode om begrænsning af behandling af de oplysninger, vi opbevarer og behandler om dig.

Ret til at tilbagetrække dit samtykke:
Hvis vi behandler dine oplysninger på baggrund af et samtykke, så har du til enhver tid ret til at trække dette samtykke tilbage.

Ret til at klage over behandlingen af dine personoplysninger:
Læs mere om hvordan du kan klage over behandlingen af dine personoplysninger i afsnittet nedenfor.

2.2 Sådan udøver du dine rettigheder
Du kan altid anmode om at udøve dine rettigheder i forhold til de oplysninger vi opbevarer og behandler om dig, ved at skrive til info@jensenskurser.dk

Du kan altid klage over behandling af personoplysninger hos Datatilsynet, se vejledning på datatilsynets hjemmeside www.datatilsynet.dk. Du kan læse mere om persondataloven og persondataforordningen på www.datatilsynet.dk

3. Formålet med behandlingen af personoplysninger
Jensens Kurser indsamler og behandler personoplysninger til specifikke formål. Nedenfor kan du se, hvilke personoplysninger Jensens Kurser behandler og til hvilke formål.

Ved bestilling af kurser på hjemmesiden:

Når du gennemfører en bestilling på vores hjemmeside, behandler vi dine oplysninger med det formål at kunne levere den bestilte ydelse.

Ved brug af hjemmesiden:

Når du bruger vores hjemmeside opsamler vi oplysninger om hvordan du bruger siden. Denne brug omfatter undersøgelser og analyser, der er rettet mod en forbedring af vores produkter og tjenester, samt visning af indhold og annoncer, der er tilpasset dine interesser.

Ved tilmelding til nyhedsbreve:

Når du tilmelder dig vores nyhedsbreve, behandler vi dine oplysninger for at kunne sende dig relevante nyhedsbreve med blogindlæg, information om nye kurser eller anden markedsføring relateret til vores tjenester og produkter.

Ved udfyldelse af kontaktformular:

Når du udfylder en kontaktformular, behandler vi dine oplysninger med henblik på at opfylde det formål, hvortil du har udfyldt formularen.

Målrettet markedsføring:

Vi bruger de oplysninger vi indsamler for at kunne præsentere de mest relevante tilbud og oplysninger til dig.

Ved accept af cookies:

Formålet med at bruge cookies er bl.a. hastighedsoptimering, delingsfunktioner på sociale medier, teknisk funktionalitet, forbedring, trafikmåling, sporing og individuelt målrettet annoncering. Du kan læse mere om cookies i afsnit 8.

Når vi beder dig om at stille dine persondata til rådighed for os, oplyser vi dig om, hvilke data vi behandler om dig og til hvilket formål. Du modtager oplysning herom på tidspunktet for indsamling af dine persondata og skal give os dit samtykke for behandling af persondata, inden vi kan indsamle og opbevare dine angivne data. Dit samtykke er frivilligt, og du kan til enhver tid trække det tilbage ved at henvende dig til os.

4. Vi behandler kun relevante persondata
Vi behandler kun data om dig, der er relevante og tilstrækkelige i forhold til de formål, der er defineret ovenfor. Formålet er afgørende for, hvilken type data om dig, der er relevante for os. Det samme gælder omfanget af de persondata, vi bruger. Vi bruger f.eks. ikke flere data, end dem, vi har brug for til det konkrete formål.

Vi indsamler, behandler og opbevarer kun de persondata, der er nødvendige i forbindelse med at opfylde vores fastsatte formål. Derudover kan det være bestemt ved lovgivning, hvilken type data, der er nødvendig at indsamle og opbevare for vores forretningsdrift.

Typen og omfanget af de persondata, vi behandler, kan også være nødvendige for at opfylde en kontrakt eller en anden retlig forpligtelse. Det sker, når vi har brug for at tilsende dig information om vores virksomhed, eller dele generel viden om kurser, nyheder og/eller produkter med dig.

Inden vi behandler personoplysninger om dig, sikrer vi os at du er orienteret om dette, at du er blevet oplyst om formål, og grundlag for behandling.

5. Personoplysninger, der kan blive indsamlet og behandlet
Som bruger af Jensens Kursers hjemmeside er du i udgangspunktet helt anonym. Det vil sige, at vi ikke automatisk kan identificere en bruger af hjemmesiden. Vi kan kun kende dig ved at du manuelt har udfyldt dit navn og din e-mail adresse, f.eks. hvis du bestiller et kursus, skriver dig op til nyhedsbreve eller udfylder en kontaktformular. Disse informationer lagres på en sikker server via marketingsystemet HubSpot.

5.1 Personoplysninger der behandles, kategoriseres på følgende måde:

Almindelige oplysninger:

Vi behandler ingen følsomme oplysninger og det er ikke tilladt, at indtaste følsomme oplysninger på vores hjemmeside. Såfremt vi alligevel modtager disse vil de blive slettet. Vi behandler udelukkende almindelige oplysninger om dig, se mere nedenfor.

Administrative oplysninger:

F.eks. navn, e-mail adresse, telefonnummer, virksomhed, jobtitel, adresse og angivne interesser. Disse data indsamles hvis du f.eks. bestiller et kursus, udfylder en kontaktformular, tilmelder dig et event eller henter gratis materiale.

Oplysninger om brug af vores hjemmeside:

F.eks. hvor mange gange du besøger hjemmesiden. Vi bruger disse oplysninger til at gøre din oplevelse af hjemmesiden mere relevant og målrettet imod dine interesser samt at give os statistik over brug af hjemmesiden. Dette kan vi kun gøre ved at du manuelt har indtastet din e-mail adresse via en formular og har aktiveret cookies i din browser.

Data indsamlet via cookies:

Som så mange andre virksomheder anvender vi også cookies på vores hjemmeside. Cookies er små tekstfiler, der placeres i din browser, når du besøger en hjemmeside.

Vi indsamler aldrig personoplysninger, uden at du selv har givet os disse oplysninger ved registrering, køb eller deltagelse i en undersøgelse m.v. Her kan der indsamles oplysninger du selv angiver som f.eks. navn, adresse, postnummer, e-mail, interesser og kendskab til forskellige emner.

Almindelige oplysninger kan overlades til andre eksterne samarbejdspartnere, der behandler oplysningerne på vores vegne i forbindelse med din bestilling af et kursus. Vi anvender eksterne samarbejdspartnere (ATEA, Officekursus, IDG-kurser, Diplomasafe, Google) til blandt andet kursusafholdelse, udstedelse af kursusbeviser, teknisk drift og målrettet markedsføring.

Disse virksomheder er databehandlere og under vores instruks og behandler data, som vi er dataansvarlig for. Databehandlerne må ikke anvende oplysningerne til andet formål end opfyldelse af aftalen med os, og er underlagt fortrolighed om disse. Vi har indgået skriftlige databehandleraftaler med disse databehandlere, der behandler personoplysninger på vores vegne.

5.2 Overførsel til tredjelande
Vi overfører oplysninger til tredjelande i følgende tilfælde:

Ved abonnering på nyhedsbreve samt ved bestilling af kurser via hjemmesiden overføres oplysninger til vores leverandører, HubSpot og MailChimp, som er placeret i USA. De har tilsluttet sig EU US Privacy Shield, som EU Kommissionen har truffet afgørelse om er tilstrækkelig sikkerhedsforanstaltning.

Vi har indgået databehandleraftale med HubSpot og MailChimp som stiller de nødvendige og tilstrækkelige garantier for sikkerheden.

Ved sporing af trafik og brug af hjemmesiden bruger vi Google Analytics og Google Tag Manager. Google har tilsluttet sig EU US Privacy Shield, som EU Kommissionen har truffet afgørelse om er tilstrækkelig sikkerhedsforanstaltning.

6. Vi kontrollerer og opdaterer dine persondata
Vi kontrollerer, at de persondata, vi behandler om dig, ikke er urigtige eller vildledende. Vi sørger også for at opdatere dine persondata løbende. Da vores service er afhængig af, at dine data er korrekte og opdaterede, beder vi dig oplyse os om relevante ændringer i dine data.

7. Behandling og opbevaring vedrørende oplysninger på baggrund af samtykke

Jensens Kurser A/S opbevarer og behandler personoplysninger som afgivet i forbindelse med samtykkeerklæring, så længe der findes behandlingshjemmel, medmindre en af følgende er gældende, hvorefter personoplysninger vil blive slettet:

– Samtykkeerklæring er trukket tilbage
– Oplysninger er fejlagtigt afgivet, og det har ikke været muligt at identificere den registrerede med henblik på at få afgjort og berigtiget oplysninger
– Virksomheden udbyder ikke længere den tjeneste eller ydelse, som kræver behandling, og hvortil dette samtykke er afgivet

8. Brug af cookies på vores hjemmeside
Cookies er små nødvendige tekstfiler, som bruges af stort set alle websites. Cookies er knyttet til websites og læses udelukkende af din browser.

Disse små tekstfiler gør det bl.a. muligt for dig at lægge vare i indkøbskurven, logge ind og meget mere. Cookies bruges altså til at få hjemmesiden jensenskurser.dk til at fungere. På jensenskurser.dk anvender vi sessionsbestemte cookies til at holde styr på, hvad du har lagt i din indkøbskurv, mens du er på vores hjemmeside.

Disse cookies slettes automatisk, når du forlader hjemmesiden. Du kan også altid selv slette cookies under menuen Funktioner >> Internetindstillinger >> Slet cookies.

Vi bruger også logstatistik på jensenskurser.dk. Dette betyder, at et statistik-system opsamler information, der giver et statistisk billede af, hvor mange besøgende vores hjemmeside har haft, hvor de kommer fra osv. Vi anvender logstatistik med det formål at optimere hjemmesiden og dets funktionaliteter.

Som bruger af hjemmesiden er du som udgangspunkt helt anonym. Det vil sige, at vi ikke automatisk kan identificere en bruger af hjemmesiden. Vi kan kun identificere dig, hvis du f.eks. har bestilt et kursus eller udfyldt en formular.

8.1 Disse cookies bruger vi

Google Analytics
Vores hjemmeside benytter tredjeparts-cookies fra Google Analytics til at evaluere brugen af webstedet, udarbejde rapporter om aktiviteten på webstedet og yde andre tjenester i tilknytning til aktiviteten på webstedet og brugen af internettet. Google Analytics gemmer oplysningerne på Googles servere i USA. 

Google Tag Manager
For at hjælpe os med at distribuere forskellige koder og scripts på hjemmesiden, bl.a. ovenfornævnte Google Analytics, bruger vi Google Tag Manager, som sætter en cookie for at opbevare information om det aktuelle besøg på hjemmesiden.

Googles Annoncenetværk
Vi bruger cookies fra Google for at kunne målrette markedsføring til besøgende på hjemmesiden via Googles annoncenetværk.

Facebook Pixel
Vi bruger cookies fra Facebook for at kunne målrette markedsføring til besøgende på hjemmesiden via Facebooks annonceværktøjer.

HubSpot
Vores hjemmeside benytter tredjeparts-cookies fra HubSpot til at modtage og behandle henvendelser via kontaktformularer på hjemmesiden.

Andre tredjeparts cookies
På vores hjemmeside er der funktionalitet der leveres af tredjepart, f.eks. for at vise indbyggede YouTube videoer på vores kursussider. Indholdet fra disse tjenester kan være indlejret i sider på jensenskurser.dk, og i denne situation vil disse tjenester også sætte cookies.

8.2 Opbevaring af cookies
Cookies sletter sig selv efter et vist antal måneder (kan variere), men de fornyes efter hvert besøg på vores hjemmeside.

8.3 Sådan kan du slette cookies
På denne side kan du læse meget mere om, hvordan du kan slette cookies: https://www.minecookies.org/cookiehandtering

8.4 Vælg dine indstillinger for cookies på jensenskurser.dk

9. Kontaktoplysninger
Den juridiske enhed, hvor vi indsamler, behandler og passer på dine data er:

Jensens Kurser A/S
Borgergade 20
1300 København K
Email: info@jensenskurser.dk
CVR: 32666396

10. Dokumentoplysning
Denne datapolitik er senest opdateret den 18. december 2019.
`;
