<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="sv">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Hubben svarar inte. Allt sparas lokalt och skickas senare.</source>
        <translation>The hub does not answer. Everything is saved locally and sent later.</translation>
    </message>
    <message>
        <source>Hubben godtog inte inloggningen. Logga in på nytt.</source>
        <translation>The hub did not accept the login. Log in again.</translation>
    </message>
    <message>
        <source>Hubben nekade åtgärden för din roll.</source>
        <translation>The hub refused the action for your role.</translation>
    </message>
    <message>
        <source>Registret innehåller exempeldata och skickas inte till den riktiga hubben.</source>
        <translation>The register holds sample data and is not sent to the real hub.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om HelaVB…</source>
        <translation>&amp;About HelaVB…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om HelaVB</source>
        <translation>About HelaVB</translation>
    </message>
    <message>
        <source>Register över insatser, dialoganteckningar och uppföljningar i Länsstyrelsen Västerbottens arbete Hela Västerbotten – även utan nät.</source>
        <translation>A register of initiatives, dialogue notes and follow-ups for Länsstyrelsen Västerbotten's Hela Västerbotten drive – offline too.</translation>
    </message>
    <message>
        <source>Datamapp: {0}&lt;br&gt;Register: {1}&lt;br&gt;Loggar: {2}</source>
        <translation>Data folder: {0}&lt;br&gt;Register: {1}&lt;br&gt;Logs: {2}</translation>
    </message>
    <message>
        <source>Python {0}, Qt för Python {1}</source>
        <translation>Python {0}, Qt for Python {1}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Lägesbild för ett insatsområde</source>
        <translation>Briefing for one focus area</translation>
    </message>
    <message>
        <source>Länsstyrelsen – landsbygdsmyndigheten</source>
        <translation>The County Administrative Board – rural authority</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en brobyggare</source>
        <translation>The County Administrative Board – a bridge builder</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</source>
        <translation>The County Administrative Board – a catalyst for long-term sustainable jobs</translation>
    </message>
    <message>
        <source>Framtidsverkstäder för en levande landsbygd</source>
        <translation>Future workshops for a living countryside</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period till och med</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Priority municipality (SOU 2017:1)</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Utan personuppgifter</source>
        <translation>Without personal data</translation>
    </message>
    <message>
        <source>Lämna ute alla dialoganteckningar som är markerade med personuppgifter.</source>
        <translation>Leave out all dialogue notes marked as containing personal data.</translation>
    </message>
    <message>
        <source>Skapa förhandsvisning</source>
        <translation>Create preview</translation>
    </message>
    <message>
        <source>Välj urval och skapa en förhandsvisning.</source>
        <translation>Choose a selection and create a preview.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Förhandsvisning av lägesbilden</source>
        <translation>Preview of the briefing</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Focus area:</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;Till och med:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>är inget datum; skriv ÅÅÅÅ-MM-DD</source>
        <translation>is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Urvalet har ändrats. Skapa en ny förhandsvisning för att se det.</source>
        <translation>The selection has changed. Create a new preview to see it.</translation>
    </message>
    <message>
        <source>Skapar lägesbilden…</source>
        <translation>Creating the briefing…</translation>
    </message>
    <message>
        <source>Kontrollera ”{field}”: {message}</source>
        <translation>Check “{field}”: {message}</translation>
    </message>
    <message>
        <source>Lägesbilden kunde inte skapas: {error}</source>
        <translation>The briefing could not be created: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Lägesbilden är klar. Antal sidor: %n.</source>
        <translation><numerusform>The briefing is ready. %n page.</numerusform><numerusform>The briefing is ready. %n pages.</numerusform></translation>
    </message>
    <message>
        <source>Förhandsvisningen kunde inte visas.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <source>Spara lägesbild</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Skriv ut lägesbild</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Ändrat på två ställen</source>
        <translation>Changed in two places</translation>
    </message>
    <message>
        <source>Ändrad här, borttagen på hubben</source>
        <translation>Edited here, deleted on the hub</translation>
    </message>
    <message>
        <source>Borttagen här, ändrad på hubben</source>
        <translation>Deleted here, edited on the hub</translation>
    </message>
    <message>
        <source>Möjlig dubblett</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Klientens ändring</source>
        <translation>Client's change</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Konflikter att lösa</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Samma fält har ändrats på två ställen. Jämför värdena, välj vilket som ska gälla eller skriv ett sammanvägt värde, och lös konflikten. Beslutet synkas till alla.</source>
        <translation>The same field was changed in two places. Compare the values, choose the one that applies or write a combined value, and resolve the conflict. The decision syncs to everyone.</translation>
    </message>
    <message>
        <source>Bas – värdet innan ändringarna</source>
        <translation>Base – the value before the changes</translation>
    </message>
    <message>
        <source>Hubben – det som gäller nu</source>
        <translation>Hub – what applies now</translation>
    </message>
    <message>
        <source>Klienten – ändringen som krockade</source>
        <translation>Client – the change that collided</translation>
    </message>
    <message>
        <source>Återgå till &amp;basvärdet</source>
        <translation>Go back to the &amp;base value</translation>
    </message>
    <message>
        <source>Behåll &amp;hubbens värde</source>
        <translation>Keep the &amp;hub's value</translation>
    </message>
    <message>
        <source>Ta &amp;klientens värde</source>
        <translation>Take the &amp;client's value</translation>
    </message>
    <message>
        <source>&amp;Eget värde:</source>
        <translation>&amp;Own value:</translation>
    </message>
    <message>
        <source>Eget sammanvägt värde</source>
        <translation>Own combined value</translation>
    </message>
    <message>
        <source>Skriv det värde som ska gälla</source>
        <translation>Type the value that should apply</translation>
    </message>
    <message>
        <source>&amp;Notering:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Varför (valfritt; syns i historiken)</source>
        <translation>Why (optional; shown in the history)</translation>
    </message>
    <message>
        <source>&amp;Lös konflikten</source>
        <translation>&amp;Resolve the conflict</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Öppna konflikter</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Inga öppna konflikter. Allt som synkats är samstämmigt.</source>
        <translation>No open conflicts. Everything synced agrees.</translation>
    </message>
    <message>
        <source>1 öppen konflikt</source>
        <translation>1 open conflict</translation>
    </message>
    <message>
        <source>{n} öppna konflikter</source>
        <translation>{n} open conflicts</translation>
    </message>
    <message>
        <source>Välj en konflikt i listan</source>
        <translation>Choose a conflict in the list</translation>
    </message>
    <message>
        <source>Fält: {field} · {kind}</source>
        <translation>Field: {field} · {kind}</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Värdet måste vara ett heltal.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <source>Välj vilket värde som ska gälla.</source>
        <translation>Choose which value applies.</translation>
    </message>
    <message>
        <source>Löser konflikten på hubben…</source>
        <translation>Resolving the conflict on the hub…</translation>
    </message>
    <message>
        <source>Konflikten är löst. Beslutet synkas till alla.</source>
        <translation>The conflict is resolved. The decision syncs to everyone.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Finns kvar</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Borttagning</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Konflikt löst</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Sammanslagen</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Sammanslagning ångrad</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <source>Hubben nekade åtgärden: bara samordnare och administratörer får lösa konflikter och slå ihop poster.</source>
        <translation>The hub refused: only coordinators and administrators may resolve conflicts and merge records.</translation>
    </message>
    <message>
        <source>Det här görs mot hubben, och den går inte att nå just nu. Kontrollera anslutningen (eller logga in under Inställningar) och försök igen.</source>
        <translation>This is done on the hub, which cannot be reached right now. Check the connection (or log in under Settings) and try again.</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <source>Sa&amp;mordning</source>
        <translation>Coor&amp;dination</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Dubbletter…</source>
        <translation>&amp;Duplicates…</translation>
    </message>
    <message>
        <source>&amp;Historik för posten…</source>
        <translation>Record &amp;history…</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Öppna en sparad post först; historiken gäller den post som visas.</source>
        <translation>Open a saved record first; the history is that of the record shown.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Osparade utkast</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <source>HelaVB stängdes innan det här sparades. Välj ett utkast och återställ det i formuläret, eller kasta det.</source>
        <translation>HelaVB closed before this was saved. Choose a draft and restore it into its form, or discard it.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Kasta utkastet</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <source>&amp;Senare</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>(utan rubrik)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>ändring</source>
        <translation>change</translation>
    </message>
</context>
<context>
    <name>DuplicateGuard</name>
    <message>
        <source>Liknande insatser finns redan: {names}</source>
        <translation>Similar initiatives exist already: {names}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Likhet</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Finns insatsen redan?</source>
        <translation>Does the initiative exist already?</translation>
    </message>
    <message>
        <source>Det finns redan insatser med liknande titel som ”{title}”. Kontrollera att du inte registrerar samma insats två gånger.</source>
        <translation>There are already initiatives with a title like “{title}”. Make sure you are not registering the same initiative twice.</translation>
    </message>
    <message>
        <source>Liknande insatser</source>
        <translation>Similar initiatives</translation>
    </message>
    <message>
        <source>&amp;Spara ändå</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Ö&amp;ppna befintlig</source>
        <translation>&amp;Open existing</translation>
    </message>
    <message>
        <source>Visar den markerade insatsen. Det du skrivit finns kvar som utkast.</source>
        <translation>Shows the selected initiative. What you typed is kept as a draft.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likhet</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Post 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Post 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Dubbletter</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Möjliga dubbletter</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Poster som troligen beskriver samma insats eller samma besök, med skälen. Dubbelklicka på ett par för att jämföra fälten och slå ihop dem.</source>
        <translation>Records that probably describe the same initiative or the same visit, with the reasons. Double-click a pair to compare the fields and merge them.</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Dialoganteckningar</source>
        <translation>Dialogue notes</translation>
    </message>
    <message>
        <source>Sök &amp;igen</source>
        <translation>Search &amp;again</translation>
    </message>
    <message>
        <source>&amp;Jämför och slå ihop…</source>
        <translation>&amp;Compare and merge…</translation>
    </message>
    <message>
        <source>Sammanslagna nu</source>
        <translation>Merged just now</translation>
    </message>
    <message>
        <source>Å&amp;ngra sammanslagning</source>
        <translation>U&amp;ndo merge</translation>
    </message>
    <message>
        <source>Letar efter dubbletter…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>Inga troliga dubbletter hittades.</source>
        <translation>No likely duplicates found.</translation>
    </message>
    <message>
        <source>1 möjlig dubblett</source>
        <translation>1 possible duplicate</translation>
    </message>
    <message>
        <source>{n} möjliga dubbletter</source>
        <translation>{n} possible duplicates</translation>
    </message>
    <message>
        <source>Hämtar posterna…</source>
        <translation>Fetching the records…</translation>
    </message>
    <message>
        <source>”{other}” slogs ihop med den behållna posten</source>
        <translation>“{other}” was merged into the kept record</translation>
    </message>
    <message>
        <source>Sammanslaget. {n} kopplade poster flyttades.</source>
        <translation>Merged. {n} linked records were moved.</translation>
    </message>
    <message>
        <source>Ångrar sammanslagningen på hubben…</source>
        <translation>Undoing the merge on the hub…</translation>
    </message>
    <message>
        <source>Sammanslagningen är ångrad: ”{other}” finns igen.</source>
        <translation>The merge is undone: “{other}” is back.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>måste fyllas i</source>
        <translation>must be filled in</translation>
    </message>
    <message>
        <source>ligger före startdatum</source>
        <translation>is before the start date</translation>
    </message>
    <message>
        <source>får bara vara en rad</source>
        <translation>must be a single line</translation>
    </message>
    <message>
        <source>måste vara 0 eller mer</source>
        <translation>must be 0 or more</translation>
    </message>
    <message>
        <source>måste vara ett heltal</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>är orimligt stort</source>
        <translation>is unreasonably large</translation>
    </message>
    <message>
        <source>är för lång</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>är inget datum; skriv ÅÅÅÅ-MM-DD</source>
        <translation>is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>är ingen kommun i Västerbotten</source>
        <translation>is not a municipality of Västerbotten</translation>
    </message>
    <message>
        <source>Kontrollera fältet ”{field}”: {message}</source>
        <translation>Check the field “{field}”: {message}</translation>
    </message>
    <message>
        <source>Posten finns inte längre (den kan ha tagits bort).</source>
        <translation>The record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Registret är upptaget av ett annat program. Försök igen om en stund.</source>
        <translation>The register is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>Disken är full. Inget sparades; frigör utrymme och försök igen.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>Registerfilen är skadad. Återställ en säkerhetskopia.</source>
        <translation>The register file is damaged. Restore a backup.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas eller skrivas: {error}</source>
        <translation>The file could not be read or written: {error}</translation>
    </message>
    <message>
        <source>HelaVB</source>
        <translation>HelaVB</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Det du skrivit finns kvar som utkast; felet loggades.</source>
        <translation>An unexpected error occurred. What you typed is kept as a draft; the error was logged.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Ny uppföljning</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Vad ska göras</source>
        <translation>&amp;What is to be done</translation>
    </message>
    <message>
        <source>&amp;Ansvarig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Senast</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Inte kopplad till anteckning eller insats.</source>
        <translation>Not linked to a note or an initiative.</translation>
    </message>
    <message>
        <source>Visa &amp;anteckningen</source>
        <translation>Show the &amp;note</translation>
    </message>
    <message>
        <source>Visa &amp;insatsen</source>
        <translation>Show the &amp;initiative</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>ej skickad</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Notering</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Historik för {kind} ”{title}”</source>
        <translation>History of {kind} “{title}”</translation>
    </message>
    <message>
        <source>Historik för {kind}</source>
        <translation>History of {kind}</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ändringar, nyast först</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <source>Hämtar historiken…</source>
        <translation>Fetching the history…</translation>
    </message>
    <message>
        <source>Hela historiken finns på hubben, som inte går att nå nu (eller så är du inte inloggad). Här visas bara ändringar på den här datorn som inte skickats än.</source>
        <translation>The full history is on the hub, which cannot be reached now (or you are not logged in). Only changes on this computer that have not been sent yet are shown here.</translation>
    </message>
    <message>
        <source>Nyast först. Ändringar märkta ”ej skickad” finns bara på den här datorn.</source>
        <translation>Newest first. Changes marked “not sent” exist only on this computer.</translation>
    </message>
    <message>
        <source>Nyast först.</source>
        <translation>Newest first.</translation>
    </message>
    <message>
        <source>Inga ändringar registrerade för posten.</source>
        <translation>No changes recorded for this record.</translation>
    </message>
    <message>
        <source>Å&amp;ngra sammanslagningen</source>
        <translation>U&amp;ndo the merge</translation>
    </message>
    <message>
        <source>Den sammanslagna posten och dess kopplingar återställs.</source>
        <translation>The merged record and its links are restored.</translation>
    </message>
    <message>
        <source>Ångrar sammanslagningen på hubben…</source>
        <translation>Undoing the merge on the hub…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Ny insats</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Insatsområde</source>
        <translation>&amp;Focus area</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Ansvarig</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Diarienummer</source>
        <translation>&amp;Reference number</translation>
    </message>
    <message>
        <source>Ta&amp;ggar</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>t.ex. 101-1234-2026</source>
        <translation>e.g. 101-1234-2026</translation>
    </message>
    <message>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separera med komma</source>
        <translation>Separate with commas</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Kommuner</source>
        <translation>&amp;Municipalities</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Priority municipality (SOU 2017:1)</translation>
    </message>
    <message>
        <source>★ = prioriterad kommun (SOU 2017:1). Ingen kommun vald = hela länet.</source>
        <translation>★ = priority municipality (SOU 2017:1). No municipality ticked = the whole county.</translation>
    </message>
    <message>
        <source>Kopplade &amp;anteckningar ({n})</source>
        <translation>Linked &amp;notes ({n})</translation>
    </message>
    <message>
        <source>Kopplade anteckningar</source>
        <translation>Linked notes</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar ({n})</source>
        <translation>&amp;Follow-ups ({n})</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Ny anteckning om insatsen</source>
        <translation>New note on this initiative</translation>
    </message>
    <message>
        <source>Ny uppföljning</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>&amp;Historik…</source>
        <translation>&amp;History…</translation>
    </message>
</context>
<context>
    <name>InitiativePickerDialog</name>
    <message>
        <source>Koppla insats</source>
        <translation>Link initiative</translation>
    </message>
    <message>
        <source>Sök insats på titel, beskrivning eller tagg</source>
        <translation>Search initiatives by title, description or tag</translation>
    </message>
    <message>
        <source>Sök insats</source>
        <translation>Search initiatives</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Initiatives</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Länsstyrelsen – landsbygdsmyndigheten</source>
        <translation>The County Administrative Board – rural authority</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en brobyggare</source>
        <translation>The County Administrative Board – a bridge builder</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</source>
        <translation>The County Administrative Board – a catalyst for long-term sustainable jobs</translation>
    </message>
    <message>
        <source>Framtidsverkstäder för en levande landsbygd</source>
        <translation>Future workshops for a living countryside</translation>
    </message>
    <message>
        <source>Landsbygdsmyndigheten</source>
        <translation>Rural authority</translation>
    </message>
    <message>
        <source>Brobyggare</source>
        <translation>Bridge builder</translation>
    </message>
    <message>
        <source>Katalysator för jobb</source>
        <translation>Catalyst for jobs</translation>
    </message>
    <message>
        <source>Framtidsverkstäder</source>
        <translation>Future workshops</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Digitalt möte</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Framtidsverkstad</source>
        <translation>Future workshop</translation>
    </message>
    <message>
        <source>Arbetsanteckning</source>
        <translation>Working note</translation>
    </message>
    <message>
        <source>Tjänsteanteckning</source>
        <translation>Official note</translation>
    </message>
    <message>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Struken</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>insats</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>dialoganteckning</source>
        <translation>dialogue note</translation>
    </message>
    <message>
        <source>uppföljning</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Taggar</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Kvinnor</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Män</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Flickor</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Pojkar</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Kopplade insatser</source>
        <translation>Linked initiatives</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Innehåller personuppgifter</source>
        <translation>Contains personal data</translation>
    </message>
    <message>
        <source>Handlingstyp</source>
        <translation>Record class</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Initiative</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registret kunde inte läsas; försöker igen…</source>
        <translation>The register could not be read; trying again…</translation>
    </message>
    <message>
        <source>HelaVB – Hela Västerbotten</source>
        <translation>HelaVB – Hela Västerbotten</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ny &amp;dialoganteckning</source>
        <translation>New &amp;dialogue note</translation>
    </message>
    <message>
        <source>Ny &amp;insats</source>
        <translation>New &amp;initiative</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Ångra borttagning</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Skriv ut &amp;lägesbild…</source>
        <translation>Print &amp;briefing…</translation>
    </message>
    <message>
        <source>Osparade &amp;utkast…</source>
        <translation>Unsaved dra&amp;fts…</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Start – att göra</source>
        <translation>&amp;Start – to do</translation>
    </message>
    <message>
        <source>&amp;Insatser</source>
        <translation>&amp;Initiatives</translation>
    </message>
    <message>
        <source>&amp;Dialoganteckningar</source>
        <translation>&amp;Dialogue notes</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Ångra (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Sparat: {kind}</source>
        <translation>Saved: {kind}</translation>
    </message>
    <message>
        <source>Borttagen: {kind} ”{title}”.</source>
        <translation>Deleted: {kind} “{title}”.</translation>
    </message>
    <message>
        <source>Återställd.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Osparade utkast</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <source>Inga osparade utkast.</source>
        <translation>No unsaved drafts.</translation>
    </message>
    <message>
        <source>Exempeldata</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Exempeldata finns inte i den här versionen.</source>
        <translation>Sample data is not included in this version.</translation>
    </message>
    <message>
        <source>Läser in exempeldata…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <source>Skriv ut lägesbild</source>
        <translation>Print briefing</translation>
    </message>
    <message>
        <source>Utskrift av lägesbilder finns inte i den här versionen ännu.</source>
        <translation>Printing briefings is not available in this version yet.</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Det finns osparade ändringar. Spara dem innan HelaVB stängs? (Väljer du Avbryt finns de kvar som utkast.)</source>
        <translation>There are unsaved changes. Save them before HelaVB closes? (If you choose Cancel they are kept as drafts.)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Slå ihop poster</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>Slå ihop två poster</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Posten till vänster behålls. Välj för varje fält som skiljer sig vilket värde som ska gälla. Den andra posten markeras som sammanslagen och kan återställas med ”Ångra sammanslagning”.</source>
        <translation>The record on the left is kept. For each field that differs, choose the value that applies. The other record is marked as merged and can be brought back with “Undo merge”.</translation>
    </message>
    <message>
        <source>&amp;Behåll den andra i stället</source>
        <translation>&amp;Keep the other one instead</translation>
    </message>
    <message>
        <source>Behålls: {title}</source>
        <translation>Kept: {title}</translation>
    </message>
    <message>
        <source>Slås ihop: {title}</source>
        <translation>Merged in: {title}</translation>
    </message>
    <message>
        <source>Övriga fält är lika i båda posterna.</source>
        <translation>All other fields are the same in both records.</translation>
    </message>
    <message>
        <source>Posterna har samma värden i alla fält.</source>
        <translation>The records have the same values in every field.</translation>
    </message>
    <message>
        <source>Kopplade anteckningar: {kn} här, {on} på den andra. Uppföljningar: {kf} här, {of} på den andra. Den andras kopplingar flyttas till posten som behålls.</source>
        <translation>Linked notes: {kn} here, {on} on the other. Follow-ups: {kf} here, {of} on the other. The other's links move to the kept record.</translation>
    </message>
    <message>
        <source>Uppföljningar: {kf} här, {of} på den andra. Den andras uppföljningar flyttas till posten som behålls.</source>
        <translation>Follow-ups: {kf} here, {of} on the other. The other's follow-ups move to the kept record.</translation>
    </message>
    <message>
        <source>&amp;Slå ihop</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Slår ihop på hubben…</source>
        <translation>Merging on the hub…</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Start – att göra</source>
        <translation>Start – to do</translation>
    </message>
    <message>
        <source>Hela registret ({n} insatser)</source>
        <translation>The whole register ({n} initiatives)</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>{title}
{ini} insatser, {notes} dialoganteckningar</source>
        <translation>{title}
{ini} initiatives, {notes} dialogue notes</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>{ini} insatser, {notes} dialoganteckningar</source>
        <translation>{ini} initiatives, {notes} dialogue notes</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Priority municipality (SOU 2017:1)</translation>
    </message>
    <message>
        <source>{name}, prioriterad kommun, {n} insatser</source>
        <translation>{name}, priority municipality, {n} initiatives</translation>
    </message>
    <message>
        <source>{mark} prioriterad kommun (SOU 2017:1). Siffran är antal insatser.</source>
        <translation>{mark} priority municipality (SOU 2017:1). The number is the count of initiatives.</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Ny dialoganteckning</source>
        <translation>New dialogue note</translation>
    </message>
    <message>
        <source>Dialoganteckning</source>
        <translation>Dialogue note</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Datum och kommun</source>
        <translation>&amp;Date and municipality</translation>
    </message>
    <message>
        <source>&amp;Typ</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Organisationer</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Kopplade &amp;insatser</source>
        <translation>Linked &amp;initiatives</translation>
    </message>
    <message>
        <source>Samman&amp;fattning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>&amp;Handlingstyp</source>
        <translation>Record &amp;class</translation>
    </message>
    <message>
        <source>Förf&amp;attare</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <source>Nya &amp;uppföljningar</source>
        <translation>New &amp;follow-ups</translation>
    </message>
    <message>
        <source>By eller ort, t.ex. Ammarnäs</source>
        <translation>Village or locality, e.g. Ammarnäs</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Priority municipality (SOU 2017:1)</translation>
    </message>
    <message>
        <source>Typ av kontakt</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Separera med semikolon</source>
        <translation>Separate with semicolons</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Kvinnor</source>
        <translation>&amp;Women</translation>
    </message>
    <message>
        <source>&amp;Män</source>
        <translation>M&amp;en</translation>
    </message>
    <message>
        <source>F&amp;lickor</source>
        <translation>&amp;Girls</translation>
    </message>
    <message>
        <source>P&amp;ojkar</source>
        <translation>&amp;Boys</translation>
    </message>
    <message>
        <source>Kopplade insatser</source>
        <translation>Linked initiatives</translation>
    </message>
    <message>
        <source>Koppla insats…</source>
        <translation>Link initiative…</translation>
    </message>
    <message>
        <source>Ta bort koppling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Vad togs upp? Vad vill orten?</source>
        <translation>What was discussed? What does the place want?</translation>
    </message>
    <message>
        <source>Innehåller personuppgifter</source>
        <translation>Contains personal data</translation>
    </message>
    <message>
        <source>Handlingstyp</source>
        <translation>Record class</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Vad ska göras</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>En rad per uppföljning. Senast skrivs ÅÅÅÅ-MM-DD. Sparas med anteckningen.</source>
        <translation>One row per follow-up. Due is written YYYY-MM-DD. Saved with the note.</translation>
    </message>
    <message>
        <source>Nya uppföljningar</source>
        <translation>New follow-ups</translation>
    </message>
    <message>
        <source>Lägg till uppföljning</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Sparade uppföljningar till anteckningen</source>
        <translation>Saved follow-ups of this note</translation>
    </message>
    <message>
        <source>Sparade uppföljningar</source>
        <translation>Saved follow-ups</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Totalt {total} deltagare, varav {children} barn</source>
        <translation>In total {total} participants, of whom {children} children</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Det finns osparade ändringar. Vill du spara dem?</source>
        <translation>There are unsaved changes. Do you want to save them?</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Sök (Ctrl+F)…</source>
        <translation>Search (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Sök i listan</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Filtrera på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Priority municipality (SOU 2017:1)</translation>
    </message>
    <message>
        <source>Filtrera på kommun</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Från datum (ÅÅÅÅ-MM-DD)</source>
        <translation>From date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Till datum (ÅÅÅÅ-MM-DD)</source>
        <translation>To date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Tagg</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Filtrera på tagg</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <source>Anteckningar kopplade till insatser med den här taggen</source>
        <translation>Notes linked to initiatives with this tag</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Filtrera på %s</source>
        <translation>Filter by %s</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Välj en insats i listan för att se och ändra den, eller skapa en ny med Ctrl+Shift+N.</source>
        <translation>Choose an initiative in the list to see and edit it, or create a new one with Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Välj en anteckning i listan, eller skriv en ny med Ctrl+N.</source>
        <translation>Choose a note in the list, or write a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Välj en uppföljning i listan. Nya uppföljningar läggs till i en dialoganteckning (Ctrl+N).</source>
        <translation>Choose a follow-up in the list. New follow-ups are added in a dialogue note (Ctrl+N).</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Dialoganteckningar</source>
        <translation>Dialogue notes</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message numerus="yes">
        <source>%n insatser</source>
        <translation><numerusform>%n initiative</numerusform><numerusform>%n initiatives</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n anteckningar</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uppföljningar</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>&amp;Insatser</source>
        <translation>&amp;Initiatives</translation>
    </message>
    <message>
        <source>&amp;Dialoganteckningar</source>
        <translation>&amp;Dialogue notes</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar</source>
        <translation>&amp;Follow-ups</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Registrets mapp</source>
        <translation>Register folder</translation>
    </message>
    <message>
        <source>Hubb</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>{user} på {url}</source>
        <translation>{user} at {url}</translation>
    </message>
    <message>
        <source>Inte inloggad</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Logga in på hubben…</source>
        <translation>Log in to the hub…</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>I dag är det {today}.</source>
        <translation>Today is {today}.</translation>
    </message>
    <message>
        <source>I dag är det {today}. Registret har {ini} insatser, {notes} dialoganteckningar och {fu} uppföljningar.</source>
        <translation>Today is {today}. The register holds {ini} initiatives, {notes} dialogue notes and {fu} follow-ups.</translation>
    </message>
    <message>
        <source> – de {n} äldsta visas</source>
        <translation> – the {n} oldest are shown</translation>
    </message>
    <message>
        <source>&amp;Försenade uppföljningar ({n})</source>
        <translation>&amp;Overdue follow-ups ({n})</translation>
    </message>
    <message>
        <source> – inget är försenat</source>
        <translation> – nothing is overdue</translation>
    </message>
    <message>
        <source>Förfaller &amp;denna vecka ({n})</source>
        <translation>Due &amp;this week ({n})</translation>
    </message>
    <message>
        <source> – inget förfaller denna vecka</source>
        <translation> – nothing is due this week</translation>
    </message>
    <message>
        <source>Försenade uppföljningar</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Uppföljningar som förfaller denna vecka</source>
        <translation>Follow-ups due this week</translation>
    </message>
    <message>
        <source>Ny dialoganteckning (Ctrl+N)</source>
        <translation>New dialogue note (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny insats (Ctrl+Shift+N)</source>
        <translation>New initiative (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Markera vald som klar</source>
        <translation>Mark selected as done</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Logga in på hubben</source>
        <translation>Log in to the hub</translation>
    </message>
    <message>
        <source>Hubbens adress</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Logga in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Fyll i adress, användarnamn och lösenord.</source>
        <translation>Fill in address, user name and password.</translation>
    </message>
    <message>
        <source>Loggar in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Ej ansluten till hubben</source>
        <translation>Not connected to the hub</translation>
    </message>
    <message>
        <source>Logga in på hubben under Inställningar för att synka.</source>
        <translation>Log in to the hub under Settings to sync.</translation>
    </message>
    <message>
        <source>Synkar…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Kontrollerar anslutning…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synkfel</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>{0} – nytt försök om {1} s</source>
        <translation>{0} – retrying in {1} s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline – nytt försök om {0} s</source>
        <translation>Offline – retrying in {0} s</translation>
    </message>
    <message>
        <source>Hubben svarar inte. Allt sparas lokalt.</source>
        <translation>The hub does not answer. Everything is saved locally.</translation>
    </message>
    <message>
        <source>Inga ändringar väntar</source>
        <translation>No changes waiting</translation>
    </message>
    <message>
        <source>1 ändring väntar på att skickas</source>
        <translation>1 change waiting to be sent</translation>
    </message>
    <message>
        <source>{0} ändringar väntar på att skickas</source>
        <translation>{0} changes waiting to be sent</translation>
    </message>
    <message>
        <source>Senast synkad {0}</source>
        <translation>Last synced {0}</translation>
    </message>
    <message>
        <source>Aldrig synkad</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Välkommen till HelaVB</source>
        <translation>Welcome to HelaVB</translation>
    </message>
    <message>
        <source>&lt;p&gt;HelaVB är Länsstyrelsen Västerbottens register för arbetet med &lt;b&gt;Hela Västerbotten&lt;/b&gt;: insatser inom de fyra insatsområdena, dialoganteckningar från besök och möten på landsbygden, och uppföljningar av det som lovats.&lt;/p&gt;&lt;p&gt;Allt sparas på den här datorn och fungerar utan nätverk. När du har uppkoppling kan registret synkroniseras med länsstyrelsens gemensamma register.&lt;/p&gt;&lt;p&gt;Registret är tomt. Vill du se hur det ser ut med innehåll, läs in exempeldata (påhittade insatser och anteckningar). Annars börjar du med ett tomt register.&lt;/p&gt;</source>
        <translation>&lt;p&gt;HelaVB is the County Administrative Board of Västerbotten's register for the &lt;b&gt;Hela Västerbotten&lt;/b&gt; effort: initiatives in the four focus areas, dialogue notes from visits and meetings in the countryside, and follow-ups of what was promised.&lt;/p&gt;&lt;p&gt;Everything is stored on this computer and works without a network. When you are online the register can be synchronised with the board's shared register.&lt;/p&gt;&lt;p&gt;The register is empty. To see what it looks like with content, load the sample data (invented initiatives and notes). Otherwise start with an empty register.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Läs in exempeldata</source>
        <translation>&amp;Load sample data</translation>
    </message>
    <message>
        <source>Läs in exempeldata</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <source>&amp;Börja med ett tomt register</source>
        <translation>&amp;Start with an empty register</translation>
    </message>
    <message>
        <source>Börja med ett tomt register</source>
        <translation>Start with an empty register</translation>
    </message>
</context>
</TS>