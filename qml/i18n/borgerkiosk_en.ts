<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simulated devices</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Ticket display</translation>
    </message>
    <message>
        <source>Demo booking codes</source>
        <translation>Demo booking codes</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>No receipt printed yet</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>The time is %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Touch what you have come for.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>I have a booking</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Check in: scan or type the code from your letter or text message</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book a time</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Choose your errand, a day and a time</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>I have no booking</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Take a ticket and wait for a free time today</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>The printer is not working right now. Your number will be shown on the screen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Citizen service kiosk</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Called numbers are shown here.</translation>
    </message>
</context>
</TS>