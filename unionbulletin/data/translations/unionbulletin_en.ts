<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+23"/>
        <source>About Union bulletin</source>
        <translation>About Union bulletin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union bulletin</source>
        <translation>Union bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly work bulletins in the official layout (GB/T 9704).</source>
        <translation>Monthly work bulletins in the official layout (GB/T 9704).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data file:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts in use:</source>
        <translation>Fonts in use:</translation>
    </message>
</context>
<context>
    <name>AddressBookEditor</name>
    <message>
        <location filename="../../ui/dialogs/address_book_editor.py" line="+87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members (separated by 、)</source>
        <translation>Members (separated by 、)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient groups (for 报/送/发)</source>
        <translation>Recipient groups (for 报/送/发)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="+158"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program was closed with unsaved changes (written %1).</source>
        <translation>The program was closed with unsaved changes (written %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” will be shown with the recovered text as an unsaved change; you can still undo it.</source>
        <translation>“%1” will be shown with the recovered text as an unsaved change; you can still undo it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data file in use</source>
        <translation>Data file in use</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the data file</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Union bulletin</source>
        <translation>Union bulletin</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Data folder is read-only</source>
        <translation>Data folder is read-only</translation>
    </message>
</context>
<context>
    <name>ArchiveMenu</name>
    <message>
        <location filename="../../ui/flows/archive_menu.py" line="+44"/>
        <source>History of outputs…</source>
        <translation>History of outputs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compile %1 into a PDF…</source>
        <translation>Compile %1 into a PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 compilation %2.pdf</source>
        <translation>%1 compilation %2.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compile %1</source>
        <translation>Compile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Compiling</source>
        <translation>Compiling</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compiled %1 bulletins (%2 pages) into %3</source>
        <translation>Compiled %1 bulletins (%2 pages) into %3</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Compilation failed</source>
        <translation>Compilation failed</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../controller/jobs.py" line="+89"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>BulletinDocument</name>
    <message>
        <location filename="../../controller/document.py" line="+183"/>
        <location line="+18"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit summary title</source>
        <translation>Edit summary title</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit plan title</source>
        <translation>Edit plan title</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add plan section</source>
        <translation>Add plan section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove plan section</source>
        <translation>Remove plan section</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit lead sentence</source>
        <translation>Edit lead sentence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit item text</source>
        <translation>Edit item text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate item</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move item</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit sub-point</source>
        <translation>Edit sub-point</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add sub-point</source>
        <translation>Add sub-point</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete sub-point</source>
        <translation>Delete sub-point</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move sub-point</source>
        <translation>Move sub-point</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move task</source>
        <translation>Move task</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>issuing organisation</source>
        <translation>issuing organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series name</source>
        <translation>series name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue number</source>
        <translation>issue number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running number</source>
        <translation>running number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date</source>
        <translation>issue date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported month</source>
        <translation>reported month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report to</source>
        <translation>report to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy to</source>
        <translation>copy to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send to</source>
        <translation>send to</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/dialogs/collect_dialog.py" line="+23"/>
        <source>Merge returned forms</source>
        <translation>Merge returned forms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ %1 — not merged</source>
        <translation>✗ %1 — not merged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new in this form.</source>
        <translation>Nothing new in this form.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These changes will be made to the open issue and to the task statuses of last month&apos;s issue. They can be undone in one step (Ctrl+Z).</source>
        <translation>These changes will be made to the open issue and to the task statuses of last month&apos;s issue. They can be undone in one step (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing will change.</source>
        <translation>Nothing will change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>CollectForms</name>
    <message>
        <location filename="../../controller/collect_merge.py" line="+61"/>
        <source>Merge returned forms</source>
        <translation>Merge returned forms</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_field.py" line="+53"/>
        <source>e.g. 2020年9月1日; empty: no date printed</source>
        <translation>e.g. 2020年9月1日; empty: no date printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date as you like: 2020年9月1日, 2020-9-1, 2020.9.1, 9月1日 or 20200901</source>
        <translation>Type the date as you like: 2020年9月1日, 2020-9-1, 2020.9.1, 9月1日 or 20200901</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date on a calendar</source>
        <translation>Choose the date on a calendar</translation>
    </message>
</context>
<context>
    <name>EmailExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/email_export_dialog.py" line="+36"/>
        <source>Export for e-mail</source>
        <translation>Export for e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also write the PDF</source>
        <translation>Also write the PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder opens afterwards, ready to attach the files to an e-mail.</source>
        <translation>The folder opens afterwards, ready to attach the files to an e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the e-mail files</source>
        <translation>Folder for the e-mail files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (replaces the existing file)</source>
        <translation> (replaces the existing file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../ui/flows/export_flow.py" line="+56"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FollowupFlow</name>
    <message>
        <location filename="../../ui/flows/followup_flow.py" line="+50"/>
        <source>Task &amp;ledger…</source>
        <translation>Task &amp;ledger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task of every plan, followed through the months</source>
        <translation>Every task of every plan, followed through the months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request forms for departments…</source>
        <translation>&amp;Request forms for departments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Word form per department for this issue&apos;s plan</source>
        <translation>Write one Word form per department for this issue&apos;s plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge returned forms…</source>
        <translation>&amp;Merge returned forms…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the filled-in forms into this issue</source>
        <translation>Read the filled-in forms into this issue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow-up</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Task ledger not exported</source>
        <translation>Task ledger not exported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the request forms</source>
        <translation>Folder for the request forms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request forms not written</source>
        <translation>Request forms not written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request forms written to %2</source>
        <translation>%1 request forms written to %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Returned request forms</source>
        <translation>Returned request forms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Returned forms merged; Ctrl+Z undoes the merge.</source>
        <translation>Returned forms merged; Ctrl+Z undoes the merge.</translation>
    </message>
</context>
<context>
    <name>FontSettings</name>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="+42"/>
        <source>Font files (*.ttf *.ttc *.otf *.otc);;All files (*)</source>
        <translation>Font files (*.ttf *.ttc *.otf *.otc);;All files (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+112"/>
        <source>Official face</source>
        <translation>Official face</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>File used</source>
        <translation>File used</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the official face if installed, else the bundled font</source>
        <translation>Use the official face if installed, else the bundled font</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Font names written into the DOCX</source>
        <translation>Font names written into the DOCX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB2312 names</source>
        <translation>GB2312 names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows built-in names</source>
        <translation>Windows built-in names</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Word or WPS on the receiving computer shows the document in these faces if it has them.</source>
        <translation>Word or WPS on the receiving computer shows the document in these faces if it has them.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Font file for %1</source>
        <translation>Font file for %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chosen file %1 cannot be used.</source>
        <translation>The chosen file %1 cannot be used.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 roles use a stand-in for the official face: the pages keep their layout, but the printed faces differ from the official ones.</source>
        <translation>%1 of %2 roles use a stand-in for the official face: the pages keep their layout, but the printed faces differ from the official ones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every role uses its official face.</source>
        <translation>Every role uses its official face.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guide_dialog.py" line="+23"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="+59"/>
        <source>History of outputs — %1</source>
        <translation>History of outputs — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or printer</source>
        <translation>File or printer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected snapshot&apos;s text back into the bulletin (Edit → Undo takes it back)</source>
        <translation>Put the selected snapshot&apos;s text back into the bulletin (Edit → Undo takes it back)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing printed or exported yet: a snapshot is kept at every print and every PDF or Word export.</source>
        <translation>Nothing printed or exported yet: a snapshot is kept at every print and every PDF or Word export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes from snapshot %1 to snapshot %2 (inserted: underlined, deleted: struck through)</source>
        <translation>Changes from snapshot %1 to snapshot %2 (inserted: underlined, deleted: struck through)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bulletin has been deleted; snapshot %1 is kept.</source>
        <translation>The bulletin has been deleted; snapshot %1 is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes from snapshot %1 (%2) to the current text (inserted: underlined, deleted: struck through)</source>
        <translation>Changes from snapshot %1 (%2) to the current text (inserted: underlined, deleted: struck through)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore snapshot %1</source>
        <translation>Restore snapshot %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="+49"/>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognised %1 items and %2 tasks. Check them before saving.</source>
        <translation>Recognised %1 items and %2 tasks. Check them before saving.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Masthead &amp;&amp; distribution</source>
        <translation>Masthead &amp;&amp; distribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items (%1)</source>
        <translation>Items (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as a new issue</source>
        <translation>Save as a new issue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary title:</source>
        <translation>Summary title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month reported:</source>
        <translation>Month reported:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue number:</source>
        <translation>Issue number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title:</source>
        <translation>Plan title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to (报):</source>
        <translation>Report to (报):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送):</source>
        <translation>Copy to (送):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发):</source>
        <translation>Send to (发):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> [%1 sub-points]</source>
        <translation> [%1 sub-points]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/flows/import_flow.py" line="+53"/>
        <source>Import a bulletin</source>
        <translation>Import a bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulletins (*.txt *.docx *.json);;Text (*.txt);;Word document (*.docx);;Exchange JSON (*.json);;All files (*)</source>
        <translation>Bulletins (*.txt *.docx *.json);;Text (*.txt);;Word document (*.docx);;Exchange JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The data file already holds an issue for this month (“%1”); the import is added as another issue.</source>
        <translation>The data file already holds an issue for this month (“%1”); the import is added as another issue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported as a new issue.</source>
        <translation>Imported as a new issue.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cannot import %1</source>
        <translation>Cannot import %1</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/editors/item_editor.py" line="+56"/>
        <source>Leave empty to use the generated title</source>
        <translation>Leave empty to use the generated title</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item at the end</source>
        <translation>Add an item at the end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert item</source>
        <translation>Insert item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert an item before the selected one</source>
        <translation>Insert an item before the selected one</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate item</source>
        <translation>Duplicate item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected item</source>
        <translation>Copy the selected item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (undoable)</source>
        <translation>Delete the selected item (undoable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lead sentence, e.g. 开展“送清凉、送健康”活动。</source>
        <translation>Lead sentence, e.g. 开展“送清凉、送健康”活动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text of the item (one paragraph per line)</source>
        <translation>Body text of the item (one paragraph per line)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead sentence</source>
        <translation>Lead sentence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Lead sentence %1 characters · body %2 characters</source>
        <translation>Lead sentence %1 characters · body %2 characters</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../controller/item_model.py" line="+65"/>
        <source>(no lead sentence)</source>
        <translation>(no lead sentence)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../ui/flows/background.py" line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../controller/ledger_model.py" line="+53"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First planned</source>
        <translation>First planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last planned</source>
        <translation>Last planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months carried</source>
        <translation>Months carried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported done in</source>
        <translation>Reported done in</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Overdue: the deadline has passed and the task is not done.</source>
        <translation>Overdue: the deadline has passed and the task is not done.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <location filename="../../ui/dialogs/ledger_view.py" line="+50"/>
        <source>Task ledger</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue tasks come first, in red. Double-click a task to open its bulletin.</source>
        <translation>Overdue tasks come first, in red. Double-click a task to open its bulletin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 tasks, %2 overdue</source>
        <translation>%1 tasks, %2 overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the task ledger</source>
        <translation>Export the task ledger</translation>
    </message>
</context>
<context>
    <name>LetterheadOption</name>
    <message>
        <location filename="../../ui/flows/letterhead.py" line="+23"/>
        <source>Print on pre-printed &amp;letterhead (no masthead, no red rule)</source>
        <translation>Print on pre-printed &amp;letterhead (no masthead, no red rule)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For paper with the red masthead already printed: printing and the PDF leave out the masthead name and the red rule; everything else stays in place</source>
        <translation>For paper with the red masthead already printed: printing and the PDF leave out the masthead name and the red rule; everything else stays in place</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../controller/library_model.py" line="+111"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Issued: %2
%3 items, %4 tasks</source>
        <translation>%1
Issued: %2
%3 items, %4 tasks</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/window/library_panel.py" line="+36"/>
        <source>Search all bulletins…</source>
        <translation>Search all bulletins…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new issue (Ctrl+N)</source>
        <translation>Start a new issue (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected bulletin as a new one</source>
        <translation>Copy the selected bulletin as a new one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected bulletin</source>
        <translation>Delete the selected bulletin</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete bulletin</source>
        <translation>Delete bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”?

You can bring it back with Edit → Undo delete.</source>
        <translation>Delete “%1”?

You can bring it back with Edit → Undo delete.</translation>
    </message>
</context>
<context>
    <name>LimitNotice</name>
    <message>
        <location filename="../../ui/editors/limit_notice.py" line="+16"/>
        <source>Limit reached</source>
        <translation>Limit reached</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+90"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead &amp;&amp; distribution</source>
        <translation>Masthead &amp;&amp; distribution</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Union bulletin</source>
        <translation>Union bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Unsaved</source>
        <translation>● Unsaved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bulletin is open. Create one with File → New issue.</source>
        <translation>No bulletin is open. Create one with File → New issue.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview could not be laid out: %1</source>
        <translation>The preview could not be laid out: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted “%1”. Edit → Undo delete brings it back.</source>
        <translation>Deleted “%1”. Edit → Undo delete brings it back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Go to the &amp;summary</source>
        <translation>Go to the &amp;summary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the p&amp;lan</source>
        <translation>Go to the p&amp;lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the &amp;masthead</source>
        <translation>Go to the &amp;masthead</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>The preview shows the printed pages and cannot be edited: write in the editor on the left (click a paragraph of the preview to go to it).</source>
        <translation>The preview shows the printed pages and cannot be edited: write in the editor on the left (click a paragraph of the preview to go to it).</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../ui/editors/metadata_form.py" line="+54"/>
        <source>e.g. 工会要情摘报</source>
        <translation>e.g. 工会要情摘报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 荆州市总工会</source>
        <translation>e.g. 荆州市总工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series name</source>
        <translation>Series name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing organisation</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no number</source>
        <translation>no number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no running number</source>
        <translation>no running number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running number since the first issue (optional)</source>
        <translation>Running number since the first issue (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue number</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reported month</source>
        <translation>Reported month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report to (报)</source>
        <translation>Report to (报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送)</source>
        <translation>Copy to (送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发)</source>
        <translation>Send to (发)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipients separated by 、</source>
        <translation>Recipients separated by 、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the members of a recipient group</source>
        <translation>Insert the members of a recipient group</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not printed</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies printed</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No recipient groups in the address book</source>
        <translation>No recipient groups in the address book</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_issue_dialog.py" line="+69"/>
        <source>New issue from last month</source>
        <translation>New issue from last month</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last month&apos;s issue has no plan: the new issue starts empty.</source>
        <translation>Last month&apos;s issue has no plan: the new issue starts empty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the new issue</source>
        <translation>Create the new issue</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no issue number</source>
        <translation>no issue number</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The newest bulletin is chosen; choose another if needed</source>
        <translation>The newest bulletin is chosen; choose another if needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each task of that month&apos;s plan, say what became of it. Done or under way: it becomes an item of the new summary, marked “%1” until you write what was done. Not finished: it goes into the new plan again. Not said: it is left out.</source>
        <translation>For each task of that month&apos;s plan, say what became of it. Done or under way: it becomes an item of the new summary, marked “%1” until you write what was done. Not finished: it goes into the new plan again. Not said: it is left out.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What became of it</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the new issue</source>
        <translation>In the new issue</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished: carry on next month</source>
        <translation>Not finished: carry on next month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said / not done: leave out</source>
        <translation>Not said / not done: leave out</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An item of the summary, to be written</source>
        <translation>An item of the summary, to be written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task of the new plan</source>
        <translation>A task of the new plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New issue: %1 %2, %3, dated %4; %5 items to write, %6 tasks carried into the plan.</source>
        <translation>New issue: %1 %2, %3, dated %4; %5 items to write, %6 tasks carried into the plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file already holds an issue for %1 (“%2”); another one will be added.</source>
        <translation>The data file already holds an issue for %1 (“%2”); another one will be added.</translation>
    </message>
</context>
<context>
    <name>NewNamesBar</name>
    <message>
        <location filename="../../ui/editors/task_table.py" line="+144"/>
        <source>Add to address book</source>
        <translation>Add to address book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not in the address book: %1</source>
        <translation>Not in the address book: %1</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../ui/flows/output_check.py" line="+32"/>
        <source>Continue anyway</source>
        <translation>Continue anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings</source>
        <translation>Show the findings</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proofread before printing and exporting</source>
        <translation>Proofread before printing and exporting</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Proofreading found %n error(s) in this issue:</source>
        <translation>
            <numerusform>Proofreading found %n error(s) in this issue:</numerusform>
            <numerusform>Proofreading found %n error(s) in this issue:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 anyway?</source>
        <translation>%1 anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors before output</source>
        <translation>Errors before output</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../ui/window/preview_view.py" line="+64"/>
        <source>Laying out…</source>
        <translation>Laying out…</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <location filename="../../ui/flows/print_flow.py" line="+122"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 pages sent to %2.</source>
        <translation>%1 pages sent to %2.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Print on letterhead paper (no masthead name, no red rule)</source>
        <translation>Print on letterhead paper (no masthead name, no red rule)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../render/qt_print.py" line="+239"/>
        <source>The printer “%1” could not be started.</source>
        <translation>The printer “%1” could not be started.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer stopped accepting pages.</source>
        <translation>The printer stopped accepting pages.</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../../ui/proofreading/proofread_panel.py" line="+54"/>
        <source>No problems found</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Fix</source>
        <translation>&amp;Fix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the suggested correction (undoable)</source>
        <translation>Apply the suggested correction (undoable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>Fix &amp;all</source>
        <translation>Fix &amp;all</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Apply every suggested correction as one undoable step</source>
        <translation>Apply every suggested correction as one undoable step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not report this problem again for this issue</source>
        <translation>Do not report this problem again for this issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ignored</source>
        <translation>Show ignored</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+211"/>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The command `unionbulletin fonts` lists the fonts used.</source>
        <translation>The command `unionbulletin fonts` lists the fonts used.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Proofreading</source>
        <translation>Proofreading</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Proofreading (F7 shows the list)</source>
        <translation>Proofreading (F7 shows the list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proofreading: </source>
        <translation>Proofreading: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Proofreading panel</source>
        <translation>&amp;Proofreading panel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Proofread</source>
        <translation>&amp;Proofread</translation>
    </message>
    <message numerus="yes">
        <location line="-125"/>
        <source>%n font role(s) use a stand-in for the official face: the pages keep their layout, the printed faces differ (Settings → Fonts)</source>
        <translation>
            <numerusform>%n font role(s) use a stand-in for the official face: the pages keep their layout, the printed faces differ (Settings → Fonts)</numerusform>
            <numerusform>%n font role(s) use a stand-in for the official face: the pages keep their layout, the printed faces differ (Settings → Fonts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Fold the list (F7)</source>
        <translation>Fold the list (F7)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the list (F7)</source>
        <translation>Show the list (F7)</translation>
    </message>
</context>
<context>
    <name>Proofreader</name>
    <message>
        <location filename="../../controller/proofread.py" line="+210"/>
        <source>Proofreading: %1</source>
        <translation>Proofreading: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Proofreading: fix %n problem(s)</source>
        <translation>
            <numerusform>Proofreading: fix %n problem(s)</numerusform>
            <numerusform>Proofreading: fix %n problem(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/window/read_only_banner.py" line="+19"/>
        <source>The data file is in use by another window and was opened read-only; changes will not be saved.</source>
        <translation>The data file is in use by another window and was opened read-only; changes will not be saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../ui/flows/rescue.py" line="+27"/>
        <location line="+71"/>
        <source>Save elsewhere…</source>
        <translation>Save elsewhere…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Neither the data file nor the recovery file can be written: save the open bulletin as an exchange file (.json) elsewhere</source>
        <translation>Neither the data file nor the recovery file can be written: save the open bulletin as an exchange file (.json) elsewhere</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the open bulletin elsewhere</source>
        <translation>Save the open bulletin elsewhere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange file (*.json)</source>
        <translation>Exchange file (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save elsewhere</source>
        <translation>Save elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1. Import it later with File → Import.</source>
        <translation>Saved to %1. Import it later with File → Import.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes could not be saved to the data file.

They are kept in the recovery file %1 and will be offered at the next start. Quit anyway?</source>
        <translation>The changes could not be saved to the data file.

They are kept in the recovery file %1 and will be offered at the next start. Quit anyway?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes will be lost</source>
        <translation>Unsaved changes will be lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes could not be saved to the data file, and the recovery file %1 could not be written either (%2).

If you quit now they are lost. Save them elsewhere as an exchange file (.json) that can be imported later?</source>
        <translation>The changes could not be saved to the data file, and the recovery file %1 could not be written either (%2).

If you quit now they are lost. Save them elsewhere as an exchange file (.json) that can be imported later?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit without saving</source>
        <translation>Quit without saving</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../controller/session.py" line="+107"/>
        <source>Bulletin %1 does not exist.</source>
        <translation>Bulletin %1 does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bulletin %1 is not opened: %2 Delete it in the list of bulletins (or with “unionbulletin delete %1”); “unionbulletin show %1” prints its text.</source>
        <translation>Bulletin %1 is not opened: %2 Delete it in the list of bulletins (or with “unionbulletin delete %1”); “unionbulletin show %1” prints its text.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Last month&apos;s issue is no longer in the data file.</source>
        <translation>Last month&apos;s issue is no longer in the data file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data file is open read-only; nothing can be added.</source>
        <translation>The data file is open read-only; nothing can be added.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The data file is open read-only; nothing can be deleted.</source>
        <translation>The data file is open read-only; nothing can be deleted.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The data file is open read-only; changes cannot be saved.</source>
        <translation>The data file is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not write the recovery file %1: %2</source>
        <translation>Could not write the recovery file %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> Your changes are still in the window.</source>
        <translation> Your changes are still in the window.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="+54"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout &amp;&amp; interface</source>
        <translation>Layout &amp;&amp; interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file is open read-only: settings cannot be saved.</source>
        <translation>The data file is open read-only: settings cannot be saved.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Issuing organisation:</source>
        <translation>Issuing organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series name (masthead):</source>
        <translation>Series name (masthead):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue number format:</source>
        <translation>Issue number format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults of a new issue (several names separated by 、):</source>
        <translation>Defaults of a new issue (several names separated by 、):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to (报):</source>
        <translation>Report to (报):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送):</source>
        <translation>Copy to (送):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发):</source>
        <translation>Send to (发):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan section</source>
        <translation>Plan section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task blocks (as in the samples)</source>
        <translation>Task blocks (as in the samples)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bordered table</source>
        <translation>Bordered table</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hanging punctuation (a closing mark may stand in the margin instead of pulling a character down)</source>
        <translation>Hanging punctuation (a closing mark may stand in the margin instead of pulling a character down)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applies the next time the program starts.</source>
        <translation>Applies the next time the program starts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Example: %1   ({n} number, {year} year, {total} running total)</source>
        <translation>Example: %1   ({n} number, {year} year, {total} running total)</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../ui/flows/snapshot_hooks.py" line="+43"/>
        <source>Output done, but no snapshot was kept: %1</source>
        <translation>Output done, but no snapshot was kept: %1</translation>
    </message>
</context>
<context>
    <name>SubPointEditor</name>
    <message>
        <location filename="../../ui/editors/subpoint_editor.py" line="+50"/>
        <source>Add sub-point</source>
        <translation>Add sub-point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a sub-point （一） after the selected one</source>
        <translation>Add a sub-point （一） after the selected one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete sub-point</source>
        <translation>Delete sub-point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected sub-point (undoable)</source>
        <translation>Delete the selected sub-point (undoable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected sub-point up</source>
        <translation>Move the selected sub-point up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected sub-point down</source>
        <translation>Move the selected sub-point down</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead sentence of the sub-point</source>
        <translation>Lead sentence of the sub-point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text of the sub-point</source>
        <translation>Body text of the sub-point</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sub-points</source>
        <translation>Sub-points</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 sub-points · lead sentence %2 · body %3 characters</source>
        <translation>%1 sub-points · lead sentence %2 · body %3 characters</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>(no lead sentence yet)</source>
        <translation>(no lead sentence yet)</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../ui/editors/task_table.py" line="-85"/>
        <source>Several names separated by 、</source>
        <translation>Several names separated by 、</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month or date</source>
        <translation>Month or date</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location line="+89"/>
        <source>This issue has a plan section</source>
        <translation>This issue has a plan section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to use the generated title</source>
        <translation>Leave empty to use the generated title</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert task</source>
        <translation>Insert task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../controller/task_model.py" line="+39"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+16"/>
        <source>&amp;New issue</source>
        <translation>&amp;New issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new issue</source>
        <translation>Start a new issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save now</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate issue</source>
        <translation>D&amp;uplicate issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this issue as a new one</source>
        <translation>Copy this issue as a new one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete issue…</source>
        <translation>&amp;Delete issue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this issue</source>
        <translation>Delete this issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;delete</source>
        <translation>Undo &amp;delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring back the deleted issue</source>
        <translation>Bring back the deleted issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../controller/file_menu_steps.py" line="+49"/>
        <source>The data file is open read-only; settings cannot be saved.</source>
        <translation>The data file is open read-only; settings cannot be saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_flows.py" line="+160"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New issue created from last month.</source>
        <translation>New issue created from last month.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interface language changes at the next start.</source>
        <translation>The interface language changes at the next start.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open data file</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (*.json);;All files (*)</source>
        <translation>Data files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This data file is already open.</source>
        <translation>This data file is already open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Cannot open the data file</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new window could not be started for %1.</source>
        <translation>A new window could not be started for %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 opens in a new window.</source>
        <translation>%1 opens in a new window.</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location line="-261"/>
        <source>New issue from &amp;last month…</source>
        <translation>New issue from &amp;last month…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start next month&apos;s issue from this one, with its plan as a checklist</source>
        <translation>Start next month&apos;s issue from this one, with its plan as a checklist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data file…</source>
        <translation>&amp;Open data file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another data file (a shared drive, a USB stick) in a new window</source>
        <translation>Open another data file (a shared drive, a USB stick) in a new window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bulletin from a .txt, .docx or exchange .json file</source>
        <translation>Import a bulletin from a .txt, .docx or exchange .json file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the bulletin as PDF</source>
        <translation>Write the bulletin as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the bulletin as a Word document</source>
        <translation>Write the bulletin as a Word document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for e-&amp;mail…</source>
        <translation>Export for e-&amp;mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the DOCX (and the PDF) with the usual file name and open the folder</source>
        <translation>Write the DOCX (and the PDF) with the usual file name and open the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the printed pages</source>
        <translation>See the printed pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the bulletin</source>
        <translation>Print the bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation defaults, fonts, layout, address book, language</source>
        <translation>Organisation defaults, fonts, layout, address book, language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in all bulletins</source>
        <translation>&amp;Find in all bulletins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the text of every bulletin</source>
        <translation>Search the text of every bulletin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, data file and fonts</source>
        <translation>Version, data file and fonts</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to write, print and export</source>
        <translation>How to write, print and export</translation>
    </message>
</context>
<context>
    <name>_Table</name>
    <message>
        <location filename="../../ui/dialogs/address_book_editor.py" line="-73"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
