<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Access</name>
    <message>
        <source>confidential</source>
        <translation>cyfrinachol</translation>
    </message>
    <message>
        <source>private</source>
        <translation>preifat</translation>
    </message>
    <message>
        <source>held from the room</source>
        <translation>wedi&apos;i ddal yn ôl o&apos;r ystafell</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>mae nodyn</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>yn gwyro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Pennawd lefel %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Newydd o dempled…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>Agor y gweithdy &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Cadw &amp;fel…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Cau&apos;r gweith&amp;dy</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Save a &amp;copy for sharing…</source>
        <translation>Cadw co&amp;pi i&apos;w rannu…</translation>
    </message>
    <message>
        <source>A copy without the issued summaries, responses, sign-offs or the signing key</source>
        <translation>Copi heb y crynodebau a gyhoeddwyd, yr ymatebion, y cymeradwyaethau na&apos;r allwedd lofnodi</translation>
    </message>
    <message>
        <source>Re&amp;view pack for a partner…</source>
        <translation>Pecyn ad&amp;olygu i bartner…</translation>
    </message>
    <message>
        <source>A partner&apos;s summary with numbered items and a response workbook</source>
        <translation>Crynodeb i bartner, gydag eitemau wedi&apos;u rhifo a llyfr gwaith ymateb</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Cofnodi cyflym…</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ychwanegu eitem</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Dileu eitem</translation>
    </message>
    <message>
        <source>Move item &amp;up</source>
        <translation>Symud eitem i &amp;fyny</translation>
    </message>
    <message>
        <source>Move item do&amp;wn</source>
        <translation>Symud eitem i l&amp;awr</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>Cam &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Previous stage</source>
        <translation>Cam &amp;blaenorol</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Testun ll&amp;ai</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation>Golwg yr &amp;ystafell</translation>
    </message>
    <message>
        <source>&amp;Blank the room view</source>
        <translation>&amp;Duo golwg yr ystafell</translation>
    </message>
    <message>
        <source>&amp;Freeze the room view</source>
        <translation>&amp;Rhewi golwg yr ystafell</translation>
    </message>
    <message>
        <source>Release &amp;held items to the room</source>
        <translation>Rhyddhau eitemau a ddaliwyd i&apos;r &amp;ystafell</translation>
    </message>
    <message>
        <source>Let the room view show the new items held back from it</source>
        <translation>Gadael i olwg yr ystafell ddangos yr eitemau newydd a ddaliwyd yn ôl ohoni</translation>
    </message>
    <message>
        <source>Room view f&amp;ollows released items</source>
        <translation>Golwg yr ystafell yn &amp;dilyn eitemau a ryddhawyd</translation>
    </message>
    <message>
        <source>Scroll the room view to an item when it is released (otherwise keep its place)</source>
        <translation>Sgrolio golwg yr ystafell at eitem pan gaiff ei rhyddhau (fel arall cadw ei lle)</translation>
    </message>
    <message>
        <source>Room view: &amp;line down</source>
        <translation>Golwg yr ystafell: &amp;llinell i lawr</translation>
    </message>
    <message>
        <source>Room view: l&amp;ine up</source>
        <translation>Golwg yr ystafell: ll&amp;inell i fyny</translation>
    </message>
    <message>
        <source>Room view: page &amp;down</source>
        <translation>Golwg yr ystafell: tudalen i &amp;lawr</translation>
    </message>
    <message>
        <source>Room view: page &amp;up</source>
        <translation>Golwg yr ystafell: tudalen i &amp;fyny</translation>
    </message>
    <message>
        <source>Room view: &amp;top</source>
        <translation>Golwg yr ystafell: i&apos;r &amp;brig</translation>
    </message>
    <message>
        <source>Room view: lar&amp;ger text</source>
        <translation>Golwg yr ystafell: testun m&amp;wy</translation>
    </message>
    <message>
        <source>Room view: s&amp;maller text</source>
        <translation>Golwg yr ystafell: testun ll&amp;ai</translation>
    </message>
    <message>
        <source>Room view: te&amp;xt fitted to its screen</source>
        <translation>Golwg yr ystafell: testun wedi&apos;i ffitio i&apos;w s&amp;grin</translation>
    </message>
    <message>
        <source>The room view&apos;s text size for its screen, readable from 10 m</source>
        <translation>Maint testun golwg yr ystafell ar gyfer ei sgrin, yn ddarllenadwy o 10 m</translation>
    </message>
    <message>
        <source>&amp;Start timing the selected agenda item</source>
        <translation>&amp;Dechrau amseru&apos;r eitem agenda a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the timer</source>
        <translation>&amp;Oedi neu ailddechrau&apos;r amserydd</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>Eitem agenda &amp;nesaf</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
</context>
<context>
    <name>AgendaTimer</name>
    <message>
        <source>No item timed</source>
        <translation>Dim eitem yn cael ei hamseru</translation>
    </message>
    <message numerus="yes">
        <source>%1 over the %n minute(s) planned</source>
        <translation>
            <numerusform>%1 dros y %n munud a gynlluniwyd</numerusform>
            <numerusform>%1 dros y %n munud a gynlluniwyd</numerusform>
            <numerusform>%1 dros y %n munud a gynlluniwyd</numerusform>
            <numerusform>%1 dros y %n munud a gynlluniwyd</numerusform>
            <numerusform>%1 dros y %n munud a gynlluniwyd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (wedi oedi)</translation>
    </message>
</context>
<context>
    <name>AlignmentGridModel</name>
    <message>
        <source>diverges</source>
        <translation>yn gwyro</translation>
    </message>
    <message>
        <source>%1 on “%2”: press 1–5 to rate, 0 to clear, N for a note</source>
        <translation>%1 ar “%2”: pwyswch 1–5 i sgorio, 0 i glirio, N am nodyn</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>needs a note</source>
        <extracomment>Keys 1, 2, 3 answer in the vocabulary&apos;s order: committed, not committed, not applicable.</extracomment>
        <translation>angen nodyn</translation>
    </message>
    <message>
        <source>%1; 0 clears; N for a note</source>
        <translation>%1; 0 yn clirio; N am nodyn</translation>
    </message>
    <message>
        <source>“%1” needs a note: press N to say why.</source>
        <translation>Mae angen nodyn ar “%1”: pwyswch N i ddweud pam.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>“%1” was not opened: the recovered workshop is open instead.</source>
        <translation>Ni agorwyd “%1”: mae&apos;r gweithdy a adferwyd ar agor yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>e.g. 15 December, 15/12, tomorrow</source>
        <extracomment>The current cell&apos;s frame, in pixels.</extracomment>
        <translation>e.e. 15 Rhagfyr, 15/12, yfory</translation>
    </message>
    <message>
        <source>“%1” is not a date I can read, so the date was not changed.</source>
        <translation>Ni allaf ddarllen “%1” fel dyddiad, felly ni newidiwyd y dyddiad.</translation>
    </message>
    <message>
        <source>“%1” is not a date I can read. Try 15 December, 15/12/2027, tomorrow or 2027-12-15.</source>
        <translation>Ni allaf ddarllen “%1” fel dyddiad. Rhowch gynnig ar 15 Rhagfyr, 15/12/2027, yfory neu 2027-12-15.</translation>
    </message>
</context>
<context>
    <name>CellTable</name>
    <message>
        <source>“%1” is a list: press Enter or Space to open it, then choose.</source>
        <translation>Rhestr yw “%1”: pwyswch Enter neu&apos;r Bylchwr i&apos;w hagor, yna dewiswch.</translation>
    </message>
</context>
<context>
    <name>CommitmentsStage</name>
    <message>
        <source>New commitment</source>
        <translation>Ymrwymiad newydd</translation>
    </message>
    <message>
        <source>Fair-practice checklist</source>
        <translation>Rhestr wirio arfer teg</translation>
    </message>
    <message>
        <source>Each partner&apos;s answer to each commitment</source>
        <translation>Ateb pob partner i bob ymrwymiad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt; — select a cell and press %1, 0 to clear; or click it for the list. &lt;b&gt;N&lt;/b&gt; adds a note (✎): “%2” needs one.</source>
        <translation>&lt;b&gt;Atebion&lt;/b&gt; — dewiswch gell a phwyso %1, 0 i glirio; neu cliciwch hi am y rhestr. Mae &lt;b&gt;N&lt;/b&gt; yn ychwanegu nodyn (✎): mae angen un ar “%2”.</translation>
    </message>
    <message>
        <source>Answer first (1, 2 or 3), then press N for a note.</source>
        <translation>Atebwch yn gyntaf (1, 2 neu 3), yna pwyswch N am nodyn.</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 ar “%2”</translation>
    </message>
</context>
<context>
    <name>DisagreementsStage</name>
    <message>
        <source>New disagreement</source>
        <translation>Anghytundeb newydd</translation>
    </message>
    <message>
        <source>Disagreement register</source>
        <translation>Cofrestr anghytundebau</translation>
    </message>
    <message>
        <source>Partners involved and their views</source>
        <translation>Y partneriaid dan sylw a&apos;u barn</translation>
    </message>
    <message>
        <source>Next route step (Ctrl+Shift+E)</source>
        <translation>Cam nesaf y llwybr (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Mark resolved (Ctrl+Shift+R)</source>
        <translation>Nodi ei fod wedi&apos;i ddatrys (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Who is party to “%1”: Space ticks a partner, Enter types its view.</source>
        <translation>Pwy sy&apos;n rhan o “%1”: mae&apos;r Bylchwr yn ticio partner, mae Enter yn teipio ei farn.</translation>
    </message>
    <message>
        <source>Select a disagreement to record who is involved and each view.</source>
        <translation>Dewiswch anghytundeb i gofnodi pwy sy&apos;n rhan ohono a barn pob un.</translation>
    </message>
    <message>
        <source>“%1” is at the last step of its route.</source>
        <translation>Mae “%1” ar gam olaf ei lwybr.</translation>
    </message>
    <message>
        <source>Escalated “%1” to %2 (Ctrl+Z undoes)</source>
        <translation>Uwchgyfeiriwyd “%1” i %2 (Ctrl+Z yn dadwneud)</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <source>Room view text %1% of the size fitted to its screen</source>
        <translation>Testun golwg yr ystafell %1% o&apos;r maint sy&apos;n ffitio ei sgrin</translation>
    </message>
    <message>
        <source>Released to the room view</source>
        <translation>Rhyddhawyd i olwg yr ystafell</translation>
    </message>
    <message>
        <source>Held from the room</source>
        <translation>Wedi&apos;u dal yn ôl o&apos;r ystafell</translation>
    </message>
    <message>
        <source>1 item held from the room (Ctrl+Enter releases)</source>
        <translation>1 eitem wedi&apos;i dal yn ôl o&apos;r ystafell (Ctrl+Enter yn rhyddhau)</translation>
    </message>
    <message>
        <source>%1 items held from the room (Ctrl+Enter releases)</source>
        <translation>%1 eitem wedi&apos;u dal yn ôl o&apos;r ystafell (Ctrl+Enter yn rhyddhau)</translation>
    </message>
    <message>
        <source>Release &amp;held items to the room (%1)</source>
        <translation>Rhyddhau eitemau a ddaliwyd i&apos;r &amp;ystafell (%1)</translation>
    </message>
    <message>
        <source>Release &amp;held items to the room</source>
        <translation>Rhyddhau eitemau a ddaliwyd i&apos;r &amp;ystafell</translation>
    </message>
    <message>
        <source>Room view blanked</source>
        <translation>Golwg yr ystafell wedi&apos;i duo</translation>
    </message>
    <message>
        <source>Room view showing</source>
        <translation>Golwg yr ystafell yn dangos</translation>
    </message>
    <message>
        <source>Room view frozen</source>
        <translation>Golwg yr ystafell wedi&apos;i rhewi</translation>
    </message>
    <message>
        <source>Room view following you</source>
        <translation>Golwg yr ystafell yn eich dilyn</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Maint testun %1%</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Methodd y cadw awtomatig: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>The undo step that recorded this export&apos;s issues, until the files are written (a failed or cancelled export takes it back: no issue is left that no one received).</extracomment>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Foundations summary (PDF)</source>
        <translation>Crynodeb o&apos;r sylfeini (PDF)</translation>
    </message>
    <message>
        <source>Spreadsheet, a sheet per table (XLSX)</source>
        <translation>Taenlen, dalen i bob tabl (XLSX)</translation>
    </message>
    <message>
        <source>Tables, one CSV file each (zipped)</source>
        <translation>Tablau, ffeil CSV yr un (wedi&apos;u sipio)</translation>
    </message>
    <message>
        <source>Interchange data (JSON)</source>
        <translation>Data cyfnewid (JSON)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Pack for %1</source>
        <translation>Pecyn i %1</translation>
    </message>
    <message>
        <source>One pack per partner</source>
        <translation>Un pecyn i bob partner</translation>
    </message>
    <message>
        <source>Audience note</source>
        <translation>Nodyn am y gynulleidfa</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Cyhoeddwyd o&apos;r blaen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Cyhoeddiad</translation>
    </message>
    <message>
        <source>Print a working copy (not issued)</source>
        <translation>Argraffu copi gwaith (heb ei gyhoeddi)</translation>
    </message>
    <message>
        <source>Issue as draft</source>
        <translation>Cyhoeddi fel drafft</translation>
    </message>
    <message>
        <source>Issue as final</source>
        <translation>Cyhoeddi fel fersiwn derfynol</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Iaith y pecyn</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Paratowyd gan</translation>
    </message>
    <message>
        <source>who prepared this issue</source>
        <translation>pwy a baratôdd y cyhoeddiad hwn</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cyrchfan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>Dewis y cyrchfan</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Agor wedi gorffen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Statws yr allforio</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Cynulleidfa:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>C&amp;yhoeddi:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Paratowyd gan:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Cadw i:</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>room pack</source>
        <translation>pecyn yr ystafell</translation>
    </message>
    <message>
        <source>broker record</source>
        <translation>cofnod y brocer</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>partner packs</source>
        <translation>pecynnau partneriaid</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <source>final</source>
        <translation>terfynol</translation>
    </message>
    <message>
        <source>issue %1 %2</source>
        <translation>cyhoeddiad %1 %2</translation>
    </message>
    <message>
        <source>Writes one file per partner into the folder you choose, each with only that partner’s confidential items.</source>
        <translation>Yn ysgrifennu un ffeil i bob partner yn y ffolder a ddewiswch, pob un gydag eitemau cyfrinachol y partner hwnnw yn unig.</translation>
    </message>
    <message>
        <source>Not issued to this audience yet.</source>
        <translation>Heb ei gyhoeddi i&apos;r gynulleidfa hon eto.</translation>
    </message>
    <message>
        <source>issue %1 (%2, %3)</source>
        <translation>cyhoeddiad %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Issued before: %1.</source>
        <translation>Cyhoeddwyd o&apos;r blaen: %1.</translation>
    </message>
    <message>
        <source>Final once every partner has confirmed its latest issue (see Review).</source>
        <translation>Terfynol unwaith y bydd pob partner wedi cadarnhau ei gyhoeddiad diweddaraf (gweler Adolygu).</translation>
    </message>
    <message>
        <source>Choose a folder for the partner packs</source>
        <translation>Dewiswch ffolder ar gyfer pecynnau&apos;r partneriaid</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archifau Zip (*.zip)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Yn allforio…</translation>
    </message>
    <message>
        <source>%1 files of this export exist already in “%2”, among them “%3”.</source>
        <translation>Mae %1 o ffeiliau&apos;r allforio hwn yn bodoli eisoes yn “%2”, yn eu plith “%3”.</translation>
    </message>
    <message>
        <source>“%1” exists already in “%2”.</source>
        <translation>Mae “%1” yn bodoli eisoes yn “%2”.</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Disodli&apos;r ffeiliau sy&apos;n bodoli?</translation>
    </message>
    <message>
        <source>Replace with this export?</source>
        <translation>Disodli gyda&apos;r allforio hwn?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Disodli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Cadwyd i %1</translation>
    </message>
    <message>
        <source>Saved %1 files in %2</source>
        <translation>Cadwyd %1 ffeil yn %2</translation>
    </message>
    <message>
        <source>Saved in %1, but the folder could not be shown.</source>
        <translation>Cadwyd yn %1, ond ni ellid dangos y ffolder.</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Ni ellid agor y ffolder</translation>
    </message>
    <message>
        <source>The folder could not be shown; the export is in “%1”.</source>
        <translation>Ni ellid dangos y ffolder; mae&apos;r allforio yn “%1”.</translation>
    </message>
    <message>
        <source>Saved to %1, but no program here opens it.</source>
        <translation>Cadwyd i %1, ond nid oes rhaglen yma sy&apos;n ei agor.</translation>
    </message>
    <message>
        <source>Could not open the export</source>
        <translation>Ni ellid agor yr allforio</translation>
    </message>
    <message>
        <source>The export was saved to “%1”, but no program on this computer opens %2 files (a PDF viewer, for one). Show the folder instead?</source>
        <translation>Cadwyd yr allforio i “%1”, ond nid oes rhaglen ar y cyfrifiadur hwn sy&apos;n agor ffeiliau %2 (darllenydd PDF, er enghraifft). Dangos y ffolder yn lle hynny?</translation>
    </message>
    <message>
        <source>these</source>
        <translation>y rhain</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Dangos y ffolder</translation>
    </message>
    <message>
        <source>No issue was recorded.</source>
        <translation>Ni chofnodwyd cyhoeddiad.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Ni ellid allforio</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Canslwyd; ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Workshop already open</source>
        <translation>Mae&apos;r gweithdy ar agor eisoes</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>Adfer golygiadau heb eu cadw?</translation>
    </message>
    <message>
        <source>Recover them, or discard them and open the file as it was last saved?</source>
        <translation>Eu hadfer, neu eu taflu ac agor y ffeil fel y&apos;i cadwyd ddiwethaf?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Taflu&apos;r golygiadau</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Methu agor y gweithdy</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Agor gweithdy</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Ni ellid cadw</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Cadw&apos;r gweithdy fel</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>Mae newidiadau yn “%1” heb eu cadw. Eu cadw cyn cau?</translation>
    </message>
    <message>
        <source>(Autosave has already written earlier changes to the file; closing without saving loses only the changes since the last autosave.)</source>
        <translation>(Mae’r cadw awtomatig eisoes wedi ysgrifennu newidiadau cynharach i’r ffeil; o gau heb gadw, dim ond y newidiadau ers y cadw awtomatig diwethaf a gollir.)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Common Ground closed unexpectedly while “%1” was open. Edits up to %2 were kept.</source>
        <translation>Caeodd Common Ground yn annisgwyl tra oedd “%1” ar agor. Cadwyd y golygiadau hyd at %2.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Penderfynu wedyn</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <source>an untitled workshop</source>
        <translation>gweithdy heb deitl</translation>
    </message>
    <message>
        <source>Common Ground closed unexpectedly while %1 was open, and that file is no longer there. Edits up to %2 were kept. Save them as a new file?</source>
        <translation>Caeodd Common Ground yn annisgwyl tra oedd %1 ar agor, ac nid yw’r ffeil honno yno mwyach. Cadwyd y golygiadau hyd at %2. Eu cadw fel ffeil newydd?</translation>
    </message>
    <message>
        <source>Save as new file…</source>
        <translation>Cadw fel ffeil newydd…</translation>
    </message>
    <message>
        <source>Save recovered workshop as</source>
        <translation>Cadw&apos;r gweithdy a adferwyd fel</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Methu cadw</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>▼ Bottom lines only: movable by the people in the room</source>
        <extracomment>The tables whose change can move what these pages show (everything the facilitator captures).</extracomment>
        <translation>▼ Llinellau gwaelod yn unig: gall y bobl yn yr ystafell eu symud</translation>
    </message>
    <message>
        <source>✖ Red line: needs a CEO&apos;s or board&apos;s mandate</source>
        <translation>✖ Llinell goch: angen mandad gan y Prif Weithredwr neu&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Hard lines on one term that cannot all hold. Give positions a term and a stance on Positions (Terms, and the Term and Stance columns of the list). Select a deadlock and press D to open it as a disagreement.</source>
        <translation>Llinellau caled ar un amod na all pob un ohonynt ddal. Rhowch amod a safiad i safbwyntiau ar Safbwyntiau (Amodau, a cholofnau Amod a Safiad y rhestr). Dewiswch sefyllfa ddiddatrys a gwasgwch D i’w hagor fel anghytundeb.</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Sefyllfaoedd diddatrys</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Whose lines</source>
        <translation>Llinellau pwy</translation>
    </message>
    <message>
        <source>Red or bottom lines</source>
        <translation>Llinellau coch neu waelod</translation>
    </message>
    <message>
        <source>Open as a disagreement (D)</source>
        <translation>Agor fel anghytundeb (D)</translation>
    </message>
    <message>
        <source>Open the selected deadlock as a disagreement</source>
        <translation>Agor y sefyllfa ddiddatrys a ddewiswyd fel anghytundeb</translation>
    </message>
    <message>
        <source>Opened “%1” on Disagreements, with %2 and their lines (Ctrl+Z undoes)</source>
        <translation>Agorwyd “%1” ar Anghytundebau, gyda %2 a&apos;u llinellau (Ctrl+Z yn dadwneud)</translation>
    </message>
    <message>
        <source>Zones of agreement</source>
        <translation>Parthau cytundeb</translation>
    </message>
    <message>
        <source>Each partner&apos;s acceptable range on a numeric term (its red and bottom lines) as a bar, its preferred value ◆; green where all can agree, red the gap. A red line&apos;s limit is drawn solid, a bottom line&apos;s dashed.</source>
        <translation>Ystod dderbyniol pob partner ar amod rhifol (ei linellau coch a gwaelod) fel bar, a’i werth dewisol ◆; gwyrdd lle gall pawb gytuno, coch y bwlch. Tynnir terfyn llinell goch yn solet, a therfyn llinell waelod yn doredig.</translation>
    </message>
    <message>
        <source>No numeric term has limits from two partners yet: give a term “Numeric” on Positions › Terms, and positions on it a stance “Within limits” with a range.</source>
        <translation>Nid oes gan unrhyw amod rhifol derfynau gan ddau bartner eto: rhowch “Rhifol” i amod ar Safbwyntiau › Amodau, a safiad “O fewn terfynau” gydag ystod i’r safbwyntiau arno.</translation>
    </message>
    <message>
        <source>Coverage of the agreement</source>
        <translation>Cwmpas y cytundeb</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Beth sydd ar goll</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Datryswyd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Gollyngwyd</translation>
    </message>
    <message>
        <source>%1 %2 removed</source>
        <translation>%2 a ddilëwyd: %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>Does dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <source>Since which meeting</source>
        <translation>Ers pa gyfarfod</translation>
    </message>
    <message>
        <source>&amp;Since the end of:</source>
        <translation>E&amp;rs diwedd:</translation>
    </message>
    <message>
        <source>What changed since the meeting</source>
        <translation>Beth sydd wedi newid ers y cyfarfod</translation>
    </message>
    <message>
        <source>No meeting has ended yet. On Meetings &amp; agenda, select the meeting and press End meeting: what each audience could see is kept, and this page then lists what changed since.</source>
        <translation>Nid oes cyfarfod wedi gorffen eto. Ar Cyfarfodydd ac agenda, dewiswch y cyfarfod a gwasgwch Gorffen y cyfarfod: cedwir yr hyn y gallai pob cynulleidfa ei weld, ac yna mae’r dudalen hon yn rhestru’r hyn a newidiodd ers hynny.</translation>
    </message>
    <message>
        <source>Since “%1”</source>
        <translation>Ers “%1”</translation>
    </message>
    <message>
        <source>Balance in which meeting</source>
        <translation>Cydbwysedd ym mha gyfarfod</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>Y&amp;n:</translation>
    </message>
    <message>
        <source>During a meeting, Alt+Shift+1 … 9 marks the first … ninth partner as speaking (the same key again: nobody); the timer on Meetings &amp; agenda shows who. Only you see this page.</source>
        <translation>Yn ystod cyfarfod, mae Alt+Shift+1 … 9 yn nodi bod y partner cyntaf … nawfed yn siarad (yr un fysell eto: neb); mae’r amserydd ar Cyfarfodydd ac agenda yn dangos pwy. Chi yn unig sy’n gweld y dudalen hon.</translation>
    </message>
    <message>
        <source>Balance of voices</source>
        <translation>Cydbwysedd lleisiau</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Time speaking</source>
        <translation>Amser yn siarad</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>Cyfran o&apos;r amser</translation>
    </message>
    <message>
        <source>Items captured</source>
        <translation>Eitemau a gofnodwyd</translation>
    </message>
    <message>
        <source>Gaps in the balance of voices</source>
        <translation>Bylchau yng nghydbwysedd y lleisiau</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Pob cyfarfod</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>No gaps to name.</source>
        <translation>Dim bylchau i&apos;w nodi.</translation>
    </message>
    <message>
        <source>&amp;Deadlocks</source>
        <translation>Sefyllfaoedd &amp;diddatrys</translation>
    </message>
    <message>
        <source>&amp;Zones of agreement</source>
        <translation>&amp;Parthau cytundeb</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>Cw&amp;mpas</translation>
    </message>
    <message>
        <source>Since we last &amp;met</source>
        <translation>&amp;Ers i ni gyfarfod ddiwethaf</translation>
    </message>
    <message>
        <source>&amp;Balance of voices</source>
        <translation>Cyd&amp;bwysedd lleisiau</translation>
    </message>
    <message>
        <source>⚠ Deadlock on %1, with %2</source>
        <extracomment>The kinds of position, strongest first: keys 1–4 add them in this order.</extracomment>
        <translation>⚠ Sefyllfa ddiddatrys ar %1, gyda %2</translation>
    </message>
    <message>
        <source>No deadlocks on terms.</source>
        <translation>Dim sefyllfaoedd diddatrys ar amodau.</translation>
    </message>
    <message>
        <source>bottom lines, movable</source>
        <translation>llinellau gwaelod, modd eu symud</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>llinell goch</translation>
    </message>
    <message>
        <source>(not for the room)</source>
        <translation>(nid i’r ystafell)</translation>
    </message>
    <message>
        <source>✖ Deadlocks: %1</source>
        <translation>✖ Sefyllfaoedd diddatrys: %1</translation>
    </message>
    <message>
        <source>Where the agreement stands</source>
        <translation>Sefyllfa&apos;r cytundeb</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Zone of agreement on %1</source>
        <translation>Parth cytundeb ar %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Choices set in bold wherever they are listed: a red line stands out from the other kinds. Unicode&apos;s left-to-right mark: a number between two of them keeps its order in a right-to-left paragraph (&quot;3 / 5&quot; would otherwise read &quot;5 / 3&quot;).</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ListStage</name>
    <message>
        <source>&amp;Partner:</source>
        <extracomment>A kind ordered by partner (contributions) is read partner by partner: a filter.</extracomment>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Add a %1 first.</source>
        <translation>Ychwanegwch %1 yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save state</source>
        <extracomment>The action registry, keyed by :class:`Action` (shadows QWidget.actions(), on purpose).</extracomment>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Dim gweithdai diweddar</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ail-wneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation>Tir Cyffredin</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Gweithdy heb deitl</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>Not saved yet — use Save As</source>
        <translation>Heb ei gadw eto — defnyddiwch Cadw fel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Cadwyd pob newid</translation>
    </message>
    <message>
        <source>Go to stage %1, %2</source>
        <translation>Mynd i gam %1, %2</translation>
    </message>
    <message>
        <source>Positions list: add red line / bottom line / preference / open</source>
        <translation>Rhestr safbwyntiau: ychwanegu llinell goch / llinell waelod / dewis / agored</translation>
    </message>
    <message>
        <source>Positions grid: add that kind in the cell</source>
        <translation>Grid safbwyntiau: ychwanegu&apos;r math hwnnw yn y gell</translation>
    </message>
    <message>
        <source>Positions list or grid: add that kind as confidential</source>
        <translation>Rhestr neu grid safbwyntiau: ychwanegu&apos;r math hwnnw fel cyfrinachol</translation>
    </message>
    <message>
        <source>Quick capture: add / add as confidential / add and release to the room</source>
        <translation>Cofnodi cyflym: ychwanegu / ychwanegu fel cyfrinachol / ychwanegu a rhyddhau i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Values grid: rate</source>
        <translation>Grid gwerthoedd: sgorio</translation>
    </message>
    <message>
        <source>Fair-practice grid: answer</source>
        <translation>Grid arfer teg: ateb</translation>
    </message>
    <message>
        <source>Values and fair-practice grids: a note on the cell</source>
        <translation>Gridiau gwerthoedd ac arfer teg: nodyn ar y gell</translation>
    </message>
    <message>
        <source>Table: open the cell (a choice: its list)</source>
        <translation>Tabl: agor y gell (dewis: ei rhestr)</translation>
    </message>
    <message>
        <source>Typing in a cell: store it, open the next / previous</source>
        <translation>Teipio mewn cell: ei storio, agor yr un nesaf / flaenorol</translation>
    </message>
    <message>
        <source>Table, not typing: leave it for the next control</source>
        <translation>Tabl, heb deipio: ei adael am y rheolydd nesaf</translation>
    </message>
    <message>
        <source>Disagreements: next route step / mark resolved</source>
        <translation>Anghytundebau: cam nesaf y llwybr / nodi ei fod wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>Parties to a disagreement: involved or not / its view</source>
        <translation>Partïon anghytundeb: yn rhan neu beidio / ei farn</translation>
    </message>
    <message>
        <source>Room view: blank / freeze</source>
        <translation>Golwg yr ystafell: duo / rhewi</translation>
    </message>
    <message>
        <source>Mark the first … ninth partner as speaking (again: nobody)</source>
        <translation>Nodi bod y partner cyntaf … nawfed yn siarad (eto: neb)</translation>
    </message>
    <message>
        <source>Deadlocks: open the selected one as a disagreement</source>
        <translation>Sefyllfaoedd diddatrys: agor yr un a ddewiswyd fel anghytundeb</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>MeetingsStage</name>
    <message>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time on the current agenda item</source>
        <translation>Amser ar yr eitem agenda gyfredol</translation>
    </message>
    <message>
        <source>Start selected item (Ctrl+T)</source>
        <translation>Dechrau&apos;r eitem a ddewiswyd (Ctrl+T)</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Shift+P)</source>
        <translation>Oedi (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Next item (Ctrl+Shift+T)</source>
        <translation>Eitem nesaf (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Stopio&apos;r amserydd</translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation>Pwy sy&apos;n siarad</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>Gorffen y cyfarfod</translation>
    </message>
    <message>
        <source>Keep what each audience can see now, so that “Since we last met” (on Where the deal stands) lists what changes from here</source>
        <translation>Cadw&apos;r hyn y gall pob cynulleidfa ei weld nawr, fel bod “Ers i ni gyfarfod ddiwethaf” (ar Sefyllfa&apos;r fargen) yn rhestru&apos;r hyn sy&apos;n newid o hyn ymlaen</translation>
    </message>
    <message>
        <source>Attendance at the selected meeting</source>
        <translation>Presenoldeb yn y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — click an answer for the list, or select it and press Enter; then choose</source>
        <translation>&lt;b&gt;Presenoldeb&lt;/b&gt; — cliciwch ateb am y rhestr, neu ei ddewis a phwyso Enter; yna dewiswch</translation>
    </message>
    <message>
        <source>Add a meeting first.</source>
        <translation>Ychwanegwch gyfarfod yn gyntaf.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Eitem agenda newydd</translation>
    </message>
    <message>
        <source>“%1” ended: Where the deal stands › Since we last met lists what changes from now (Ctrl+Z undoes)</source>
        <translation>Daeth “%1” i ben: mae Sefyllfa&apos;r fargen › Ers i ni gyfarfod ddiwethaf yn rhestru&apos;r hyn sy&apos;n newid o hyn ymlaen (Ctrl+Z yn dadwneud)</translation>
    </message>
    <message>
        <source>Alt+Shift+1 … 9: mark who is speaking</source>
        <translation>Alt+Shift+1 … 9: nodi pwy sy&apos;n siarad</translation>
    </message>
    <message numerus="yes">
        <source>Now: &lt;b&gt;%1&lt;/b&gt; (%n minute(s) planned)</source>
        <translation>
            <numerusform>Nawr: &lt;b&gt;%1&lt;/b&gt; (%n munud wedi&apos;u cynllunio)</numerusform>
            <numerusform>Nawr: &lt;b&gt;%1&lt;/b&gt; (%n munud wedi&apos;u cynllunio)</numerusform>
            <numerusform>Nawr: &lt;b&gt;%1&lt;/b&gt; (%n munud wedi&apos;u cynllunio)</numerusform>
            <numerusform>Nawr: &lt;b&gt;%1&lt;/b&gt; (%n munud wedi&apos;u cynllunio)</numerusform>
            <numerusform>Nawr: &lt;b&gt;%1&lt;/b&gt; (%n munud wedi&apos;u cynllunio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an agenda item and press Start.</source>
        <translation>Dewiswch eitem agenda a phwyso Dechrau.</translation>
    </message>
    <message>
        <source>Resume (Ctrl+Shift+P)</source>
        <translation>Ailddechrau (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation>Teitl y gweithdy</translation>
    </message>
    <message>
        <source>e.g. Pontywern Wellbeing Consortium: foundations</source>
        <translation>e.e. Consortiwm Lles Pontywern: sylfeini</translation>
    </message>
    <message>
        <source>Collaboration &amp;model:</source>
        <translation>&amp;Model cydweithio:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <extracomment>The mark a grid cell carries when it has a note.</extracomment>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Why this rating or answer, in the partner&apos;s words</source>
        <translation>Pam y sgôr neu&apos;r ateb hwn, yng ngeiriau&apos;r partner</translation>
    </message>
    <message>
        <source>Who may see the note</source>
        <translation>Pwy gaiff weld y nodyn</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Who may see it:</source>
        <translation>&amp;Pwy gaiff ei weld:</translation>
    </message>
    <message>
        <source>The note shares the visibility of its rating or answer: confidential and private notes never reach the room view or another partner&apos;s pack. Ctrl+Enter saves.</source>
        <translation>Mae gwelededd y nodyn yr un fath â&apos;i sgôr neu ateb: nid yw nodiadau cyfrinachol a phreifat byth yn cyrraedd golwg yr ystafell na phecyn partner arall. Mae Ctrl+Enter yn cadw.</translation>
    </message>
</context>
<context>
    <name>OverviewStage</name>
    <message>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator</source>
        <translation>&amp;Hwylusydd</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>&amp;Dyddiad dechrau</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Dyddiad &amp;gorffen</translation>
    </message>
    <message>
        <source>e.g. 15 December, 15/12/2027, tomorrow</source>
        <translation>e.e. 15 Rhagfyr, 15/12/2027, yfory</translation>
    </message>
    <message>
        <source>Collaboration &amp;model</source>
        <translation>&amp;Model cydweithio</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Cyd-destun</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>“%1” is not a date I can read, so the date was not changed. Try 15 December, 15/12/2027 or 2027-12-15.</source>
        <translation>Ni allaf ddarllen “%1” fel dyddiad, felly ni newidiwyd y dyddiad. Rhowch gynnig ar 15 Rhagfyr, 15/12/2027 neu 2027-12-15.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Partner newydd</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Partner involved</source>
        <translation>Partner dan sylw</translation>
    </message>
    <message>
        <source>Its view</source>
        <translation>Ei farn</translation>
    </message>
</context>
<context>
    <name>PositionGridModel</name>
    <message>
        <source>No topic</source>
        <extracomment>Each kind&apos;s words, and each cell&apos;s text and fill, worked out once per reload.</extracomment>
        <translation>Dim pwnc</translation>
    </message>
</context>
<context>
    <name>PositionsStage</name>
    <message>
        <source>Positions by topic and partner</source>
        <translation>Safbwyntiau fesul pwnc a phartner</translation>
    </message>
    <message>
        <source>— select a cell and press 1–4 to add that kind; Enter to see the list</source>
        <translation>— dewiswch gell a phwyso 1–4 i ychwanegu&apos;r math hwnnw; Enter i weld y rhestr</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Add %1 (Ctrl+%2)</source>
        <translation>Ychwanegu %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Pwnc newydd</translation>
    </message>
    <message>
        <source>&amp;Grid: topics × partners</source>
        <translation>&amp;Grid: pynciau × partneriaid</translation>
    </message>
    <message>
        <source>&amp;List by partner</source>
        <translation>&amp;Rhestr fesul partner</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Amod newydd</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Pynciau</translation>
    </message>
    <message>
        <source>Ter&amp;ms</source>
        <translation>&amp;Amodau</translation>
    </message>
    <message>
        <source>Add a partner on the Overview first.</source>
        <translation>Ychwanegwch bartner ar y Trosolwg yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Autosave every (seconds, 0 = never)</source>
        <translation>Cadw&apos;n awtomatig bob (eiliad, 0 = byth)</translation>
    </message>
    <message>
        <source>Text size (%)</source>
        <translation>Maint testun (%)</translation>
    </message>
    <message>
        <source>Room view text size (% of the size fitted to its screen)</source>
        <translation>Maint testun golwg yr ystafell (% o&apos;r maint sy&apos;n ffitio ei sgrin)</translation>
    </message>
    <message>
        <source>Recent files to remember</source>
        <translation>Nifer y ffeiliau diweddar i&apos;w cofio</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Rhagosodiad y system</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Iaith (o&apos;r cychwyn nesaf)</translation>
    </message>
    <message>
        <source>Offer to recover unsaved edits at start-up</source>
        <translation>Cynnig adfer golygiadau heb eu cadw wrth gychwyn</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Quick capture</source>
        <extracomment>From the least to the most hidden: Shift+Enter never makes a line less hidden than it says. Fields the preview names even when the line leaves them at their default.</extracomment>
        <translation>Cofnodi cyflym</translation>
    </message>
    <message>
        <source>Quick capture line</source>
        <translation>Llinell cofnodi cyflym</translation>
    </message>
    <message>
        <source>e.g. Acme red line: no exclusivity clauses #exclusivity</source>
        <translation>e.e. Acme llinell goch: dim cymalau detholusrwydd #detholusrwydd</translation>
    </message>
    <message>
        <source>What quick capture understood</source>
        <translation>Yr hyn a ddeallodd cofnodi cyflym</translation>
    </message>
    <message>
        <source>&lt;small&gt;Partner + &lt;i&gt;red line&lt;/i&gt;, &lt;i&gt;bottom line&lt;/i&gt;, &lt;i&gt;preference&lt;/i&gt; or &lt;i&gt;open&lt;/i&gt;; or &lt;i&gt;value&lt;/i&gt;, &lt;i&gt;action [partner]&lt;/i&gt;, &lt;i&gt;disagreement&lt;/i&gt;, &lt;i&gt;clause&lt;/i&gt;, &lt;i&gt;impact&lt;/i&gt;, &lt;i&gt;note&lt;/i&gt;, &lt;i&gt;topic&lt;/i&gt; — then a colon. #topic files it (#management fee, #&quot;new topic&quot;); !confidential or !private hides it from the room. &lt;b&gt;Enter&lt;/b&gt; adds, &lt;b&gt;Shift+Enter&lt;/b&gt; adds it confidential, &lt;b&gt;Ctrl+Enter&lt;/b&gt; adds it and lets the room view show it at once; Esc closes.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Partner + &lt;i&gt;red line&lt;/i&gt;, &lt;i&gt;bottom line&lt;/i&gt;, &lt;i&gt;preference&lt;/i&gt; neu &lt;i&gt;open&lt;/i&gt;; neu &lt;i&gt;value&lt;/i&gt;, &lt;i&gt;action [partner]&lt;/i&gt;, &lt;i&gt;disagreement&lt;/i&gt;, &lt;i&gt;clause&lt;/i&gt;, &lt;i&gt;impact&lt;/i&gt;, &lt;i&gt;note&lt;/i&gt;, &lt;i&gt;topic&lt;/i&gt; — yna colon. Mae #pwnc yn ei ffeilio (#ffi reoli, #&quot;pwnc newydd&quot;); mae !confidential neu !private yn ei guddio rhag yr ystafell. Mae &lt;b&gt;Enter&lt;/b&gt; yn ychwanegu, &lt;b&gt;Shift+Enter&lt;/b&gt; yn ei ychwanegu&apos;n gyfrinachol, &lt;b&gt;Ctrl+Enter&lt;/b&gt; yn ei ychwanegu ac yn gadael i olwg yr ystafell ei ddangos ar unwaith; mae Esc yn cau.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Type a line; what it will add shows here.</source>
        <translation>Teipiwch linell; mae&apos;r hyn a ychwanegir yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Ychwanegu &lt;b&gt;%1&lt;/b&gt; ar gyfer &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ychwanegu &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ar gyfer &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>topic &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>pwnc &lt;b&gt;%1&lt;/b&gt; (o %2)</translation>
    </message>
    <message>
        <source>a new topic &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>pwnc newydd &lt;b&gt;%1&lt;/b&gt; (o %2)</translation>
    </message>
    <message>
        <source>due &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>erbyn &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Held from the room view until you release it (Ctrl+Enter in the main window, or Ctrl+Enter here to add it and release it at once).</source>
        <translation>Wedi&apos;i ddal yn ôl o olwg yr ystafell nes i chi ei ryddhau (Ctrl+Enter yn y brif ffenestr, neu Ctrl+Enter yma i&apos;w ychwanegu a&apos;i ryddhau ar unwaith).</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ychwanegwyd: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStage</name>
    <message>
        <source>Partners’ answers to their review packs, beside each item. Nothing changes until you act: Accept makes the partner’s wording the item’s (Ctrl+Z undoes it); Reply and Decline answer the partner. Not shown in the room.</source>
        <translation>Atebion y partneriaid i&apos;w pecynnau adolygu, wrth ymyl pob eitem. Does dim yn newid nes i chi weithredu: mae Derbyn yn gwneud geiriad y partner yn eiriad yr eitem (Ctrl+Z yn ei ddadwneud); mae Ateb a Gwrthod yn ateb y partner. Ni chaiff ei ddangos yn yr ystafell.</translation>
    </message>
    <message>
        <source>&amp;Take in a returned workbook…</source>
        <translation>&amp;Mewnforio llyfr gwaith a ddychwelwyd…</translation>
    </message>
    <message>
        <source>Take in a returned workbook</source>
        <translation>Mewnforio llyfr gwaith a ddychwelwyd</translation>
    </message>
    <message>
        <source>Review &amp;pack for a partner…</source>
        <translation>&amp;Pecyn adolygu i bartner…</translation>
    </message>
    <message>
        <source>Review pack for a partner</source>
        <translation>Pecyn adolygu i bartner</translation>
    </message>
    <message>
        <source>Issue as final…</source>
        <translation>Cyhoeddi&apos;n derfynol…</translation>
    </message>
    <message>
        <source>Issue as final</source>
        <translation>Cyhoeddi&apos;n derfynol</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Cymeradwyaethau</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <source>Accept wording (Ctrl+Shift+A)</source>
        <translation>Derbyn y geiriad (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Accept the proposed wording</source>
        <translation>Derbyn y geiriad arfaethedig</translation>
    </message>
    <message>
        <source>Your reply to the partner</source>
        <translation>Eich ateb i&apos;r partner</translation>
    </message>
    <message>
        <source>Reply (Ctrl+Shift+Y)</source>
        <translation>Ateb (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Gwrthod (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Decline the amendment</source>
        <translation>Gwrthod y diwygiad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cymeradwyaethau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 no longer in the workshop</source>
        <translation>%1 nad yw bellach yn y gweithdy</translation>
    </message>
    <message>
        <source>⚠ Changed since the issue</source>
        <translation>⚠ Wedi newid ers y cyhoeddiad</translation>
    </message>
    <message>
        <source>Select a response to accept, reply to or decline it.</source>
        <translation>Dewiswch ymateb i&apos;w dderbyn, ei ateb neu ei wrthod.</translation>
    </message>
    <message>
        <source>No responses yet: write a review pack for a partner, and take its workbook in when it comes back.</source>
        <translation>Dim ymatebion eto: ysgrifennwch becyn adolygu i bartner, a mewnforiwch ei lyfr gwaith pan ddaw yn ôl.</translation>
    </message>
    <message>
        <source>%1 answered %2 on %3: %4.</source>
        <translation>Atebodd %1 %2 ar %3: %4.</translation>
    </message>
    <message>
        <source>The item has changed since the issue: check the partner’s wording against it before accepting.</source>
        <translation>Mae&apos;r eitem wedi newid ers y cyhoeddiad: cymharwch eiriad y partner â hi cyn ei dderbyn.</translation>
    </message>
    <message>
        <source>%1: no review pack issued yet.</source>
        <translation>%1: dim pecyn adolygu wedi&apos;i gyhoeddi eto.</translation>
    </message>
    <message>
        <source>Confirmed by %1 (%2)</source>
        <translation>Cadarnhawyd gan %1 (%2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>(issue %1)</source>
        <translation>(cyhoeddiad %1)</translation>
    </message>
    <message>
        <source>%1: signed by %2 without confirming issue %3.</source>
        <translation>%1: llofnodwyd gan %2 heb gadarnhau cyhoeddiad %3.</translation>
    </message>
    <message>
        <source>%1: issue %2 sent; not confirmed yet.</source>
        <translation>%1: anfonwyd cyhoeddiad %2; heb ei gadarnhau eto.</translation>
    </message>
    <message>
        <source>Every partner has confirmed: you can issue the summary as final.</source>
        <translation>Mae pob partner wedi cadarnhau: gallwch gyhoeddi&apos;r crynodeb yn derfynol.</translation>
    </message>
    <message>
        <source>Issue as final is possible once every partner has confirmed its latest issue.</source>
        <translation>Gellir cyhoeddi&apos;n derfynol unwaith y bydd pob partner wedi cadarnhau ei gyhoeddiad diweddaraf.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Dim partneriaid eto.</translation>
    </message>
</context>
<context>
    <name>RiskMatrix</name>
    <message>
        <source>Risk matrix: likelihood × impact</source>
        <translation>Matrics risg: tebygolrwydd × effaith</translation>
    </message>
    <message>
        <source>Likelihood %1, impact %2: score %3 (%4)</source>
        <translation>Tebygolrwydd %1, effaith %2: sgôr %3 (%4)</translation>
    </message>
    <message>
        <source>%1: likelihood %2, impact %3, score %4</source>
        <translation>%1: tebygolrwydd %2, effaith %3, sgôr %4</translation>
    </message>
    <message>
        <source>No risks yet.</source>
        <translation>Dim risgiau eto.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>likelihood × impact</source>
        <translation>tebygolrwydd × effaith</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>… and %1 more</source>
        <extracomment>A projector shows a screenful or two; longer lists are cut with a count (and stay fast).</extracomment>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <source>Nothing shared here yet.</source>
        <translation>Dim wedi’i rannu yma eto.</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Marks a rating or answer that has a note; the notes are listed under the grid.</extracomment>
        <translation>Arall</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>yn gwyro</translation>
    </message>
    <message>
        <source>Notes on ratings</source>
        <translation>Nodiadau ar sgoriau</translation>
    </message>
    <message>
        <source>Status and route</source>
        <translation>Statws a llwybr</translation>
    </message>
    <message>
        <source>Notes on answers</source>
        <translation>Nodiadau ar atebion</translation>
    </message>
    <message>
        <source>score = likelihood × impact</source>
        <translation>sgôr = tebygolrwydd × effaith</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Tebygolrwydd × effaith</translation>
    </message>
    <message>
        <source>Carried by, owner, review</source>
        <translation>Yn cael ei ysgwyddo gan, perchennog, adolygu</translation>
    </message>
    <message>
        <source>No meeting shared yet.</source>
        <translation>Dim cyfarfod wedi’i rannu eto.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>movable by the people in the room</source>
        <translation>gall y bobl yn yr ystafell eu symud</translation>
    </message>
    <message>
        <source>a red line: needs a mandate</source>
        <translation>llinell goch: angen mandad</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Sefyllfaoedd diddatrys</translation>
    </message>
    <message>
        <source>Zones of agreement</source>
        <translation>Parthau cytundeb</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Beth sydd ar goll</translation>
    </message>
    <message>
        <source>Coverage of the agreement</source>
        <translation>Cwmpas y cytundeb</translation>
    </message>
    <message>
        <source>The facilitator is taking notes.</source>
        <translation>Mae’r hwylusydd yn cymryd nodiadau.</translation>
    </message>
    <message>
        <source>What this stage holds is not shown in the room.</source>
        <translation>Ni ddangosir cynnwys y cam hwn yn yr ystafell.</translation>
    </message>
    <message>
        <source>Common Ground — room view</source>
        <extracomment>Body text is at least this fraction of the projector&apos;s height: 1/30 of a 2 m high picture is letters about 6.7 cm tall, readable from the back of a 10 m room. The room&apos;s own text-size steps (per cent of the fitted size), apart from the console&apos;s zoom.</extracomment>
        <translation>Tir Cyffredin — golwg yr ystafell</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <extracomment>Scroll to an item when it is released to the room (otherwise keep the position).</extracomment>
        <translation>Yr hyn y mae&apos;r ystafell yn ei weld</translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation>Tir Cyffredin</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>held</source>
        <extracomment>How a cell is edited: &quot;choice&quot; (a list: enums, references, ratings), &quot;text&quot;, &quot;number&quot;, &quot;date&quot; or &quot;bool&quot; (a tick box). Views decide keys and editors from it. The roles a row model answers. A vocabulary list naming the numbers of a whole-number scale (&quot;risk_scale&quot;: 1 very low … 5 very high): the cell is then a choice of those numbers, shown with their words. Emitted after every refresh (the rows may be other objects now, with new values). Something the user should know about an edit (for the status bar). Each item&apos;s number: its place in the agreed order of all of them (the № column), the same whatever the filter or sort.</extracomment>
        <translation>wedi&apos;i ddal</translation>
    </message>
    <message>
        <source>Held from the room view: set its visibility, then leave the row or press Ctrl+Enter to let the room see it</source>
        <translation>Wedi&apos;i ddal yn ôl o olwg yr ystafell: gosodwch ei welededd, yna gadewch y rhes neu bwyso Ctrl+Enter i adael i&apos;r ystafell ei weld</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>Nid yw “%1” yn rhif cyfan.</translation>
    </message>
    <message>
        <source>The owner of the line is now the CEO: a red line is ruled out by the board or the CEO. Change it in “Owner of the line” if not.</source>
        <translation>Y Prif Weithredwr sydd bellach yn berchen ar y llinell: caiff llinell goch ei phennu gan y bwrdd neu&apos;r Prif Weithredwr. Newidiwch hi yn “Perchennog y llinell” os nad felly.</translation>
    </message>
</context>
<context>
    <name>Speaking</name>
    <message>
        <source>There is no partner %1.</source>
        <extracomment>Alt+Shift and the partner&apos;s place: the first nine partners each have a key.</extracomment>
        <translation>Nid oes partner rhif %1.</translation>
    </message>
    <message>
        <source>Add a meeting on Meetings &amp; agenda first: turns to speak belong to one.</source>
        <translation>Ychwanegwch gyfarfod ar Cyfarfodydd ac agenda yn gyntaf: mae pob tro i siarad yn perthyn i gyfarfod.</translation>
    </message>
    <message>
        <source>Nobody marked as speaking</source>
        <translation>Neb wedi&apos;i nodi&apos;n siarad</translation>
    </message>
    <message>
        <source>%1 is speaking (%2 again: nobody)</source>
        <translation>Mae %1 yn siarad (%2 eto: neb)</translation>
    </message>
    <message>
        <source>Speaking: %1 %2</source>
        <translation>Yn siarad: %1 %2</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Pob partner</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>The kind a list stage edits; its columns, order and outputs come from its declaration. A list stage&apos;s sentence above its table. The text a new item of a list stage starts with. The stages in the order a workshop runs.</extracomment>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Safbwyntiau</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Anghytundebau</translation>
    </message>
    <message>
        <source>Ways of working</source>
        <translation>Ffyrdd o weithio</translation>
    </message>
    <message>
        <source>Expectations, boundaries and ways of working for the draft agreement, by section. Order matters within a section.</source>
        <translation>Disgwyliadau, ffiniau a ffyrdd o weithio ar gyfer y cytundeb drafft, fesul adran. Mae&apos;r drefn o fewn adran yn bwysig.</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Cymal newydd</translation>
    </message>
    <message>
        <source>Fair practice</source>
        <translation>Arfer teg</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>The expected effect of the partnership, or of not forming it, on communities, beneficiaries and the local sector.</source>
        <translation>Effaith ddisgwyliedig y bartneriaeth, neu o beidio â&apos;i ffurfio, ar gymunedau, buddiolwyr a&apos;r sector lleol.</translation>
    </message>
    <message>
        <source>New impact</source>
        <translation>Effaith newydd</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <source>What each partner brings: money, staff time, premises, reach into communities, expertise, data, reputation; with a value and its unit where one can be given.</source>
        <translation>Yr hyn y mae pob partner yn ei gyfrannu: arian, amser staff, adeiladau, cyrhaeddiad i gymunedau, arbenigedd, data, enw da; gyda gwerth a&apos;i uned lle gellir rhoi un.</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Cyfraniad newydd</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>What could go wrong for the partnership, which partner carries it, how likely it is and how much it would matter (1 very low … 5 very high), and how it is managed. The matrix shows each risk by its number.</source>
        <translation>Beth allai fynd o&apos;i le i&apos;r bartneriaeth, pa bartner sy&apos;n ei ysgwyddo, pa mor debygol ydyw a faint y byddai&apos;n bwysig (1 isel iawn … 5 uchel iawn), a sut y caiff ei reoli. Mae&apos;r matrics yn dangos pob risg yn ôl ei rhif.</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Risg newydd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>What happens next, who owns it and by when.</source>
        <translation>Beth sy&apos;n digwydd nesaf, pwy sy&apos;n gyfrifol a phryd.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Meetings &amp; agenda</source>
        <translation>Cyfarfodydd ac agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Your own notes. They are private unless you choose otherwise, and never reach the room view.</source>
        <translation>Eich nodiadau eich hun. Maen nhw&apos;n breifat oni bai eich bod yn dewis fel arall, a dydyn nhw byth yn cyrraedd golwg yr ystafell.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Where the deal stands</source>
        <translation>Sefyllfa&apos;r fargen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add %1</source>
        <extracomment>How a new row is made: ``creator(document, **fields)``; ``ops.create`` by default.</extracomment>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Add %1 (Ctrl+Shift+N)</source>
        <translation>Ychwanegu %1 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Delete key)</source>
        <translation>Dileu&apos;r %1 a ddewiswyd (bysell Delete)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Hidlo…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Hidlo %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Symud i fyny (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Symud i lawr (Ctrl+Shift+Down)</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n pwnc</numerusform>
            <numerusform>%n pwnc</numerusform>
            <numerusform>%n pwnc</numerusform>
            <numerusform>%n pwnc</numerusform>
            <numerusform>%n pwnc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n safbwynt</numerusform>
            <numerusform>%n safbwynt</numerusform>
            <numerusform>%n safbwynt</numerusform>
            <numerusform>%n safbwynt</numerusform>
            <numerusform>%n safbwynt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n gwerth</numerusform>
            <numerusform>%n gwerth</numerusform>
            <numerusform>%n gwerth</numerusform>
            <numerusform>%n gwerth</numerusform>
            <numerusform>%n gwerth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n anghytundeb</numerusform>
            <numerusform>%n anghytundeb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) in disagreements</source>
        <translation>
            <numerusform>%n barn mewn anghytundebau</numerusform>
            <numerusform>%n barn mewn anghytundebau</numerusform>
            <numerusform>%n barn mewn anghytundebau</numerusform>
            <numerusform>%n barn mewn anghytundebau</numerusform>
            <numerusform>%n barn mewn anghytundebau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n cymal</numerusform>
            <numerusform>%n cymal</numerusform>
            <numerusform>%n cymal</numerusform>
            <numerusform>%n cymal</numerusform>
            <numerusform>%n cymal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
            <numerusform>%n ymrwymiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fair-practice answer(s)</source>
        <translation>
            <numerusform>%n ateb arfer teg</numerusform>
            <numerusform>%n ateb arfer teg</numerusform>
            <numerusform>%n ateb arfer teg</numerusform>
            <numerusform>%n ateb arfer teg</numerusform>
            <numerusform>%n ateb arfer teg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n effaith</numerusform>
            <numerusform>%n effaith</numerusform>
            <numerusform>%n effaith</numerusform>
            <numerusform>%n effaith</numerusform>
            <numerusform>%n effaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n cyfarfod</numerusform>
            <numerusform>%n cyfarfod</numerusform>
            <numerusform>%n cyfarfod</numerusform>
            <numerusform>%n cyfarfod</numerusform>
            <numerusform>%n cyfarfod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n cofnod presenoldeb</numerusform>
            <numerusform>%n cofnod presenoldeb</numerusform>
            <numerusform>%n cofnod presenoldeb</numerusform>
            <numerusform>%n cofnod presenoldeb</numerusform>
            <numerusform>%n cofnod presenoldeb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n eitem agenda</numerusform>
            <numerusform>%n eitem agenda</numerusform>
            <numerusform>%n eitem agenda</numerusform>
            <numerusform>%n eitem agenda</numerusform>
            <numerusform>%n eitem agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risg</numerusform>
            <numerusform>%n risg</numerusform>
            <numerusform>%n risg</numerusform>
            <numerusform>%n risg</numerusform>
            <numerusform>%n risg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
            <numerusform>%n cyfraniad</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 (Ctrl+Z undoes)</source>
        <translation>Dilëwyd %1 a&apos;i %2 (Ctrl+Z yn dadwneud)</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z undoes)</source>
        <translation>Dilëwyd %1 (Ctrl+Z yn dadwneud)</translation>
    </message>
</context>
<context>
    <name>ValuesStage</name>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
    <message>
        <source>Candidate values</source>
        <translation>Gwerthoedd posibl</translation>
    </message>
    <message>
        <source>Alignment of partners with values</source>
        <translation>Cydweddiad y partneriaid â&apos;r gwerthoedd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment&lt;/b&gt; — %1. Select a cell and press 1–5 (0 clears), or click it for the list. &lt;b&gt;N&lt;/b&gt; adds a note (✎). The partner who diverges most on a value is marked ◀.</source>
        <translation>&lt;b&gt;Cydweddiad&lt;/b&gt; — %1. Dewiswch gell a phwyso 1–5 (0 yn clirio), neu cliciwch hi am y rhestr. Mae &lt;b&gt;N&lt;/b&gt; yn ychwanegu nodyn (✎). Mae&apos;r partner sy&apos;n gwyro fwyaf ar werth wedi&apos;i nodi â ◀.</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 ar “%2”</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Collaboration model</source>
        <translation>Model cydweithio</translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation>Tir Cyffredin</translation>
    </message>
    <message>
        <source>Lay the foundations of a partnership: what each partner can and cannot compromise on, shared values, disagreements and how to settle them, and ways of working.</source>
        <translation>Gosod sylfeini partneriaeth: yr hyn y gall ac na all pob partner gyfaddawdu arno, gwerthoedd a rennir, anghytundebau a sut i&apos;w setlo, a ffyrdd o weithio.</translation>
    </message>
    <message>
        <source>&amp;Create workshop from this model</source>
        <translation>&amp;Creu gweithdy o&apos;r model hwn</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New workshop&lt;/b&gt; — choose the collaboration model</source>
        <translation>&lt;b&gt;Gweithdy &amp;newydd&lt;/b&gt; — dewiswch y model cydweithio</translation>
    </message>
    <message>
        <source>&amp;Open a workshop file…</source>
        <translation>&amp;Agor ffeil gweithdy…</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>Agor y gweithdy &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Gweithdai diweddar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recen&amp;t&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diwe&amp;ddar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Dim gweithdai diweddar eto.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Stages of the workshop</source>
        <translation>Camau&apos;r gweithdy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>at least %1</source>
        <translation>o leiaf %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ar y mwyaf %1</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>No clause yet</source>
        <translation>Dim cymal eto</translation>
    </message>
    <message>
        <source>%n risk has no mitigation</source>
        <translation>Nid oes gan %n risg fesur lliniaru</translation>
    </message>
    <message>
        <source>%n risks have no mitigation</source>
        <translation>Nid oes gan %n risg fesur lliniaru</translation>
    </message>
    <message>
        <source>%n risk has no owner</source>
        <translation>Nid oes gan %n risg berchennog</translation>
    </message>
    <message>
        <source>%n risks have no owner</source>
        <translation>Nid oes gan %n risg berchennog</translation>
    </message>
    <message>
        <source>The summary has not been issued to the partners</source>
        <translation>Nid yw&apos;r crynodeb wedi&apos;i gyhoeddi i&apos;r partneriaid</translation>
    </message>
    <message>
        <source>%n draft clause not yet agreed</source>
        <translation>%n cymal drafft heb ei gytuno eto</translation>
    </message>
    <message>
        <source>%n draft clauses not yet agreed</source>
        <translation>%n cymal drafft heb eu cytuno eto</translation>
    </message>
    <message>
        <source>%n draft clause, none agreed</source>
        <translation>%n cymal drafft, dim un wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>%n draft clauses, none agreed</source>
        <translation>%n cymal drafft, dim un wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Fewer than two partners recorded</source>
        <translation>Llai na dau bartner wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>No risk recorded</source>
        <translation>Dim risg wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>No contribution recorded</source>
        <translation>Dim cyfraniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Issued as a draft; not yet final</source>
        <translation>Cyhoeddwyd fel drafft; nid yw&apos;n derfynol eto</translation>
    </message>
    <message>
        <source>No named contact for %1</source>
        <translation>Dim cyswllt penodol ar gyfer %1</translation>
    </message>
    <message>
        <source>Nothing recorded for %1</source>
        <translation>Dim wedi&apos;i gofnodi ar gyfer %1</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Trefn</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Gwelededd</translation>
    </message>
    <message>
        <source>workshop details</source>
        <translation>manylion y gweithdy</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partneriaid</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>pobl</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>pwnc</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>pynciau</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>term</source>
        <translation>amod</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>amodau</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>position</source>
        <translation>safbwynt</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>safbwyntiau</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Safbwyntiau</translation>
    </message>
    <message>
        <source>value</source>
        <translation>gwerth</translation>
    </message>
    <message>
        <source>values</source>
        <translation>gwerthoedd</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>sgoriau</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Cydweddiad</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>anghytundeb</translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation>anghytundebau</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Anghytundebau</translation>
    </message>
    <message>
        <source>view in a disagreement</source>
        <translation>barn mewn anghytundeb</translation>
    </message>
    <message>
        <source>views in disagreements</source>
        <translation>safbwyntiau mewn anghytundebau</translation>
    </message>
    <message>
        <source>Disagreement views</source>
        <translation>Barn mewn anghytundebau</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cymal</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>cymalau</translation>
    </message>
    <message>
        <source>Ways of working</source>
        <translation>Ffyrdd o weithio</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>ymrwymiad</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>ymrwymiadau</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Ymrwymiadau</translation>
    </message>
    <message>
        <source>fair-practice answer</source>
        <translation>ateb arfer teg</translation>
    </message>
    <message>
        <source>fair-practice answers</source>
        <translation>atebion arfer teg</translation>
    </message>
    <message>
        <source>Commitment answers</source>
        <translation>Atebion i ymrwymiadau</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>effaith</translation>
    </message>
    <message>
        <source>impacts</source>
        <translation>effeithiau</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>Effeithiau</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cyfarfod</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>cyfarfodydd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation>cofnod presenoldeb</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>cofnodion presenoldeb</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>eitem agenda</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>eitemau agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>camau gweithredu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risg</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risgiau</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>cyfraniad</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>cyfraniadau</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cyfraniadau</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>cyhoeddiad</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>cyhoeddiadau</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Cyhoeddiadau</translation>
    </message>
    <message>
        <source>issued item</source>
        <translation>eitem a gyhoeddwyd</translation>
    </message>
    <message>
        <source>issued items</source>
        <translation>eitemau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Issued items</source>
        <translation>Eitemau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>response</source>
        <translation>ymateb</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>ymatebion</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>cymeradwyaeth</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>cymeradwyaethau</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Cymeradwyaethau</translation>
    </message>
    <message>
        <source>kept state</source>
        <translation>cyflwr a gadwyd</translation>
    </message>
    <message>
        <source>kept states</source>
        <translation>cyflyrau a gadwyd</translation>
    </message>
    <message>
        <source>Kept at meeting ends</source>
        <translation>Wedi&apos;u cadw ar ddiwedd cyfarfodydd</translation>
    </message>
    <message>
        <source>turn to speak</source>
        <translation>tro i siarad</translation>
    </message>
    <message>
        <source>turns to speak</source>
        <translation>troeon i siarad</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Pwy siaradodd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Cyd-destun</translation>
    </message>
    <message>
        <source>Collaboration model</source>
        <translation>Model cydweithio</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allwedd lofnodi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Enw byr</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Cyrhaeddiad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Named contact</source>
        <translation>Cyswllt penodol</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Rhifol</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Owner of the line</source>
        <translation>Perchennog y llinell</translation>
    </message>
    <message>
        <source>Needs CEO or board decision</source>
        <translation>Angen penderfyniad gan y Prif Weithredwr neu&apos;r bwrdd</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Ystod o</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Ystod i</translation>
    </message>
    <message>
        <source>Stance on the term</source>
        <translation>Safiad ar yr amod</translation>
    </message>
    <message>
        <source>Preferred value</source>
        <translation>Gwerth a ffefrir</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Anghytundeb</translation>
    </message>
    <message>
        <source>What is disputed</source>
        <translation>Beth sy&apos;n destun dadl</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Resolution route step</source>
        <translation>Cam y llwybr datrys</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cymal</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Ymrwymiad</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Codwyd gan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Eitem agenda</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Munudau a gynlluniwyd</translation>
    </message>
    <message>
        <source>Facilitator’s note</source>
        <translation>Nodyn yr hwylusydd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>O&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad dyledus</translation>
    </message>
    <message>
        <source>About partner</source>
        <translation>Am y partner</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Beth allai fynd o&apos;i le</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Yn cael ei ysgwyddo gan</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Tebygolrwydd</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Lliniaru</translation>
    </message>
    <message>
        <source>What it brings</source>
        <translation>Yr hyn y mae&apos;n ei gyfrannu</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Cyhoeddiad</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Paratowyd gan</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Crynodeb stwnsh</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Geiriad arfaethedig</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Changed since the issue</source>
        <translation>Wedi newid ers y cyhoeddiad</translation>
    </message>
    <message>
        <source>Broker’s decision</source>
        <translation>Penderfyniad y brocer</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Confirmed a fair record</source>
        <translation>Cadarnhawyd ei fod yn gofnod teg</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Eiliadau</translation>
    </message>
    <message>
        <source>No overlap: %1 are %2 point apart</source>
        <translation>Dim gorgyffwrdd: mae %1 %2 pwynt ar wahân</translation>
    </message>
    <message>
        <source>No overlap: %1 are %2 points apart</source>
        <translation>Dim gorgyffwrdd: mae %1 %2 pwynt ar wahân</translation>
    </message>
    <message>
        <source>%1&apos;s red line would move from %2 to %3 (needs its CEO or board)</source>
        <translation>Byddai llinell goch %1 yn symud o %2 i %3 (angen ei Brif Weithredwr neu ei fwrdd)</translation>
    </message>
    <message>
        <source>%1&apos;s bottom line would move from %2 to %3 (movable in the room)</source>
        <translation>Byddai llinell waelod %1 yn symud o %2 i %3 (modd ei symud yn yr ystafell)</translation>
    </message>
    <message>
        <source>Bottom lines only: movable by the people in the room.</source>
        <translation>Llinellau gwaelod yn unig: gall y bobl yn yr ystafell eu symud.</translation>
    </message>
    <message>
        <source>A red line is involved: it needs a CEO&apos;s or board&apos;s mandate to move.</source>
        <translation>Mae llinell goch dan sylw: mae angen mandad gan y Prif Weithredwr neu&apos;r bwrdd i&apos;w symud.</translation>
    </message>
    <message>
        <source>Zone of agreement: up to %1</source>
        <translation>Parth cytundeb: hyd at %1</translation>
    </message>
    <message>
        <source>Zone of agreement: at least %1</source>
        <translation>Parth cytundeb: o leiaf %1</translation>
    </message>
    <message>
        <source>Deadlock on %1</source>
        <translation>Sefyllfa ddiddatrys ar %1</translation>
    </message>
    <message>
        <source>Zone of agreement: exactly %1</source>
        <translation>Parth cytundeb: %1 yn union</translation>
    </message>
    <message>
        <source>Zone of agreement: %1 to %2</source>
        <translation>Parth cytundeb: %1 i %2</translation>
    </message>
    <message>
        <source>Zone of agreement: any value</source>
        <translation>Parth cytundeb: unrhyw werth</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>o leiaf %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ar y mwyaf %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>A rennir</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Llinell goch</translation>
    </message>
    <message>
        <source>Bottom line</source>
        <translation>Llinell waelod</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Rep in the room</source>
        <translation>Cynrychiolydd yn yr ystafell</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Prif Weithredwr</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <source>Prime and subcontractors</source>
        <translation>Prif gontractwr ac isgontractwyr</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortiwm</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Menter ar y cyd</translation>
    </message>
    <message>
        <source>Alliance contract</source>
        <translation>Contract cynghrair</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partner arweiniol</translation>
    </message>
    <message>
        <source>Informal network</source>
        <translation>Rhwydwaith anffurfiol</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Micro (under £10k)</source>
        <translation>Micro (dan £10k)</translation>
    </message>
    <message>
        <source>Small (£10k–£100k)</source>
        <translation>Bach (£10k–£100k)</translation>
    </message>
    <message>
        <source>Medium (£100k–£1m)</source>
        <translation>Canolig (£100k–£1m)</translation>
    </message>
    <message>
        <source>Large (£1m–£10m)</source>
        <translation>Mawr (£1m–£10m)</translation>
    </message>
    <message>
        <source>Major (over £10m)</source>
        <translation>Mawr iawn (dros £10m)</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Cenedlaethol</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Rhanbarthol</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lleol</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>Prif gontractwr</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Isgontractwr</translation>
    </message>
    <message>
        <source>Equal partner</source>
        <translation>Partner cyfartal</translation>
    </message>
    <message>
        <source>Coordinating agent</source>
        <translation>Asiant cydgysylltu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>Yn cael ei drafod</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Wedi&apos;i barcio</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Wedi&apos;i uwchgyfeirio</translation>
    </message>
    <message>
        <source>Leads talk</source>
        <translation>Arweinwyr yn siarad</translation>
    </message>
    <message>
        <source>CEOs meet</source>
        <translation>Prif Weithredwyr yn cyfarfod</translation>
    </message>
    <message>
        <source>Independent mediator</source>
        <translation>Cyfryngwr annibynnol</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ymadael</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Decision-making</source>
        <translation>Gwneud penderfyniadau</translation>
    </message>
    <message>
        <source>Communication cadence</source>
        <translation>Amlder cyfathrebu</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Cysylltiadau penodol</translation>
    </message>
    <message>
        <source>Money and fair pricing</source>
        <translation>Arian a phrisio teg</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Branding and intellectual property</source>
        <translation>Brandio ac eiddo deallusol</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Datrys gwrthdaro</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Exit and change</source>
        <translation>Ymadael a newid</translation>
    </message>
    <message>
        <source>Term and conditions</source>
        <translation>Tymor ac amodau</translation>
    </message>
    <message>
        <source>Duties: safeguarding, equality, language</source>
        <translation>Dyletswyddau: diogelu, cydraddoldeb, iaith</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Wedi ymrwymo</translation>
    </message>
    <message>
        <source>Not committed</source>
        <translation>Heb ymrwymo</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Cymunedau</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Buddiolwyr</translation>
    </message>
    <message>
        <source>Local sector</source>
        <translation>Sector lleol</translation>
    </message>
    <message>
        <source>With the partnership</source>
        <translation>Gyda&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>Without the partnership</source>
        <translation>Heb y bartneriaeth</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Gwahoddwyd</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Amser staff</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Adeiladau</translation>
    </message>
    <message>
        <source>Reach into communities</source>
        <translation>Cyrhaeddiad i gymunedau</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Arbenigedd</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Enw da</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Isel iawn</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Heb gydweddu</translation>
    </message>
    <message>
        <source>Slightly aligned</source>
        <translation>Ychydig yn cydweddu</translation>
    </message>
    <message>
        <source>Partly aligned</source>
        <translation>Yn rhannol gydweddu</translation>
    </message>
    <message>
        <source>Mostly aligned</source>
        <translation>Yn cydweddu gan mwyaf</translation>
    </message>
    <message>
        <source>Fully aligned</source>
        <translation>Yn cydweddu&apos;n llawn</translation>
    </message>
    <message>
        <source>No stance</source>
        <translation>Dim safiad</translation>
    </message>
    <message>
        <source>Requires it</source>
        <translation>Yn ei fynnu</translation>
    </message>
    <message>
        <source>Rules it out</source>
        <translation>Yn ei wrthod</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>Y naill ffordd neu&apos;r llall</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>O fewn terfynau</translation>
    </message>
    <message>
        <source>The room (all partners)</source>
        <translation>Yr ystafell (pob partner)</translation>
    </message>
    <message>
        <source>One partner</source>
        <translation>Un partner</translation>
    </message>
    <message>
        <source>The broker</source>
        <translation>Y brocer</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Members and roles</source>
        <translation>Aelodau a rolau</translation>
    </message>
    <message>
        <source>Governance and decisions</source>
        <translation>Llywodraethu a phenderfyniadau</translation>
    </message>
    <message>
        <source>Money and payment</source>
        <translation>Arian a thaliadau</translation>
    </message>
    <message>
        <source>Data and information</source>
        <translation>Data a gwybodaeth</translation>
    </message>
    <message>
        <source>Brand and intellectual property</source>
        <translation>Brand ac eiddo deallusol</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ddim yn berthnasol</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Partly in place</source>
        <translation>Yn rhannol ar waith</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Diwygio</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Waiting for the broker</source>
        <translation>Yn aros am y brocer</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Bach</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Mawr iawn</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Isgontr.</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Cyfartal</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydgysylltydd</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Cyfryngwr</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Brandio</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Dyletswyddau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>amh.</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Gyda hi</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Hebddi</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Yn mynnu</translation>
    </message>
    <message>
        <source>Rules out</source>
        <translation>Yn gwrthod</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Y naill neu&apos;r llall</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Terfynau</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Brocer</translation>
    </message>
    <message>
        <source>Room pack: shared items only, for all partners</source>
        <translation>Pecyn yr ystafell: eitemau a rennir yn unig, i bob partner</translation>
    </message>
    <message>
        <source>Room pack: shared items only</source>
        <translation>Pecyn yr ystafell: eitemau a rennir yn unig</translation>
    </message>
    <message>
        <source>Shared items only: safe to show to every partner.</source>
        <translation>Eitemau a rennir yn unig: yn ddiogel i&apos;w dangos i bob partner.</translation>
    </message>
    <message>
        <source>In confidence to you</source>
        <translation>Yn gyfrinachol i chi</translation>
    </message>
    <message>
        <source>Confidential (no partner named): broker only</source>
        <translation>Cyfrinachol (dim partner wedi&apos;i enwi): i&apos;r brocer yn unig</translation>
    </message>
    <message>
        <source>Confidential to %1</source>
        <translation>Yn gyfrinachol i %1</translation>
    </message>
    <message>
        <source>Broker’s full record: includes confidential and private items</source>
        <translation>Cofnod llawn y brocer: yn cynnwys eitemau cyfrinachol a phreifat</translation>
    </message>
    <message>
        <source>Broker’s full record: confidential</source>
        <translation>Cofnod llawn y brocer: cyfrinachol</translation>
    </message>
    <message>
        <source>Includes confidential and private items: for the broker only.</source>
        <translation>Yn cynnwys eitemau cyfrinachol a phreifat: i&apos;r brocer yn unig.</translation>
    </message>
    <message>
        <source>Prepared for %1: includes items shared in confidence with %1 only</source>
        <translation>Wedi&apos;i baratoi ar gyfer %1: yn cynnwys eitemau a rannwyd yn gyfrinachol gyda %1 yn unig</translation>
    </message>
    <message>
        <source>Prepared for %1: in confidence</source>
        <translation>Wedi&apos;i baratoi ar gyfer %1: yn gyfrinachol</translation>
    </message>
    <message>
        <source>Includes what %1 said in confidence: send it to %1 only.</source>
        <translation>Yn cynnwys yr hyn a ddywedodd %1 yn gyfrinachol: anfonwch ef at %1 yn unig.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nesaf: %1</translation>
    </message>
    <message>
        <source>Now: step %1 of %2, %3</source>
        <translation>Nawr: cam %1 o %2, %3</translation>
    </message>
    <message>
        <source>%1 was not marked as speaking</source>
        <translation>Ni nodwyd bod %1 yn siarad</translation>
    </message>
    <message>
        <source>The smallest partner, %1, had %2 % of the time</source>
        <translation>Cafodd y partner lleiaf, %1, %2 % o&apos;r amser</translation>
    </message>
    <message>
        <source>%1 has no position on %2 of %3 topics</source>
        <translation>Nid oes gan %1 safbwynt ar %2 o %3 pwnc</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Cells starting = + - @ tab, CR, LF or NUL (prefixed with &apos;)</source>
        <translation>Celloedd yn dechrau ag = + - @, tab, CR, LF neu NUL (gydag &apos; o’u blaen)</translation>
    </message>
    <message>
        <source>Control characters removed on “%1”</source>
        <translation>Nodau rheoli a dynnwyd ar “%1”</translation>
    </message>
    <message>
        <source>Cells over 32,767 characters continued on “%1”</source>
        <translation>Celloedd dros 32,767 nod a barhawyd ar “%1”</translation>
    </message>
    <message>
        <source>Control characters removed</source>
        <translation>Nodau rheoli a dynnwyd</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>FOUNDATIONS SUMMARY</source>
        <translation>CRYNODEB O’R SYLFEINI</translation>
    </message>
    <message>
        <source>Foundations summary: %1</source>
        <translation>Crynodeb o’r sylfeini: %1</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Gweithdy heb deitl</translation>
    </message>
    <message>
        <source>Please do not forward this document beyond the people it was prepared for.</source>
        <translation>Peidiwch ag anfon y ddogfen hon ymlaen at neb y tu hwnt i’r bobl y’i paratowyd ar eu cyfer.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Rheoli’r ddogfen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Dosbarthu</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>Cyhoeddiad %1</translation>
    </message>
    <message>
        <source>Issue %1, %2</source>
        <translation>Cyhoeddiad %1, %2</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>cyhoeddwyd %1</translation>
    </message>
    <message>
        <source>Not issued: a working copy</source>
        <translation>Heb ei gyhoeddi: copi gwaith</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Heb ei gyhoeddi</translation>
    </message>
    <message>
        <source>Changed since issue %1</source>
        <translation>Wedi newid ers cyhoeddiad %1</translation>
    </message>
    <message>
        <source>Changed since issue %1 (%2): not yet issued</source>
        <translation>Wedi newid ers cyhoeddiad %1 (%2): heb ei gyhoeddi eto</translation>
    </message>
    <message>
        <source>For all partners</source>
        <translation>Ar gyfer pob partner</translation>
    </message>
    <message>
        <source>For %1 only</source>
        <translation>Ar gyfer %1 yn unig</translation>
    </message>
    <message>
        <source>For the broker only</source>
        <translation>Ar gyfer y brocer yn unig</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>pob partner</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>y brocer</translation>
    </message>
    <message>
        <source>… and %1 more, in “%2”.</source>
        <translation>… a %1 arall, yn “%2”.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… a %1 arall.</translation>
    </message>
    <message>
        <source>None at present.</source>
        <translation>Dim ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Dim wedi’i gofnodi eto.</translation>
    </message>
    <message>
        <source>Safe to say in the room</source>
        <translation>Yn ddiogel i’w ddweud yn yr ystafell</translation>
    </message>
    <message>
        <source>Everything shared (%1) is in the room pack and safe to say aloud. What follows is not: it was told in confidence, or it is yours alone. Say none of it in the room.</source>
        <translation>Mae popeth a rennir (%1) ym mhecyn yr ystafell ac yn ddiogel i’w ddweud yn uchel. Nid felly’r hyn sy’n dilyn: fe’i dywedwyd yn gyfrinachol, neu mae’n eiddo i chi yn unig. Peidiwch â dweud dim ohono yn yr ystafell.</translation>
    </message>
    <message>
        <source>Nothing in this record is confidential or private: all of it is shared.</source>
        <translation>Nid oes dim yn y cofnod hwn yn gyfrinachol nac yn breifat: rhennir y cyfan.</translation>
    </message>
    <message>
        <source>Told in confidence: %1</source>
        <translation>Dywedwyd yn gyfrinachol: %1</translation>
    </message>
    <message>
        <source>Private: yours alone</source>
        <translation>Preifat: i chi yn unig</translation>
    </message>
    <message>
        <source>Confidential, naming no partner</source>
        <translation>Cyfrinachol, heb enwi partner</translation>
    </message>
    <message>
        <source>Your organisation: %1</source>
        <translation>Eich sefydliad: %1</translation>
    </message>
    <message>
        <source>What concerns %1 first: the decisions your CEO or board is asked to take, your red and bottom lines and where they meet other partners&apos;, the disagreements you are party to and your actions. Items marked “In confidence to you” are in this pack only: other partners have not seen them.</source>
        <translation>Yr hyn sy’n ymwneud â %1 yn gyntaf: y penderfyniadau y gofynnir i’ch Prif Weithredwr neu’ch bwrdd eu gwneud, eich llinellau coch a gwaelod a lle maen nhw’n cwrdd â rhai partneriaid eraill, yr anghytundebau rydych chi’n rhan ohonynt a’ch camau gweithredu. Mae eitemau a nodwyd “Yn gyfrinachol i chi” yn y pecyn hwn yn unig: nid yw partneriaid eraill wedi’u gweld.</translation>
    </message>
    <message>
        <source>Decisions for your CEO or board</source>
        <translation>Penderfyniadau i’ch Prif Weithredwr neu’ch bwrdd</translation>
    </message>
    <message>
        <source>Your red and bottom lines, and where they meet others’</source>
        <translation>Eich llinellau coch a gwaelod, a lle maen nhw’n cwrdd â rhai eraill</translation>
    </message>
    <message>
        <source>Deadlocks you are in</source>
        <translation>Sefyllfaoedd diddatrys rydych chi ynddynt</translation>
    </message>
    <message>
        <source>Zones of agreement on your terms</source>
        <translation>Parthau cytundeb ar eich amodau</translation>
    </message>
    <message>
        <source>Disagreements you are party to</source>
        <translation>Anghytundebau rydych chi’n rhan ohonynt</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Eich camau gweithredu</translation>
    </message>
    <message>
        <source>Where it meets others</source>
        <translation>Lle mae’n cwrdd ag eraill</translation>
    </message>
    <message>
        <source>No other partner has a position on this topic.</source>
        <translation>Nid oes gan unrhyw bartner arall safbwynt ar y pwnc hwn.</translation>
    </message>
    <message>
        <source>Two or more hard lines on this topic</source>
        <translation>Dwy neu ragor o linellau caled ar y pwnc hwn</translation>
    </message>
    <message>
        <source>Where things stand</source>
        <translation>Sut mae pethau’n sefyll</translation>
    </message>
    <message>
        <source>What is agreed, what is still open and who moves it next, the decisions waiting on CEOs and boards, and the actions due. The full record follows.</source>
        <translation>Beth sydd wedi’i gytuno, beth sy’n dal ar agor a phwy sy’n ei symud nesaf, y penderfyniadau sy’n aros am Brif Weithredwyr a byrddau, a’r camau gweithredu sy’n ddyledus. Mae’r cofnod llawn yn dilyn.</translation>
    </message>
    <message>
        <source>Shared values agreed</source>
        <translation>Gwerthoedd a rennir a gytunwyd</translation>
    </message>
    <message>
        <source>Ways of working agreed</source>
        <translation>Ffyrdd o weithio a gytunwyd</translation>
    </message>
    <message>
        <source>Disagreements resolved</source>
        <translation>Anghytundebau a ddatryswyd</translation>
    </message>
    <message>
        <source>Nothing is agreed yet.</source>
        <translation>Nid oes dim wedi’i gytuno eto.</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Yn dal ar agor</translation>
    </message>
    <message>
        <source>No disagreement is open.</source>
        <translation>Nid oes anghytundeb ar agor.</translation>
    </message>
    <message>
        <source>Decisions waiting on CEOs and boards</source>
        <translation>Penderfyniadau sy’n aros am Brif Weithredwyr a byrddau</translation>
    </message>
    <message>
        <source>Actions overdue and due soon</source>
        <translation>Camau gweithredu sy’n hwyr neu’n ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due within four weeks</source>
        <translation>Yn ddyledus o fewn pedair wythnos</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within four weeks; the next is due %1: %2</source>
        <translation>Nid oes dim yn hwyr nac yn ddyledus o fewn pedair wythnos; mae’r nesaf yn ddyledus %1: %2</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within four weeks; the open actions have no date.</source>
        <translation>Nid oes dim yn hwyr nac yn ddyledus o fewn pedair wythnos; nid oes dyddiad gan y camau gweithredu agored.</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Nid oes cam gweithredu ar agor.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Pwy gaiff ei weld</translation>
    </message>
    <message>
        <source>Where it stands on the route</source>
        <translation>Ble mae ar y llwybr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyledus</translation>
    </message>
    <message>
        <source>Decision by</source>
        <translation>Penderfyniad gan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Safbwynt</translation>
    </message>
    <message>
        <source>Your line</source>
        <translation>Eich llinell</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Beth sydd ar goll</translation>
    </message>
    <message>
        <source>Coverage of the agreement</source>
        <translation>Cwmpas y cytundeb</translation>
    </message>
    <message>
        <source>What is captured so far against the ingredients of a partnering agreement. %1 of %2 in place, %3 partly, %4 not started.</source>
        <translation>Yr hyn a gofnodwyd hyd yma yn erbyn elfennau cytundeb partneriaeth. %1 o %2 ar waith, %3 yn rhannol, %4 heb ddechrau.</translation>
    </message>
    <message>
        <source>%1 not relevant to a %2.</source>
        <translation>%1 ddim yn berthnasol i %2.</translation>
    </message>
    <message>
        <source>%1, %2 of them %3</source>
        <translation>%1, %2 ohonynt: %3</translation>
    </message>
    <message>
        <source>%1 open: %2 overdue, %3 due within four weeks, %4 due later, %5 with no date.</source>
        <translation>%1 ar agor: %2 yn hwyr, %3 yn ddyledus o fewn pedair wythnos, %4 yn ddyledus yn nes ymlaen, %5 heb ddyddiad.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Ers %1</translation>
    </message>
    <message>
        <source>What changed since “%1” ended on %2, as this pack’s readers may see it.</source>
        <translation>Beth sydd wedi newid ers i “%1” ddod i ben ar %2, fel y gall darllenwyr y pecyn hwn ei weld.</translation>
    </message>
    <message>
        <source>What changed since “%1” ended, as this pack’s readers may see it.</source>
        <translation>Beth sydd wedi newid ers i “%1” ddod i ben, fel y gall darllenwyr y pecyn hwn ei weld.</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>Nid oes dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <source>No meeting has ended yet, so there is nothing to compare with.</source>
        <translation>Nid oes cyfarfod wedi dod i ben eto, felly nid oes dim i’w gymharu ag ef.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Resolved or agreed</source>
        <translation>Wedi’u datrys neu eu cytuno</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <source>%1 removed (deleted: nothing of what they said is kept).</source>
        <translation>Tynnwyd %1 (dilëwyd: ni chedwir dim o’r hyn a ddywedwyd).</translation>
    </message>
    <message>
        <source>What is new or different, item by item, since issue %1 of this pack (%2).</source>
        <translation>Beth sy’n newydd neu’n wahanol, fesul eitem, ers cyhoeddiad %1 o’r pecyn hwn (%2).</translation>
    </message>
    <message>
        <source>%1 removed since then (deleted or no longer in this pack: no text is kept).</source>
        <translation>Tynnwyd %1 ers hynny (wedi’u dileu neu heb fod yn y pecyn hwn mwyach: ni chedwir unrhyw destun).</translation>
    </message>
    <message>
        <source>item</source>
        <translation>eitem</translation>
    </message>
    <message>
        <source>items</source>
        <translation>eitem</translation>
    </message>
    <message>
        <source>Balance of voices</source>
        <translation>Cydbwysedd lleisiau</translation>
    </message>
    <message>
        <source>Who had the floor and whose views were captured, from the turns you marked in meetings. For you alone: raise it with the partners if it helps.</source>
        <translation>Pwy gafodd y llawr a barn pwy a gofnodwyd, o’r troeon a nodwyd gennych mewn cyfarfodydd. I chi yn unig: codwch y mater gyda’r partneriaid os yw’n helpu.</translation>
    </message>
    <message>
        <source>No turns to speak were marked, so only the captured items are counted.</source>
        <translation>Ni nodwyd unrhyw droeon i siarad, felly dim ond yr eitemau a gofnodwyd a gyfrifir.</translation>
    </message>
    <message>
        <source>Share of talk time</source>
        <translation>Cyfran o’r amser siarad</translation>
    </message>
    <message>
        <source>Share of captured items</source>
        <translation>Cyfran o’r eitemau a gofnodwyd</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>No gaps stand out.</source>
        <translation>Nid oes bylchau amlwg.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>Where the deal is stuck</source>
        <translation>Lle mae’r fargen yn sownd</translation>
    </message>
    <message>
        <source>A deadlock is a set of partners’ hard lines on one term that cannot all hold. A red line was set by a CEO or board: moving it needs a mandate. A bottom line is the rep’s own: the people in the room could move it.</source>
        <translation>Sefyllfa ddiddatrys yw set o linellau caled partneriaid ar un amod na all pob un ohonynt ddal. Gosodwyd llinell goch gan Brif Weithredwr neu fwrdd: mae angen mandad i’w symud. Mae llinell waelod yn eiddo i’r cynrychiolydd ei hun: gallai’r bobl yn yr ystafell ei symud.</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Sefyllfaoedd diddatrys</translation>
    </message>
    <message>
        <source>No deadlock: every term’s hard lines can hold together.</source>
        <translation>Dim sefyllfa ddiddatrys: gall llinellau caled pob amod ddal gyda’i gilydd.</translation>
    </message>
    <message>
        <source>Deadlock on %1: %2 cannot both hold</source>
        <translation>Sefyllfa ddiddatrys ar %1: ni all %2 ddal gyda’i gilydd</translation>
    </message>
    <message>
        <source>Deadlock on %1: %2 cannot all hold</source>
        <translation>Sefyllfa ddiddatrys ar %1: ni all %2 i gyd ddal gyda’i gilydd</translation>
    </message>
    <message>
        <source>Deadlock on %1 — %2</source>
        <translation>Sefyllfa ddiddatrys ar %1 — %2</translation>
    </message>
    <message>
        <source>needs a mandate</source>
        <translation>angen mandad</translation>
    </message>
    <message>
        <source>movable by the people in the room</source>
        <translation>gall y bobl yn yr ystafell ei symud</translation>
    </message>
    <message>
        <source>%1’s %2 (%3)</source>
        <translation>%2 %1 (%3)</translation>
    </message>
    <message>
        <source>Zones of possible agreement</source>
        <translation>Parthau cytundeb posibl</translation>
    </message>
    <message>
        <source>Each partner’s acceptable range on a numeric term, drawn on one axis: the bar is what it accepts (an arrow: no limit that way), the diamond what it would prefer. A solid end is a red line, a dashed end a bottom line. Where every range meets, the zone of agreement is shaded; where they do not, the gap is hatched.</source>
        <translation>Ystod dderbyniol pob partner ar amod rhifol, wedi’i lluniadu ar un echelin: y bar yw’r hyn y mae’n ei dderbyn (saeth: dim terfyn i’r cyfeiriad hwnnw), y diemwnt yw’r hyn y byddai’n ei ffafrio. Llinell goch yw pen solet, llinell waelod yw pen toredig. Lle mae pob ystod yn cwrdd, mae parth y cytundeb wedi’i arlliwio; lle nad ydynt, mae’r bwlch wedi’i groeslinellu.</translation>
    </message>
    <message>
        <source>No numeric term has hard limits from two or more partners yet.</source>
        <translation>Nid oes gan unrhyw amod rhifol derfynau caled gan ddau bartner neu ragor eto.</translation>
    </message>
    <message>
        <source>The smallest moves that would open a zone:</source>
        <translation>Y symudiadau lleiaf a fyddai’n agor parth:</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>parth</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>bwlch</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>a ffefrir</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <source>Shared values</source>
        <translation>Gwerthoedd a rennir</translation>
    </message>
    <message>
        <source>Alignment with each value</source>
        <translation>Cydweddiad â phob gwerth</translation>
    </message>
    <message>
        <source>How aligned each partner is with each value, from 1 (not at all) to 5 (fully). A red outline marks a partner two or more points away from the others: worth a conversation.</source>
        <translation>I ba raddau y mae pob partner yn cydweddu â phob gwerth, o 1 (dim o gwbl) i 5 (yn llawn). Mae amlinell goch yn nodi partner sydd ddau bwynt neu ragor i ffwrdd o’r lleill: gwerth sgwrs.</translation>
    </message>
    <message>
        <source>%1 a note below the grid.</source>
        <translation>%1 nodyn o dan y grid.</translation>
    </message>
    <message>
        <source>Notes on alignment</source>
        <translation>Nodiadau ar gydweddiad</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Beth mae’n ei olygu</translation>
    </message>
    <message>
        <source>Where each partner stands</source>
        <translation>Safbwynt pob partner</translation>
    </message>
    <message>
        <source>Red line: ruled out by the board or CEO; the rep cannot move it. Bottom line: a limit the rep set and could revisit after consulting. Preference and open: room to compromise.</source>
        <translation>Llinell goch: wedi’i gwrthod gan y bwrdd neu’r Prif Weithredwr; ni all y cynrychiolydd ei symud. Llinell waelod: terfyn a osododd y cynrychiolydd ac y gallai ei ailystyried ar ôl ymgynghori. Dewis ac agored: lle i gyfaddawdu.</translation>
    </message>
    <message>
        <source>No positions recorded.</source>
        <translation>Dim safbwyntiau wedi’u cofnodi.</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Safiad</translation>
    </message>
    <message>
        <source>Position and reasoning</source>
        <translation>Safbwynt a rhesymeg</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>Pwy sy’n berchen arno</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Ystod</translation>
    </message>
    <message>
        <source>Needs %1
decision</source>
        <translation>Angen penderfyniad:
%1</translation>
    </message>
    <message>
        <source>What %1 brings</source>
        <translation>Yr hyn y mae %1 yn ei gyfrannu</translation>
    </message>
    <message>
        <source>What the partners bring</source>
        <translation>Yr hyn y mae’r partneriaid yn ei gyfrannu</translation>
    </message>
    <message>
        <source>✔ brings this, with no value given. Each partner’s own list, above, says what.</source>
        <translation>✔ yn cyfrannu hyn, heb roi gwerth. Mae rhestr pob partner ei hun, uchod, yn dweud beth.</translation>
    </message>
    <message>
        <source>Points that need a CEO or board decision</source>
        <translation>Pwyntiau sydd angen penderfyniad gan Brif Weithredwr neu fwrdd</translation>
    </message>
    <message>
        <source>The negotiation space</source>
        <translation>Y gofod negodi</translation>
    </message>
    <message>
        <source>Each partner’s stance on each topic. Under a topic where two or more partners hold a red or bottom line, a line says so, and names the deadlock where their lines truly cannot all hold.</source>
        <translation>Safiad pob partner ar bob pwnc. O dan bwnc lle mae gan ddau bartner neu ragor linell goch neu waelod, mae llinell yn dweud hynny, ac yn enwi’r sefyllfa ddiddatrys lle na all eu llinellau i gyd ddal mewn gwirionedd.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Dim pwnc</translation>
    </message>
    <message>
        <source>Disagreement register</source>
        <translation>Cofrestr anghytundebau</translation>
    </message>
    <message>
        <source>Each disagreement, where it stands on the agreed resolution route (%1), who owns it and when it is reviewed.</source>
        <translation>Pob anghytundeb, ble mae ar y llwybr datrys a gytunwyd (%1), pwy sy’n berchen arno a phryd y caiff ei adolygu.</translation>
    </message>
    <message>
        <source>No disagreements recorded.</source>
        <translation>Dim anghytundebau wedi’u cofnodi.</translation>
    </message>
    <message>
        <source>Each side’s view</source>
        <translation>Barn pob ochr</translation>
    </message>
    <message>
        <source>What could go wrong for the partnership, how likely it is and how much it would matter, each from 1 to 5. Each numbered circle is a risk in the register below, placed by its likelihood (across) and impact (up); the figure in each square is its score.</source>
        <translation>Beth allai fynd o’i le i’r bartneriaeth, pa mor debygol ydyw a pha mor bwysig fyddai hynny, pob un o 1 i 5. Mae pob cylch â rhif yn risg yn y gofrestr isod, wedi’i osod yn ôl ei debygolrwydd (ar draws) a’i effaith (i fyny); y ffigur ym mhob sgwâr yw ei sgôr.</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Dim risgiau wedi’u cofnodi.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Cofrestr risgiau</translation>
    </message>
    <message>
        <source>Fair-practice commitments</source>
        <translation>Ymrwymiadau arfer teg</translation>
    </message>
    <message>
        <source>Blank: not yet answered.</source>
        <translation>Gwag: heb ei ateb eto.</translation>
    </message>
    <message>
        <source>%1 a note below.</source>
        <translation>%1 nodyn isod.</translation>
    </message>
    <message>
        <source>Notes on commitments</source>
        <translation>Nodiadau ar ymrwymiadau</translation>
    </message>
    <message>
        <source>Impact on communities</source>
        <translation>Effaith ar gymunedau</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Effaith ddisgwyliedig</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <source>Meetings and attendees</source>
        <translation>Cyfarfodydd a mynychwyr</translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation>Dim cyfarfodydd wedi’u cofnodi.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>(%1 min)</source>
        <translation>(%1 mun)</translation>
    </message>
    <message>
        <source>Facilitator’s note (private)</source>
        <translation>Nodyn yr hwylusydd (preifat)</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Mynychwr</translation>
    </message>
    <message>
        <source>People and named contacts</source>
        <translation>Pobl a chysylltiadau penodol</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Nodiadau’r hwylusydd</translation>
    </message>
    <message>
        <source>By signing, each partner confirms this summary is a fair record of the foundations agreed so far.</source>
        <translation>Drwy lofnodi, mae pob partner yn cadarnhau bod y crynodeb hwn yn gofnod teg o’r sylfeini a gytunwyd hyd yma.</translation>
    </message>
    <message>
        <source>By signing, %1 confirms this summary is a fair record of the foundations agreed so far. Each partner signs its own pack.</source>
        <translation>Drwy lofnodi, mae %1 yn cadarnhau bod y crynodeb hwn yn gofnod teg o’r sylfeini a gytunwyd hyd yma. Mae pob partner yn llofnodi ei becyn ei hun.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>%1 (of issue %2)</source>
        <translation>%1 (o gyhoeddiad %2)</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Confidential to the partner in its column</source>
        <translation>Yn gyfrinachol i’r partner yn ei golofn</translation>
    </message>
</context>
</TS>
