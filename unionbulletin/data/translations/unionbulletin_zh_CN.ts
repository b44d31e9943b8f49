<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+23"/>
        <source>About Union bulletin</source>
        <translation>关于工会工作简报</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>official</source>
        <translation>官方字体</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union bulletin</source>
        <translation>工会工作简报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly work bulletins in the official layout (GB/T 9704).</source>
        <translation>按公文格式（GB/T 9704）编排每月工作简报。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts in use:</source>
        <translation>使用的字体：</translation>
    </message>
</context>
<context>
    <name>AddressBookEditor</name>
    <message>
        <location filename="../../ui/dialogs/address_book_editor.py" line="+87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department</source>
        <translation>部室</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members (separated by 、)</source>
        <translation>成员（用“、”分隔）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leaders</source>
        <translation>领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>部室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient groups (for 报/送/发)</source>
        <translation>收文分组（用于报、送、发）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="+158"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program was closed with unsaved changes (written %1).</source>
        <translation>程序上次关闭时有未保存的修改（记录于 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” will be shown with the recovered text as an unsaved change; you can still undo it.</source>
        <translation>将打开《%1》并显示恢复的内容，作为尚未保存的修改；仍可撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data file in use</source>
        <translation>数据文件正在使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the data file</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Union bulletin</source>
        <translation>工会工作简报</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Data folder is read-only</source>
        <translation>数据文件夹不可写入</translation>
    </message>
</context>
<context>
    <name>ArchiveMenu</name>
    <message>
        <location filename="../../ui/flows/archive_menu.py" line="+44"/>
        <source>History of outputs…</source>
        <translation>留底记录…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compile %1 into a PDF…</source>
        <translation>生成 %1 年度汇编 PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 compilation %2.pdf</source>
        <translation>%1%2年度汇编.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compile %1</source>
        <translation>生成 %1 年度汇编</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Compiling</source>
        <translation>正在生成汇编</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compiled %1 bulletins (%2 pages) into %3</source>
        <translation>已将 %1 期简报（共 %2 页）汇编为 %3</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Compilation failed</source>
        <translation>生成汇编失败</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../controller/jobs.py" line="+89"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>BulletinDocument</name>
    <message>
        <location filename="../../controller/document.py" line="+183"/>
        <location line="+18"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit summary title</source>
        <translation>修改综述标题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit plan title</source>
        <translation>修改安排标题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add plan section</source>
        <translation>添加工作安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove plan section</source>
        <translation>删除工作安排</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit lead sentence</source>
        <translation>修改导语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit item text</source>
        <translation>修改正文</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate item</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move item</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit sub-point</source>
        <translation>编辑小点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add sub-point</source>
        <translation>添加小点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete sub-point</source>
        <translation>删除小点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move sub-point</source>
        <translation>移动小点</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>issuing organisation</source>
        <translation>编发单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series name</source>
        <translation>简报名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running number</source>
        <translation>总期号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported month</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copies</source>
        <translation>印数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy to</source>
        <translation>抄送单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send to</source>
        <translation>发送单位</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/dialogs/collect_dialog.py" line="+23"/>
        <source>Merge returned forms</source>
        <translation>合并交回的征集表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ %1 — not merged</source>
        <translation>✗ %1 —— 未合并</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new in this form.</source>
        <translation>这份表中没有新的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These changes will be made to the open issue and to the task statuses of last month&apos;s issue. They can be undone in one step (Ctrl+Z).</source>
        <translation>将对本期简报和上月简报中的任务状态做以上改动，可以一步撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing will change.</source>
        <translation>不会做任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CollectForms</name>
    <message>
        <location filename="../../controller/collect_merge.py" line="+61"/>
        <source>Merge returned forms</source>
        <translation>合并交回的征集表</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/editors/date_field.py" line="+53"/>
        <source>e.g. 2020年9月1日; empty: no date printed</source>
        <translation>如 2020年9月1日；不填则不印日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date as you like: 2020年9月1日, 2020-9-1, 2020.9.1, 9月1日 or 20200901</source>
        <translation>可以这样输入：2020年9月1日、2020-9-1、2020.9.1、9月1日或 20200901</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
</context>
<context>
    <name>EmailExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/email_export_dialog.py" line="+36"/>
        <source>Export for e-mail</source>
        <translation>导出用于邮件发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also write the PDF</source>
        <translation>同时导出 PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder opens afterwards, ready to attach the files to an e-mail.</source>
        <translation>导出后将打开该文件夹，便于把文件添加为邮件附件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the e-mail files</source>
        <translation>邮件附件的保存文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (replaces the existing file)</source>
        <translation>（将替换已有文件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../ui/flows/export_flow.py" line="+56"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export DOCX</source>
        <translation>导出 DOCX</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>FollowupFlow</name>
    <message>
        <location filename="../../ui/flows/followup_flow.py" line="+50"/>
        <source>Task &amp;ledger…</source>
        <translation>督办台账(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task of every plan, followed through the months</source>
        <translation>全部工作安排中的每项任务及其逐月进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request forms for departments…</source>
        <translation>生成部室征集表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Word form per department for this issue&apos;s plan</source>
        <translation>按本期的工作安排，为每个责任部室生成一份 Word 征集表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge returned forms…</source>
        <translation>合并交回的征集表(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the filled-in forms into this issue</source>
        <translation>把各部室填好的征集表读入本期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow-up</source>
        <translation>督办(&amp;O)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Task ledger not exported</source>
        <translation>督办台账未导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the request forms</source>
        <translation>征集表保存到的文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request forms not written</source>
        <translation>征集表未生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request forms written to %2</source>
        <translation>已在 %2 生成 %1 份征集表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Returned request forms</source>
        <translation>交回的征集表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word 文档 (*.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Returned forms merged; Ctrl+Z undoes the merge.</source>
        <translation>征集表已合并；按 Ctrl+Z 可撤销这次合并。</translation>
    </message>
</context>
<context>
    <name>FontSettings</name>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="+42"/>
        <source>Font files (*.ttf *.ttc *.otf *.otc);;All files (*)</source>
        <translation>字体文件 (*.ttf *.ttc *.otf *.otc);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+112"/>
        <source>Official face</source>
        <translation>官方字体</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>File used</source>
        <translation>使用的字体文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the official face if installed, else the bundled font</source>
        <translation>已安装官方字体时使用官方字体，否则使用随程序附带的字体</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Font names written into the DOCX</source>
        <translation>DOCX 中写入的字体名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB2312 names</source>
        <translation>GB2312 字体名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows built-in names</source>
        <translation>Windows 自带字体名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Word or WPS on the receiving computer shows the document in these faces if it has them.</source>
        <translation>对方电脑上的 Word 或 WPS 如装有这些字体，就用它们显示文档。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Font file for %1</source>
        <translation>%1的字体文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chosen file %1 cannot be used.</source>
        <translation>所选文件 %1 无法使用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 roles use a stand-in for the official face: the pages keep their layout, but the printed faces differ from the official ones.</source>
        <translation>%2 种字体中有 %1 种未找到官方字体而使用替代字体：版面不变，但印出的字形与官方字体不同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every role uses its official face.</source>
        <translation>所有字体均使用官方字体。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guide_dialog.py" line="+23"/>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="+59"/>
        <source>History of outputs — %1</source>
        <translation>留底记录 — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or printer</source>
        <translation>文件或打印机</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore this version</source>
        <translation>恢复为此版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected snapshot&apos;s text back into the bulletin (Edit → Undo takes it back)</source>
        <translation>把所选留底的文字恢复到这期简报中（可用“编辑 → 撤销”撤回）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing printed or exported yet: a snapshot is kept at every print and every PDF or Word export.</source>
        <translation>还没有打印或导出过：每次打印和每次导出 PDF 或 Word 文件时都会自动留底。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed</source>
        <translation>打印</translation>
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
        <translation>没有差别。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes from snapshot %1 to snapshot %2 (inserted: underlined, deleted: struck through)</source>
        <translation>第 %1 份留底到第 %2 份留底的改动（增加的文字加下划线，删去的文字加删除线）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bulletin has been deleted; snapshot %1 is kept.</source>
        <translation>这期简报已删除，第 %1 份留底仍保存着。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes from snapshot %1 (%2) to the current text (inserted: underlined, deleted: struck through)</source>
        <translation>第 %1 份留底（%2）到现在文字的改动（增加的文字加下划线，删去的文字加删除线）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restore snapshot %1</source>
        <translation>恢复第 %1 份留底</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="+49"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognised %1 items and %2 tasks. Check them before saving.</source>
        <translation>识别出 %1 条工作综述、%2 项工作安排。请核对后再保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Masthead &amp;&amp; distribution</source>
        <translation>报头和报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items (%1)</source>
        <translation>综述条目（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks (%1)</source>
        <translation>工作安排（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save as a new issue</source>
        <translation>保存为新的一期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary title:</source>
        <translation>综述标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month reported:</source>
        <translation>综述月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue number:</source>
        <translation>期号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series:</source>
        <translation>刊名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>编发单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title:</source>
        <translation>安排标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to (报):</source>
        <translation>报：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送):</source>
        <translation>送：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发):</source>
        <translation>发：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor:</source>
        <translation>责任编辑：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> [%1 sub-points]</source>
        <translation>〔%1 个小点〕</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaders</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departments</source>
        <translation>责任部室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/flows/import_flow.py" line="+53"/>
        <source>Import a bulletin</source>
        <translation>导入简报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulletins (*.txt *.docx *.json);;Text (*.txt);;Word document (*.docx);;Exchange JSON (*.json);;All files (*)</source>
        <translation>简报 (*.txt *.docx *.json);;纯文本 (*.txt);;Word 文档 (*.docx);;交换文件 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The data file already holds an issue for this month (“%1”); the import is added as another issue.</source>
        <translation>数据文件中已有这个月的一期（“%1”）；导入的内容将另存为新的一期。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported as a new issue.</source>
        <translation>已导入为新的一期。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cannot import %1</source>
        <translation>无法导入 %1</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/editors/item_editor.py" line="+56"/>
        <source>Leave empty to use the generated title</source>
        <translation>留空则使用自动生成的标题</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item at the end</source>
        <translation>在末尾添加一条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert item</source>
        <translation>插入条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert an item before the selected one</source>
        <translation>在所选条目之前插入一条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate item</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected item</source>
        <translation>复制所选条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (undoable)</source>
        <translation>删除所选条目（可撤销）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>将所选条目上移</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>将所选条目下移</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lead sentence, e.g. 开展“送清凉、送健康”活动。</source>
        <translation>导语，如：开展“送清凉、送健康”活动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text of the item (one paragraph per line)</source>
        <translation>条目正文（每段一行）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead sentence</source>
        <translation>导语</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Lead sentence %1 characters · body %2 characters</source>
        <translation>导语 %1 字 · 正文 %2 字</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../controller/item_model.py" line="+65"/>
        <source>(no lead sentence)</source>
        <translation>（无导语）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete item</source>
        <translation>删除条目</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../ui/flows/background.py" line="+24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../controller/ledger_model.py" line="+53"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>责任部室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First planned</source>
        <translation>首次安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last planned</source>
        <translation>最近安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months carried</source>
        <translation>延续月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported done in</source>
        <translation>完成通报</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Overdue: the deadline has passed and the task is not done.</source>
        <translation>逾期：已过完成时限，任务尚未完成。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <location filename="../../ui/dialogs/ledger_view.py" line="+50"/>
        <source>Task ledger</source>
        <translation>督办台账</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue tasks come first, in red. Double-click a task to open its bulletin.</source>
        <translation>逾期的任务排在前面，以红色显示。双击任务可打开它所在的简报。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 tasks, %2 overdue</source>
        <translation>共 %1 项，逾期 %2 项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the task ledger</source>
        <translation>导出督办台账</translation>
    </message>
</context>
<context>
    <name>LetterheadOption</name>
    <message>
        <location filename="../../ui/flows/letterhead.py" line="+23"/>
        <source>Print on pre-printed &amp;letterhead (no masthead, no red rule)</source>
        <translation>套红纸打印(&amp;L)（不印报头名称和红线）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For paper with the red masthead already printed: printing and the PDF leave out the masthead name and the red rule; everything else stays in place</source>
        <translation>用于已印好红色报头的纸张：打印和 PDF 不印报头名称和红色分隔线，其余内容位置不变</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../controller/library_model.py" line="+111"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Issued: %2
%3 items, %4 tasks</source>
        <translation>%1
印发日期：%2
%3 条工作，%4 项安排</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/window/library_panel.py" line="+36"/>
        <source>Search all bulletins…</source>
        <translation>搜索全部简报…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new issue (Ctrl+N)</source>
        <translation>新建一期（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected bulletin as a new one</source>
        <translation>将所选简报复制为新的一期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected bulletin</source>
        <translation>删除所选简报</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete bulletin</source>
        <translation>删除简报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”?

You can bring it back with Edit → Undo delete.</source>
        <translation>删除“%1”？

可以用“编辑 → 撤销删除”恢复。</translation>
    </message>
</context>
<context>
    <name>LimitNotice</name>
    <message>
        <location filename="../../ui/editors/limit_notice.py" line="+16"/>
        <source>Limit reached</source>
        <translation>已到上限</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+90"/>
        <source>Summary</source>
        <translation>工作综述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead &amp;&amp; distribution</source>
        <translation>报头与报送</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Union bulletin</source>
        <translation>工会工作简报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Unsaved</source>
        <translation>● 未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bulletin is open. Create one with File → New issue.</source>
        <translation>没有打开的简报。可用“文件 → 新建一期”创建。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The preview could not be laid out: %1</source>
        <translation>预览排版失败：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted “%1”. Edit → Undo delete brings it back.</source>
        <translation>已删除“%1”。可用“编辑 → 撤销删除”恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Go to the &amp;summary</source>
        <translation>转到工作综述(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the p&amp;lan</source>
        <translation>转到工作安排(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the &amp;masthead</source>
        <translation>转到报头与报送(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>The preview shows the printed pages and cannot be edited: write in the editor on the left (click a paragraph of the preview to go to it).</source>
        <translation>预览显示印出来的页面，不能在这里修改：请在左边的编辑区修改（点击预览中的段落可跳到该处）。</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../ui/editors/metadata_form.py" line="+54"/>
        <source>e.g. 工会要情摘报</source>
        <translation>如：工会要情摘报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 荆州市总工会</source>
        <translation>如：荆州市总工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series name</source>
        <translation>简报名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing organisation</source>
        <translation>编发单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no number</source>
        <translation>无期号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no running number</source>
        <translation>无总期号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running number since the first issue (optional)</source>
        <translation>自创刊以来的总期号（可不填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reported month</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report to (报)</source>
        <translation>报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送)</source>
        <translation>送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发)</source>
        <translation>发</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipients separated by 、</source>
        <translation>多个单位用“、”分隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the members of a recipient group</source>
        <translation>插入一个报送分组的全部单位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not printed</source>
        <translation>不印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies printed</source>
        <translation>共印份数</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No recipient groups in the address book</source>
        <translation>通讯录中没有报送分组</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_issue_dialog.py" line="+69"/>
        <source>New issue from last month</source>
        <translation>根据上月新建一期</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>责任部室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last month&apos;s issue has no plan: the new issue starts empty.</source>
        <translation>上月这一期没有工作安排：新的一期从空白开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the new issue</source>
        <translation>新建这一期</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no issue number</source>
        <translation>无期号</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The newest bulletin is chosen; choose another if needed</source>
        <translation>默认是最新的一期；需要时可另选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from</source>
        <translation>底稿</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each task of that month&apos;s plan, say what became of it. Done or under way: it becomes an item of the new summary, marked “%1” until you write what was done. Not finished: it goes into the new plan again. Not said: it is left out.</source>
        <translation>请对底稿工作安排中的每一项，选择完成情况。已完成或正在做的，成为新一期综述的条目，标有“%1”，写明完成情况后即可；没做完的，再次列入新一期的工作安排；未说明的，不带入新一期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What became of it</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the new issue</source>
        <translation>在新一期中</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under way</source>
        <translation>正在做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished: carry on next month</source>
        <translation>没做完，下月继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said / not done: leave out</source>
        <translation>未说明，不带入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An item of the summary, to be written</source>
        <translation>综述中的条目（待补充）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task of the new plan</source>
        <translation>列入新的工作安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>不带入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New issue: %1 %2, %3, dated %4; %5 items to write, %6 tasks carried into the plan.</source>
        <translation>新的一期：%1 %2，%3，印发日期 %4；%5 条综述待补充，%6 项任务列入工作安排。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file already holds an issue for %1 (“%2”); another one will be added.</source>
        <translation>数据文件中已有%1的一期（“%2”），将再添加一期。</translation>
    </message>
</context>
<context>
    <name>NewNamesBar</name>
    <message>
        <location filename="../../ui/editors/task_table.py" line="+144"/>
        <source>Add to address book</source>
        <translation>加入通讯录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not in the address book: %1</source>
        <translation>以下名称不在通讯录中：%1</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../ui/flows/output_check.py" line="+32"/>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings</source>
        <translation>查看校对结果</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proofread before printing and exporting</source>
        <translation>打印、导出前先校对(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Proofreading found %n error(s) in this issue:</source>
        <translation>
            <numerusform>校对发现本期有 %n 个错误：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 anyway?</source>
        <translation>仍要%1吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors before output</source>
        <translation>校对发现错误</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../ui/window/preview_view.py" line="+64"/>
        <source>Laying out…</source>
        <translation>正在排版…</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <location filename="../../ui/flows/print_flow.py" line="+122"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 pages sent to %2.</source>
        <translation>已将 %1 页发送到 %2。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Print on letterhead paper (no masthead name, no red rule)</source>
        <translation>套红纸打印（不印报头名称和红色分隔线）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../render/qt_print.py" line="+239"/>
        <source>The printer “%1” could not be started.</source>
        <translation>无法启动打印机“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer stopped accepting pages.</source>
        <translation>打印机不再接收页面。</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../../ui/proofreading/proofread_panel.py" line="+54"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the suggested correction (undoable)</source>
        <translation>按建议修正（可撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>Fix &amp;all</source>
        <translation>全部修正(&amp;A)</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Apply every suggested correction as one undoable step</source>
        <translation>按建议修正全部问题，作为一步可撤销的操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not report this problem again for this issue</source>
        <translation>本期不再提示这一问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ignored</source>
        <translation>显示已忽略的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+211"/>
        <source>Check &amp;again</source>
        <translation>重新校对(&amp;G)</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The command `unionbulletin fonts` lists the fonts used.</source>
        <translation>各字体角色实际使用的字体可用命令 unionbulletin fonts 查看。</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Proofreading</source>
        <translation>校对</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Proofreading (F7 shows the list)</source>
        <translation>校对（按 F7 显示问题列表）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proofreading: </source>
        <translation>校对：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Proofreading panel</source>
        <translation>校对面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Proofread</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location line="-125"/>
        <source>%n font role(s) use a stand-in for the official face: the pages keep their layout, the printed faces differ (Settings → Fonts)</source>
        <translation>
            <numerusform>%n 种字体使用代用字体：版面不变，印出的字形与官方字体不同（可在“设置 → 字体”中指定）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Fold the list (F7)</source>
        <translation>收起问题列表（F7）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the list (F7)</source>
        <translation>展开问题列表（F7）</translation>
    </message>
</context>
<context>
    <name>Proofreader</name>
    <message>
        <location filename="../../controller/proofread.py" line="+210"/>
        <source>Proofreading: %1</source>
        <translation>校对：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Proofreading: fix %n problem(s)</source>
        <translation>
            <numerusform>校对：修正 %n 处问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/window/read_only_banner.py" line="+19"/>
        <source>The data file is in use by another window and was opened read-only; changes will not be saved.</source>
        <translation>数据文件正被另一个窗口使用，以只读方式打开，修改不会保存</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../ui/flows/rescue.py" line="+27"/>
        <location line="+71"/>
        <source>Save elsewhere…</source>
        <translation>另存到别处…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Neither the data file nor the recovery file can be written: save the open bulletin as an exchange file (.json) elsewhere</source>
        <translation>数据文件和恢复文件都无法写入：请把当前简报另存为交换文件（.json）到别的位置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the open bulletin elsewhere</source>
        <translation>把当前简报另存到别处</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange file (*.json)</source>
        <translation>交换文件 (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save elsewhere</source>
        <translation>另存到别处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1. Import it later with File → Import.</source>
        <translation>已保存到 %1。以后可用“文件 → 导入”读回。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes could not be saved to the data file.

They are kept in the recovery file %1 and will be offered at the next start. Quit anyway?</source>
        <translation>修改无法保存到数据文件。

这些修改已保留在恢复文件 %1 中，下次启动时会提示恢复。仍要退出吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes will be lost</source>
        <translation>未保存的修改将会丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes could not be saved to the data file, and the recovery file %1 could not be written either (%2).

If you quit now they are lost. Save them elsewhere as an exchange file (.json) that can be imported later?</source>
        <translation>修改无法保存到数据文件，恢复文件 %1 也无法写入（%2）。

现在退出，这些修改就会丢失。要把它们另存到别处，作为以后可以导入的交换文件（.json）吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit without saving</source>
        <translation>不保存，直接退出</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../controller/session.py" line="+107"/>
        <source>Bulletin %1 does not exist.</source>
        <translation>没有编号为 %1 的简报。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bulletin %1 is not opened: %2 Delete it in the list of bulletins (or with “unionbulletin delete %1”); “unionbulletin show %1” prints its text.</source>
        <translation>第 %1 号简报没有打开：%2可在简报列表中删除它（或用“unionbulletin delete %1”）；“unionbulletin show %1”可取出其文字。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Last month&apos;s issue is no longer in the data file.</source>
        <translation>数据文件中已没有上月的这一期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data file is open read-only; nothing can be added.</source>
        <translation>数据文件以只读方式打开，不能新增简报。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The data file is open read-only; nothing can be deleted.</source>
        <translation>数据文件以只读方式打开，不能删除简报。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The data file is open read-only; changes cannot be saved.</source>
        <translation>数据文件以只读方式打开，修改无法保存。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not write the recovery file %1: %2</source>
        <translation>无法写入恢复文件 %1：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> Your changes are still in the window.</source>
        <translation>本次修改仍在窗口中。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="+54"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout &amp;&amp; interface</source>
        <translation>版式和界面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address book</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file is open read-only: settings cannot be saved.</source>
        <translation>数据文件以只读方式打开：设置无法保存。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Issuing organisation:</source>
        <translation>编发单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series name (masthead):</source>
        <translation>刊名（报头）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue number format:</source>
        <translation>期号格式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor:</source>
        <translation>责任编辑：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults of a new issue (several names separated by 、):</source>
        <translation>新建一期时的默认值（多个名称用“、”分隔）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to (报):</source>
        <translation>报：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to (送):</source>
        <translation>送：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to (发):</source>
        <translation>发：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan section</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task blocks (as in the samples)</source>
        <translation>逐项排列（与样稿相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bordered table</source>
        <translation>带边框的表格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hanging punctuation (a closing mark may stand in the margin instead of pulling a character down)</source>
        <translation>标点悬挂（行末标点可伸入页边，不必把前一个字挤到下一行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applies the next time the program starts.</source>
        <translation>下次启动程序时生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Example: %1   ({n} number, {year} year, {total} running total)</source>
        <translation>示例：%1&#x3000;（{n} 期号，{year} 年份，{total} 总期号）</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../ui/flows/snapshot_hooks.py" line="+43"/>
        <source>Output done, but no snapshot was kept: %1</source>
        <translation>已输出，但未能留底：%1</translation>
    </message>
</context>
<context>
    <name>SubPointEditor</name>
    <message>
        <location filename="../../ui/editors/subpoint_editor.py" line="+50"/>
        <source>Add sub-point</source>
        <translation>添加小点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a sub-point （一） after the selected one</source>
        <translation>在所选小点之后添加一个小点（一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete sub-point</source>
        <translation>删除小点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected sub-point (undoable)</source>
        <translation>删除所选小点（可撤销）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected sub-point up</source>
        <translation>将所选小点上移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected sub-point down</source>
        <translation>将所选小点下移</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead sentence of the sub-point</source>
        <translation>小点的首句</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body text of the sub-point</source>
        <translation>小点的正文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sub-points</source>
        <translation>小点</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 sub-points · lead sentence %2 · body %3 characters</source>
        <translation>%1 个小点 · 首句 %2 字 · 正文 %3 字</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>(no lead sentence yet)</source>
        <translation>（尚未填写首句）</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../ui/editors/task_table.py" line="-85"/>
        <source>Several names separated by 、</source>
        <translation>多个名称用“、”分隔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month or date</source>
        <translation>月份或日期</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location line="+89"/>
        <source>This issue has a plan section</source>
        <translation>本期包含工作安排</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to use the generated title</source>
        <translation>留空则使用自动生成的标题</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert task</source>
        <translation>插入任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../controller/task_model.py" line="+39"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>转下月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>责任部室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+16"/>
        <source>&amp;New issue</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new issue</source>
        <translation>新建一期简报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate issue</source>
        <translation>复制本期(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this issue as a new one</source>
        <translation>将本期复制为新的一期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete issue…</source>
        <translation>删除本期(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this issue</source>
        <translation>删除本期简报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo &amp;delete</source>
        <translation>撤销删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring back the deleted issue</source>
        <translation>恢复刚删除的简报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../controller/file_menu_steps.py" line="+49"/>
        <source>The data file is open read-only; settings cannot be saved.</source>
        <translation>数据文件以只读方式打开，设置无法保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/window/window_flows.py" line="+160"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New issue created from last month.</source>
        <translation>已根据上月新建一期。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interface language changes at the next start.</source>
        <translation>界面语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (*.json);;All files (*)</source>
        <translation>数据文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This data file is already open.</source>
        <translation>这个数据文件已经打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Cannot open the data file</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new window could not be started for %1.</source>
        <translation>无法为 %1 打开新窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 opens in a new window.</source>
        <translation>%1 将在新窗口中打开。</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location line="-261"/>
        <source>New issue from &amp;last month…</source>
        <translation>根据上月新建(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start next month&apos;s issue from this one, with its plan as a checklist</source>
        <translation>以本期为基础新建下一期，并把本期工作安排列为完成情况清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data file…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another data file (a shared drive, a USB stick) in a new window</source>
        <translation>在新窗口中打开另一个数据文件（共享盘、U 盘上的）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bulletin from a .txt, .docx or exchange .json file</source>
        <translation>从 .txt、.docx 或交换用 .json 文件导入简报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the bulletin as PDF</source>
        <translation>将简报导出为 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;DOCX…</source>
        <translation>导出 &amp;DOCX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the bulletin as a Word document</source>
        <translation>将简报导出为 Word 文档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for e-&amp;mail…</source>
        <translation>导出用于邮件(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the DOCX (and the PDF) with the usual file name and open the folder</source>
        <translation>按惯用文件名导出 DOCX（及 PDF），并打开所在文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the printed pages</source>
        <translation>查看打印出来的页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the bulletin</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation defaults, fonts, layout, address book, language</source>
        <translation>单位默认值、字体、版式、通讯录、界面语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in all bulletins</source>
        <translation>在所有简报中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the text of every bulletin</source>
        <translation>搜索每一期简报的文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version, data file and fonts</source>
        <translation>版本、数据文件和字体</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>User &amp;guide</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to write, print and export</source>
        <translation>如何编写、打印和导出</translation>
    </message>
</context>
<context>
    <name>_Table</name>
    <message>
        <location filename="../../ui/dialogs/address_book_editor.py" line="-73"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
