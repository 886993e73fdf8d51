<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AgendaImport</name>
    <message>
        <location filename="../../ui/secretary/importing.py" line="29"/>
        <source>Importera dagordning</source>
        <translation>Import agenda</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/importing.py" line="44"/>
        <source>Inget har importerats: %d fel i %s.</source>
        <translation>Nothing was imported: %d errors in %s.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/importing.py" line="52"/>
        <source>Alla ärenden i %s finns redan på dagordningen.</source>
        <translation>All items in %s are already on the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/importing.py" line="56"/>
        <source>Lägg till på dagordningen från %s</source>
        <translation>Add to the agenda from %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/importing.py" line="57"/>
        <source>Ärenden</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>ChairActionsPanel</name>
    <message>
        <location filename="../../ui/chair/actions.py" line="35"/>
        <source>Nästa talare</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="36"/>
        <location filename="../../ui/chair/actions.py" line="94"/>
        <source>Replik</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="37"/>
        <source>Streck i debatten</source>
        <translation>Close the list of speakers</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="38"/>
        <location filename="../../ui/chair/actions.py" line="116"/>
        <source>Ställ proposition</source>
        <translation>Put the question</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="39"/>
        <source>Votering</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="40"/>
        <location filename="../../ui/chair/actions.py" line="55"/>
        <source>Ajournera</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="41"/>
        <source>Nästa ärende</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="55"/>
        <source>Återuppta</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="84"/>
        <source>Kontrareplik: %s</source>
        <translation>Counter-reply: %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="95"/>
        <source>Vem begär replik?</source>
        <translation>Who requests a reply?</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="114"/>
        <source>Bifall till %s</source>
        <translation>In favour of %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="117"/>
        <source>Vilket förslag finner ordföranden bifall till?</source>
        <translation>Which proposal does the Chair find in favour of?</translation>
    </message>
    <message>
        <location filename="../../ui/chair/actions.py" line="134"/>
        <source>Alla ärenden på dagordningen är behandlade.</source>
        <translation>All items on the agenda have been dealt with.</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../ui/chair/window.py" line="49"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="61"/>
        <source>Talarlista</source>
        <translation>List of speakers</translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="67"/>
        <source>Ingen har begärt ordet.</source>
        <translation>No one has asked for the floor.</translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="79"/>
        <source>TALARLISTA</source>
        <translation>LIST OF SPEAKERS</translation>
    </message>
    <message>
        <location filename="../../ui/chair/window.py" line="104"/>
        <source>Klubban – ordförande – %s</source>
        <translation>Klubban – Chair – %s</translation>
    </message>
</context>
<context>
    <name>FeedAlarmBanner</name>
    <message>
        <location filename="../../ui/chair/alarm.py" line="62"/>
        <source>Larm: bild och ljud</source>
        <translation>Alarm: video and audio</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm.py" line="70"/>
        <source>Återuppta</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm.py" line="99"/>
        <source>Bild och ljud är tillbaka: %s. Sammanträdet är ajournerat.</source>
        <translation>Video and audio are back: %s. The meeting is adjourned.</translation>
    </message>
</context>
<context>
    <name>FeedAlarmRow</name>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="56"/>
        <source>Ajournera</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="58"/>
        <source>Fortsätt …</source>
        <translation>Continue …</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="59"/>
        <source>Kvittera ljud</source>
        <translation>Silence alarm</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="74"/>
        <source>%s: %s sedan %s</source>
        <translation>%s: %s since %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="79"/>
        <source>Sammanträdet fortsätter: %s</source>
        <translation>The meeting continues: %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="86"/>
        <source>Teknisk support: %s.</source>
        <translation>Technical support: %s.</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="92"/>
        <source>Räkna som frånvarande – kalla in %s</source>
        <translation>Count as absent – call in %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="94"/>
        <source>Räkna som frånvarande</source>
        <translation>Count as absent</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="114"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/chair/alarm_row.py" line="115"/>
        <source>Varför fortsätter sammanträdet utan bild och ljud från %s?</source>
        <translation>Why is the meeting continuing without video and audio from %s?</translation>
    </message>
</context>
<context>
    <name>FeedGridPanel</name>
    <message>
        <location filename="../../ui/video/grid.py" line="38"/>
        <source>Bild från deltagare på distans</source>
        <translation>Video from remote participants</translation>
    </message>
</context>
<context>
    <name>FeedSourcesDialog</name>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="42"/>
        <location filename="../../ui/secretary/feeds.py" line="94"/>
        <source>Videoflöden</source>
        <translation>Video feeds</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="52"/>
        <source>Ingen bild inom 10 s.</source>
        <translation>No video within 10 s.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="55"/>
        <source>Sparade källor</source>
        <translation>Saved sources</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="58"/>
        <source>Sammanträdeslokalen (utgående bild)</source>
        <translation>Meeting room (outgoing video)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="66"/>
        <source>(oförändrat)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="69"/>
        <source>Vems bild</source>
        <translation>Whose video</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="70"/>
        <source>Källa (MRL)</source>
        <translation>Source (MRL)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="71"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="72"/>
        <source>Lösenord (sparas i nyckelringen)</source>
        <translation>Password (stored in the keyring)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="78"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="79"/>
        <source>Testa</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="81"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="84"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="86"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="143"/>
        <source>Källan sparades inte.</source>
        <translation>The source was not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="147"/>
        <source>Sparat. Flödet visas när fönstren öppnas nästa gång.</source>
        <translation>Saved. The feed is shown the next time the windows are opened.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="157"/>
        <source>Borttaget.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="168"/>
        <source>Bild tas emot.</source>
        <translation>Receiving video.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="172"/>
        <source>Testar …</source>
        <translation>Testing …</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/feeds.py" line="179"/>
        <source>Ingen förbindelse: källan svarar inte eller skickar inget.</source>
        <translation>No connection: the source does not respond or sends nothing.</translation>
    </message>
</context>
<context>
    <name>FeedTile</name>
    <message>
        <location filename="../../ui/video/tile.py" line="116"/>
        <source>, har ordet</source>
        <translation>, has the floor</translation>
    </message>
    <message>
        <location filename="../../ui/video/tile.py" line="117"/>
        <source>, ljudet spelas upp</source>
        <translation>, sound playing</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/secretary/forms.py" line="84"/>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/forms.py" line="85"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/forms.py" line="105"/>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/forms.py" line="172"/>
        <source>Fyll i: %s.</source>
        <translation>Fill in: %s.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../ui/secretary/item.py" line="62"/>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="67"/>
        <source>Första paragrafens nummer</source>
        <translation>Number of the first §</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="68"/>
        <source>Första §:</source>
        <translation>First §:</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="78"/>
        <source>Yrkanden</source>
        <translation>Motions</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="83"/>
        <source>Föreslagen propositionsordning</source>
        <translation>Proposed order of questions</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="86"/>
        <source>Beslutsgång</source>
        <translation>Decision procedure</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="99"/>
        <source>DAGORDNING – Enter tar upp markerat ärende</source>
        <translation>AGENDA – Enter takes up the selected item</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="110"/>
        <source>YRKANDEN – Delete återtar markerat yrkande</source>
        <translation>MOTIONS – Delete withdraws the selected motion</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="112"/>
        <source>PROPOSITIONSORDNING (förslag)</source>
        <translation>ORDER OF QUESTIONS (proposed)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="114"/>
        <source>BESLUTSGÅNG</source>
        <translation>DECISION PROCEDURE</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="130"/>
        <source>Inget ärende är uppe.</source>
        <translation>No item is under consideration.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="138"/>
        <source>(inget förslag till beslut)</source>
        <translation>(no proposed decision)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="145"/>
        <source>Alla förslag har prövats.</source>
        <translation>All proposals have been put.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/item.py" line="148"/>
        <source>Inga propositioner än.</source>
        <translation>No questions put yet.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/chair/panels.py" line="89"/>
        <source>HAR ORDET</source>
        <translation>HAS THE FLOOR</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="101"/>
        <source>INGET ÄRENDE UPPTAGET</source>
        <translation>NO ITEM TAKEN UP</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="114"/>
        <source>Ajournerat sedan %s</source>
        <translation>Adjourned since %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="116"/>
        <source>Votering pågår</source>
        <translation>Vote in progress</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="118"/>
        <source>Streck i debatten</source>
        <translation>Close the list of speakers</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="124"/>
        <source>Distansdeltagare ska lämna ärendet: %s</source>
        <translation>Remote members must leave this item: %s</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="131"/>
        <source>Ingen har ordet</source>
        <translation>No one has the floor</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="140"/>
        <source>Taltid %s</source>
        <translation>Speaking time %s</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/secretary/journal.py" line="25"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/journal.py" line="30"/>
        <source>Delete stryker markerad post (med skäl); registrera sedan det riktiga.</source>
        <translation>Delete strikes the selected entry (with a reason); then record the correct one.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/journal.py" line="49"/>
        <source>Stryk journalpost %d</source>
        <translation>Strike journal entry %d</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/journal.py" line="50"/>
        <source>Skäl till rättelsen (syns i protokollet)</source>
        <translation>Reason for the correction (shown in the minutes)</translation>
    </message>
</context>
<context>
    <name>MeetingPickerDialog</name>
    <message>
        <location filename="../../ui/meeting_picker.py" line="26"/>
        <source>Klubban – välj sammanträde</source>
        <translation>Klubban – choose meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="29"/>
        <source>Sammanträden i journalen:</source>
        <translation>Meetings in the journal:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="31"/>
        <source>Sammanträden</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="42"/>
        <source>Nytt sammanträde från förberedelsefil…</source>
        <translation>New meeting from preparation file…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="43"/>
        <source>Nytt sammanträde från förberedelsefil</source>
        <translation>New meeting from preparation file</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="49"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="50"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="79"/>
        <source>Förberedelsefil</source>
        <translation>Preparation file</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_picker.py" line="79"/>
        <source>Sammanträdesfil (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/secretary/policy.py" line="36"/>
        <source>Regler för distansdeltagande</source>
        <translation>Rules for remote participation</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="42"/>
        <source>t.ex. KF 2022-06-13 § 88</source>
        <translation>e.g. KF 2022-06-13 § 88</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="45"/>
        <source>ingen gräns</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="47"/>
        <source>Ordföranden ska vara på plats i sammanträdeslokalen</source>
        <translation>The Chair must be present in the meeting room</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="51"/>
        <source> timmar</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="54"/>
        <source>Ärenden med sekretess</source>
        <translation>Confidential items</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="55"/>
        <source>Ärenden med sluten omröstning</source>
        <translation>Items with a secret ballot</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="60"/>
        <source>Beslut om distansdeltagande</source>
        <translation>Decision on remote participation</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="61"/>
        <source>Högst på distans samtidigt</source>
        <translation>Maximum remote at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="62"/>
        <source>Presidiet</source>
        <translation>Presidium</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="63"/>
        <source>Anmälan senast</source>
        <translation>Notice required at least</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="65"/>
        <source>Distansdeltagare lämnar</source>
        <translation>Remote participants leave</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="72"/>
        <source>Gäller sammanträden som skapas efter ändringen; ett pågående sammanträde följer reglerna det skapades med.</source>
        <translation>Applies to meetings created after the change; a meeting in progress follows the rules it was created with.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="81"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="82"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="86"/>
        <source>Regler för distansdeltagande – %s</source>
        <translation>Rules for remote participation – %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/policy.py" line="109"/>
        <source>Reglerna kunde inte sparas (%s); inget har ändrats.</source>
        <translation>The rules could not be saved (%s); nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>ProtocolPreview</name>
    <message>
        <location filename="../../ui/secretary/protocol.py" line="38"/>
        <source>Protokollet (förhandsvisning)</source>
        <translation>The minutes (preview)</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <location filename="../../ui/chair/panels.py" line="148"/>
        <source>BESLUTSFÖRHET</source>
        <translation>QUORUM</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="155"/>
        <source>Krävs</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="156"/>
        <source>I salen</source>
        <translation>In the room</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="157"/>
        <source>På distans</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="158"/>
        <source>Bild/ljud saknas</source>
        <translation>Video/audio missing</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="187"/>
        <source>%d av %d tjänstgör</source>
        <translation>%d of %d serving</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="196"/>
        <source>Inte beslutför: minst %d ledamöter måste tjänstgöra.</source>
        <translation>No quorum: at least %d members must be serving.</translation>
    </message>
    <message>
        <location filename="../../ui/chair/panels.py" line="199"/>
        <source>Beslutförheten hänger på ledamöter på distans vars bild eller ljud saknas.</source>
        <translation>The quorum depends on remote members whose video or audio is missing.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="87"/>
        <source>Motivering</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="88"/>
        <source>Motivering (skrivs i protokollet)</source>
        <translation>Justification (entered in the minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="91"/>
        <location filename="../../ui/chair/dialogs.py" line="92"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <location filename="../../ui/room/window.py" line="49"/>
        <source>SENASTE OMRÖSTNING</source>
        <translation>LATEST VOTE</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="75"/>
        <source>Klubban – %s</source>
        <translation>Klubban – %s</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="79"/>
        <source>Inget ärende upptaget</source>
        <translation>No item taken up</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="81"/>
        <source>Ajournerat</source>
        <translation>Adjourned</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="82"/>
        <source>Votering pågår</source>
        <translation>Vote in progress</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="93"/>
        <source>Ingen har ordet</source>
        <translation>No one has the floor</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="108"/>
        <source>§ %d:  %d ja  ·  %d nej  ·  %d avstår</source>
        <translation>§ %d:  %d yes  ·  %d no  ·  %d abstain</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="115"/>
        <source>  (ordförandens utslagsröst: %s)</source>
        <translation>  (Chair's casting vote: %s)</translation>
    </message>
    <message>
        <location filename="../../ui/room/window.py" line="120"/>
        <source>Beslut: bifall till %s</source>
        <translation>Decision: in favour of %s</translation>
    </message>
</context>
<context>
    <name>SecretaryActions</name>
    <message>
        <location filename="../../ui/secretary/actions.py" line="118"/>
        <source>Inget ärende är uppe: ta upp ett ärende först (Ctrl+N).</source>
        <translation>No item is under consideration: take up an item first (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="127"/>
        <source>Begär ordet</source>
        <translation>Request the floor</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="129"/>
        <location filename="../../ui/secretary/actions.py" line="170"/>
        <location filename="../../ui/secretary/actions.py" line="329"/>
        <location filename="../../ui/secretary/actions.py" line="340"/>
        <source>Ledamot</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="130"/>
        <location filename="../../ui/secretary/actions.py" line="145"/>
        <source>Slag</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="142"/>
        <source>Nytt yrkande</source>
        <translation>New motion</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="144"/>
        <source>Yrkande av</source>
        <translation>Motion by</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="148"/>
        <source>Yrkandets lydelse</source>
        <translation>Wording of the motion</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="151"/>
        <source>Behövs för eget yrkande, ändring och tillägg.</source>
        <translation>Required for an own motion, an amendment and an addition.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="165"/>
        <source>Det finns inget yrkande att instämma i.</source>
        <translation>There is no motion to support.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="168"/>
        <source>Instämmande</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="171"/>
        <source>Instämmer i</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="184"/>
        <source>huvudfrågan</source>
        <translation>the main question</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="187"/>
        <source>Ställ proposition – %s</source>
        <translation>Put the question – %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="189"/>
        <source>Proposition på</source>
        <translation>Question between</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="192"/>
        <source>Ordföranden finner bifall till</source>
        <translation>The Chair finds in favour of</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="205"/>
        <source>Beslutets lydelse</source>
        <translation>Wording of the decision</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="206"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="215"/>
        <source>Ja (lottning)</source>
        <translation>Yes (drawing of lots)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="215"/>
        <source>Nej (lottning)</source>
        <translation>No (drawing of lots)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="217"/>
        <source>Sluten omröstning</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="219"/>
        <source>Ja för</source>
        <translation>Yes for</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="222"/>
        <source>Nej för</source>
        <translation>No for</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="227"/>
        <source>Ja-röster</source>
        <translation>Yes votes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="228"/>
        <source>Nej-röster</source>
        <translation>No votes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="229"/>
        <source>Blanka</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="230"/>
        <source>Ogiltiga</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="232"/>
        <source>Lottning vid lika röstetal</source>
        <translation>Drawing of lots in case of a tie</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="253"/>
        <source>Majoritetsval</source>
        <translation>Majority election</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="254"/>
        <source>Proportionellt val (LPV)</source>
        <translation>Proportional election (LPV)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="257"/>
        <source>Val</source>
        <translation>Election</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="259"/>
        <source>Antal platser</source>
        <translation>Number of seats</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="260"/>
        <source>Valsätt</source>
        <translation>Election method</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="261"/>
        <source>Nominerade (en per rad)</source>
        <translation>Nominees (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="264"/>
        <source>Valsedlar: en rad per slag, ”antal: namn, namn”</source>
        <translation>Ballots: one line per kind, ”count: name, name”</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="269"/>
        <source>Begärt proportionellt val</source>
        <translation>Requested proportional election</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="276"/>
        <source>Lottens ordning vid lika (namn, kommaseparerade)</source>
        <translation>Order of lots in case of a tie (names, comma-separated)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="309"/>
        <source>Jäv</source>
        <translation>Disqualification</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="311"/>
        <source>Jävig ledamot</source>
        <translation>Disqualified member</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="314"/>
        <source>Ersättare som tjänstgör i stället</source>
        <translation>Substitute serving instead</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="327"/>
        <source>Ledamot anländer</source>
        <translation>Member arrives</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="330"/>
        <source>Deltar på distans</source>
        <translation>Participates remotely</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="338"/>
        <source>Ledamot lämnar</source>
        <translation>Member leaves</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="343"/>
        <source>Ersättare som går in</source>
        <translation>Substitute stepping in</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="355"/>
        <location filename="../../ui/secretary/actions.py" line="357"/>
        <source>Justerare</source>
        <translation>Minutes checkers</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="358"/>
        <source>Tid för justering</source>
        <translation>Time for approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="359"/>
        <source>Plats för justering</source>
        <translation>Place for approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="371"/>
        <source>Ersättare för %s</source>
        <translation>Substitute for %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="375"/>
        <source>Ersättare (förslag efter turordning)</source>
        <translation>Substitute (suggested by order of precedence)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="394"/>
        <source>Reservation</source>
        <translation>Dissent (reservation)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="396"/>
        <source>Reserverar sig</source>
        <translation>Dissenting</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="397"/>
        <source>Till förmån för</source>
        <translation>In favour of</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="400"/>
        <source>Skriftlig reservation</source>
        <translation>Written dissent</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="402"/>
        <source>Skriftlig reservation (bilaga)</source>
        <translation>Written dissent (appendix)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="404"/>
        <source>Motivering</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="417"/>
        <source>Protokollsanteckning</source>
        <translation>Protocol note</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="419"/>
        <source>Anteckning av</source>
        <translation>Note by</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="420"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="427"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="428"/>
        <source>Anteckning (syns i journalen)</source>
        <translation>Note (shown in the journal)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="439"/>
        <source>Ajournera</source>
        <translation>Adjourn</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="440"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="446"/>
        <source>Avsluta sammanträdet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="450"/>
        <source>Sammanträdet avslutas</source>
        <translation>The meeting is being closed</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="452"/>
        <source>Ja, avsluta och försegla journalen</source>
        <translation>Yes, close and seal the journal</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/actions.py" line="458"/>
        <source>Sammanträdet avslutades inte.</source>
        <translation>The meeting was not closed.</translation>
    </message>
</context>
<context>
    <name>SecretaryWindow</name>
    <message>
        <location filename="../../ui/secretary/window.py" line="95"/>
        <source>Läge</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="99"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="112"/>
        <source>Upprop (Ctrl+1)</source>
        <translation>Roll call (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="113"/>
        <source>Ärende (Ctrl+2)</source>
        <translation>Item (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="114"/>
        <source>Votering (Ctrl+3)</source>
        <translation>Vote (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="115"/>
        <source>Journal (Ctrl+4)</source>
        <translation>Journal (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="121"/>
        <source>Protokollet skrivs</source>
        <translation>Writing the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="127"/>
        <source>Skriv protokoll (Ctrl+Shift+P)</source>
        <translation>Write minutes (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="128"/>
        <source>Skriv protokoll</source>
        <translation>Write minutes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="130"/>
        <source>Arkivpaket (Ctrl+Shift+R)</source>
        <translation>Archive package (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="131"/>
        <source>Skriv arkivpaket</source>
        <translation>Write archive package</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="173"/>
        <source>Kortkommandon (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="214"/>
        <source>Alla ärenden på dagordningen är behandlade.</source>
        <translation>All items on the agenda have been dealt with.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="284"/>
        <source>Skriver protokollet …</source>
        <translation>Writing the minutes …</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="297"/>
        <source>Skrivet: %s</source>
        <translation>Written: %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="300"/>
        <source>Klubban – sekreterare – %s</source>
        <translation>Klubban – Secretary – %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="307"/>
        <source>ajournerat</source>
        <translation>adjourned</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="309"/>
        <source>%s · %d tjänstgör · %d på distans</source>
        <translation>%s · %d serving · %d remote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="315"/>
        <source>Observera: %s</source>
        <translation>Note: %s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Ändringarna gäller fönster som öppnas efter att de sparats. Lösenord sparas aldrig här utan i operativsystemets nyckelring.</source>
        <translation>The changes apply to windows opened after they are saved. Passwords are never stored here but in the operating system's keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>Inställningarna kunde inte sparas (%s); inget har ändrats.</source>
        <translation>The settings could not be saved (%s); nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../ui/secretary/window.py" line="53"/>
        <location filename="../../ui/secretary/window.py" line="56"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="62"/>
        <source>Överallt</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/window.py" line="73"/>
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <location filename="../../ui/video/simulator_panel.py" line="19"/>
        <source>Klubban – simulerade flöden</source>
        <translation>Klubban – simulated feeds</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Ajournering</source>
        <translation>Adjournment</translation>
    </message>
    <message>
        <source>Anländer</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Begär ordet</source>
        <translation>Asks for the floor</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Bryt</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Distansdeltagare lämnar ärendet</source>
        <translation>Remote members leave the item</translation>
    </message>
    <message>
        <source>Ersättare närvarande</source>
        <translation>Substitute present</translation>
    </message>
    <message>
        <source>Ersättare tjänstgör</source>
        <translation>Substitute serves</translation>
    </message>
    <message>
        <source>Fortsätter trots avbrott</source>
        <translation>Continues despite interruption</translation>
    </message>
    <message>
        <source>Frys</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Förbindelse</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Hack</source>
        <translation>Stutter</translation>
    </message>
    <message>
        <source>Har ordet</source>
        <translation>Has the floor</translation>
    </message>
    <message>
        <source>Instämmer</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Justerare utsedd</source>
        <translation>Minutes checker appointed</translation>
    </message>
    <message>
        <source>Jäv</source>
        <translation>Disqualification</translation>
    </message>
    <message>
        <source>Larm kvitterat</source>
        <translation>Alarm acknowledged</translation>
    </message>
    <message>
        <source>Lämnar</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Omedelbar justering</source>
        <translation>Immediate approval of the minutes</translation>
    </message>
    <message>
        <source>Ordförande byts</source>
        <translation>Chair changes</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Question put</translation>
    </message>
    <message>
        <source>Protokollsanteckning</source>
        <translation>Protocol note</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Dissent (reservation)</translation>
    </message>
    <message>
        <source>Räknas som frånvarande</source>
        <translation>Counted absent</translation>
    </message>
    <message>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Röst</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Sammanträdet avslutat</source>
        <translation>Meeting closed</translation>
    </message>
    <message>
        <source>Sammanträdet skapat</source>
        <translation>Meeting created</translation>
    </message>
    <message>
        <source>Sammanträdet öppnat</source>
        <translation>Meeting opened</translation>
    </message>
    <message>
        <source>Sluten omröstning</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>Streck i debatten</source>
        <translation>Close of the list of speakers</translation>
    </message>
    <message>
        <source>Svart</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>Talet avslutat</source>
        <translation>Speech ended</translation>
    </message>
    <message>
        <source>Teknikkontroll</source>
        <translation>Technical check</translation>
    </message>
    <message>
        <source>Tyst</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Uppropet klart</source>
        <translation>Roll call complete</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Votering avslutad</source>
        <translation>Vote closed</translation>
    </message>
    <message>
        <source>Votering börjar</source>
        <translation>Vote begins</translation>
    </message>
    <message>
        <source>Yrkande</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Yrkande återtaget</source>
        <translation>Motion withdrawn</translation>
    </message>
    <message>
        <source>anförande</source>
        <translation>speech</translation>
    </message>
    <message>
        <source>att ärendet avgörs i dag</source>
        <translation>that the item be decided today</translation>
    </message>
    <message>
        <source>avstår</source>
        <translation>abstains</translation>
    </message>
    <message>
        <source>direktsänd</source>
        <translation>live</translation>
    </message>
    <message>
        <source>ej godkänd</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>frusen bild</source>
        <translation>frozen picture</translation>
    </message>
    <message>
        <source>förbindelse bruten</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>förslaget till beslut</source>
        <translation>the proposed decision</translation>
    </message>
    <message>
        <source>godkänd</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>hackar</source>
        <translation>stalling</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>kontrareplik</source>
        <translation>counter-reply</translation>
    </message>
    <message>
        <source>lokalen</source>
        <translation>the room</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ordningsfråga</source>
        <translation>point of order</translation>
    </message>
    <message>
        <source>replik</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>svart bild</source>
        <translation>black picture</translation>
    </message>
    <message>
        <source>tyst</source>
        <translation>silent</translation>
    </message>
    <message>
        <source>Ärende tillagt</source>
        <translation>Item added</translation>
    </message>
    <message>
        <source>Ärendet tas upp</source>
        <translation>Item taken up</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Återtar begäran om ordet</source>
        <translation>Withdraws request for the floor</translation>
    </message>
    <message>
        <source>Återupptaget</source>
        <translation>Resumed</translation>
    </message>
</context>
<context>
    <name>TouchChoiceDialog</name>
    <message>
        <location filename="../../ui/chair/dialogs.py" line="62"/>
        <location filename="../../ui/chair/dialogs.py" line="63"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UppropPage</name>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="44"/>
        <source>Upprop</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="61"/>
        <source>Öppna sammanträdet (Ctrl+O)</source>
        <translation>Open the meeting (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="62"/>
        <source>Öppna sammanträdet</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="65"/>
        <source>Uppropet är klart (Ctrl+Enter)</source>
        <translation>Roll call complete (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="66"/>
        <source>Uppropet är klart</source>
        <translation>Roll call complete</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="71"/>
        <source>S i salen · D på distans · F frånvarande · T teknikkontroll godkänd · E kalla in ersättare</source>
        <translation>S in the room · D remote · F absent · T technical check passed · E call in substitute</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="92"/>
        <source>beslutfört</source>
        <translation>quorate</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="92"/>
        <source>INTE beslutfört</source>
        <translation>NOT quorate</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="94"/>
        <source>%d av %d tjänstgör (%d krävs) – %s</source>
        <translation>%d of %d serving (%d required) – %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/upprop.py" line="114"/>
        <source>Tryck E för att kalla in %s (turordning).</source>
        <translation>Press E to call in %s (order of precedence).</translation>
    </message>
</context>
<context>
    <name>VoteringPage</name>
    <message>
        <location filename="../../ui/secretary/votering.py" line="42"/>
        <source>Namnupprop</source>
        <translation>Roll-call vote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="50"/>
        <source>Röstsammanräkning</source>
        <translation>Vote count</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="55"/>
        <source>J ja · N nej · A avstår · Mellanslag hoppa över · Ctrl+Enter avsluta voteringen</source>
        <translation>J yes · N no · A abstain · Space skip · Ctrl+Enter end the vote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="59"/>
        <source>Begär votering (Ctrl+V)</source>
        <translation>Request a vote (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="60"/>
        <source>Begär votering</source>
        <translation>Request a vote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="62"/>
        <source>Avsluta voteringen (Ctrl+Enter)</source>
        <translation>End the vote (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="63"/>
        <source>Avsluta voteringen</source>
        <translation>End the vote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="84"/>
        <source>Ingen votering pågår.</source>
        <translation>No vote in progress.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="89"/>
        <source>Kontrapropositionsvotering</source>
        <translation>Vote on the counter-proposal</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="92"/>
        <source>Ja för %s. Nej för %s.</source>
        <translation>Yes for %s. No for %s.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="97"/>
        <source>Ja %d · Nej %d · Avstår %d · Ej röstat %d</source>
        <translation>Yes %d · No %d · Abstain %d · Not voted %d</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="114"/>
        <source>, utslagsröst %s</source>
        <translation>, casting vote %s</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="115"/>
        <source>Senaste votering: %d ja, %d nej, %d avstår%s – bifall till %s.</source>
        <translation>Latest vote: %d yes, %d no, %d abstain%s – in favour of %s.</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="156"/>
        <source>Röst trots avbrott</source>
        <translation>Vote despite interruption</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="160"/>
        <source>Förbindelsen med %s: %s. Skäl att ändå registrera rösten</source>
        <translation>The connection to %s: %s. Reason to record the vote anyway</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="185"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="185"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="187"/>
        <source>Lika röstetal – ordförandens utslagsröst</source>
        <translation>Tie – the Chair's casting vote</translation>
    </message>
    <message>
        <location filename="../../ui/secretary/votering.py" line="191"/>
        <source>Utslagsröst</source>
        <translation>Casting vote</translation>
    </message>
</context>
</TS>
