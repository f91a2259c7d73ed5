<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Din tid er booket</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 kl. %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Din bookingkode</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Når du kommer, så scan bonen eller tast koden her for at tjekke ind.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Husk at tage med:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Skriv din kode ned: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Udskriv igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Vi kan ikke give dig et nummer lige nu</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Her er dit nummer</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Ærinde: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Tal med en medarbejder.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Vi regner med at kalde dig ind omkring kl. %1, når der bliver en tid ledig. Vi kan ikke love det.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Vi kan ikke love dig en tid i dag. Du bliver kaldt ind, hvis der bliver en tid ledig.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Husk dit nummer: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Hold koden fra dit brev eller din telefon under scanneren. Eller tast koden her:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Tastet indtil nu: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Koden har %1 tegn. Der mangler %2.</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Du er tjekket ind</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Du er kommet for tidligt</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Det er for sent at tjekke ind</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Din tid er en anden dag</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Din tid er i et andet borgerservice</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Denne tid er aflyst</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Du er allerede tjekket ind</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Vi kan ikke finde koden</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Du kan ikke tjekke ind lige nu</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Koden er for kort</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Koden kunne ikke læses</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Koden er ikke rigtig</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>Det er ikke en bookingkode</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Du er lidt forsinket, men vi kan stadig tage imod dig i dag. Sæt dig i venteområdet. Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Din tid er kl. %1. Du kan tjekke ind fra kl. %2. Kom tilbage til skærmen til den tid, eller sæt dig og vent.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Din tid var kl. %1. Tal med en medarbejder om en ny tid.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Din tid var kl. %1. Du kan tage et nummer og vente på en ledig tid i dag, eller booke en ny tid.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Din tid er %1 kl. %2. Kom igen den dag.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Din tid er et andet sted. Der står i dit brev eller din sms, hvor du skal hen. Din tid er %1 kl. %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Du kan booke en ny tid, eller tage et nummer og vente på en ledig tid i dag.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Du skal ikke gøre mere. Sæt dig og vent. Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>Koden %1 passer ikke med nogen af vores tider. Se koden efter i dit brev eller din sms og prøv igen, eller spørg en medarbejder.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Tal med en medarbejder. De kan tjekke dig ind.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>En kode har 8 tegn. Tast hele koden.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Prøv igen, eller tast koden på tastaturet.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Et af tegnene er forkert. Se koden efter i dit brev eller din sms og tast den igen.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Scan koden fra dit brev eller din sms om tiden, eller tast den på tastaturet.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Din tid er kl. %1. Du bliver kaldt ind omkring det tidspunkt.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Du bliver kaldt ind om lidt.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Husk dit nummer: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Tag et nummer til i dag</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Book en ny tid</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Udskriv mit nummer igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Kom tilbage kl.</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Din tid var kl.</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Din tid er</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Det gjorde du tidligere. Sæt dig i venteområdet: dit nummer står på den billet, du fik dengang, og det vises på skærmen, når det er din tur. Har du ikke billetten, så spørg ved skranken.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Slet</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Slet det sidste tegn</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Vælg en dag</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Lukket: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Ingen ledige tider</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Ledige tider: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simulerede enheder</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Nummerskærm</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Sidste bon</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Udskriv testside</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Ingen bon udskrevet endnu</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Scan en demokode</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Noget at scanne</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>Hvad er du kommet for?</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start forfra</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Klokken er %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Tryk på det, du er kommet for.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Jeg har en tid</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Tjek ind: scan eller tast koden fra dit brev eller din sms</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Vælg dit ærinde, en dag og et tidspunkt</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>Jeg har ingen tid</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Tag et nummer og vent på en ledig tid i dag</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Printeren virker ikke lige nu. Dit nummer bliver vist på skærmen.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Du kan tjekke ind og tage et nummer som sædvanligt. Det er ikke muligt at booke en ny tid her lige nu.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Borgerservice – selvbetjening</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Vi booker din tid …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Vent et øjeblik.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Vi kan ikke booke en tid her lige nu</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Der er ikke booket noget. Du kan tage et nummer og vente på en ledig tid i dag, eller booke hjemmefra på borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Tag et nummer til i dag</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Tag et nummer</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Nu betjenes</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Kaldte numre vises her.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Slet</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Slet det sidste tal</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Vil du have en påmindelse på sms?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Tast dit mobilnummer. Vi bruger det kun til at sende dig en påmindelse. Du kan også fortsætte uden.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Et mobilnummer har 8 cifre. Tast hele nummeret.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Et dansk mobilnummer begynder ikke med 0 eller 1. Se nummeret efter.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Fortsæt med dette nummer</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Fortsæt uden påmindelse</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Udskrevet %1 kl. %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Du er tjekket ind</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Din tid: kl. %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Nummer uden bestilt tid</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Vi regner med at kalde dig ind omkring kl. %1, når der bliver en tid ledig. Vi kan ikke love det.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Vi kan ikke love dig en tid i dag. Du bliver kaldt ind, hvis der bliver en tid ledig.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Din tid</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Bookingkode</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Når du kommer, så scan koden eller tast den på standeren for at tjekke ind.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Husk at tage med:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Det kan du klare hjemmefra</translation>
    </message>
    <message>
        <source>Scan the code with your phone's camera, or type the address in a browser.</source>
        <translation>Scan koden med din telefons kamera, eller skriv adressen i en browser.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Din bon bliver udskrevet …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Tag din bon i printeren under skærmen.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Din bon er sendt til printeren under skærmen. Hvis der ikke kommer papir ud: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Printeren virker ikke, så du får ingen bon. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Det kan du klare hjemmefra</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Du kan skrive adressen ovenfor ned.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Udskriv adressen</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Book en tid alligevel</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone's camera, or take the address home on paper.</source>
        <translation>%1 kan klares på internettet hjemmefra, uden at du skal komme her. Scan den firkantede kode med din telefons kamera, eller tag adressen med hjem på papir.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Beklager, den tid er lige blevet taget</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>En anden har lige booket den. Disse tider %1 er ledige:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>En anden har lige booket den, og der er ikke flere ledige tider den dag. Tryk på Tilbage for at vælge en anden dag.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du her stadig?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, jeg er her stadig</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Sekunder tilbage: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Om lidt starter skærmen forfra, og det, du har tastet, bliver slettet.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Er det rigtigt?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Ærinde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>Sms til %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påmindelse</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Hvis noget er forkert, så tryk på Tilbage.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Ja, book denne tid</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Vælg et tidspunkt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Tidligere tider</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Senere tider</translation>
    </message>
</context>
</TS>