<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>ChairActionsPanel</name>
    <message>
        <location filename="../../ui/chair/actions.py" line="35"/>
        <source>Nästa talare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="36"/>
        <location filename="../../ui/chair/actions.py" line="94"/>
        <source>Replik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="37"/>
        <source>Streck i debatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="38"/>
        <location filename="../../ui/chair/actions.py" line="116"/>
        <source>Ställ proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="39"/>
        <source>Votering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="40"/>
        <location filename="../../ui/chair/actions.py" line="55"/>
        <source>Ajournera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="41"/>
        <source>Nästa ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="55"/>
        <source>Återuppta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="84"/>
        <source>Kontrareplik: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="95"/>
        <source>Vem begär replik?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="114"/>
        <source>Bifall till %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="117"/>
        <source>Vilket förslag finner ordföranden bifall till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="130"/>
        <source>Propositionen gällde ett enda förslag: inget att rösta om.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="139"/>
        <source>Alla ärenden på dagordningen är behandlade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../ui/chair/window.py" line="47"/>
        <source>Meddelande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="59"/>
        <source>Talarlista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="65"/>
        <source>Ingen har begärt ordet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="77"/>
        <source>TALARLISTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="102"/>
        <source>Klubban – ordförande – %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedAlarmBanner</name>
    <message>
        <location filename="../../ui/chair/alarm.py" line="59"/>
        <source>Larm: bild och ljud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm.py" line="67"/>
        <source>Återuppta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm.py" line="96"/>
        <source>Bild och ljud är tillbaka: %s. Sammanträdet är ajournerat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedAlarmRow</name>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="48"/>
        <source>Ajournera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="50"/>
        <source>Fortsätt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="51"/>
        <source>Kvittera ljud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="65"/>
        <source>%s: %s sedan %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="69"/>
        <source>Sammanträdet fortsätter: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="77"/>
        <source>Räkna som frånvarande – kalla in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="79"/>
        <source>Räkna som frånvarande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="99"/>
        <source>Fortsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="100"/>
        <source>Varför fortsätter sammanträdet utan bild och ljud från %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedGridPanel</name>
    <message>
        <location filename="../../ui/video/grid.py" line="34"/>
        <source>Bild från deltagare på distans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTile</name>
    <message>
        <location filename="../../ui/video/tile.py" line="73"/>
        <source>, har ordet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/chair/panels.py" line="88"/>
        <source>HAR ORDET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="97"/>
        <source>INGET ÄRENDE UPPTAGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="110"/>
        <source>Ajournerat sedan %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="112"/>
        <source>Votering pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="114"/>
        <source>Streck i debatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="121"/>
        <source>Ingen har ordet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="130"/>
        <source>Taltid %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPickerDialog</name>
    <message>
        <location filename="../../ui/meeting_picker.py" line="26"/>
        <source>Klubban – välj sammanträde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="29"/>
        <source>Sammanträden i journalen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="31"/>
        <source>Sammanträden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="42"/>
        <source>Nytt sammanträde från förberedelsefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="43"/>
        <source>Nytt sammanträde från förberedelsefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="49"/>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="50"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="79"/>
        <source>Förberedelsefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="79"/>
        <source>Sammanträdesfil (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <location filename="../../ui/chair/panels.py" line="138"/>
        <source>BESLUTSFÖRHET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="145"/>
        <source>Krävs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="146"/>
        <source>I salen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="147"/>
        <source>På distans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="148"/>
        <source>Bild/ljud saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="177"/>
        <source>%d av %d tjänstgör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="186"/>
        <source>Inte beslutför: minst %d ledamöter måste tjänstgöra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="189"/>
        <source>Beslutförheten hänger på ledamöter på distans vars bild eller ljud saknas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="87"/>
        <source>Motivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="88"/>
        <source>Motivering (skrivs i protokollet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="91"/>
        <location filename="../../ui/chair/dialogs.py" line="92"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/room/window.py" line="48"/>
        <source>SENASTE OMRÖSTNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="74"/>
        <source>Klubban – %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="78"/>
        <source>Inget ärende upptaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="80"/>
        <source>Ajournerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="81"/>
        <source>Votering pågår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="92"/>
        <source>Ingen har ordet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="107"/>
        <source>§ %d:  %d ja  ·  %d nej  ·  %d avstår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="114"/>
        <source>  (ordförandens utslagsröst: %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="119"/>
        <source>Beslut: bifall till %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchChoiceDialog</name>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="62"/>
        <location filename="../../ui/chair/dialogs.py" line="63"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
