<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="sv">
<context>
    <name>SyncStatus</name>
    <message>
        <source>Hubben svarar inte. Allt sparas lokalt och skickas senare.</source>
        <translation>Hubben svarar inte. Allt sparas lokalt och skickas senare.</translation>
    </message>
    <message>
        <source>Hubben godtog inte inloggningen. Logga in på nytt.</source>
        <translation>Hubben godtog inte inloggningen. Logga in på nytt.</translation>
    </message>
    <message>
        <source>Hubben nekade åtgärden för din roll.</source>
        <translation>Hubben nekade åtgärden för din roll.</translation>
    </message>
    <message>
        <source>Registret innehåller exempeldata och skickas inte till den riktiga hubben.</source>
        <translation>Registret innehåller exempeldata och skickas inte till den riktiga hubben.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Om HelaVB…</source>
        <translation>&amp;Om HelaVB…</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om HelaVB</source>
        <translation>Om HelaVB</translation>
    </message>
    <message>
        <source>Register över insatser, dialoganteckningar och uppföljningar i Länsstyrelsen Västerbottens arbete Hela Västerbotten – även utan nät.</source>
        <translation>Register över insatser, dialoganteckningar och uppföljningar i Länsstyrelsen Västerbottens arbete Hela Västerbotten – även utan nät.</translation>
    </message>
    <message>
        <source>Datamapp: {0}&lt;br&gt;Register: {1}&lt;br&gt;Loggar: {2}</source>
        <translation>Datamapp: {0}&lt;br&gt;Register: {1}&lt;br&gt;Loggar: {2}</translation>
    </message>
    <message>
        <source>Python {0}, Qt för Python {1}</source>
        <translation>Python {0}, Qt för Python {1}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Lägesbild för ett insatsområde</source>
        <translation>Lägesbild för ett insatsområde</translation>
    </message>
    <message>
        <source>Länsstyrelsen – landsbygdsmyndigheten</source>
        <translation>Länsstyrelsen – landsbygdsmyndigheten</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en brobyggare</source>
        <translation>Länsstyrelsen – en brobyggare</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</source>
        <translation>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</translation>
    </message>
    <message>
        <source>Framtidsverkstäder för en levande landsbygd</source>
        <translation>Framtidsverkstäder för en levande landsbygd</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>Period till och med</source>
        <translation>Period till och med</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Prioriterad kommun enligt SOU 2017:1</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Utan personuppgifter</source>
        <translation>Utan personuppgifter</translation>
    </message>
    <message>
        <source>Lämna ute alla dialoganteckningar som är markerade med personuppgifter.</source>
        <translation>Lämna ute alla dialoganteckningar som är markerade med personuppgifter.</translation>
    </message>
    <message>
        <source>Skapa förhandsvisning</source>
        <translation>Skapa förhandsvisning</translation>
    </message>
    <message>
        <source>Välj urval och skapa en förhandsvisning.</source>
        <translation>Välj urval och skapa en förhandsvisning.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Förhandsvisning av lägesbilden</source>
        <translation>Förhandsvisning av lägesbilden</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Spara som…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Insatsområde:</source>
        <translation>&amp;Insatsområde:</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Till och med:</source>
        <translation>&amp;Till och med:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>är inget datum; skriv ÅÅÅÅ-MM-DD</source>
        <translation>är inget datum; skriv ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <source>Urvalet har ändrats. Skapa en ny förhandsvisning för att se det.</source>
        <translation>Urvalet har ändrats. Skapa en ny förhandsvisning för att se det.</translation>
    </message>
    <message>
        <source>Skapar lägesbilden…</source>
        <translation>Skapar lägesbilden…</translation>
    </message>
    <message>
        <source>Kontrollera ”{field}”: {message}</source>
        <translation>Kontrollera ”{field}”: {message}</translation>
    </message>
    <message>
        <source>Lägesbilden kunde inte skapas: {error}</source>
        <translation>Lägesbilden kunde inte skapas: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Lägesbilden är klar. Antal sidor: %n.</source>
        <translation><numerusform>Lägesbilden är klar. Antal sidor: %n.</numerusform><numerusform>Lägesbilden är klar. Antal sidor: %n.</numerusform></translation>
    </message>
    <message>
        <source>Förhandsvisningen kunde inte visas.</source>
        <translation>Förhandsvisningen kunde inte visas.</translation>
    </message>
    <message>
        <source>Spara lägesbild</source>
        <translation>Spara lägesbild</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: {error}</source>
        <translation>Filen kunde inte sparas: {error}</translation>
    </message>
    <message>
        <source>Sparad: {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <source>Skriv ut lägesbild</source>
        <translation>Skriv ut lägesbild</translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Hela länet</source>
        <translation>Hela länet</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>Vad</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Ändrat på två ställen</source>
        <translation>Ändrat på två ställen</translation>
    </message>
    <message>
        <source>Ändrad här, borttagen på hubben</source>
        <translation>Ändrad här, borttagen på hubben</translation>
    </message>
    <message>
        <source>Borttagen här, ändrad på hubben</source>
        <translation>Borttagen här, ändrad på hubben</translation>
    </message>
    <message>
        <source>Möjlig dubblett</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Klientens ändring</source>
        <translation>Klientens ändring</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Konflikter att lösa</source>
        <translation>Konflikter att lösa</translation>
    </message>
    <message>
        <source>Samma fält har ändrats på två ställen. Jämför värdena, välj vilket som ska gälla eller skriv ett sammanvägt värde, och lös konflikten. Beslutet synkas till alla.</source>
        <translation>Samma fält har ändrats på två ställen. Jämför värdena, välj vilket som ska gälla eller skriv ett sammanvägt värde, och lös konflikten. Beslutet synkas till alla.</translation>
    </message>
    <message>
        <source>Bas – värdet innan ändringarna</source>
        <translation>Bas – värdet innan ändringarna</translation>
    </message>
    <message>
        <source>Hubben – det som gäller nu</source>
        <translation>Hubben – det som gäller nu</translation>
    </message>
    <message>
        <source>Klienten – ändringen som krockade</source>
        <translation>Klienten – ändringen som krockade</translation>
    </message>
    <message>
        <source>Återgå till &amp;basvärdet</source>
        <translation>Återgå till &amp;basvärdet</translation>
    </message>
    <message>
        <source>Behåll &amp;hubbens värde</source>
        <translation>Behåll &amp;hubbens värde</translation>
    </message>
    <message>
        <source>Ta &amp;klientens värde</source>
        <translation>Ta &amp;klientens värde</translation>
    </message>
    <message>
        <source>&amp;Eget värde:</source>
        <translation>&amp;Eget värde:</translation>
    </message>
    <message>
        <source>Eget sammanvägt värde</source>
        <translation>Eget sammanvägt värde</translation>
    </message>
    <message>
        <source>Skriv det värde som ska gälla</source>
        <translation>Skriv det värde som ska gälla</translation>
    </message>
    <message>
        <source>&amp;Notering:</source>
        <translation>&amp;Notering:</translation>
    </message>
    <message>
        <source>Varför (valfritt; syns i historiken)</source>
        <translation>Varför (valfritt; syns i historiken)</translation>
    </message>
    <message>
        <source>&amp;Lös konflikten</source>
        <translation>&amp;Lös konflikten</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Öppna konflikter</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <source>Inga öppna konflikter. Allt som synkats är samstämmigt.</source>
        <translation>Inga öppna konflikter. Allt som synkats är samstämmigt.</translation>
    </message>
    <message>
        <source>1 öppen konflikt</source>
        <translation>1 öppen konflikt</translation>
    </message>
    <message>
        <source>{n} öppna konflikter</source>
        <translation>{n} öppna konflikter</translation>
    </message>
    <message>
        <source>Välj en konflikt i listan</source>
        <translation>Välj en konflikt i listan</translation>
    </message>
    <message>
        <source>Fält: {field} · {kind}</source>
        <translation>Fält: {field} · {kind}</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Värdet måste vara ett heltal.</source>
        <translation>Värdet måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Välj vilket värde som ska gälla.</source>
        <translation>Välj vilket värde som ska gälla.</translation>
    </message>
    <message>
        <source>Löser konflikten på hubben…</source>
        <translation>Löser konflikten på hubben…</translation>
    </message>
    <message>
        <source>Konflikten är löst. Beslutet synkas till alla.</source>
        <translation>Konflikten är löst. Beslutet synkas till alla.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>Borttagen</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Finns kvar</source>
        <translation>Finns kvar</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Borttagning</source>
        <translation>Borttagning</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Återställd</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>Konflikt löst</source>
        <translation>Konflikt löst</translation>
    </message>
    <message>
        <source>Sammanslagen</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <source>Sammanslagning ångrad</source>
        <translation>Sammanslagning ångrad</translation>
    </message>
    <message>
        <source>Hubben nekade åtgärden: bara samordnare och administratörer får lösa konflikter och slå ihop poster.</source>
        <translation>Hubben nekade åtgärden: bara samordnare och administratörer får lösa konflikter och slå ihop poster.</translation>
    </message>
    <message>
        <source>Det här görs mot hubben, och den går inte att nå just nu. Kontrollera anslutningen (eller logga in under Inställningar) och försök igen.</source>
        <translation>Det här görs mot hubben, och den går inte att nå just nu. Kontrollera anslutningen (eller logga in under Inställningar) och försök igen.</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <source>Sa&amp;mordning</source>
        <translation>Sa&amp;mordning</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>&amp;Dubbletter…</source>
        <translation>&amp;Dubbletter…</translation>
    </message>
    <message>
        <source>&amp;Historik för posten…</source>
        <translation>&amp;Historik för posten…</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Öppna en sparad post först; historiken gäller den post som visas.</source>
        <translation>Öppna en sparad post först; historiken gäller den post som visas.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Osparade utkast</source>
        <translation>Osparade utkast</translation>
    </message>
    <message>
        <source>HelaVB stängdes innan det här sparades. Välj ett utkast och återställ det i formuläret, eller kasta det.</source>
        <translation>HelaVB stängdes innan det här sparades. Välj ett utkast och återställ det i formuläret, eller kasta det.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Kasta utkastet</source>
        <translation>&amp;Kasta utkastet</translation>
    </message>
    <message>
        <source>&amp;Senare</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>(utan rubrik)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>ändring</source>
        <translation>ändring</translation>
    </message>
</context>
<context>
    <name>DuplicateGuard</name>
    <message>
        <source>Liknande insatser finns redan: {names}</source>
        <translation>Liknande insatser finns redan: {names}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Hela länet</source>
        <translation>Hela länet</translation>
    </message>
    <message>
        <source>Likhet</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
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
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Finns insatsen redan?</source>
        <translation>Finns insatsen redan?</translation>
    </message>
    <message>
        <source>Det finns redan insatser med liknande titel som ”{title}”. Kontrollera att du inte registrerar samma insats två gånger.</source>
        <translation>Det finns redan insatser med liknande titel som ”{title}”. Kontrollera att du inte registrerar samma insats två gånger.</translation>
    </message>
    <message>
        <source>Liknande insatser</source>
        <translation>Liknande insatser</translation>
    </message>
    <message>
        <source>&amp;Spara ändå</source>
        <translation>&amp;Spara ändå</translation>
    </message>
    <message>
        <source>Ö&amp;ppna befintlig</source>
        <translation>Ö&amp;ppna befintlig</translation>
    </message>
    <message>
        <source>Visar den markerade insatsen. Det du skrivit finns kvar som utkast.</source>
        <translation>Visar den markerade insatsen. Det du skrivit finns kvar som utkast.</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Insatsområde</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likhet</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <source>Post 1</source>
        <translation>Post 1</translation>
    </message>
    <message>
        <source>Post 2</source>
        <translation>Post 2</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Dubbletter</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>Möjliga dubbletter</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <source>Poster som troligen beskriver samma insats eller samma besök, med skälen. Dubbelklicka på ett par för att jämföra fälten och slå ihop dem.</source>
        <translation>Poster som troligen beskriver samma insats eller samma besök, med skälen. Dubbelklicka på ett par för att jämföra fälten och slå ihop dem.</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Dialoganteckningar</source>
        <translation>Dialoganteckningar</translation>
    </message>
    <message>
        <source>Sök &amp;igen</source>
        <translation>Sök &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Jämför och slå ihop…</source>
        <translation>&amp;Jämför och slå ihop…</translation>
    </message>
    <message>
        <source>Sammanslagna nu</source>
        <translation>Sammanslagna nu</translation>
    </message>
    <message>
        <source>Å&amp;ngra sammanslagning</source>
        <translation>Å&amp;ngra sammanslagning</translation>
    </message>
    <message>
        <source>Letar efter dubbletter…</source>
        <translation>Letar efter dubbletter…</translation>
    </message>
    <message>
        <source>Inga troliga dubbletter hittades.</source>
        <translation>Inga troliga dubbletter hittades.</translation>
    </message>
    <message>
        <source>1 möjlig dubblett</source>
        <translation>1 möjlig dubblett</translation>
    </message>
    <message>
        <source>{n} möjliga dubbletter</source>
        <translation>{n} möjliga dubbletter</translation>
    </message>
    <message>
        <source>Hämtar posterna…</source>
        <translation>Hämtar posterna…</translation>
    </message>
    <message>
        <source>”{other}” slogs ihop med den behållna posten</source>
        <translation>”{other}” slogs ihop med den behållna posten</translation>
    </message>
    <message>
        <source>Sammanslaget. {n} kopplade poster flyttades.</source>
        <translation>Sammanslaget. {n} kopplade poster flyttades.</translation>
    </message>
    <message>
        <source>Ångrar sammanslagningen på hubben…</source>
        <translation>Ångrar sammanslagningen på hubben…</translation>
    </message>
    <message>
        <source>Sammanslagningen är ångrad: ”{other}” finns igen.</source>
        <translation>Sammanslagningen är ångrad: ”{other}” finns igen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>måste fyllas i</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <source>ligger före startdatum</source>
        <translation>ligger före startdatum</translation>
    </message>
    <message>
        <source>får bara vara en rad</source>
        <translation>får bara vara en rad</translation>
    </message>
    <message>
        <source>måste vara 0 eller mer</source>
        <translation>måste vara 0 eller mer</translation>
    </message>
    <message>
        <source>måste vara ett heltal</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>är orimligt stort</source>
        <translation>är orimligt stort</translation>
    </message>
    <message>
        <source>är för lång</source>
        <translation>är för lång</translation>
    </message>
    <message>
        <source>är inget datum; skriv ÅÅÅÅ-MM-DD</source>
        <translation>är inget datum; skriv ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>är ingen kommun i Västerbotten</source>
        <translation>är ingen kommun i Västerbotten</translation>
    </message>
    <message>
        <source>Kontrollera fältet ”{field}”: {message}</source>
        <translation>Kontrollera fältet ”{field}”: {message}</translation>
    </message>
    <message>
        <source>Posten finns inte längre (den kan ha tagits bort).</source>
        <translation>Posten finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <source>Registret är upptaget av ett annat program. Försök igen om en stund.</source>
        <translation>Registret är upptaget av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Disken är full. Inget sparades; frigör utrymme och försök igen.</source>
        <translation>Disken är full. Inget sparades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>Registerfilen är skadad. Återställ en säkerhetskopia.</source>
        <translation>Registerfilen är skadad. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas eller skrivas: {error}</source>
        <translation>Filen kunde inte läsas eller skrivas: {error}</translation>
    </message>
    <message>
        <source>HelaVB</source>
        <translation>HelaVB</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade. Det du skrivit finns kvar som utkast; felet loggades.</source>
        <translation>Ett oväntat fel inträffade. Det du skrivit finns kvar som utkast; felet loggades.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Ny uppföljning</source>
        <translation>Ny uppföljning</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Vad ska göras</source>
        <translation>&amp;Vad ska göras</translation>
    </message>
    <message>
        <source>&amp;Ansvarig</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Senast</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Inte kopplad till anteckning eller insats.</source>
        <translation>Inte kopplad till anteckning eller insats.</translation>
    </message>
    <message>
        <source>Visa &amp;anteckningen</source>
        <translation>Visa &amp;anteckningen</translation>
    </message>
    <message>
        <source>Visa &amp;insatsen</source>
        <translation>Visa &amp;insatsen</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>ej skickad</source>
        <translation>ej skickad</translation>
    </message>
    <message>
        <source>När</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Notering</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Historik för {kind} ”{title}”</source>
        <translation>Historik för {kind} ”{title}”</translation>
    </message>
    <message>
        <source>Historik för {kind}</source>
        <translation>Historik för {kind}</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Ändringar, nyast först</source>
        <translation>Ändringar, nyast först</translation>
    </message>
    <message>
        <source>Hämtar historiken…</source>
        <translation>Hämtar historiken…</translation>
    </message>
    <message>
        <source>Hela historiken finns på hubben, som inte går att nå nu (eller så är du inte inloggad). Här visas bara ändringar på den här datorn som inte skickats än.</source>
        <translation>Hela historiken finns på hubben, som inte går att nå nu (eller så är du inte inloggad). Här visas bara ändringar på den här datorn som inte skickats än.</translation>
    </message>
    <message>
        <source>Nyast först. Ändringar märkta ”ej skickad” finns bara på den här datorn.</source>
        <translation>Nyast först. Ändringar märkta ”ej skickad” finns bara på den här datorn.</translation>
    </message>
    <message>
        <source>Nyast först.</source>
        <translation>Nyast först.</translation>
    </message>
    <message>
        <source>Inga ändringar registrerade för posten.</source>
        <translation>Inga ändringar registrerade för posten.</translation>
    </message>
    <message>
        <source>Å&amp;ngra sammanslagningen</source>
        <translation>Å&amp;ngra sammanslagningen</translation>
    </message>
    <message>
        <source>Den sammanslagna posten och dess kopplingar återställs.</source>
        <translation>Den sammanslagna posten och dess kopplingar återställs.</translation>
    </message>
    <message>
        <source>Ångrar sammanslagningen på hubben…</source>
        <translation>Ångrar sammanslagningen på hubben…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Ny insats</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Insatsområde</source>
        <translation>&amp;Insatsområde</translation>
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
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Diarienummer</source>
        <translation>&amp;Diarienummer</translation>
    </message>
    <message>
        <source>Ta&amp;ggar</source>
        <translation>Ta&amp;ggar</translation>
    </message>
    <message>
        <source>&amp;Beskrivning</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>till</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>t.ex. 101-1234-2026</source>
        <translation>t.ex. 101-1234-2026</translation>
    </message>
    <message>
        <source>Taggar</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Separera med komma</source>
        <translation>Separera med komma</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Kommuner</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Prioriterad kommun enligt SOU 2017:1</translation>
    </message>
    <message>
        <source>★ = prioriterad kommun (SOU 2017:1). Ingen kommun vald = hela länet.</source>
        <translation>★ = prioriterad kommun (SOU 2017:1). Ingen kommun vald = hela länet.</translation>
    </message>
    <message>
        <source>Kopplade &amp;anteckningar ({n})</source>
        <translation>Kopplade &amp;anteckningar ({n})</translation>
    </message>
    <message>
        <source>Kopplade anteckningar</source>
        <translation>Kopplade anteckningar</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar ({n})</source>
        <translation>&amp;Uppföljningar ({n})</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Ny anteckning om insatsen</source>
        <translation>Ny anteckning om insatsen</translation>
    </message>
    <message>
        <source>Ny uppföljning</source>
        <translation>Ny uppföljning</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>&amp;Historik…</source>
        <translation>&amp;Historik…</translation>
    </message>
</context>
<context>
    <name>InitiativePickerDialog</name>
    <message>
        <source>Koppla insats</source>
        <translation>Koppla insats</translation>
    </message>
    <message>
        <source>Sök insats på titel, beskrivning eller tagg</source>
        <translation>Sök insats på titel, beskrivning eller tagg</translation>
    </message>
    <message>
        <source>Sök insats</source>
        <translation>Sök insats</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Länsstyrelsen – landsbygdsmyndigheten</source>
        <translation>Länsstyrelsen – landsbygdsmyndigheten</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en brobyggare</source>
        <translation>Länsstyrelsen – en brobyggare</translation>
    </message>
    <message>
        <source>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</source>
        <translation>Länsstyrelsen – en katalysator för långsiktigt hållbara jobb</translation>
    </message>
    <message>
        <source>Framtidsverkstäder för en levande landsbygd</source>
        <translation>Framtidsverkstäder för en levande landsbygd</translation>
    </message>
    <message>
        <source>Landsbygdsmyndigheten</source>
        <translation>Landsbygdsmyndigheten</translation>
    </message>
    <message>
        <source>Brobyggare</source>
        <translation>Brobyggare</translation>
    </message>
    <message>
        <source>Katalysator för jobb</source>
        <translation>Katalysator för jobb</translation>
    </message>
    <message>
        <source>Framtidsverkstäder</source>
        <translation>Framtidsverkstäder</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Digitalt möte</source>
        <translation>Digitalt möte</translation>
    </message>
    <message>
        <source>Framtidsverkstad</source>
        <translation>Framtidsverkstad</translation>
    </message>
    <message>
        <source>Arbetsanteckning</source>
        <translation>Arbetsanteckning</translation>
    </message>
    <message>
        <source>Tjänsteanteckning</source>
        <translation>Tjänsteanteckning</translation>
    </message>
    <message>
        <source>Öppen</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Struken</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>insats</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>dialoganteckning</source>
        <translation>dialoganteckning</translation>
    </message>
    <message>
        <source>uppföljning</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Insatsområde</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Insatsområden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Taggar</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Kvinnor</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Män</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Flickor</source>
        <translation>Flickor</translation>
    </message>
    <message>
        <source>Pojkar</source>
        <translation>Pojkar</translation>
    </message>
    <message>
        <source>Kopplade insatser</source>
        <translation>Kopplade insatser</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Innehåller personuppgifter</source>
        <translation>Innehåller personuppgifter</translation>
    </message>
    <message>
        <source>Handlingstyp</source>
        <translation>Handlingstyp</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registret kunde inte läsas; försöker igen…</source>
        <translation>Registret kunde inte läsas; försöker igen…</translation>
    </message>
    <message>
        <source>HelaVB – Hela Västerbotten</source>
        <translation>HelaVB – Hela Västerbotten</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Ny &amp;dialoganteckning</source>
        <translation>Ny &amp;dialoganteckning</translation>
    </message>
    <message>
        <source>Ny &amp;insats</source>
        <translation>Ny &amp;insats</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Ångra borttagning</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Skriv ut &amp;lägesbild…</source>
        <translation>Skriv ut &amp;lägesbild…</translation>
    </message>
    <message>
        <source>Osparade &amp;utkast…</source>
        <translation>Osparade &amp;utkast…</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Start – att göra</source>
        <translation>&amp;Start – att göra</translation>
    </message>
    <message>
        <source>&amp;Insatser</source>
        <translation>&amp;Insatser</translation>
    </message>
    <message>
        <source>&amp;Dialoganteckningar</source>
        <translation>&amp;Dialoganteckningar</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar</source>
        <translation>&amp;Uppföljningar</translation>
    </message>
    <message>
        <source>Ångra (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Arbetar…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Sparat: {kind}</source>
        <translation>Sparat: {kind}</translation>
    </message>
    <message>
        <source>Borttagen: {kind} ”{title}”.</source>
        <translation>Borttagen: {kind} ”{title}”.</translation>
    </message>
    <message>
        <source>Återställd.</source>
        <translation>Återställd.</translation>
    </message>
    <message>
        <source>Osparade utkast</source>
        <translation>Osparade utkast</translation>
    </message>
    <message>
        <source>Inga osparade utkast.</source>
        <translation>Inga osparade utkast.</translation>
    </message>
    <message>
        <source>Exempeldata</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <source>Exempeldata finns inte i den här versionen.</source>
        <translation>Exempeldata finns inte i den här versionen.</translation>
    </message>
    <message>
        <source>Läser in exempeldata…</source>
        <translation>Läser in exempeldata…</translation>
    </message>
    <message>
        <source>Skriv ut lägesbild</source>
        <translation>Skriv ut lägesbild</translation>
    </message>
    <message>
        <source>Utskrift av lägesbilder finns inte i den här versionen ännu.</source>
        <translation>Utskrift av lägesbilder finns inte i den här versionen ännu.</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Det finns osparade ändringar. Spara dem innan HelaVB stängs? (Väljer du Avbryt finns de kvar som utkast.)</source>
        <translation>Det finns osparade ändringar. Spara dem innan HelaVB stängs? (Väljer du Avbryt finns de kvar som utkast.)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Slå ihop poster</source>
        <translation>Slå ihop poster</translation>
    </message>
    <message>
        <source>Slå ihop två poster</source>
        <translation>Slå ihop två poster</translation>
    </message>
    <message>
        <source>Posten till vänster behålls. Välj för varje fält som skiljer sig vilket värde som ska gälla. Den andra posten markeras som sammanslagen och kan återställas med ”Ångra sammanslagning”.</source>
        <translation>Posten till vänster behålls. Välj för varje fält som skiljer sig vilket värde som ska gälla. Den andra posten markeras som sammanslagen och kan återställas med ”Ångra sammanslagning”.</translation>
    </message>
    <message>
        <source>&amp;Behåll den andra i stället</source>
        <translation>&amp;Behåll den andra i stället</translation>
    </message>
    <message>
        <source>Behålls: {title}</source>
        <translation>Behålls: {title}</translation>
    </message>
    <message>
        <source>Slås ihop: {title}</source>
        <translation>Slås ihop: {title}</translation>
    </message>
    <message>
        <source>Övriga fält är lika i båda posterna.</source>
        <translation>Övriga fält är lika i båda posterna.</translation>
    </message>
    <message>
        <source>Posterna har samma värden i alla fält.</source>
        <translation>Posterna har samma värden i alla fält.</translation>
    </message>
    <message>
        <source>Kopplade anteckningar: {kn} här, {on} på den andra. Uppföljningar: {kf} här, {of} på den andra. Den andras kopplingar flyttas till posten som behålls.</source>
        <translation>Kopplade anteckningar: {kn} här, {on} på den andra. Uppföljningar: {kf} här, {of} på den andra. Den andras kopplingar flyttas till posten som behålls.</translation>
    </message>
    <message>
        <source>Uppföljningar: {kf} här, {of} på den andra. Den andras uppföljningar flyttas till posten som behålls.</source>
        <translation>Uppföljningar: {kf} här, {of} på den andra. Den andras uppföljningar flyttas till posten som behålls.</translation>
    </message>
    <message>
        <source>&amp;Slå ihop</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Slår ihop på hubben…</source>
        <translation>Slår ihop på hubben…</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Navigering</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Start – att göra</source>
        <translation>Start – att göra</translation>
    </message>
    <message>
        <source>Hela registret ({n} insatser)</source>
        <translation>Hela registret ({n} insatser)</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Insatsområden</translation>
    </message>
    <message>
        <source>{title}
{ini} insatser, {notes} dialoganteckningar</source>
        <translation>{title}
{ini} insatser, {notes} dialoganteckningar</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>{ini} insatser, {notes} dialoganteckningar</source>
        <translation>{ini} insatser, {notes} dialoganteckningar</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Prioriterad kommun enligt SOU 2017:1</translation>
    </message>
    <message>
        <source>{name}, prioriterad kommun, {n} insatser</source>
        <translation>{name}, prioriterad kommun, {n} insatser</translation>
    </message>
    <message>
        <source>{mark} prioriterad kommun (SOU 2017:1). Siffran är antal insatser.</source>
        <translation>{mark} prioriterad kommun (SOU 2017:1). Siffran är antal insatser.</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Ny dialoganteckning</source>
        <translation>Ny dialoganteckning</translation>
    </message>
    <message>
        <source>Dialoganteckning</source>
        <translation>Dialoganteckning</translation>
    </message>
    <message>
        <source>&amp;Plats</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Datum och kommun</source>
        <translation>&amp;Datum och kommun</translation>
    </message>
    <message>
        <source>&amp;Typ</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Organisationer</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Insatsområden</translation>
    </message>
    <message>
        <source>Kopplade &amp;insatser</source>
        <translation>Kopplade &amp;insatser</translation>
    </message>
    <message>
        <source>Samman&amp;fattning</source>
        <translation>Samman&amp;fattning</translation>
    </message>
    <message>
        <source>&amp;Handlingstyp</source>
        <translation>&amp;Handlingstyp</translation>
    </message>
    <message>
        <source>Förf&amp;attare</source>
        <translation>Förf&amp;attare</translation>
    </message>
    <message>
        <source>Nya &amp;uppföljningar</source>
        <translation>Nya &amp;uppföljningar</translation>
    </message>
    <message>
        <source>By eller ort, t.ex. Ammarnäs</source>
        <translation>By eller ort, t.ex. Ammarnäs</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Prioriterad kommun enligt SOU 2017:1</translation>
    </message>
    <message>
        <source>Typ av kontakt</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <source>Separera med semikolon</source>
        <translation>Separera med semikolon</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>&amp;Kvinnor</source>
        <translation>&amp;Kvinnor</translation>
    </message>
    <message>
        <source>&amp;Män</source>
        <translation>&amp;Män</translation>
    </message>
    <message>
        <source>F&amp;lickor</source>
        <translation>F&amp;lickor</translation>
    </message>
    <message>
        <source>P&amp;ojkar</source>
        <translation>P&amp;ojkar</translation>
    </message>
    <message>
        <source>Kopplade insatser</source>
        <translation>Kopplade insatser</translation>
    </message>
    <message>
        <source>Koppla insats…</source>
        <translation>Koppla insats…</translation>
    </message>
    <message>
        <source>Ta bort koppling</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Vad togs upp? Vad vill orten?</source>
        <translation>Vad togs upp? Vad vill orten?</translation>
    </message>
    <message>
        <source>Innehåller personuppgifter</source>
        <translation>Innehåller personuppgifter</translation>
    </message>
    <message>
        <source>Handlingstyp</source>
        <translation>Handlingstyp</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Vad ska göras</source>
        <translation>Vad ska göras</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>En rad per uppföljning. Senast skrivs ÅÅÅÅ-MM-DD. Sparas med anteckningen.</source>
        <translation>En rad per uppföljning. Senast skrivs ÅÅÅÅ-MM-DD. Sparas med anteckningen.</translation>
    </message>
    <message>
        <source>Nya uppföljningar</source>
        <translation>Nya uppföljningar</translation>
    </message>
    <message>
        <source>Lägg till uppföljning</source>
        <translation>Lägg till uppföljning</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Sparade uppföljningar till anteckningen</source>
        <translation>Sparade uppföljningar till anteckningen</translation>
    </message>
    <message>
        <source>Sparade uppföljningar</source>
        <translation>Sparade uppföljningar</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Totalt {total} deltagare, varav {children} barn</source>
        <translation>Totalt {total} deltagare, varav {children} barn</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Osparade ändringar</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Det finns osparade ändringar. Vill du spara dem?</source>
        <translation>Det finns osparade ändringar. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Sök (Ctrl+F)…</source>
        <translation>Sök (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Sök i listan</source>
        <translation>Sök i listan</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Filtrera på status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Prioriterad kommun enligt SOU 2017:1</source>
        <translation>Prioriterad kommun enligt SOU 2017:1</translation>
    </message>
    <message>
        <source>Filtrera på kommun</source>
        <translation>Filtrera på kommun</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>Från datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Från datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>Till datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Till datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Tagg</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>Filtrera på tagg</source>
        <translation>Filtrera på tagg</translation>
    </message>
    <message>
        <source>Anteckningar kopplade till insatser med den här taggen</source>
        <translation>Anteckningar kopplade till insatser med den här taggen</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Författare</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Filtrera på %s</source>
        <translation>Filtrera på %s</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Välj en insats i listan för att se och ändra den, eller skapa en ny med Ctrl+Shift+N.</source>
        <translation>Välj en insats i listan för att se och ändra den, eller skapa en ny med Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Välj en anteckning i listan, eller skriv en ny med Ctrl+N.</source>
        <translation>Välj en anteckning i listan, eller skriv en ny med Ctrl+N.</translation>
    </message>
    <message>
        <source>Välj en uppföljning i listan. Nya uppföljningar läggs till i en dialoganteckning (Ctrl+N).</source>
        <translation>Välj en uppföljning i listan. Nya uppföljningar läggs till i en dialoganteckning (Ctrl+N).</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Dialoganteckningar</source>
        <translation>Dialoganteckningar</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Uppföljningar</translation>
    </message>
    <message numerus="yes">
        <source>%n insatser</source>
        <translation><numerusform>%n insatser</numerusform><numerusform>%n insatser</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n anteckningar</source>
        <translation><numerusform>%n anteckningar</numerusform><numerusform>%n anteckningar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uppföljningar</source>
        <translation><numerusform>%n uppföljningar</numerusform><numerusform>%n uppföljningar</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>&amp;Insatser</source>
        <translation>&amp;Insatser</translation>
    </message>
    <message>
        <source>&amp;Dialoganteckningar</source>
        <translation>&amp;Dialoganteckningar</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar</source>
        <translation>&amp;Uppföljningar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Registrets mapp</source>
        <translation>Registrets mapp</translation>
    </message>
    <message>
        <source>Hubb</source>
        <translation>Hubb</translation>
    </message>
    <message>
        <source>{user} på {url}</source>
        <translation>{user} på {url}</translation>
    </message>
    <message>
        <source>Inte inloggad</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Logga in på hubben…</source>
        <translation>Logga in på hubben…</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Att göra</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>I dag är det {today}.</source>
        <translation>I dag är det {today}.</translation>
    </message>
    <message>
        <source>I dag är det {today}. Registret har {ini} insatser, {notes} dialoganteckningar och {fu} uppföljningar.</source>
        <translation>I dag är det {today}. Registret har {ini} insatser, {notes} dialoganteckningar och {fu} uppföljningar.</translation>
    </message>
    <message>
        <source> – de {n} äldsta visas</source>
        <translation> – de {n} äldsta visas</translation>
    </message>
    <message>
        <source>&amp;Försenade uppföljningar ({n})</source>
        <translation>&amp;Försenade uppföljningar ({n})</translation>
    </message>
    <message>
        <source> – inget är försenat</source>
        <translation> – inget är försenat</translation>
    </message>
    <message>
        <source>Förfaller &amp;denna vecka ({n})</source>
        <translation>Förfaller &amp;denna vecka ({n})</translation>
    </message>
    <message>
        <source> – inget förfaller denna vecka</source>
        <translation> – inget förfaller denna vecka</translation>
    </message>
    <message>
        <source>Försenade uppföljningar</source>
        <translation>Försenade uppföljningar</translation>
    </message>
    <message>
        <source>Uppföljningar som förfaller denna vecka</source>
        <translation>Uppföljningar som förfaller denna vecka</translation>
    </message>
    <message>
        <source>Ny dialoganteckning (Ctrl+N)</source>
        <translation>Ny dialoganteckning (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ny insats (Ctrl+Shift+N)</source>
        <translation>Ny insats (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Markera vald som klar</source>
        <translation>Markera vald som klar</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Logga in på hubben</source>
        <translation>Logga in på hubben</translation>
    </message>
    <message>
        <source>Hubbens adress</source>
        <translation>Hubbens adress</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Logga in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Fyll i adress, användarnamn och lösenord.</source>
        <translation>Fyll i adress, användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Loggar in…</source>
        <translation>Loggar in…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synka nu</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Ej ansluten till hubben</source>
        <translation>Ej ansluten till hubben</translation>
    </message>
    <message>
        <source>Logga in på hubben under Inställningar för att synka.</source>
        <translation>Logga in på hubben under Inställningar för att synka.</translation>
    </message>
    <message>
        <source>Synkar…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <source>Kontrollerar anslutning…</source>
        <translation>Kontrollerar anslutning…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synkfel</source>
        <translation>Synkfel</translation>
    </message>
    <message>
        <source>{0} – nytt försök om {1} s</source>
        <translation>{0} – nytt försök om {1} s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline – nytt försök om {0} s</source>
        <translation>Offline – nytt försök om {0} s</translation>
    </message>
    <message>
        <source>Hubben svarar inte. Allt sparas lokalt.</source>
        <translation>Hubben svarar inte. Allt sparas lokalt.</translation>
    </message>
    <message>
        <source>Inga ändringar väntar</source>
        <translation>Inga ändringar väntar</translation>
    </message>
    <message>
        <source>1 ändring väntar på att skickas</source>
        <translation>1 ändring väntar på att skickas</translation>
    </message>
    <message>
        <source>{0} ändringar väntar på att skickas</source>
        <translation>{0} ändringar väntar på att skickas</translation>
    </message>
    <message>
        <source>Senast synkad {0}</source>
        <translation>Senast synkad {0}</translation>
    </message>
    <message>
        <source>Aldrig synkad</source>
        <translation>Aldrig synkad</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Välkommen till HelaVB</source>
        <translation>Välkommen till HelaVB</translation>
    </message>
    <message>
        <source>&lt;p&gt;HelaVB är Länsstyrelsen Västerbottens register för arbetet med &lt;b&gt;Hela Västerbotten&lt;/b&gt;: insatser inom de fyra insatsområdena, dialoganteckningar från besök och möten på landsbygden, och uppföljningar av det som lovats.&lt;/p&gt;&lt;p&gt;Allt sparas på den här datorn och fungerar utan nätverk. När du har uppkoppling kan registret synkroniseras med länsstyrelsens gemensamma register.&lt;/p&gt;&lt;p&gt;Registret är tomt. Vill du se hur det ser ut med innehåll, läs in exempeldata (påhittade insatser och anteckningar). Annars börjar du med ett tomt register.&lt;/p&gt;</source>
        <translation>&lt;p&gt;HelaVB är Länsstyrelsen Västerbottens register för arbetet med &lt;b&gt;Hela Västerbotten&lt;/b&gt;: insatser inom de fyra insatsområdena, dialoganteckningar från besök och möten på landsbygden, och uppföljningar av det som lovats.&lt;/p&gt;&lt;p&gt;Allt sparas på den här datorn och fungerar utan nätverk. När du har uppkoppling kan registret synkroniseras med länsstyrelsens gemensamma register.&lt;/p&gt;&lt;p&gt;Registret är tomt. Vill du se hur det ser ut med innehåll, läs in exempeldata (påhittade insatser och anteckningar). Annars börjar du med ett tomt register.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Läs in exempeldata</source>
        <translation>&amp;Läs in exempeldata</translation>
    </message>
    <message>
        <source>Läs in exempeldata</source>
        <translation>Läs in exempeldata</translation>
    </message>
    <message>
        <source>&amp;Börja med ett tomt register</source>
        <translation>&amp;Börja med ett tomt register</translation>
    </message>
    <message>
        <source>Börja med ett tomt register</source>
        <translation>Börja med ett tomt register</translation>
    </message>
</context>
</TS>