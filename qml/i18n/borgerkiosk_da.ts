<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
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
        <source>Demo booking codes</source>
        <translation>Demo-bookingkoder</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Borgerservice – selvbetjening</translation>
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
</TS>