<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaTimer</name>
    <message numerus="yes">
        <source>%1 over the %n minute(s) planned</source>
        <translation>
            <numerusform>%1 over the %n minute planned</numerusform><numerusform>%1 over the %n minutes planned</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingsStage</name>
    <message numerus="yes">
        <source>Now: &lt;b&gt;%1&lt;/b&gt; (%n minute(s) planned)</source>
        <translation>
            <numerusform>Now: &lt;b&gt;%1&lt;/b&gt; (%n minute planned)</numerusform><numerusform>Now: &lt;b&gt;%1&lt;/b&gt; (%n minutes planned)</numerusform></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform><numerusform>%n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform><numerusform>%n positions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform><numerusform>%n ratings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n disagreement</numerusform><numerusform>%n disagreements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) in disagreements</source>
        <translation>
            <numerusform>%n view in disagreements</numerusform><numerusform>%n views in disagreements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform><numerusform>%n clauses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform><numerusform>%n commitments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fair-practice answer(s)</source>
        <translation>
            <numerusform>%n fair-practice answer</numerusform><numerusform>%n fair-practice answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n impact</numerusform><numerusform>%n impacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform><numerusform>%n attendance records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform><numerusform>%n agenda items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform><numerusform>%n risks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform><numerusform>%n contributions</numerusform></translation>
    </message>
</context>
</TS>