<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Taken on: {number}</source>
        <translation>接单：{number}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>How they took it on</source>
        <translation>接单方式</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time they took it on (today)</source>
        <translation>接单时间（今天）</translation>
    </message>
    <message>
        <source>{holder} took demand {number} on.</source>
        <translation>{holder}接下诉求 {number}。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Record that it was taken on</source>
        <translation>登记接单</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The response clock runs from this time. Earlier today is fine.</source>
        <translation>响应时限从此时开始计算。可以填写今天早些时候的时间。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activities (Alt+1)</source>
        <translation>活动（Alt+1）</translation>
    </message>
    <message>
        <source>Volunteers (Alt+2)</source>
        <translation>志愿者（Alt+2）</translation>
    </message>
    <message>
        <source>Hours and certificates (Alt+3)</source>
        <translation>时长与证明（Alt+3）</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>New activity…</source>
        <extracomment>Without &quot;earlier ones too&quot; the list starts this many days back. The notices after which the list is read again.</extracomment>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Create a new activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Create a new activity (Ctrl+N)</source>
        <translation>新建活动（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>搜索活动</translation>
    </message>
    <message>
        <source>Title or number, or scan a slip (Ctrl+F)</source>
        <translation>标题或编号，或扫描凭条（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Earlier ones too</source>
        <translation>含已结束</translation>
    </message>
    <message>
        <source>Show activities already over</source>
        <translation>显示已结束的活动</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <source>Show cancelled activities</source>
        <translation>显示已取消的活动</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Open activity…</source>
        <translation>打开活动…</translation>
    </message>
    <message>
        <source>Open the selected activity</source>
        <translation>打开所选活动</translation>
    </message>
    <message>
        <source>Open the selected activity (Enter)</source>
        <translation>打开所选活动（Enter）</translation>
    </message>
    <message>
        <source>How many are shown</source>
        <translation>显示数量</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n 个活动</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no activity or sign-up numbered {number}.</source>
        <translation>没有编号为 {number} 的活动或报名。</translation>
    </message>
    <message numerus="yes">
        <source>Activity {number} created with %n session(s); dates left out: {dates}.</source>
        <translation>
            <numerusform>活动 {number} 已创建，共 %n 场；未安排的日期：{dates}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity {number} created with %n session(s).</source>
        <translation>
            <numerusform>活动 {number} 已创建，共 %n 场。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityAbout</name>
    <message>
        <source>sign-up open until the activity ends</source>
        <translation>活动结束前均可报名</translation>
    </message>
    <message>
        <source>sign-up until {closes}</source>
        <translation>报名截止 {closes}</translation>
    </message>
    <message>
        <source>sign-up from {opens}</source>
        <translation>报名自 {opens} 起</translation>
    </message>
    <message>
        <source>sign-up {opens} – {closes}</source>
        <translation>报名时间 {opens} – {closes}</translation>
    </message>
    <message>
        <source>Organiser: {organiser} · {dates}</source>
        <translation>主办：{organiser} · {dates}</translation>
    </message>
    <message>
        <source>{enrolled} of {capacity} places taken</source>
        <translation>名额 {capacity}，已报 {enrolled}</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>候补 {count} 人</translation>
    </message>
    <message>
        <source>aged {low}–{high}</source>
        <translation>{low}–{high} 岁</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>ActivityBreakdownModel</name>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Activities over time</source>
        <translation>活动走势</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>People served, previous period</source>
        <translation>服务人次（上期）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>活动场次</translation>
    </message>
</context>
<context>
    <name>ActivityCountyModel</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Cancel the activity…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Take attendance…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Attendance of the session</source>
        <translation>本场签到</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Print the session&apos;s sheet</source>
        <translation>打印本场签到表</translation>
    </message>
    <message>
        <source>Add sessions…</source>
        <translation>增加场次…</translation>
    </message>
    <message>
        <source>Add sessions</source>
        <translation>增加场次</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>取消场次…</translation>
    </message>
    <message>
        <source>Cancel the selected session</source>
        <translation>取消所选场次</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The activity is saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Why is the activity cancelled? Its coming sessions and their room bookings are cancelled too.</source>
        <translation>活动取消的原因？之后的场次及其功能室预约将一并取消。</translation>
    </message>
    <message>
        <source>The activity is cancelled.</source>
        <translation>活动已取消。</translation>
    </message>
    <message>
        <source>The sessions are added; dates left out: {dates}.</source>
        <translation>场次已增加；未安排的日期：{dates}。</translation>
    </message>
    <message>
        <source>The sessions are added.</source>
        <translation>场次已增加。</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>取消场次</translation>
    </message>
    <message>
        <source>Why is session {seq} cancelled? Its room booking is cancelled too.</source>
        <translation>第 {seq} 场取消的原因？其功能室预约将一并取消。</translation>
    </message>
    <message>
        <source>Session {seq} is cancelled.</source>
        <translation>第 {seq} 场已取消。</translation>
    </message>
</context>
<context>
    <name>ActivityFigures</name>
    <message>
        <source>Activities held</source>
        <extracomment>Every activity figure, in the order the comparison table lists them.</extracomment>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Sign-ups cancelled</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>People served (present)</source>
        <translation>服务人次（出席）</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>缺席率</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务人次</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>Hours entered afterwards</source>
        <translation>补录时长（小时）</translation>
    </message>
</context>
<context>
    <name>ActivityFormDialog</name>
    <message>
        <source>Edit the activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. 暑期托管班, 健康讲座, 非遗剪纸培训</source>
        <translation>如：暑期托管班、健康讲座、非遗剪纸培训</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>活动标题</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>主办方(&amp;O)</translation>
    </message>
    <message>
        <source>Who runs the activity</source>
        <translation>活动主办方</translation>
    </message>
    <message>
        <source> places</source>
        <translation> 个名额</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>名额(&amp;P)</translation>
    </message>
    <message>
        <source>How many people may sign up</source>
        <translation>可报名人数</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>aged</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>&amp;Who may come</source>
        <translation>参加对象(&amp;W)</translation>
    </message>
    <message>
        <source>Who may sign up</source>
        <translation>可报名对象</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Sign-up closes at a set time</source>
        <translation>设定报名截止时间</translation>
    </message>
    <message>
        <source>Sign-up opens at</source>
        <translation>报名开始时间</translation>
    </message>
    <message>
        <source>Sign-up closes at</source>
        <translation>报名截止时间</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>报名时间(&amp;S)</translation>
    </message>
    <message>
        <source>Sign-up opens at a set time</source>
        <translation>设定报名开始时间</translation>
    </message>
    <message>
        <source>What happens, what to bring, who to ask</source>
        <translation>活动内容、需携带物品、联系人</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>Description of the activity</source>
        <translation>活动说明</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create the activity</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ActivityPrinting</name>
    <message>
        <source>sign-up slip</source>
        <translation>报名凭条</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>The {document} was printed.</source>
        <translation>{document}已打印。</translation>
    </message>
    <message>
        <source>Printing cancelled; the {document} can be printed again.</source>
        <translation>已取消打印，{document}可随时再打印。</translation>
    </message>
    <message>
        <source>No printer: the {document} was not printed.</source>
        <translation>没有打印机，{document}未打印。</translation>
    </message>
    <message>
        <source>The printer failed; the {document} can be printed again.</source>
        <translation>打印机出错，{document}可再次打印。</translation>
    </message>
</context>
<context>
    <name>ActivitySettingsPanel</name>
    <message>
        <source>Volunteer hours</source>
        <extracomment>What the &quot;data changed&quot; notice names after the share changed (hours are worked out anew).</extracomment>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>Present for at least</source>
        <translation>在岗至少</translation>
    </message>
    <message>
        <source>Share of a shift a volunteer must be present for to get hours</source>
        <translation>志愿者计入时长所需的最低在岗比例</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the minimum share</source>
        <translation>应用最低在岗比例</translation>
    </message>
    <message>
        <source>Volunteer hours message</source>
        <translation>志愿服务时长提示</translation>
    </message>
    <message>
        <source>A volunteer present for less than this share of a shift gets no hours for it; only time inside the shift counts. The default is 60 %. A change applies to shifts signed out or entered from now on.</source>
        <translation>志愿者在岗时间不足本班次的该比例时，不计该班次时长；只计班次时段内的时间。默认 60%。修改后对此后签退或补录的班次生效。</translation>
    </message>
    <message>
        <source>Saved. Volunteers present for at least {share}% of a shift get hours.</source>
        <translation>已保存。在岗达到班次 {share}% 的志愿者计入时长。</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Number</source>
        <extracomment>Grey for what was cancelled, amber for a full activity with people waiting.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>报名中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <source>Every place is taken; new sign-ups go on the waiting list.</source>
        <translation>名额已满，新报名进入候补。</translation>
    </message>
</context>
<context>
    <name>AddSessionsDialog</name>
    <message>
        <source>Add sessions</source>
        <translation>增加场次</translation>
    </message>
    <message>
        <source>Add the sessions</source>
        <translation>增加这些场次</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>at least {min} characters</source>
        <translation>至少 {min} 个字符</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Give the first password to the colleague in person; they can change it under Settings after signing in.</source>
        <translation>请当面把初始密码交给这位同事；对方登录后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the staff member</source>
        <translation>添加该工作人员</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Hall Desk was started again: it is already open in this window.</source>
        <translation>党群服务中心前台已经在本窗口中打开，无需重复启动。</translation>
    </message>
    <message>
        <source>The database could not be opened:
{url}

{reason}</source>
        <translation>无法打开数据库：
{url}

{reason}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <extracomment>The keys that mark the selected line in the list.</extracomment>
        <translation>签到</translation>
    </message>
    <message>
        <source>Some marks are not saved yet. Save them before closing?</source>
        <translation>还有签到记录未保存。关闭前保存吗？</translation>
    </message>
    <message>
        <source>Scan a slip or type a name</source>
        <translation>扫描凭条或输入姓名</translation>
    </message>
    <message>
        <source>Scan the sign-up slip, or type a name, then Enter</source>
        <translation>扫描报名凭条，或输入姓名后按回车</translation>
    </message>
    <message>
        <source>Who was just marked</source>
        <translation>刚签到的人</translation>
    </message>
    <message>
        <source>Everyone signed up</source>
        <translation>全部报名人员</translation>
    </message>
    <message>
        <source>Entering a paper sheet</source>
        <translation>录入纸质签到表</translation>
    </message>
    <message>
        <source>The marks come from the paper sign-in sheet</source>
        <translation>签到记录来自纸质签到表</translation>
    </message>
    <message>
        <source>How many are marked</source>
        <translation>签到统计</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <source>Mark everyone not marked present</source>
        <translation>未签到的人全部记为出席</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Print the A4 sign-in sheet</source>
        <translation>打印 A4 签到表</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save the marks</source>
        <translation>保存签到</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Attendance: {title}</source>
        <translation>签到：{title}</translation>
    </message>
    <message>
        <source>{number}  {title}
Session {seq}: {day} {time} {place}</source>
        <translation>{number}  {title}
第 {seq} 场：{day} {time} {place}</translation>
    </message>
    <message>
        <source>not marked {count}</source>
        <translation>未签到 {count}</translation>
    </message>
    <message>
        <source>{count} not saved</source>
        <translation>{count} 条未保存</translation>
    </message>
    <message>
        <source>{name} was already marked present.</source>
        <translation>{name} 已签到过。</translation>
    </message>
    <message>
        <source>✓ {name}: present.</source>
        <translation>✓ {name}：已签到。</translation>
    </message>
    <message>
        <source>Nobody on this list matches “{text}”.</source>
        <translation>名单中没有与“{text}”相符的人。</translation>
    </message>
    <message>
        <source>{count} people match; pick one in the list and press P.</source>
        <translation>有 {count} 人相符，请在名单中选中后按 P。</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 条签到记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone not marked is now present.</source>
        <translation>未签到的人已全部记为出席。</translation>
    </message>
</context>
<context>
    <name>AttendanceMarksModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Slip number</source>
        <translation>凭条编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Present (P)</source>
        <translation>出席 (P)</translation>
    </message>
    <message>
        <source>Absent (A)</source>
        <translation>缺席 (A)</translation>
    </message>
    <message>
        <source>Excused (E)</source>
        <translation>请假 (E)</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>This desk works on a PostgreSQL server. Hall Desk does not back it up itself: the server&apos;s administrator backs it up with pg_dump (for example every night) and restores it with pg_restore.</source>
        <extracomment>A restore finished (the RestoreResult): sign everyone out, the database is another now. A backup was written (the BackupResult).</extracomment>
        <translation>本机连接的是 PostgreSQL 服务器，本系统不会自行备份：请由服务器管理员用 pg_dump 备份（例如每晚一次），并用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>备份提示</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>选择文件夹...</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <source>Use the standard backup folder</source>
        <translation>使用默认备份文件夹</translation>
    </message>
    <message>
        <source>A second disk or a USB drive keeps the backups safe when this computer&apos;s disk fails. Backups are taken when the desk starts and closes (at most one an hour); 14 daily, 8 weekly and 12 monthly copies are kept.</source>
        <translation>建议把备份放在第二块硬盘或U盘上，这样本机硬盘损坏时备份也不会丢失。前台启动和关闭时会自动备份（每小时最多一次）；保留 14 份每日备份、8 份每周备份和 12 份每月备份。</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最近一次备份</translation>
    </message>
    <message>
        <source>Backup problem</source>
        <translation>备份问题</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup...</source>
        <translation>从备份恢复...</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup or move the folder.</source>
        <translation>只有管理员可以恢复备份或更改备份文件夹。</translation>
    </message>
    <message>
        <source>No backup has been written to this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>not checked by this desk</source>
        <translation>未经本机检查</translation>
    </message>
    <message>
        <source>integrity check passed</source>
        <translation>完整性检查通过</translation>
    </message>
    <message>
        <source>integrity check: {verdict}</source>
        <translation>完整性检查：{verdict}</translation>
    </message>
    <message>
        <source>{time} - {file} ({size}), {check}. Backups in the folder: {count}.</source>
        <translation>{time} - {file}（{size}），{check}。文件夹中共有 {count} 份备份。</translation>
    </message>
    <message>
        <source>The last backup failed ({time}): {reason}</source>
        <translation>最近一次备份失败（{time}）：{reason}</translation>
    </message>
    <message>
        <source>Backups cannot be written to {folder}. Choose another folder.</source>
        <translation>无法向 {folder} 写入备份，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder could not be saved: {reason}</source>
        <translation>无法保存文件夹设置：{reason}</translation>
    </message>
    <message>
        <source>Backups go to {folder} from now on.</source>
        <translation>今后备份将保存到 {folder}。</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size}); the integrity check passed.</source>
        <translation>已备份到 {file}（{size}），完整性检查通过。</translation>
    </message>
    <message>
        <source>Something went wrong ({reason}); see the log file.</source>
        <translation>出现错误（{reason}），请查看日志文件。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Hall Desk backups (*.sqlite3);;All files (*)</source>
        <translation>党群服务中心前台备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>正在检查 {file}...</translation>
    </message>
    <message>
        <source>no center yet</source>
        <translation>尚无中心</translation>
    </message>
    <message>
        <source>Restore the backup of {time} of {centers}?

{file}

The database in use now is first saved to {folder}. When the restore is done everyone is signed out.</source>
        <translation>要恢复 {centers} 在 {time} 的备份吗？

{file}

当前使用的数据库会先保存到 {folder}。恢复完成后所有人都将退出登录。</translation>
    </message>
    <message>
        <source>It was made by an older version of Hall Desk and is brought up to date.</source>
        <translation>该备份由旧版党群服务中心前台生成，恢复时会升级到当前版本。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>正在恢复备份...</translation>
    </message>
    <message>
        <source>Restored the backup of {time}.</source>
        <translation>已恢复 {time} 的备份。</translation>
    </message>
    <message>
        <source>The database it replaced was saved as {file}.</source>
        <translation>被替换的数据库已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>BandChangeModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Band now</source>
        <translation>当前档次</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>新档次</translation>
    </message>
    <message>
        <source>New monthly amount</source>
        <translation>新月补贴金额</translation>
    </message>
    <message>
        <source>{date} (turns {age})</source>
        <translation>{date}（满 {age} 岁）</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Where the booking stands</source>
        <extracomment>Moves that change a booking; a booking that has ended allows none of them.</extracomment>
        <translation>预约状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Booked via</source>
        <translation>预约方式</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Move / extend…</source>
        <translation>改期/延长…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予通过…</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>导出到手机日历（.ics）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Booking {number}</source>
        <translation>预约 {number}</translation>
    </message>
    <message>
        <source>{room}, seat {seat}</source>
        <translation>{room}，{seat}号座位</translation>
    </message>
    <message>
        <source>{clerk} at {time}</source>
        <translation>{clerk}（{time}）</translation>
    </message>
    <message>
        <source>Part of a repeating booking: {rule}</source>
        <translation>属于重复预约：{rule}</translation>
    </message>
    <message>
        <source>{time}: not checked in within {minutes} minutes, released</source>
        <translation>{time}：{minutes}分钟内未签到，已释放</translation>
    </message>
    <message>
        <source>Check-in opens at {time} on {day}.</source>
        <translation>{day} {time}起可签到。</translation>
    </message>
    <message>
        <source>Approve the booking first.</source>
        <translation>请先审批通过该预约。</translation>
    </message>
    <message>
        <source>Booking {number} checked in.</source>
        <translation>预约{number}已签到。</translation>
    </message>
    <message>
        <source>Booking {number} approved. Let the booker know.</source>
        <translation>预约{number}已审批通过，请通知预约人。</translation>
    </message>
    <message>
        <source>Booking {number} declined; the time is free again.</source>
        <translation>预约 {number} 未通过，该时段已重新空出。</translation>
    </message>
    <message>
        <source>Cancelled: {numbers}. The time is free again.</source>
        <translation>已取消：{numbers}。该时段已重新空出。</translation>
    </message>
    <message>
        <source>Booking {number} now: {room}, {when}.</source>
        <translation>预约{number}已改为：{room}，{when}。</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>导出到手机日历（.ics）</translation>
    </message>
    <message>
        <source>This booking repeats. Put only this date in the calendar file, or the whole series?</source>
        <translation>这是重复预约。日历文件中只导出这一天，还是导出全部日期？</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}</source>
        <translation>日历文件已保存：{path}</translation>
    </message>
    <message>
        <source>Move or extend</source>
        <extracomment>The booking was moved; carries it as it is now.</extracomment>
        <translation>改期或延长</translation>
    </message>
    <message>
        <source>Move to room</source>
        <translation>改到功能室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Move to date</source>
        <translation>改到日期</translation>
    </message>
    <message>
        <source>New start time</source>
        <translation>新的开始时间</translation>
    </message>
    <message>
        <source>New end time</source>
        <translation>新的结束时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>This date only</source>
        <translation>仅此日期</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>整个重复系列</translation>
    </message>
    <message>
        <source>Decline booking</source>
        <translation>不予通过</translation>
    </message>
    <message>
        <source>Why is the booking declined? Tell the booker this reason.</source>
        <translation>不予通过的原因是什么？请将原因告知预约人。</translation>
    </message>
</context>
<context>
    <name>BookingFormDialog</name>
    <message>
        <source>Booked by</source>
        <extracomment>A resident on file was picked and fills the contact.</extracomment>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Clear the chosen resident</source>
        <translation>取消所选居民</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Booked via</source>
        <translation>预约方式</translation>
    </message>
    <message>
        <source>e.g. a school or other partner unit (共建单位)</source>
        <translation>如学校或其他共建单位</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Optional: the team or person running it</source>
        <translation>选填：负责的团队或个人</translation>
    </message>
    <message>
        <source>{phone} (on file; type a number only to use another)</source>
        <translation>{phone}（已登记；如需使用其他号码请另行填写）</translation>
    </message>
    <message>
        <source>✓ {name}</source>
        <translation>✓ {name}</translation>
    </message>
    <message>
        <source>Find the resident, or just type the name and phone below (phone bookings).</source>
        <translation>查找居民，或直接在下方填写姓名和电话（电话预约）。</translation>
    </message>
    <message>
        <source>Booked {numbers}: {room}, seat {seat}.</source>
        <translation>已预约 {numbers}：{room}，{seat}号座位。</translation>
    </message>
    <message>
        <source>Booked {numbers}: {room}, awaiting an administrator&apos;s approval.</source>
        <translation>已提交预约 {numbers}：{room}，待管理员审批。</translation>
    </message>
    <message>
        <source>Booked {numbers}: {room}.</source>
        <translation>已预约 {numbers}：{room}。</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the booking</source>
        <translation>保存预约</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Room and time</source>
        <translation>功能室和时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Any free seat</source>
        <translation>任意空座位</translation>
    </message>
    <message>
        <source>Seat number</source>
        <translation>座位号</translation>
    </message>
    <message>
        <source>Choose a seat number</source>
        <translation>选择座位号</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>e.g. reading club, residents&apos; meeting</source>
        <translation>如读书会、居民议事会</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Purpose of the booking</source>
        <translation>预约用途</translation>
    </message>
    <message>
        <source>Expected number of people</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Expected people</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>one seat per person</source>
        <translation>每人一个座位</translation>
    </message>
    <message>
        <source>Optional for a seat; left empty it is “{purpose}”</source>
        <translation>座位预约可不填，不填即为“{purpose}”</translation>
    </message>
    <message>
        <source>at most {cap}</source>
        <translation>最多{cap}人</translation>
    </message>
    <message>
        <source>Book the {n} free dates</source>
        <translation>预约这{n}个空闲日期</translation>
    </message>
    <message>
        <source>Holds {cap} people</source>
        <translation>可容纳 {cap} 人</translation>
    </message>
    <message>
        <source>{seats} seats, booked one by one</source>
        <translation>共{seats}个座位，按座位逐个预约</translation>
    </message>
    <message>
        <source>closed on {weekday} ({reason})</source>
        <translation>{weekday}闭馆（{reason}）</translation>
    </message>
    <message>
        <source>open 24 hours</source>
        <translation>24小时开放</translation>
    </message>
    <message>
        <source>not open on {weekday}</source>
        <translation>{weekday}不开放</translation>
    </message>
    <message>
        <source>open {hours} on {weekday}</source>
        <translation>{weekday}开放 {hours}</translation>
    </message>
    <message>
        <source>needs an administrator&apos;s approval</source>
        <translation>需管理员审批</translation>
    </message>
    <message>
        <source>Nothing booked in this room that day yet.</source>
        <translation>该功能室当天还没有预约。</translation>
    </message>
    <message>
        <source>{count} seat bookings that day.</source>
        <translation>当天已有{count}个座位预约。</translation>
    </message>
    <message>
        <source>Already booked that day: {spans}</source>
        <translation>当天已预约：{spans}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Study seats taken</source>
        <translation>自习室已占用座位</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>Click or drag over free time to book · click a booking to open it</source>
        <translation>点击或拖选空闲时段进行预约 · 点击预约可查看详情</translation>
    </message>
    <message>
        <source>No-shows could not be released just now: {reason}</source>
        <translation>暂时无法释放未签到的预约：{reason}</translation>
    </message>
    <message>
        <source>No-shows could not be released just now; see the log file.</source>
        <translation>暂时无法释放未签到预约，请查看日志文件。</translation>
    </message>
    <message>
        <source>Released as no-show: {numbers}</source>
        <translation>已按未签到释放：{numbers}</translation>
    </message>
    <message>
        <source>{n} seats</source>
        <extracomment>The hours the day view shows unless a room opens earlier or a booking lies outside them. Closed hours of one row: (row, spans of minutes, why).</extracomment>
        <translation>{n}个座位</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>闭馆：{reason}</translation>
    </message>
    <message>
        <source>Closed on {weekday}</source>
        <translation>{weekday}闭馆</translation>
    </message>
    <message>
        <source>Open {hours}</source>
        <translation>开放时间：{hours}</translation>
    </message>
    <message>
        <source>seat {n}</source>
        <translation>{n}号座位</translation>
    </message>
    <message>
        <source>{taken}/{seats} seats</source>
        <translation>座位 {taken}/{seats}</translation>
    </message>
    <message>
        <source>{taken} of {seats} seats booked {span}; click to see the seats</source>
        <translation>{span}已预约{taken}/{seats}个座位；点击查看座位</translation>
    </message>
    <message>
        <source>{weekday} {day} · all rooms · {count} bookings</source>
        <translation>{day} {weekday} · 全部功能室 · 共{count}个预约</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>today · {hours}</source>
        <translation>今天 · {hours}</translation>
    </message>
    <message>
        <source>{room} · week of {first} to {last}</source>
        <translation>{room} · {first}至{last}当周</translation>
    </message>
    <message>
        <source>{room} · seats on {weekday} {day}</source>
        <translation>{room} · {weekday} {day} 座位情况</translation>
    </message>
    <message>
        <source>{taken} of {seats} seats taken now</source>
        <translation>当前已占用{taken}/{seats}个座位</translation>
    </message>
    <message>
        <source>Seat {n}</source>
        <translation>{n}号座位</translation>
    </message>
    <message>
        <source>No room to show</source>
        <extracomment>How far ahead the pending-approval list looks. Reloads after these notices (a room or closure edited in the settings, holidays entered).</extracomment>
        <translation>没有可显示的功能室</translation>
    </message>
    <message>
        <source>“{text}” is not a booking number; they look like CN01-B2026-00017.</source>
        <translation>“{text}”不是预约编号，预约编号格式如 CN01-B2026-00017。</translation>
    </message>
    <message>
        <source>There is no booking numbered {number}.</source>
        <translation>没有编号为 {number} 的预约。</translation>
    </message>
    <message>
        <source>Pending approval ({n})</source>
        <translation>待审批（{n}）</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>显示日期</translation>
    </message>
    <message>
        <source>Show all rooms on one day</source>
        <translation>显示当天全部功能室</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>日视图</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Show one room&apos;s week</source>
        <translation>查看单个功能室的一周</translation>
    </message>
    <message>
        <source>Room shown in the week view</source>
        <translation>周视图中显示的功能室</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>Booking number (or scan the slip)</source>
        <translation>预约编号（或扫描凭条）</translation>
    </message>
    <message>
        <source>Bookings awaiting approval</source>
        <translation>待审批的预约</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>帮办代办</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Holiday calendar warning</source>
        <extracomment>Years an administrator may look at and confirm (the service accepts these). Whether a year the desk will soon count deadlines in still lacks its holidays. Years near enough to warn about that are not complete, and those of them estimated.</extracomment>
        <translation>节假日日历提醒</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Whether the year is complete</source>
        <translation>该年份是否已录入完整</translation>
    </message>
    <message>
        <source>Mark the year complete</source>
        <translation>标记该年份已录入完整</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>Remove the day...</source>
        <translation>删除该日...</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>删除所选日期</translation>
    </message>
    <message>
        <source>Holiday calendar message</source>
        <translation>节假日日历提示</translation>
    </message>
    <message>
        <source>Only an administrator can change the holiday calendar.</source>
        <translation>只有管理员可以修改节假日日历。</translation>
    </message>
    <message>
        <source>Add or change a day</source>
        <translation>添加或修改日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>保存该日</translation>
    </message>
    <message>
        <source>Enter every day off of a holiday break, and the weekend days worked instead. After saving, the date moves on by one day, so a break is quick to enter.</source>
        <translation>请逐日录入假期中的每个休息日，以及调休上班的周末。保存后日期会自动后移一天，便于快速录入整个假期。</translation>
    </message>
    <message>
        <source>The public holidays of {years} are estimated from the national holiday rule; the holiday swaps (调休) of the State Council&apos;s notice are not known yet, so deadlines in {years} may still change. When the notice is published, enter its extra days off and make-up working days below and confirm the year.</source>
        <translation>{years} 年的法定节假日是按《全国年节及纪念日放假办法》推算的，国务院办公厅放假安排通知中的调休尚未公布，因此 {years} 年的办结期限仍可能调整。通知公布后，请在下方录入其中增加的休息日和调休上班日，并确认该年份。</translation>
    </message>
    <message>
        <source>The public holidays of {years} are estimated from the national holiday rule; the holiday swaps (调休) of the State Council&apos;s notice are not known yet, so deadlines in {years} may still change. Please ask an administrator to enter the notice when it is published.</source>
        <translation>{years} 年的法定节假日是按《全国年节及纪念日放假办法》推算的，国务院办公厅放假安排通知中的调休尚未公布，因此 {years} 年的办结期限仍可能调整。通知公布后，请联系管理员录入。</translation>
    </message>
    <message>
        <source>The public holidays of {years} have not been entered yet. Until they are, deadlines in {years} count only Saturdays and Sundays as days off. Enter them below from the State Council&apos;s notice and mark the year complete.</source>
        <translation>{years} 年的法定节假日尚未录入。录入之前，{years} 年的办结期限只把周六、周日算作休息日。请根据国务院办公厅的放假安排通知在下方录入，并标记该年份已录入完整。</translation>
    </message>
    <message>
        <source>The public holidays of {years} have not been entered yet. Until they are, deadlines in {years} count only Saturdays and Sundays as days off. Please ask an administrator to enter them.</source>
        <translation>{years} 年的法定节假日尚未录入。录入之前，{years} 年的办结期限只把周六、周日算作休息日。请联系管理员录入。</translation>
    </message>
    <message>
        <source>{year} is complete: an administrator confirmed its holidays.</source>
        <translation>{year} 年已录入完整：管理员已确认该年的节假日。</translation>
    </message>
    <message>
        <source>{year} is complete: its holidays come from the built-in calendar.</source>
        <translation>{year} 年已录入完整：节假日来自内置日历。</translation>
    </message>
    <message>
        <source>{year} is ESTIMATED, holiday swaps (调休) not yet known: its statutory holidays come from the national holiday rule. Deadlines in {year} may change until the State Council&apos;s notice is entered or confirmed here.</source>
        <translation>{year} 年为推算数据，调休安排尚未公布：该年的法定节假日按《全国年节及纪念日放假办法》推算。在此录入或确认国务院办公厅的放假安排通知之前，{year} 年的办结期限可能调整。</translation>
    </message>
    <message>
        <source>{year} is NOT complete. Deadlines in {year} count only Saturdays and Sundays as days off until its holidays are entered and the year is marked complete.</source>
        <translation>{year} 年尚未录入完整。在录入该年节假日并标记为已录入完整之前，{year} 年的办结期限只把周六、周日算作休息日。</translation>
    </message>
    <message>
        <source>Confirm the notice for {year}...</source>
        <translation>确认 {year} 年放假通知...</translation>
    </message>
    <message>
        <source>Confirm the State Council&apos;s holiday notice for {year}</source>
        <translation>确认国务院办公厅 {year} 年放假安排通知</translation>
    </message>
    <message>
        <source>Mark {year} complete...</source>
        <translation>标记 {year} 年已录入完整...</translation>
    </message>
    <message>
        <source>Mark the holidays of {year} complete</source>
        <translation>标记 {year} 年的节假日已录入完整</translation>
    </message>
    <message>
        <source>Saved: {date} ({weekday}) {name}.</source>
        <translation>已保存：{date}（{weekday}）{name}。</translation>
    </message>
    <message>
        <source>Select a day in the list first.</source>
        <translation>请先在列表中选择一个日期。</translation>
    </message>
    <message>
        <source>Remove a day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Remove {date} ({weekday}) {name} from the calendar?

It then counts as an ordinary day: a working day from Monday to Friday, a day off on Saturday and Sunday.</source>
        <translation>要从日历中删除 {date}（{weekday}）{name} 吗？

删除后该日按普通日期计算：周一至周五为工作日，周六、周日为休息日。</translation>
    </message>
    <message>
        <source>{date} has been removed from the calendar.</source>
        <translation>已从日历中删除 {date}。</translation>
    </message>
    <message>
        <source>Confirm the holiday notice</source>
        <translation>确认放假安排通知</translation>
    </message>
    <message>
        <source>Have you checked the holidays of {year} against the State Council&apos;s notice and entered its extra days off and make-up working days (调休)?

Confirming ends the warning; deadlines then count the days as entered. You can still change single days later.</source>
        <translation>是否已按国务院办公厅的放假安排通知核对 {year} 年的节假日，并录入通知中增加的休息日和调休上班日？

确认后将不再显示提醒，办结期限按已录入的日期计算。之后仍可修改个别日期。</translation>
    </message>
    <message>
        <source>Have you entered every public holiday and make-up working day of {year}?

Marking {year} complete ends the warning; deadlines then count the days as entered. You can still change single days later.</source>
        <translation>{year} 年的法定节假日和调休上班日是否已全部录入？

标记 {year} 年已录入完整后，将不再显示提醒，办结期限按已录入的日期计算。之后仍可修改个别日期。</translation>
    </message>
    <message>
        <source>The holiday notice for {year} is confirmed.</source>
        <translation>{year} 年放假安排通知已确认。</translation>
    </message>
    <message>
        <source>{year} is marked complete.</source>
        <translation>{year} 年已标记为录入完整。</translation>
    </message>
</context>
<context>
    <name>CallBackDialog</name>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>They said</source>
        <translation>居民意见</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>居民意见</translation>
    </message>
    <message>
        <source>Record call back</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Record the call back</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A poor rating can be followed by reopening the demand (复办).</source>
        <translation>评价不满意的，可以复办。</translation>
    </message>
</context>
<context>
    <name>CallerModel</name>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>反映时间</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未回访</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is the booking cancelled? The reason is kept with the booking.</source>
        <translation>取消预约的原因是什么？原因会随预约一并保存。</translation>
    </message>
    <message>
        <source>Only this date</source>
        <translation>仅此日期</translation>
    </message>
    <message>
        <source>Cancel only this date</source>
        <translation>仅取消这一天</translation>
    </message>
    <message>
        <source>This date and every later date of the series ({count} dates, from {first})</source>
        <translation>此日期及以后的所有重复日期（自{first}起，共{count}个日期）</translation>
    </message>
    <message>
        <source>Cancel this and the later dates of the series</source>
        <translation>取消此日期及之后的重复预约</translation>
    </message>
    <message>
        <source>This booking repeats</source>
        <translation>这是重复预约</translation>
    </message>
</context>
<context>
    <name>CancelShiftDialog</name>
    <message>
        <source>Cancel a volunteer&apos;s shift</source>
        <translation>取消志愿者的服务</translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation>最多 {max} 个字</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>Why the shift is cancelled</source>
        <translation>取消服务的原因</translation>
    </message>
    <message>
        <source>Cancel the shift</source>
        <translation>取消服务</translation>
    </message>
    <message>
        <source>Cancel the volunteer&apos;s shift</source>
        <translation>取消该志愿者的服务</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Who</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Status</source>
        <extracomment>Moves offered on an existing case (intake moves happen in the intake dialog).</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>办件信息</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>On their behalf</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>组织关系介绍信</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>Print this case&apos;s slip</source>
        <translation>打印本办件的回执</translation>
    </message>
    <message>
        <source>Record rating</source>
        <translation>录入评价</translation>
    </message>
    <message>
        <source>Record the resident&apos;s rating</source>
        <translation>录入居民的评价</translation>
    </message>
    <message>
        <source>Call-back made</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <source>Record the call-back</source>
        <translation>登记回访结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>办件 {number}</translation>
    </message>
    <message>
        <source>{status} · promised by {due}</source>
        <translation>{status} · 承诺 {due} 前办结</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>handled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%n paused day(s)</source>
        <translation>
            <numerusform>暂停 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>receipt back {date}</source>
        <translation>回执已于 {date} 返回</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>owed by {date}</source>
        <translation>应于 {date} 前回访</translation>
    </message>
    <message>
        <source>Why is the case paused? The paused working days extend the promised date.</source>
        <translation>请填写暂停原因。暂停的工作日不计入办理时限，承诺办结日期相应顺延。</translation>
    </message>
    <message>
        <source>Why is the case returned?</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <source>Why can the case not be accepted? This is printed on the notice.</source>
        <translation>请填写不予受理的原因，该原因将打印在告知书上。</translation>
    </message>
    <message>
        <source>What did the resident say on the call-back?</source>
        <translation>请填写回访时居民反映的意见。</translation>
    </message>
</context>
<context>
    <name>CaseEventModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>overdue</source>
        <extracomment>Text colours of the urgency levels (red for overdue, as the desk expects).</extracomment>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>{name} (agent: {agent})</source>
        <translation>{name}（代办人：{agent}）</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>New case (F3)</source>
        <extracomment>The views with a count on their button, in the order the desk works through them.</extracomment>
        <translation>新办件（F3）</translation>
    </message>
    <message>
        <source>Take in a new case</source>
        <translation>登记新办件</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>查找办件</translation>
    </message>
    <message>
        <source>Case number, name, initials or phone ending</source>
        <translation>办件编号、姓名、拼音首字母或电话尾号</translation>
    </message>
    <message>
        <source>Case number (or scan the slip), name, initials or last 4 phone digits</source>
        <translation>办件编号（或扫描回执）、姓名、拼音首字母或电话后 4 位</translation>
    </message>
    <message>
        <source>Filter by service item</source>
        <translation>按服务事项筛选</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>按承办部门筛选</translation>
    </message>
    <message>
        <source>Filter by clerk</source>
        <translation>按工作人员筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开办件</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开所选办件</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Any item</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Anyone at the desk</source>
        <translation>全部工作人员</translation>
    </message>
    <message>
        <source>There is no case numbered {number}.</source>
        <translation>没有编号为 {number} 的办件。</translation>
    </message>
    <message>
        <source>Case {number} saved: {status}.</source>
        <translation>办件 {number} 已保存：{status}。</translation>
    </message>
    <message>
        <source>Case {number} saved. {printing}</source>
        <translation>办件 {number} 已保存。{printing}</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Find a service item</source>
        <translation>查找服务事项</translation>
    </message>
    <message>
        <source>Find by code, name or office</source>
        <translation>按编码、名称或承办部门查找</translation>
    </message>
    <message>
        <source>Show retired items</source>
        <translation>显示已停用事项</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Add an item...</source>
        <translation>添加事项...</translation>
    </message>
    <message>
        <source>Add a service item</source>
        <translation>添加服务事项</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <source>Change the selected item</source>
        <translation>修改所选事项</translation>
    </message>
    <message>
        <source>Retire...</source>
        <translation>停用...</translation>
    </message>
    <message>
        <source>Retire or restore the selected item</source>
        <translation>停用或恢复所选事项</translation>
    </message>
    <message>
        <source>Service list message</source>
        <translation>事项清单提示</translation>
    </message>
    <message>
        <source>Only an administrator can change the service list.</source>
        <translation>只有管理员可以修改事项清单。</translation>
    </message>
    <message>
        <source>{shown} of {total} items</source>
        <translation>显示 {shown} 项，共 {total} 项</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>请先在列表中选择一个事项。</translation>
    </message>
    <message>
        <source>{code} {name} has been added to the service list.</source>
        <translation>{code} {name} 已加入事项清单。</translation>
    </message>
    <message>
        <source>{code} {name} has been saved. Cases already taken keep what they started with.</source>
        <translation>{code} {name} 已保存。已受理的办件仍按受理时的要求办理。</translation>
    </message>
    <message>
        <source>Retire a service item</source>
        <translation>停用服务事项</translation>
    </message>
    <message>
        <source>Retire {code} {name}?

It can no longer be chosen for new cases. Its {count} cases and their history stay as they are, and you can restore the item later.</source>
        <translation>要停用 {code} {name} 吗？

停用后，新办件不能再选择该事项。该事项已有的 {count} 件办件及其办理记录保持不变，以后也可以恢复该事项。</translation>
    </message>
    <message>
        <source>{code} {name} is retired and can no longer be chosen for new cases.</source>
        <translation>{code} {name} 已停用，新办件不能再选择该事项。</translation>
    </message>
    <message>
        <source>{code} {name} is back on the service list.</source>
        <translation>{code} {name} 已恢复到事项清单。</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
</context>
<context>
    <name>CertificatePrinting</name>
    <message>
        <source>{number} Certificate of volunteer service {name}</source>
        <translation>{number} 志愿服务记录证明 {name}</translation>
    </message>
    <message>
        <source>Volunteer hours for public notice {start} ~ {end}</source>
        <translation>志愿服务时长公示 {start} ~ {end}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>保存证明</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>Certificates issued</source>
        <translation>已出具的证明</translation>
    </message>
    <message>
        <source>Reprint...</source>
        <translation>补打...</translation>
    </message>
    <message>
        <source>Print the selected certificate again</source>
        <translation>补打所选证明</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF</source>
        <translation>将所选证明保存为 PDF</translation>
    </message>
    <message>
        <source>Certificates message</source>
        <translation>证明提示</translation>
    </message>
    <message>
        <source>Select a certificate first.</source>
        <translation>请先选择一份证明。</translation>
    </message>
    <message>
        <source>Certificate {number} is printed again.</source>
        <translation>证明 {number} 已补打。</translation>
    </message>
    <message>
        <source>Certificate {number} was not printed.</source>
        <translation>证明 {number} 未打印。</translation>
    </message>
    <message>
        <source>The certificate could not be written ({reason}).</source>
        <translation>证明无法写入（{reason}）。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record an annual check</source>
        <translation>登记年审</translation>
    </message>
    <message>
        <source>Annual check due: {month}</source>
        <translation>应年审月份：{month}</translation>
    </message>
    <message>
        <source>Annual check due: {month}; last check {date}</source>
        <translation>应年审月份：{month}；上次年审：{date}</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>How the check was done</source>
        <translation>年审方式</translation>
    </message>
    <message>
        <source>optional, e.g. who was seen at home</source>
        <translation>选填，例如入户时见到了谁</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The check counts for today. A check in person at the desk is taken as a case (annual check) instead, so that it gets a number and a slip.</source>
        <translation>本次年审记为今天完成。本人到前台年审的，请改为新建办件（年审事项），以便生成办件编号和回执。</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>登记年审</translation>
    </message>
    <message>
        <source>Record the annual check</source>
        <translation>登记本次年审</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim a project</source>
        <translation>认领项目</translation>
    </message>
    <message>
        <source>&amp;Claimed by</source>
        <translation>认领方(&amp;C)</translation>
    </message>
    <message>
        <source>The unit or member who claims the project</source>
        <translation>认领项目的单位或党员</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Record the claim</source>
        <translation>登记认领</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A project is claimed by one unit or one member, once.</source>
        <translation>一个项目只能由一个单位或一名党员认领一次。</translation>
    </message>
</context>
<context>
    <name>ClaimantPicker</name>
    <message>
        <source>Find a unit or member by name, pinyin initials or phone&apos;s last 4 digits</source>
        <extracomment>The chosen claimant changed (None: nothing chosen).</extracomment>
        <translation>按名称、拼音首字母或电话后 4 位查找单位或党员</translation>
    </message>
    <message>
        <source>Unit or member: name, pinyin initials or phone&apos;s last 4 digits</source>
        <translation>单位或党员：名称、拼音首字母或电话后 4 位</translation>
    </message>
    <message>
        <source>Units and members found</source>
        <translation>查到的单位和党员</translation>
    </message>
</context>
<context>
    <name>ClaimantTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Close rooms</source>
        <translation>设置闭馆</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>功能室(&amp;R)</translation>
    </message>
    <message>
        <source>Room to close</source>
        <translation>闭馆的功能室</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>闭馆开始日期(&amp;F)</translation>
    </message>
    <message>
        <source>First closed day</source>
        <translation>闭馆首日</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>结束日期(&amp;L)</translation>
    </message>
    <message>
        <source>Last closed day</source>
        <translation>闭馆结束日期</translation>
    </message>
    <message>
        <source>e.g. 地板维修</source>
        <translation>如：地板维修</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <source>Why the rooms are closed</source>
        <translation>闭馆原因</translation>
    </message>
    <message>
        <source>No new bookings can be made on closed days. Bookings already made on them stay; call the people who made them.</source>
        <translation>闭馆日不能新建预约。这些日期已有的预约仍然保留，请电话通知预约人。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the closure</source>
        <translation>添加闭馆安排</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ClosureTableModel</name>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Figure</source>
        <extracomment>The desk&apos;s figures in the order listed, and the context their names are marked in.
----------
Colours of a change: green for good news, red for bad.</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减（%）</translation>
    </message>
    <message>
        <source>Click or press Enter to list the records</source>
        <translation>单击或按 Enter 查看明细</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Result for the resident</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>e.g. approved; certificate handed over</source>
        <translation>例如：审核通过，证明已交本人</translation>
    </message>
    <message>
        <source>Did not rate</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Ask the resident to rate the service. “Dissatisfied” or “Very dissatisfied” opens a call-back due within 5 working days.</source>
        <translation>请居民对本次服务进行评价。评价为“不满意”或“非常不满意”的，须在 5 个工作日内回访。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CountyModel</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>People</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>功能室使用</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
</context>
<context>
    <name>CountyView</name>
    <message>
        <source>Print county report</source>
        <translation>打印全县报表</translation>
    </message>
    <message>
        <source>Print the report of every center</source>
        <translation>打印各中心的报表</translation>
    </message>
    <message>
        <source>Every center</source>
        <translation>各中心</translation>
    </message>
    <message>
        <source>Figures of every center on this server for the period chosen above. Overdue cases are counted as they stand now.</source>
        <translation>本服务器上各中心在上方所选时段的统计数据。超期件按当前状态统计。</translation>
    </message>
    <message>
        <source>Party service: demands of every center</source>
        <translation>党员服务：各中心需求</translation>
    </message>
    <message>
        <source>Demands of every center</source>
        <translation>各中心需求</translation>
    </message>
    <message>
        <source>Activities and volunteer hours of every center</source>
        <translation>各中心活动与志愿服务时长</translation>
    </message>
    <message>
        <source>Activities of every center</source>
        <translation>各中心活动</translation>
    </message>
    <message>
        <source>{n} centers, {period}</source>
        <translation>共{n}个中心，{period}</translation>
    </message>
    <message>
        <source>{text} (as of {time})</source>
        <translation>{text}（截至 {time}）</translation>
    </message>
</context>
<context>
    <name>DemandBreakdownModel</name>
    <message>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>DemandChart</name>
    <message>
        <source>Demands over time</source>
        <translation>需求走势</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Collected, previous period</source>
        <translation>上期收集</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Demands collected</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Demands solved</source>
        <translation>办结需求</translation>
    </message>
</context>
<context>
    <name>DemandCountyModel</name>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超时</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>全部中心</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Where it stands</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>With</source>
        <translation>承接人</translation>
    </message>
    <message>
        <source>Taken on at</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Wish by</source>
        <translation>期望完成</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>并单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Other residents who raised it</source>
        <translation>并单居民</translation>
    </message>
    <message>
        <source>Call back caller…</source>
        <translation>回访并单居民…</translation>
    </message>
    <message>
        <source>Call back the selected caller</source>
        <translation>回访所选并单居民</translation>
    </message>
    <message>
        <source>Other residents who raised it (并单)</source>
        <translation>并单居民</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>登记到场</translation>
    </message>
    <message>
        <source>Record arrival on site</source>
        <translation>登记到场时间</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <source>Merge into another demand</source>
        <translation>并入其他诉求</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>打印群众点单回执</translation>
    </message>
    <message>
        <source>Print dispatch slip</source>
        <translation>打印派单单</translation>
    </message>
    <message>
        <source>Print the dispatch slip</source>
        <translation>打印派单单</translation>
    </message>
    <message>
        <source>with the full contact</source>
        <translation>显示完整联系方式</translation>
    </message>
    <message>
        <source>Print the contact in full on the dispatch slip</source>
        <translation>在派单单上打印完整联系方式</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Demand {number}</source>
        <translation>诉求 {number}</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>时限 {time}</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>needs a visit</source>
        <translation>需到场</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of service</source>
        <translation>
            <numerusform>服务 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>merged into {number}</source>
        <translation>已并入 {number}</translation>
    </message>
    <message>
        <source>carries {numbers}</source>
        <translation>并入了 {numbers}</translation>
    </message>
    <message>
        <source>Call back {name}</source>
        <translation>回访{name}</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Why is it handed back? It goes back to the pool.</source>
        <translation>退单原因？诉求将退回待派单。</translation>
    </message>
    <message>
        <source>Why is it reopened? It goes back to whoever had it; the history is kept.</source>
        <translation>复办原因？诉求将交回原承接人，办理记录保留。</translation>
    </message>
    <message>
        <source>the caller</source>
        <translation>来电居民</translation>
    </message>
    <message>
        <source>No similar open demand to merge into.</source>
        <translation>没有可并入的相似在办诉求。</translation>
    </message>
    <message>
        <source>Fold {number} into the selected demand: its resident becomes a caller there and {number} leaves the lists.</source>
        <translation>将 {number} 并入所选诉求：其反映人成为该诉求的并单居民，{number} 不再出现在列表中。</translation>
    </message>
</context>
<context>
    <name>DemandEventModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With</source>
        <translation>承接人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DemandFigures</name>
    <message>
        <source>Demands collected</source>
        <extracomment>Overdue demands are red, as overdue cases are. Every demand figure, in the order the comparison table lists them.</extracomment>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Residents&apos; calls (merged included)</source>
        <translation>群众诉求（含并单）</translation>
    </message>
    <message>
        <source>Small wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Taken on in time</source>
        <translation>及时接单</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Solved in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>复办</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Solved in time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Hours of service</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
</context>
<context>
    <name>DemandIntakeDialog</name>
    <message>
        <source>New demand</source>
        <translation>新诉求</translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>No resident: anonymous</source>
        <translation>不登记居民：匿名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact name (optional)</source>
        <translation>联系人姓名（可不填）</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact phone (optional)</source>
        <translation>联系电话（可不填）</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the demand came from</source>
        <translation>诉求来源</translation>
    </message>
    <message>
        <source>The demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Demand or small wish</source>
        <translation>需求或微心愿</translation>
    </message>
    <message>
        <source>Wish by</source>
        <translation>期望完成</translation>
    </message>
    <message>
        <source>Date the wish should come true by</source>
        <translation>微心愿期望完成日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category of demand</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Level and its response time</source>
        <translation>等级及响应时限</translation>
    </message>
    <message>
        <source>Someone must go there (within {time})</source>
        <translation>需要到场（{time}内）</translation>
    </message>
    <message>
        <source>Needs a visit</source>
        <translation>需要到场</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Neighbourhood (小区)</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid (网格)</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Building, unit, spot</source>
        <translation>楼栋、单元、具体位置</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Building, unit or spot</source>
        <translation>楼栋、单元或具体位置</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>What the resident needs</source>
        <translation>群众诉求内容</translation>
    </message>
    <message>
        <source>Save demand</source>
        <translation>保存诉求</translation>
    </message>
    <message>
        <source>Save the demand (Ctrl+Enter)</source>
        <translation>保存诉求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Save the demand (Enter, or Ctrl+Enter anywhere)</source>
        <translation>保存诉求（回车，或在任意位置按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resident: {name} {phone}</source>
        <translation>居民：{name} {phone}</translation>
    </message>
    <message>
        <source>Anonymous: find a resident above, or give a contact below (optional).</source>
        <translation>匿名：可在上方查找居民，或在下方填写联系人（可不填）。</translation>
    </message>
</context>
<context>
    <name>DemandPrinting</name>
    <message>
        <source>dispatch slip</source>
        <translation>派单单</translation>
    </message>
    <message>
        <source>demand receipt</source>
        <translation>群众点单回执</translation>
    </message>
    <message>
        <source>The {document} was printed; a copy is kept at {path}.</source>
        <translation>{document}已打印，副本保存在 {path}。</translation>
    </message>
    <message>
        <source>Printing cancelled. The {document} is kept at {path}; it can be printed again at any time.</source>
        <translation>已取消打印。{document}保存在 {path}，可随时重新打印。</translation>
    </message>
    <message>
        <source>No printer: the {document} is kept at {path}.</source>
        <translation>没有打印机：{document}保存在 {path}。</translation>
    </message>
    <message>
        <source>The printer failed. The {document} is kept at {path}; it can be printed again at any time.</source>
        <translation>打印失败。{document}保存在 {path}，可随时重新打印。</translation>
    </message>
</context>
<context>
    <name>DemandTableModel</name>
    <message>
        <source>overdue</source>
        <extracomment>Text colours of the clock states (the case page&apos;s red and amber).</extracomment>
        <translation>已超时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With</source>
        <translation>承接人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>DemandsTab</name>
    <message>
        <source>New demand (Ctrl+N)</source>
        <extracomment>The status filter&apos;s own choices besides one status.</extracomment>
        <translation>新诉求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Take a new demand</source>
        <translation>受理新诉求</translation>
    </message>
    <message>
        <source>Take a new demand (Ctrl+N)</source>
        <translation>受理新诉求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search demands</source>
        <translation>查找诉求</translation>
    </message>
    <message>
        <source>Demand number (or scan the receipt), resident, initials, last 4 phone digits, place or who has it (Ctrl+F)</source>
        <translation>诉求编号（或扫描回执）、居民、拼音首字母、电话后4位、地点或承接人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Not called back yet</source>
        <translation>未回访的</translation>
    </message>
    <message>
        <source>All demands</source>
        <translation>全部诉求</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Demands or small wishes</source>
        <translation>需求或微心愿</translation>
    </message>
    <message>
        <source>Demands and wishes</source>
        <translation>需求和微心愿</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>Show overdue demands only</source>
        <translation>只显示超时诉求</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Number, name, phone or place (Ctrl+F)</source>
        <translation>编号、姓名、电话尾号或地点（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open demand…</source>
        <translation>打开诉求…</translation>
    </message>
    <message>
        <source>Open the selected demand</source>
        <translation>打开所选诉求</translation>
    </message>
    <message>
        <source>Open the selected demand (Enter)</source>
        <translation>打开所选诉求（回车）</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>How many are shown</source>
        <translation>显示条数</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n 件诉求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件超时</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no demand numbered {number}.</source>
        <translation>没有编号为 {number} 的需求。</translation>
    </message>
    <message>
        <source>The call was merged into {number} (并单).</source>
        <translation>已并入 {number}（并单）。</translation>
    </message>
    <message>
        <source>Demand {number} saved.</source>
        <translation>诉求 {number} 已保存。</translation>
    </message>
    <message>
        <source>Demand {number} saved. {printing}</source>
        <translation>诉求 {number} 已保存。{printing}</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Give {number} to someone else</source>
        <extracomment>The service call: (member_id, unit_id, note or reason) -&gt; the demand as it is now.</extracomment>
        <translation>改派 {number}</translation>
    </message>
    <message>
        <source>Dispatch {number}</source>
        <translation>派单 {number}</translation>
    </message>
    <message>
        <source>Search all members and units</source>
        <translation>在全部党员和单位中查找</translation>
    </message>
    <message>
        <source>Name, unit, initials or phone ending</source>
        <translation>姓名、单位、拼音首字母或电话尾号</translation>
    </message>
    <message>
        <source>Suggested members and units</source>
        <translation>推荐的党员和单位</translation>
    </message>
    <message>
        <source>Why it goes to someone else</source>
        <translation>改派原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note for them</source>
        <translation>给承接人的备注</translation>
    </message>
    <message>
        <source>Give it to them</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Dispatch to the selected member or unit</source>
        <translation>派给所选党员或单位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ranked by: talent pool that fits, same neighbourhood, same grid, fewest open demands, best ratings. Members confirm by phone or in person afterwards.</source>
        <translation>排序依据：人才库对口、同小区、同网格、在办诉求最少、评价最好。党员随后通过电话或当面确认接单。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among all members and units.</source>
        <translation>
            <numerusform>在全部党员和单位中找到 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested for this demand, best first.</source>
        <translation>为此诉求推荐，最合适的在前。</translation>
    </message>
</context>
<context>
    <name>ElderlyPanel</name>
    <message>
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <source>Amounts not set</source>
        <translation>补贴标准未设置</translation>
    </message>
    <message>
        <source>Annual checks due</source>
        <translation>待年审人员</translation>
    </message>
    <message>
        <source>Nobody&apos;s annual check is due this month or overdue.</source>
        <translation>本月没有待年审或年审逾期的人员。</translation>
    </message>
    <message>
        <source>Band changes next month</source>
        <translation>下月调档人员</translation>
    </message>
    <message>
        <source>Nobody moves into a higher age band next month.</source>
        <translation>下月没有升入更高年龄档的人员。</translation>
    </message>
    <message>
        <source>Everyone subsidised</source>
        <translation>全部享受补贴人员</translation>
    </message>
    <message>
        <source>Nobody receives the subsidy yet. It starts when an application is completed.</source>
        <translation>目前还没有人领取高龄补贴。申请办结后开始发放。</translation>
    </message>
    <message>
        <source>Show stopped payments</source>
        <translation>显示已停发人员</translation>
    </message>
    <message>
        <source>People who reach the first age of a higher band next month.</source>
        <translation>下月将达到更高年龄档起始年龄的人员。</translation>
    </message>
    <message>
        <source>Elderly-age subsidy lists</source>
        <translation>高龄补贴名单</translation>
    </message>
    <message>
        <source>Monthly amounts</source>
        <translation>补贴标准</translation>
    </message>
    <message>
        <source>Record check...</source>
        <translation>登记年审...</translation>
    </message>
    <message>
        <source>Record an annual check of the selected person</source>
        <translation>为所选人员登记年审</translation>
    </message>
    <message>
        <source>Stop payment...</source>
        <translation>停发...</translation>
    </message>
    <message>
        <source>Stop payment to the selected person</source>
        <translation>停发所选人员的补贴</translation>
    </message>
    <message>
        <source>Resume payment</source>
        <translation>恢复发放</translation>
    </message>
    <message>
        <source>Resume payment to the selected person</source>
        <translation>恢复发放所选人员的补贴</translation>
    </message>
    <message>
        <source>Elderly-age subsidy message</source>
        <translation>高龄补贴提示</translation>
    </message>
    <message>
        <source>The monthly amount of each age band, in yuan per person, as the province or city sets it. Lists and slips show these amounts; change them when the rules change.</source>
        <translation>按省、市规定填写各年龄档每人每月的补贴金额（元）。名单和回执上显示这些金额；政策调整时请及时修改。</translation>
    </message>
    <message>
        <source>Amounts message</source>
        <translation>补贴标准提示</translation>
    </message>
    <message>
        <source>Save amounts</source>
        <translation>保存标准</translation>
    </message>
    <message>
        <source>Save the monthly amounts</source>
        <translation>保存每月补贴标准</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如：100</translation>
    </message>
    <message>
        <source>Aged {band} (yuan a month)</source>
        <translation>{band} 岁（元/月）</translation>
    </message>
    <message>
        <source>Monthly amount in yuan for ages {band}</source>
        <translation>{band} 岁每月补贴金额（元）</translation>
    </message>
    <message>
        <source>Checks due ({count}, {overdue} overdue)</source>
        <translation>待年审（{count}，逾期 {overdue}）</translation>
    </message>
    <message>
        <source>Checks due ({count})</source>
        <translation>待年审（{count}）</translation>
    </message>
    <message>
        <source>Band changes next month ({count})</source>
        <translation>下月调档（{count}）</translation>
    </message>
    <message>
        <source>All subsidised ({count})</source>
        <translation>全部享受补贴人员（{count}）</translation>
    </message>
    <message>
        <source>Monthly amounts are not set yet; an administrator enters them here.</source>
        <translation>每月补贴标准尚未设置；请管理员在此处填写。</translation>
    </message>
    <message>
        <source>Monthly amounts are not set yet; please ask an administrator to enter them.</source>
        <translation>每月补贴标准尚未设置；请联系管理员填写。</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一位人员。</translation>
    </message>
    <message>
        <source>The annual check of {name} is recorded.</source>
        <translation>已为 {name} 登记年审。</translation>
    </message>
    <message>
        <source>Payment to {name} stops from {date}.</source>
        <translation>{name} 的补贴自 {date} 起停发。</translation>
    </message>
    <message>
        <source>Resume payment to {name}?

The stop from {date} is taken back and payment goes on as before.</source>
        <translation>要恢复发放 {name} 的补贴吗？

将撤销自 {date} 起的停发，补贴照常发放。</translation>
    </message>
    <message>
        <source>Payment to {name} goes on again.</source>
        <translation>{name} 的补贴已恢复发放。</translation>
    </message>
    <message>
        <source>The monthly amounts are saved.</source>
        <translation>每月补贴标准已保存。</translation>
    </message>
</context>
<context>
    <name>EntryNameDialog</name>
    <message>
        <source>Add a talent pool</source>
        <translation>添加人才库</translation>
    </message>
    <message>
        <source>Add a kind of demand</source>
        <translation>添加需求分类</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>为 {name} 改名</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What was filed under the old name keeps it under the new one.</source>
        <translation>原名称下的记录会随之改用新名称。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Hall Desk</source>
        <translation>党群服务中心前台</translation>
    </message>
    <message>
        <source>Something went wrong. What you saved before is safe; please try again. If it keeps happening, tell your administrator. Details were written to:
{path}</source>
        <translation>程序出现错误。之前已保存的内容不受影响，请重试。如果问题反复出现，请告知管理员。详细信息已写入：
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>FeedbackSheetDialog</name>
    <message>
        <source>Feedback sheet of {name}</source>
        <extracomment>Where the sheet was last saved, for the message of whoever opened the dialog.</extracomment>
        <translation>{name} 的反馈表</translation>
    </message>
    <message>
        <source>The demands {name} solved, with hours and ratings, to send back to the unit.</source>
        <translation>{name} 办结的需求、服务时长和评价，用于反馈给报到单位。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF</source>
        <translation>将反馈表另存为 PDF</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Print the feedback sheet</source>
        <translation>打印反馈表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Feedback sheet {name} {first} ~ {last}</source>
        <translation>反馈表 {name} {first} ~ {last}</translation>
    </message>
    <message>
        <source>Save the feedback sheet</source>
        <translation>保存反馈表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be written to {path} ({reason}).</source>
        <translation>反馈表无法写入 {path}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Visitors</source>
        <extracomment>Every period figure, in the order the comparison table and the printed report list them.</extracomment>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Registered visits</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>People</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Walk-ins counted</source>
        <translation>快速计数</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>功能室预约</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>使用小时</translation>
    </message>
    <message>
        <source>Hours open</source>
        <translation>开放小时</translation>
    </message>
    <message>
        <source>Share of hours used</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} 个百分点</translation>
    </message>
</context>
<context>
    <name>HolidayTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入方</translation>
    </message>
    <message>
        <source>Built-in calendar</source>
        <translation>内置日历</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>National holiday rule</source>
        <translation>国家放假办法推算</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>First day of the period</source>
        <extracomment>What this tab&apos;s changes are called in the one &quot;data changed&quot; notice.</extracomment>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Show this year</source>
        <translation>显示本年</translation>
    </message>
    <message>
        <source>Print the public notice...</source>
        <translation>打印公示名单...</translation>
    </message>
    <message>
        <source>Print the list of everyone&apos;s hours in the period, to post for 7 days</source>
        <translation>打印本期间所有人的志愿服务时长，公示 7 天</translation>
    </message>
    <message>
        <source>Volunteers with hours in the period</source>
        <translation>本期间有服务时长的志愿者</translation>
    </message>
    <message>
        <source>Shifts of the chosen volunteer</source>
        <translation>所选志愿者的服务记录</translation>
    </message>
    <message>
        <source>Issue a certificate...</source>
        <translation>出具证明...</translation>
    </message>
    <message>
        <source>Issue a certificate of volunteer service to the chosen volunteer for the period</source>
        <translation>为所选志愿者出具本期间的志愿服务记录证明</translation>
    </message>
    <message>
        <source>Hours message</source>
        <translation>时长提示</translation>
    </message>
    <message>
        <source>Certificates issued in the period (register)</source>
        <translation>本期间出具的证明（登记簿）</translation>
    </message>
    <message>
        <source>The first day of the period is after the last.</source>
        <translation>期间的第一天晚于最后一天。</translation>
    </message>
    <message>
        <source>{count} volunteers, {hours} h</source>
        <translation>志愿者 {count} 人，共 {hours} 小时</translation>
    </message>
    <message>
        <source>Choose a volunteer to see each of their shifts.</source>
        <translation>选择一名志愿者，查看其每次服务记录。</translation>
    </message>
    <message>
        <source>{who}: {hours} h in {shifts} shifts</source>
        <translation>{who}：共 {shifts} 次，{hours} 小时</translation>
    </message>
    <message>
        <source>Select a volunteer in the list first.</source>
        <translation>请先在列表中选择一名志愿者。</translation>
    </message>
    <message>
        <source>Certificate {number} is issued to {name}.</source>
        <translation>已为 {name} 出具证明 {number}。</translation>
    </message>
</context>
<context>
    <name>HoursTotalModel</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>This desk is locked.</source>
        <extracomment>How often the idle time is looked at; the lock comes at most this late. Events that show a person is at the desk.</extracomment>
        <translation>本前台已锁屏。</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>闲置锁屏</translation>
    </message>
    <message>
        <source>Minutes without use before the desk locks</source>
        <translation>闲置锁屏时间（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Idle lock message</source>
        <translation>闲置锁屏提示</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input, this computer covers the desk and asks for the password again; what was typed stays. A setting of this computer only, changed by an administrator.</source>
        <translation>键盘和鼠标无操作达到设定分钟数后，本机会遮挡前台界面并要求重新输入密码；已输入的内容会保留。此设置仅对本机有效，由管理员修改。</translation>
    </message>
    <message>
        <source>The idle time could not be saved: {reason}</source>
        <translation>无法保存闲置锁屏时间：{reason}</translation>
    </message>
    <message>
        <source>Saved. The desk locks after {minutes} minutes without use.</source>
        <translation>已保存。闲置 {minutes} 分钟后锁屏。</translation>
    </message>
    <message>
        <source>Saved. The desk no longer locks by itself.</source>
        <translation>已保存。前台不再自动锁屏。</translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>新办件</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>换人</translation>
    </message>
    <message>
        <source>Clear the chosen resident</source>
        <translation>取消所选居民</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>居民姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Resident&apos;s ID number</source>
        <translation>居民证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>居民电话</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Type part of the name or code</source>
        <translation>输入事项名称或编码的一部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Tick the documents handed in</source>
        <translation>勾选已收取的材料</translation>
    </message>
    <message>
        <source>All handed in</source>
        <translation>全部已收</translation>
    </message>
    <message>
        <source>Tick every document</source>
        <translation>勾选全部材料</translation>
    </message>
    <message>
        <source>Anything else still needed, separated by ；</source>
        <translation>其他尚缺材料，用“；”分隔</translation>
    </message>
    <message>
        <source>Other documents still needed</source>
        <translation>其他尚缺材料</translation>
    </message>
    <message>
        <source>Also needed</source>
        <translation>其他缺件</translation>
    </message>
    <message>
        <source>Handled on the resident&apos;s behalf (帮办代办)</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Agent&apos;s relationship to the resident</source>
        <translation>代办人与居民的关系</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>组织关系介绍信</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>转接方向</translation>
    </message>
    <message>
        <source>Within the province?</source>
        <translation>是否省内</translation>
    </message>
    <message>
        <source>From organisation</source>
        <translation>转出党组织</translation>
    </message>
    <message>
        <source>To organisation</source>
        <translation>转入党组织</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>转接方式</translation>
    </message>
    <message>
        <source>Annual check</source>
        <translation>年审</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>How the annual check is done</source>
        <translation>年审方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accept and print slip</source>
        <translation>受理并打印回执</translation>
    </message>
    <message>
        <source>Accept the case (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Issue a one-time notice (一次性告知)</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>Refuse...</source>
        <translation>不予受理...</translation>
    </message>
    <message>
        <source>Refuse the case (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Known resident: {name} {id} {phone}. Type a number only to change it.</source>
        <translation>已登记居民：{name} {id} {phone}。如需修改号码，请直接输入新号码。</translation>
    </message>
    <message>
        <source>Find a returning resident above, or type a new one.</source>
        <translation>请在上方查找已登记居民，或直接填写新居民的信息。</translation>
    </message>
    <message>
        <source>handled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>may be done on their behalf</source>
        <translation>可帮办代办</translation>
    </message>
    <message>
        <source>in person only</source>
        <translation>须本人办理</translation>
    </message>
    <message>
        <source>Handled on the spot.</source>
        <translation>当场办结。</translation>
    </message>
    <message>
        <source>If accepted now, promised by {date} ({days} working days).</source>
        <translation>如现在受理，承诺于 {date} 前办结（{days} 个工作日）。</translation>
    </message>
    <message>
        <source>Refuse the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why can the case not be accepted? This is printed on the notice.</source>
        <translation>请填写不予受理的原因，该原因将打印在告知书上。</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <source>Issue a certificate of volunteer service</source>
        <translation>出具志愿服务记录证明</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Issue and print...</source>
        <translation>出具并打印...</translation>
    </message>
    <message>
        <source>Issue the certificate and print it</source>
        <translation>出具证明并打印</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The certificate is numbered and free of charge; it lists every shift of the period from the center&apos;s own records. It can be printed again from the register.</source>
        <translation>证明统一编号、免费出具，依据本中心的记录逐项列出本期间的每次服务，可在登记簿中补打。</translation>
    </message>
    <message>
        <source>{hours} h in {shifts} shifts in this period.</source>
        <translation>本期间共 {shifts} 次，{hours} 小时。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Add a service item</source>
        <translation>添加服务事项</translation>
    </message>
    <message>
        <source>Change {code} {name}</source>
        <translation>修改 {code} {name}</translation>
    </message>
    <message>
        <source>e.g. MZ001</source>
        <translation>例如：MZ001</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>choose or type, e.g. 民政办</source>
        <translation>选择或输入，例如：民政办</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>承办部门(&amp;O)</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Some items open extra screens at the desk; most items are general.</source>
        <translation>部分事项在前台受理时需要填写额外内容；大多数事项为一般事项。</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>One document per line, e.g.
户口簿
身份证</source>
        <translation>每行填写一种材料，例如：
户口簿
身份证</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>所需材料(&amp;D)</translation>
    </message>
    <message>
        <source>Documents to bring, one per line</source>
        <translation>所需材料，每行一种</translation>
    </message>
    <message>
        <source>&amp;Time limit</source>
        <translation>承诺时限(&amp;T)</translation>
    </message>
    <message>
        <source>Time limit in working days, 0 for on the spot</source>
        <translation>承诺办结时限（工作日），0 表示当场办结</translation>
    </message>
    <message>
        <source>Someone may handle it on the resident&apos;s behalf</source>
        <translation>可由他人帮办代办</translation>
    </message>
    <message>
        <source>By an a&amp;gent</source>
        <translation>帮办代办(&amp;G)</translation>
    </message>
    <message>
        <source>May be handled by an agent</source>
        <translation>可帮办代办</translation>
    </message>
    <message>
        <source>Changes apply to new cases. Cases already taken keep the documents and the time limit they started with.</source>
        <translation>修改只对新办件生效。已受理的办件仍按受理时的材料要求和办理时限执行。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add the service item</source>
        <translation>添加该服务事项</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>保存该事项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source> working day</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>{days} working days</source>
        <translation>{days} 个工作日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>By an agent</source>
        <translation>可代办</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <source>Replace the file?</source>
        <translation>要替换该文件吗？</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path}已存在，要替换吗？</translation>
    </message>
    <message>
        <source>Export ledgers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Show full ID numbers and phone numbers</source>
        <translation>显示完整证件号码和电话号码</translation>
    </message>
    <message>
        <source>Only an administrator may export full numbers.</source>
        <translation>只有管理员可以导出完整证件号码和电话号码。</translation>
    </message>
    <message>
        <source>Exporting full ID numbers and phone numbers is recorded in the audit log. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>导出完整证件号码和电话号码会记入审计日志。请妥善保管文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>{count} rows in the chosen ledgers</source>
        <translation>所选台账共{count}行</translation>
    </message>
    <message>
        <source>Save the ledgers</source>
        <translation>保存台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>已将{rows}行写入{path}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly; no file was written. Details were written to the log.</source>
        <translation>导出意外失败，未生成任何文件。详细信息已写入日志。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added afterwards</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>No hours: present less than the minimum share</source>
        <translation>不计时长：在岗时间不足规定比例</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>{name} has left</source>
        <translation>{name} 离开</translation>
    </message>
    <message>
        <source>{name}, sent by {unit}</source>
        <translation>{name}，报到单位：{unit}</translation>
    </message>
    <message>
        <source>Left &amp;on</source>
        <translation>离开日期(&amp;O)</translation>
    </message>
    <message>
        <source>Day they left</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>e.g. 调离本县, 退休</source>
        <translation>如 调离本县、退休</translation>
    </message>
    <message>
        <source>Re&amp;ason for leaving</source>
        <translation>离开原因(&amp;A)</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>离开原因</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>标记为离开</translation>
    </message>
    <message>
        <source>Mark the member as left</source>
        <translation>将党员标记为离开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Their demands and history stay in the records.</source>
        <translation>其办理的需求和历史记录都会保留。</translation>
    </message>
</context>
<context>
    <name>ListEntryModel</name>
    <message>
        <source>Name</source>
        <extracomment>What the &quot;data changed&quot; notice names after a pool or a kind changed.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked - Hall Desk</source>
        <translation>已锁屏 - 党群服务中心前台</translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in at {site}. The desk was locked after a while without use. Enter your password to carry on where you left off.</source>
        <translation>{name}（{username}）已在{site}登录。前台闲置一段时间，已自动锁屏。请输入密码，继续之前的操作。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in - Hall Desk</source>
        <translation>登录 - 党群服务中心前台</translation>
    </message>
    <message>
        <source>Party-Mass Service Center Front Desk</source>
        <translation>党群服务中心前台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{site} - Hall Desk</source>
        <translation>{site}前台</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面导航</translation>
    </message>
    <message>
        <source>{name} ({role}) at {site}</source>
        <translation>{name}（{role}）· {site}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Data: this PC</source>
        <translation>数据：本机数据库</translation>
    </message>
    <message>
        <source>Data: server {server} ({database})</source>
        <translation>数据：服务器 {server}（{database}）</translation>
    </message>
    <message>
        <source>Elderly-age subsidy</source>
        <translation>高龄补贴</translation>
    </message>
    <message>
        <source>Party membership transfers</source>
        <translation>党员组织关系转接</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>办件管理</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>功能室预约</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Party service</source>
        <translation>党员服务</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>召开日期(&amp;H)</translation>
    </message>
    <message>
        <source>Day the meeting was held</source>
        <translation>会议召开日期</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>e.g. 十一月居民议事会</source>
        <translation>例如：十一月居民议事会</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>Where it met</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Add a problem row</source>
        <translation>添加一行问题</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>问题(&amp;R)</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>会上提出的问题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the meeting and its problems</source>
        <translation>保存会议及其问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type each problem and who is responsible for it in a row; empty rows are left out. More problems can be added to the meeting later.</source>
        <translation>每行填写一个问题及其责任方；空行不保存。以后还可以为该会议添加问题。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Each problem is due by {date} ({days} working days after the meeting).</source>
        <translation>问题须于 {date} 前办结（会后 {days} 个工作日）。</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Ticked off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a reporting member</source>
        <extracomment>Pool boxes per row of the talent-pool grid. Reasons a member leaves, offered while typing (anything else may be written).</extracomment>
        <translation>添加报到党员</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>党员姓名</translation>
    </message>
    <message>
        <source>Type part of the unit&apos;s name</source>
        <translation>输入单位名称的一部分</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>报到单位(&amp;U)</translation>
    </message>
    <message>
        <source>Unit that sent them</source>
        <translation>党员所在的报到单位</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Member&apos;s phone</source>
        <translation>党员电话</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Member&apos;s ID number (optional)</source>
        <translation>党员身份证号（选填）</translation>
    </message>
    <message>
        <source>the 小区 they live in</source>
        <translation>居住的小区</translation>
    </message>
    <message>
        <source>Nei&amp;ghbourhood</source>
        <translation>小区(&amp;G)</translation>
    </message>
    <message>
        <source>Neighbourhood they live in</source>
        <translation>居住的小区</translation>
    </message>
    <message>
        <source>the 网格, e.g. 第三网格</source>
        <translation>所在网格，如 第三网格</translation>
    </message>
    <message>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <source>Grid they live in</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>Reported &amp;on</source>
        <translation>报到日期(&amp;O)</translation>
    </message>
    <message>
        <source>Day they reported to the community</source>
        <translation>到社区报到的日期</translation>
    </message>
    <message>
        <source>Talent pool {name}</source>
        <translation>人才库 {name}</translation>
    </message>
    <message>
        <source>Talent pools</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>optional, e.g. free on weekends</source>
        <translation>选填，如 周末有空</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Note on the member</source>
        <translation>党员备注</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add the member</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <source>Save the member</source>
        <translation>保存党员信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Phones and ID numbers are shown masked. The phone is needed to hand the member a demand.</source>
        <translation>电话和证件号码均以遮挡形式显示。派单时需要用电话联系党员。</translation>
    </message>
    <message>
        <source>mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>leave empty to keep {phone}</source>
        <translation>留空则保留 {phone}</translation>
    </message>
    <message>
        <source>leave empty to keep {id}</source>
        <translation>留空则保留 {id}</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Import members from Excel</source>
        <translation>从 Excel 导入党员</translation>
    </message>
    <message>
        <source>Units send their members as an Excel file (.xlsx) with the columns {columns}. Every row is checked first; nothing is imported until the file is clean, unless you import only the good rows.</source>
        <translation>报到单位以 Excel 文件（.xlsx）报送党员名单，列为：{columns}。每一行都会先检查；文件无误后才导入，或选择只导入无误的行。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>选择文件...</translation>
    </message>
    <message>
        <source>Choose the Excel file (Ctrl+O)</source>
        <translation>选择 Excel 文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>Save template...</source>
        <translation>保存模板...</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容概况</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>导入提示</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <source>Import every row of the file</source>
        <translation>导入文件中的所有行</translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>只导入无误的行</translation>
    </message>
    <message>
        <source>Import only the rows without a problem</source>
        <translation>只导入没有问题的行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the members&apos; Excel file</source>
        <translation>选择党员名单 Excel 文件</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 文件 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>正在检查 {file}...</translation>
    </message>
    <message>
        <source>Choose a file to check it.</source>
        <translation>请选择文件进行检查。</translation>
    </message>
    <message>
        <source>{file}: all {rows} rows are good and can be imported.</source>
        <translation>{file}：全部 {rows} 行无误，可以导入。</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {good} good; {bad} rows have problems, listed below with their row numbers as Excel shows them.</source>
        <translation>{file}：共 {rows} 行，{good} 行无误；{bad} 行有问题，下面按 Excel 中的行号列出。</translation>
    </message>
    <message>
        <source>Import only the good rows ({count})</source>
        <translation>只导入无误的行（{count}）</translation>
    </message>
    <message>
        <source>Import the {good} good rows now? The {bad} rows with problems are left out; correct them and import them later.</source>
        <translation>现在导入无误的 {good} 行吗？有问题的 {bad} 行不导入，改正后可再导入。</translation>
    </message>
    <message>
        <source>{count} members have been imported.</source>
        <translation>已导入 {count} 名党员。</translation>
    </message>
    <message>
        <source>{count} rows were left out.</source>
        <translation>{count} 行未导入。</translation>
    </message>
    <message>
        <source>member list template.xlsx</source>
        <translation>党员名单模板.xlsx</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template has been saved as {path}. Send it to the units.</source>
        <translation>模板已保存为 {path}，请发给各报到单位。</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Neighbourhood / grid</source>
        <translation>小区 / 网格</translation>
    </message>
    <message>
        <source>Talent pools</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>Report again</source>
        <translation>再报到</translation>
    </message>
    <message>
        <source>Last reported on {day}</source>
        <translation>上次报到 {day}</translation>
    </message>
    <message>
        <source>Left on {day}</source>
        <translation>{day} 离开</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>{day} 起应报到</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>{day} 应报到</translation>
    </message>
    <message>
        <source>Next on {day}</source>
        <translation>下次 {day}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database could not be used ({reason}). Nothing was saved; check the disk or the network connection and try again.</source>
        <translation>数据库无法使用（{reason}）。本次内容未保存；请检查磁盘或网络连接后重试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved; please try again.</source>
        <translation>与数据库服务器的连接已断开。本次内容未保存；请重试。</translation>
    </message>
    <message>
        <source>The safety copy of the database failed its integrity check ({verdict}); nothing was changed.</source>
        <translation>数据库备份未通过完整性检查（{verdict}）；未做任何更改。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Hall Desk (schema {revision}). Please install the newer version; nothing was changed.</source>
        <translation>该数据库由较新版本的党群服务中心前台写入（数据结构版本 {revision}）。请安装新版本；未做任何更改。</translation>
    </message>
    <message>
        <source>The database upgrade found {count} broken references and was undone; the database is unchanged.</source>
        <translation>数据库升级时发现 {count} 处无效的数据关联，升级已撤销；数据库未作改动。</translation>
    </message>
    <message>
        <source>The database is busy with another desk. Nothing was lost; please try again in a moment.</source>
        <translation>数据库正在处理另一台前台电脑的操作。没有丢失任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>The ID number contains the letter {char}; ID numbers have only digits (and possibly an X at the end). Did you mean the digit {digit}?</source>
        <translation>证件号码中含有字母 {char}；证件号码只有数字（最后一位可能是 X）。您是不是想输入数字 {digit}？</translation>
    </message>
    <message>
        <source>The ID number contains &apos;{char}&apos;, which is not allowed; an ID number has only digits, and the last character may also be an X.</source>
        <translation>证件号码中含有“{char}”，这是不允许的；证件号码只能由数字组成，最后一位也可以是 X。</translation>
    </message>
    <message>
        <source>The letter X can only be the last character of an ID number, but here it is character {position} of {length}.</source>
        <translation>字母 X 只能是证件号码的最后一位，但这里它是第 {position} 位（共 {length} 位）。</translation>
    </message>
    <message>
        <source>The ID number has {length} characters; a mainland ID number has 18 (or 15 on the old cards).</source>
        <translation>证件号码有 {length} 位；居民身份证号码应为 18 位（旧版证件为 15 位）。</translation>
    </message>
    <message>
        <source>An old 15-digit ID number has digits only and never ends in X; please check the number again.</source>
        <translation>旧版 15 位居民身份证号码全部由数字组成，末位不会是 X；请重新核对号码。</translation>
    </message>
    <message>
        <source>A 15-digit number can only be an old mainland ID card, and those never start with {digit}. Residence permits and permanent residence ID cards have 18 characters.</source>
        <translation>15 位号码只可能是旧版居民身份证号码，而旧版号码不会以 {digit} 开头。港澳台居民居住证和外国人永久居留身份证的号码都是 18 位。</translation>
    </message>
    <message>
        <source>The last character of the ID number (the check character) does not match the other digits, so at least one character was typed or read wrong. Please compare each digit with the card again.</source>
        <translation>证件号码的最后一位（校验位）与前面的数字对不上，说明至少有一位输错或读错了。请对照证件逐位重新核对。</translation>
    </message>
    <message>
        <source>An ID number starting with 8 must be a residence permit for Hong Kong, Macao or Taiwan residents and begin with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan); this one begins with {prefix}.</source>
        <translation>以 8 开头的证件号码应为港澳台居民居住证号码，前六位应为 810000（香港）、820000（澳门）或 830000（台湾）；此号码的前六位是 {prefix}。</translation>
    </message>
    <message>
        <source>On a foreigner&apos;s permanent residence ID card, characters 2 and 3 are the code of the issuing province, but {code} is not a province code. Please check these digits.</source>
        <translation>外国人永久居留身份证号码的第 2、3 位是受理地的省级行政区划代码，但 {code} 不是有效的省级代码。请核对这两位数字。</translation>
    </message>
    <message>
        <source>The ID number starts with {code}, which is not a province code. Please check the first two digits (for example, Beijing numbers start with 11).</source>
        <translation>证件号码以 {code} 开头，这不是有效的省级行政区划代码。请核对前两位数字（例如北京的号码以 11 开头）。</translation>
    </message>
    <message>
        <source>Characters {start} to {end} of the ID number are the date of birth, but {digits} is not a real date. Please check these digits.</source>
        <translation>证件号码的第 {start} 至 {end} 位是出生日期，但 {digits} 不是真实存在的日期。请核对这几位数字。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number, {date}, is in the future. Please check characters {start} to {end}.</source>
        <translation>证件号码中的出生日期 {date} 晚于今天。请核对第 {start} 至 {end} 位。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number, {date}, is before 1890, which cannot be right. Please check characters {start} to {end}.</source>
        <translation>证件号码中的出生日期 {date} 早于 1890 年，不可能正确。请核对第 {start} 至 {end} 位。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (U+{code}), perhaps from copying and pasting. Please type the name again.</source>
        <translation>姓名中含有不可见的控制字符（U+{code}），可能是复制粘贴时带进来的。请重新输入姓名。</translation>
    </message>
    <message>
        <source>The name contains the digit {char}; a name cannot contain numbers.</source>
        <translation>姓名中含有数字 {char}；姓名不能包含数字。</translation>
    </message>
    <message>
        <source>The name contains &apos;{char}&apos;, which cannot be used in a name. Use Chinese characters, Latin letters, spaces, the middle dot (·), hyphens, apostrophes or full stops.</source>
        <translation>姓名中含有“{char}”，姓名中不能使用这个字符。请使用汉字、拉丁字母、空格、间隔号（·）、连字符、撇号或英文句点。</translation>
    </message>
    <message>
        <source>The name must contain at least one Chinese character or letter.</source>
        <translation>姓名中至少要有一个汉字或字母。</translation>
    </message>
    <message>
        <source>The name has {length} characters; at most {limit} are allowed.</source>
        <translation>姓名有 {length} 个字符；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>The phone number contains &apos;{char}&apos;; please use digits only (spaces, hyphens and brackets are fine).</source>
        <translation>电话号码中含有“{char}”；请只输入数字（可以使用空格、连字符和括号）。</translation>
    </message>
    <message>
        <source>Please leave out the extension ({extension}); only the main phone number can be saved.</source>
        <translation>请去掉分机号（{extension}）；只能保存主号码。</translation>
    </message>
    <message>
        <source>Only phone numbers of mainland China (country code +86) can be saved.</source>
        <translation>只能保存中国大陆的电话号码（国家代码 +86）。</translation>
    </message>
    <message>
        <source>Please enter the phone number after +86.</source>
        <translation>请在 +86 后面输入电话号码。</translation>
    </message>
    <message>
        <source>This looks like a landline number without its area code; please add the area code, e.g. 0351-2345678.</source>
        <translation>这看起来是没有区号的固定电话号码；请加上区号，例如 0351-2345678。</translation>
    </message>
    <message>
        <source>This does not look like a phone number: a mobile number has 11 digits and starts with 1, and a landline number starts with its area code, e.g. 0351-2345678.</source>
        <translation>这看起来不像电话号码：手机号码为 11 位并以 1 开头，固定电话号码以区号开头，例如 0351-2345678。</translation>
    </message>
    <message>
        <source>{area} is not an area code. Area codes are 010, 020 to 029, or 0 followed by three digits, e.g. 0351.</source>
        <translation>{area} 不是有效的区号。区号为 010、020 至 029，或 0 加三位数字，例如 0351。</translation>
    </message>
    <message>
        <source>Please enter the local number after the area code {area}.</source>
        <translation>请在区号 {area} 后面输入本地号码。</translation>
    </message>
    <message>
        <source>The local number after the area code {area} has {length} digits; it should have 7 or 8.</source>
        <translation>区号 {area} 后面的本地号码有 {length} 位；应为 7 位或 8 位。</translation>
    </message>
    <message>
        <source>The local number after the area code {area} cannot start with {digit}; please check the number.</source>
        <translation>区号 {area} 后面的本地号码不能以 {digit} 开头；请核对号码。</translation>
    </message>
    <message>
        <source>Mobile numbers have 11 digits; this has {length}.</source>
        <translation>手机号码为 11 位；此号码有 {length} 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19, but this one starts with {prefix}; please check the second digit.</source>
        <translation>手机号码以 13 至 19 开头，但此号码以 {prefix} 开头；请核对第二位数字。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>县级管理员</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit, e.g. wang.li</source>
        <translation>用户名由 2 至 32 个字母、数字、“.”、“_”或“-”组成，并以字母或数字开头，例如 wang.li</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>This password is too easy to guess; mix letters and digits and do not use the user name.</source>
        <translation>该密码太容易被猜到；请混合使用字母和数字，并且不要使用用户名。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>No-show (released)</source>
        <translation>未签到（已释放）</translation>
    </message>
    <message>
        <source>Summer care class</source>
        <translation>暑托班</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>义诊</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>文体活动</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>本中心</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有居民</translation>
    </message>
    <message>
        <source>Children (with a guardian)</source>
        <translation>少年儿童（须监护人陪同报名）</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Staff activity</source>
        <translation>工作人员活动</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Please enter the start and end time.</source>
        <translation>请填写开始和结束时间。</translation>
    </message>
    <message>
        <source>The end time must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A booking must end on the day it starts; book each day separately.</source>
        <translation>预约须在开始当天结束；跨天请按天分别预约。</translation>
    </message>
    <message>
        <source>Bookings start and end on the quarter hour (:00, :15, :30, :45).</source>
        <translation>预约的开始和结束时间须为整刻钟（:00、:15、:30、:45）。</translation>
    </message>
    <message>
        <source>{start}-{end} on {day} has already passed.</source>
        <translation>{day} {start}–{end} 已经过去了。</translation>
    </message>
    <message>
        <source>Bookings can be made at most {days} days ahead.</source>
        <translation>最多可提前{days}天预约。</translation>
    </message>
    <message>
        <source>{room} is closed on {day} ({reason}).</source>
        <translation>{room}在{day}闭馆（{reason}）。</translation>
    </message>
    <message>
        <source>{room} is not open on {day}.</source>
        <translation>{room}在{day}不开放。</translation>
    </message>
    <message>
        <source>{start}-{end} is outside the opening hours of {room} on {day}, {open}-{close}.</source>
        <translation>{start}–{end}不在{room}{day}的开放时间（{open}–{close}）内。</translation>
    </message>
    <message>
        <source>Please enter how many people are expected.</source>
        <translation>请填写预计人数。</translation>
    </message>
    <message>
        <source>{room} is booked one seat per person; book a seat for each person.</source>
        <translation>{room}按座位预约，每人一个座位，请为每个人分别预约座位。</translation>
    </message>
    <message>
        <source>{count} people are over the capacity of {room}, which holds {cap}.</source>
        <translation>{count}人超过了{room}的可容纳人数（{cap}人）。</translation>
    </message>
    <message>
        <source>Please choose how the booking repeats.</source>
        <translation>请选择重复方式。</translation>
    </message>
    <message>
        <source>Please tick the weekdays the booking repeats on.</source>
        <translation>请勾选重复预约的星期。</translation>
    </message>
    <message>
        <source>Please say when the repeats end: on a date or after a number of times.</source>
        <translation>请设置重复何时结束：截止到某个日期，或重复一定次数后结束。</translation>
    </message>
    <message>
        <source>The repeats must end on or after the first day and within a year of it.</source>
        <translation>重复的截止日期须不早于第一天，且在第一天起一年以内。</translation>
    </message>
    <message>
        <source>A booking repeats at most {max} times.</source>
        <translation>重复预约最多 {max} 次。</translation>
    </message>
    <message>
        <source>Kind of demand</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>(no neighbourhood given)</source>
        <extracomment>The label of demands with no 小区 written on them.</extracomment>
        <translation>（未填写小区）</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Courier / rider (new employment)</source>
        <translation>新就业群体（快递员、外卖骑手）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Organisation / group</source>
        <translation>单位/社会组织</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>办事</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅览</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>自习</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Residents&apos; council</source>
        <translation>议事</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Rest stop</source>
        <translation>歇脚</translation>
    </message>
    <message>
        <source>Other purpose</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Rider resting</source>
        <translation>骑手歇脚</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅览</translation>
    </message>
    <message>
        <source>Quick enquiry</source>
        <translation>简单咨询</translation>
    </message>
    <message>
        <source>Other walk-in</source>
        <translation>其他来访</translation>
    </message>
    <message>
        <source>Please choose the visitor&apos;s category.</source>
        <translation>请选择来访人类别。</translation>
    </message>
    <message>
        <source>Unknown visit purpose: {value}.</source>
        <translation>未知的来访事由：{value}。</translation>
    </message>
    <message>
        <source>Please tick at least one purpose of the visit.</source>
        <translation>请至少勾选一项来访事由。</translation>
    </message>
    <message>
        <source>This ID number belongs to the registered resident {name}.</source>
        <translation>该证件号码属于已登记居民 {name}。</translation>
    </message>
    <message>
        <source>Register as {name} (registered resident)</source>
        <translation>登记为 {name}（已登记居民）</translation>
    </message>
    <message>
        <source>This ID number belongs to the registered resident {name}. If that is who is here, choose “Register as {name} (registered resident)”; otherwise check the number.</source>
        <translation>该证件号码属于已登记居民 {name}。如是本人，请选择“登记为 {name}（已登记居民）”；否则请核对号码。</translation>
    </message>
    <message>
        <source>The party size must be a whole number from 1 to {max}.</source>
        <translation>同行人数必须是 1 至 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>The note contains invisible control characters.</source>
        <translation>备注中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The note is {length} characters long; at most {max} are allowed.</source>
        <translation>备注有 {length} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>Sign-up {number} was already cancelled.</source>
        <translation>报名{number}已取消。</translation>
    </message>
    <message>
        <source>Sign-up {number} was cancelled; there is no slip to print.</source>
        <translation>报名{number}已取消，无凭条可打印。</translation>
    </message>
    <message>
        <source>Please find the person signing up.</source>
        <translation>请先查找报名人。</translation>
    </message>
    <message>
        <source>That resident record no longer exists.</source>
        <translation>该居民记录已不存在。</translation>
    </message>
    <message>
        <source>Please enter the guardian&apos;s phone number: none is on file.</source>
        <translation>档案中没有监护人的电话，请填写监护人电话。</translation>
    </message>
    <message>
        <source>Already on the waiting list of “{title}”, at place {position} (slip {number}).</source>
        <translation>已在“{title}”的候补名单中，排第{position}位（凭条编号{number}）。</translation>
    </message>
    <message>
        <source>Already signed up for “{title}” (slip {number}).</source>
        <translation>已报名“{title}”（凭条编号{number}）。</translation>
    </message>
    <message>
        <source>Only an administrator may do this. Please ask your administrator.</source>
        <translation>只有管理员可以执行此操作。请联系管理员。</translation>
    </message>
    <message>
        <source>Your account has been disabled, so nothing was saved. Please close Hall Desk and ask your administrator.</source>
        <extracomment>``staff_id`` of work done from the terminal, where nobody signs in.</extracomment>
        <translation>您的账号已被停用，本次操作未保存。请关闭党群服务中心前台并联系管理员。</translation>
    </message>
    <message>
        <source>Please enter the name of the center.</source>
        <translation>请输入中心名称。</translation>
    </message>
    <message>
        <source>The center name must be at most 100 printable characters.</source>
        <translation>中心名称最多 100 个可打印字符。</translation>
    </message>
    <message>
        <source>The center code has 2 to 8 letters or digits, e.g. SC01; it starts every case and booking number.</source>
        <translation>中心代码由 2 至 8 个字母或数字组成，例如 SC01；所有办件编号和预约编号都以它开头。</translation>
    </message>
    <message>
        <source>At most {max} characters on one line, without control characters.</source>
        <translation>限一行，最多 {max} 个字符，不能含控制字符。</translation>
    </message>
    <message>
        <source>A center with the code {code} already exists.</source>
        <translation>编码为{code}的中心已存在。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <source>There is no account {username}.</source>
        <translation>账号 {username} 不存在。</translation>
    </message>
    <message>
        <source>Only an active administrator can become a county administrator; {username} is not one.</source>
        <translation>只有启用中的管理员才能设为县级管理员，{username}不符合条件。</translation>
    </message>
    <message>
        <source>Only a county administrator may make a county administrator.</source>
        <translation>只有县级管理员才能设置县级管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>不能停用最后一个在用的管理员账号。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>That staff account no longer exists.</source>
        <translation>该工作人员账号已不存在。</translation>
    </message>
    <message>
        <source>Only a county administrator may change a county administrator.</source>
        <translation>只有县级管理员可以更改县级管理员的账号。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password is wrong, or the account is locked or disabled. Five wrong passwords in a row lock an account for 15 minutes; an administrator can unlock it.</source>
        <translation>登录失败：用户名或密码不正确，或账号已被锁定或停用。连续输错 5 次密码，账号将被锁定 15 分钟；管理员可以为其解锁。</translation>
    </message>
    <message>
        <source>The chosen resident no longer exists; please search again.</source>
        <translation>所选居民已不存在；请重新查找。</translation>
    </message>
    <message>
        <source>{name} is registered with a different ID number ({masked}). Clear the chosen resident to register someone else.</source>
        <translation>{name} 登记的是另一个证件号码（{masked}）。如需登记其他人，请先取消所选居民。</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>该来访记录已不存在。</translation>
    </message>
    <message>
        <source>{name} was already marked as left at {time}.</source>
        <translation>{name}已于 {time} 签离。</translation>
    </message>
    <message>
        <source>There is no count of this kind today to undo.</source>
        <translation>今天没有此类计数可撤销。</translation>
    </message>
    <message>
        <source>Waiting for documents</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Open cases whose deadline clock runs (a paused case or one waiting for papers is not late).</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice of missing documents</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>材料已补齐</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Hand to another office</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>“{action}” needs a case that has been taken in.</source>
        <extracomment>Where each action may be taken from (None = at intake, before the case exists) and where it leads. TRANSFER keeps the case running but moves it to another office.</extracomment>
        <translation>只能对已登记的办件执行“{action}”。</translation>
    </message>
    <message>
        <source>A case that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.</source>
        <translation>办件当前为“{status}”，不能执行“{action}”。当前可执行：{allowed}。</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Please choose one of the five ratings.</source>
        <extracomment>A rating that opens a follow-up call (差评回访). Ratings that count as satisfied in the satisfaction rate.</extracomment>
        <translation>请从五个评价等级中选择一项。</translation>
    </message>
    <message>
        <source>Please give the reason; it is printed for the resident.</source>
        <translation>请填写理由；理由会打印在交给居民的单据上。</translation>
    </message>
    <message>
        <source>At most {max} characters, please.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Health and medical insurance</source>
        <translation>卫健医保</translation>
    </message>
    <message>
        <source>Human resources and social security</source>
        <translation>人力社保</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残联</translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Justice and mediation</source>
        <translation>司法调解</translation>
    </message>
    <message>
        <source>Housing and property</source>
        <translation>住房物业</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>General item</source>
        <translation>一般事项</translation>
    </message>
    <message>
        <source>Elderly-age subsidy application</source>
        <translation>高龄补贴申请</translation>
    </message>
    <message>
        <source>Elderly-age subsidy annual check</source>
        <translation>高龄补贴年审</translation>
    </message>
    <message>
        <source>Party membership transfer</source>
        <translation>党员组织关系转接</translation>
    </message>
    <message>
        <source>Please enter the item code, e.g. MZ001.</source>
        <translation>请输入事项编码，例如 MZ001。</translation>
    </message>
    <message>
        <source>The item code {code} does not fit: a code has {min} to {max} letters, digits or hyphens, e.g. MZ001.</source>
        <translation>事项编码 {code} 不符合要求：编码由 {min} 至 {max} 个字母、数字或连字符组成，例如 MZ001。</translation>
    </message>
    <message>
        <source>Please enter the name of the service item.</source>
        <translation>请输入服务事项名称。</translation>
    </message>
    <message>
        <source>The item name contains invisible control characters.</source>
        <translation>事项名称中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The item name is {length} characters long; at most {max} are allowed.</source>
        <translation>事项名称有 {length} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>Please enter the office responsible for the item.</source>
        <translation>请输入该事项的办理部门。</translation>
    </message>
    <message>
        <source>The office name contains invisible control characters.</source>
        <translation>部门名称中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The office name is {length} characters long; at most {max} are allowed.</source>
        <translation>部门名称有 {length} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>Document {number} contains invisible control characters.</source>
        <translation>第 {number} 项材料中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>Document {number} is {length} characters long; at most {max} are allowed.</source>
        <translation>第 {number} 项材料有 {length} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>{count} documents are listed; an item can ask for at most {max}.</source>
        <translation>已列出 {count} 项材料；一个事项最多只能要求 {max} 项。</translation>
    </message>
    <message>
        <source>Please enter the time limit in working days (0 for on the spot).</source>
        <translation>请输入承诺时限（工作日数，当场办结填 0）。</translation>
    </message>
    <message>
        <source>The time limit is a whole number of working days from 0 (handled on the spot) to {max}.</source>
        <translation>承诺时限必须是 0（当场办结）至 {max} 之间的整数个工作日。</translation>
    </message>
    <message>
        <source>Please choose the category of the service item.</source>
        <translation>请选择服务事项的类别。</translation>
    </message>
    <message>
        <source>Please choose what kind of service item this is.</source>
        <translation>请选择服务事项的类型。</translation>
    </message>
    <message>
        <source>Please say whether the item may be handled on a resident&apos;s behalf.</source>
        <translation>请选择该事项是否可以帮办代办。</translation>
    </message>
    <message>
        <source>The service list file {path} has a problem at item {index} ({code}): {problem}</source>
        <translation>事项清单文件 {path} 第 {index} 项（{code}）有误：{problem}</translation>
    </message>
    <message>
        <source>The service list file {path} has a problem at item {index}: {problem}</source>
        <translation>事项清单文件 {path} 第 {index} 项有误：{problem}</translation>
    </message>
    <message>
        <source>It is not a table; each item starts with a line [[item]].</source>
        <translation>格式不是表；每个事项都应以一行 [[item]] 开头。</translation>
    </message>
    <message>
        <source>Unknown key {key}; the keys of an item are {keys}.</source>
        <translation>未知的键 {key}；事项的键为 {keys}。</translation>
    </message>
    <message>
        <source>The key {key} is missing.</source>
        <translation>缺少键 {key}。</translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation>{key} 必须是带引号的文本。</translation>
    </message>
    <message>
        <source>documents must be a list of texts in quotes between [ and ].</source>
        <translation>documents 必须是写在 [ 和 ] 之间、带引号的文本列表。</translation>
    </message>
    <message>
        <source>time_limit_days must be a whole number of working days.</source>
        <translation>time_limit_days 必须是整数（工作日数）。</translation>
    </message>
    <message>
        <source>agent_allowed must be true or false.</source>
        <translation>agent_allowed 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The service list file {path} is not UTF-8 text.</source>
        <translation>事项清单文件 {path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The service list file {path} cannot be read: {reason}</source>
        <translation>无法读取事项清单文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The list file {path} cannot be read: {reason}</source>
        <translation>无法读取清单文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The service list file {path} is not valid TOML: {reason}</source>
        <translation>事项清单文件 {path} 不是有效的 TOML：{reason}</translation>
    </message>
    <message>
        <source>The service list file {path} has no items; each item starts with a line [[item]].</source>
        <translation>事项清单文件 {path} 中没有事项；每个事项都应以一行 [[item]] 开头。</translation>
    </message>
    <message>
        <source>The code {code} is already used by item {first}.</source>
        <translation>编码 {code} 已被第 {first} 项使用。</translation>
    </message>
    <message>
        <source>Please enter the monthly amount in yuan.</source>
        <translation>请输入每月金额（元）。</translation>
    </message>
    <message>
        <source>{value} is not an amount of yuan; please type a number such as 100 or 100.50.</source>
        <translation>{value} 不是有效的金额；请输入数字，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>{value} has more than two decimals; amounts are counted in fen.</source>
        <translation>{value} 的小数超过两位；金额最小单位为分。</translation>
    </message>
    <message>
        <source>The monthly amount can be at most {max} yuan.</source>
        <translation>每月金额最多为 {max} 元。</translation>
    </message>
    <message>
        <source>Please set at least one age band.</source>
        <translation>请至少设置一个年龄段。</translation>
    </message>
    <message>
        <source>The age band from {start} ends at {end}, before it starts.</source>
        <translation>从 {start} 岁开始的年龄段结束于 {end} 岁，早于起始年龄。</translation>
    </message>
    <message>
        <source>The monthly amount of the age band {band} must be from 0 to {max} yuan.</source>
        <translation>年龄段 {band} 的每月金额必须在 0 至 {max} 元之间。</translation>
    </message>
    <message>
        <source>The first age band must start at {minimum}, the age the subsidy starts; it starts at {start}.</source>
        <translation>第一个年龄段必须从 {minimum} 岁（高龄补贴起始年龄）开始；当前从 {start} 岁开始。</translation>
    </message>
    <message>
        <source>Only the last age band can be open-ended; {band} is followed by {next}.</source>
        <translation>只有最后一个年龄段可以不设上限；{band} 后面还有 {next}。</translation>
    </message>
    <message>
        <source>The age bands {band} and {next} overlap.</source>
        <translation>年龄段 {band} 与 {next} 有重叠。</translation>
    </message>
    <message>
        <source>Ages {gap_from} to {gap_to} fall between the age bands {band} and {next}; the bands must follow on without a gap.</source>
        <translation>{gap_from} 至 {gap_to} 岁落在年龄段 {band} 和 {next} 之间；各年龄段必须前后衔接，不能有空缺。</translation>
    </message>
    <message>
        <source>The last age band must be open-ended (like {example}) so that everyone older than {end} has an amount.</source>
        <translation>最后一个年龄段必须不设上限（例如 {example}），这样超过 {end} 岁的人都有对应金额。</translation>
    </message>
    <message>
        <source>The date of birth {birth} is after the application date {on}.</source>
        <translation>出生日期 {birth} 晚于申请日期 {on}。</translation>
    </message>
    <message>
        <source>The applicant is {age} years old (born {birth}); the elderly-age subsidy starts at {minimum}. They can apply from {eligible_on}.</source>
        <translation>申请人现年 {age} 岁（出生于 {birth}）；高龄补贴从 {minimum} 岁起发放，可于 {eligible_on} 起申请。</translation>
    </message>
    <message>
        <source>In person at the desk</source>
        <translation>窗口现场办理</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户核查</translation>
    </message>
    <message>
        <source>Done on their behalf</source>
        <translation>他人代办</translation>
    </message>
    <message>
        <source>Passed away</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Within the province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>To or from another province</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>Online (national party member information system)</source>
        <translation>网上（全国党员管理信息系统）</translation>
    </message>
    <message>
        <source>Paper letter of introduction</source>
        <translation>纸质介绍信</translation>
    </message>
    <message>
        <source>Please choose whether the membership moves in or out.</source>
        <translation>请选择组织关系是转入还是转出。</translation>
    </message>
    <message>
        <source>Please choose whether the transfer stays within the province.</source>
        <translation>请选择是否为省内转接。</translation>
    </message>
    <message>
        <source>Please choose whether the letter came online or on paper.</source>
        <translation>请选择介绍信是网上开具还是纸质开具。</translation>
    </message>
    <message>
        <source>The name of a party organisation has {min} to {max} printable characters.</source>
        <translation>党组织名称应为 {min} 至 {max} 个可打印字符。</translation>
    </message>
    <message>
        <source>Please enter the number of the letter of introduction.</source>
        <translation>请输入介绍信编号。</translation>
    </message>
    <message>
        <source>The letter number has at most {max} printable characters, including at least one letter or digit.</source>
        <translation>介绍信编号最多 {max} 个可打印字符，且至少包含一个字母或数字。</translation>
    </message>
    <message>
        <source>Please enter the organisation the member leaves.</source>
        <translation>请输入转出党组织（党员原所在的党组织）。</translation>
    </message>
    <message>
        <source>Please enter the organisation the member joins.</source>
        <translation>请输入转入党组织。</translation>
    </message>
    <message>
        <source>The member cannot be transferred to the organisation they leave.</source>
        <translation>转入党组织不能与转出党组织相同。</translation>
    </message>
    <message>
        <source>Please enter the date the letter was issued.</source>
        <translation>请输入介绍信开具日期。</translation>
    </message>
    <message>
        <source>The letter&apos;s issue date {date} is in the future.</source>
        <translation>介绍信开具日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The letter was issued on {date}, more than a year ago; please check the date.</source>
        <translation>介绍信开具于 {date}，已超过一年；请核对日期。</translation>
    </message>
    <message>
        <source>The letter is valid until {until}, which is not after its issue date {issued}.</source>
        <translation>介绍信有效期至 {until}，未晚于开具日期 {issued}；请核对日期。</translation>
    </message>
    <message>
        <source>The letter is valid until {until}, more than {months} months after its issue date {issued}; please check the date.</source>
        <translation>介绍信有效期至 {until}，距开具日期 {issued} 超过 {months} 个月；请核对日期。</translation>
    </message>
    <message>
        <source>Public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>The date must be in the years {min} to {max}.</source>
        <translation>日期必须在 {min} 年至 {max} 年之间。</translation>
    </message>
    <message>
        <source>Please choose whether the day is a public holiday or a make-up working day.</source>
        <translation>请选择该日是法定节假日还是调休上班日。</translation>
    </message>
    <message>
        <source>{date} falls on a weekday, so it is already a working day. Only a Saturday or a Sunday can be entered as a make-up working day.</source>
        <translation>{date} 是周一至周五，本来就是工作日。只有周六或周日才能登记为调休上班日。</translation>
    </message>
    <message>
        <source>The holiday name contains invisible control characters.</source>
        <translation>节假日名称中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The holiday name is {length} characters long; at most {max} are allowed.</source>
        <translation>节假日名称有 {length} 个字符；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>Please choose a year between 2000 and 2100.</source>
        <extracomment>How far ahead the desk looks for a year without holidays (deadlines reach that far). Another desk may edit the calendar; re-read it after this many seconds. Later years get estimated holidays up to this many years after today&apos;s (bookings and deadlines reach up to a year ahead). ``calendar_day.source`` of a statutory holiday derived from the national rule. ``calendar_year.source`` of an estimated year begins with this.</extracomment>
        <translation>请选择 2000 年至 2100 年之间的年份。</translation>
    </message>
    <message>
        <source>Enter {year}&apos;s public holidays first (at least New Year&apos;s Day); then mark the year complete.</source>
        <translation>请先录入 {year} 年的法定节假日（至少包括元旦），再确认该年度已录入完整。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation>2 个工作日内到期</translation>
    </message>
    <message>
        <source>A problem must be given {min} to {max} working days to be solved.</source>
        <extracomment>A meeting may be entered up to this many days after it was held (lists typed in late).</extracomment>
        <translation>问题办结时限须为 {min} 至 {max} 个工作日。</translation>
    </message>
    <message>
        <source>Residents&apos; council meeting</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <source>Residents&apos; night talk</source>
        <translation>居民夜谈</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>Please enter the day the meeting was held.</source>
        <translation>请填写会议召开日期。</translation>
    </message>
    <message>
        <source>The meeting is dated {date}, after today. Only problems raised at a meeting already held can be listed.</source>
        <translation>会议日期为 {date}，晚于今天。只能登记已召开会议上提出的问题。</translation>
    </message>
    <message>
        <source>The meeting is dated {date}, more than two years ago.</source>
        <translation>会议日期为 {date}，已超过两年。</translation>
    </message>
    <message>
        <source>Please choose the kind of meeting.</source>
        <translation>请选择会议类型。</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>the problem</source>
        <translation>问题内容</translation>
    </message>
    <message>
        <source>who is responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <source>Name either a unit or a party member as responsible, not both.</source>
        <translation>责任方只能选择一个报到单位或一名党员，不能同时选择。</translation>
    </message>
    <message>
        <source>Please say which unit or person is responsible for the problem.</source>
        <translation>请填写该问题的责任单位或责任人。</translation>
    </message>
    <message>
        <source>what was done to solve it</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Ticked off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>最后一个工作日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Call-backs owed</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>该办件已不存在。</translation>
    </message>
    <message>
        <source>Please choose the service item.</source>
        <translation>请选择服务事项。</translation>
    </message>
    <message>
        <source>“{name}” has been retired from the service list.</source>
        <translation>“{name}”已在便民服务事项清单中停用。</translation>
    </message>
    <message>
        <source>Please give an ID number or a phone number, so the center can reach the resident about this case.</source>
        <translation>请填写证件号码或电话号码，以便中心就此办件联系居民。</translation>
    </message>
    <message>
        <source>Still missing: {missing}. Tick what was handed in, or give a one-time notice of what is missing.</source>
        <translation>仍缺少：{missing}。请勾选已提交的材料，或一次性告知所缺材料。</translation>
    </message>
    <message>
        <source>Nothing is missing, so there is nothing to notify; accept the case instead.</source>
        <translation>材料已齐全，无需一次性告知；请直接受理。</translation>
    </message>
    <message>
        <source>Please fill in the transfer letter details.</source>
        <translation>请填写组织关系介绍信的信息。</translation>
    </message>
    <message>
        <source>Please choose how the annual check is done: in person, by home visit or on their behalf.</source>
        <translation>请选择年审方式：窗口现场办理、入户核查或他人代办。</translation>
    </message>
    <message>
        <source>The elderly-age subsidy needs the applicant&apos;s ID number: the age is taken from it.</source>
        <translation>高龄补贴需要申请人的证件号码：年龄根据证件号码计算。</translation>
    </message>
    <message>
        <source>This resident already receives the elderly-age subsidy (since {start}).</source>
        <translation>该居民已在领取高龄补贴（自 {start} 起）。</translation>
    </message>
    <message>
        <source>This resident&apos;s application {number} is still open.</source>
        <translation>该居民的申请 {number} 尚未办结。</translation>
    </message>
    <message>
        <source>This resident has no elderly-age subsidy being paid, so there is nothing to check. Take an application (高龄补贴申请) instead.</source>
        <translation>该居民没有正在发放的高龄补贴，无需年审。请改为受理“高龄补贴申请”。</translation>
    </message>
    <message>
        <source>a document name</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>The case is already with {office}.</source>
        <translation>该办件当前已在 {office}。</translation>
    </message>
    <message>
        <source>Only a completed case can be rated.</source>
        <translation>只有已办结的办件才能评价。</translation>
    </message>
    <message>
        <source>This case was already rated.</source>
        <translation>该办件已评价过。</translation>
    </message>
    <message>
        <source>This case has no follow-up call to make.</source>
        <translation>该办件无需回访。</translation>
    </message>
    <message>
        <source>The follow-up call was already recorded.</source>
        <translation>该回访已登记过。</translation>
    </message>
    <message>
        <source>“{name}” must be handled by the resident in person; it cannot be done on their behalf.</source>
        <translation>“{name}”必须由居民本人办理，不能代办。</translation>
    </message>
    <message>
        <source>Please say how the agent is related to the resident (e.g. 子女, 网格员).</source>
        <translation>请填写代办人与居民的关系（例如 子女、网格员）。</translation>
    </message>
    <message>
        <source>That service item no longer exists.</source>
        <translation>该服务事项已不存在。</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{name}”.</source>
        <translation>编码 {code} 已被“{name}”使用。</translation>
    </message>
    <message>
        <source>There is no age band from {age}.</source>
        <translation>没有从 {age} 岁开始的年龄段。</translation>
    </message>
    <message>
        <source>Please choose how the check was done.</source>
        <translation>请选择年审方式。</translation>
    </message>
    <message>
        <source>A check in person at the desk is taken as a case (annual check), so that it gets a number and a slip. Record only home visits and checks done on the person&apos;s behalf here.</source>
        <translation>到窗口现场年审的，应作为办件（高龄补贴年审）受理，以便生成编号和回执单。此处只登记入户核查和他人代办的年审。</translation>
    </message>
    <message>
        <source>Payment to {name} stopped on {date}; resume it before recording a check.</source>
        <translation>{name} 的补贴已于 {date} 停发；请先恢复发放，再登记年审。</translation>
    </message>
    <message>
        <source>The check of {name} was already recorded today.</source>
        <translation>今天已登记过 {name} 的年审。</translation>
    </message>
    <message>
        <source>Payment to {name} already stopped on {date}.</source>
        <translation>{name} 的补贴已于 {date} 停发。</translation>
    </message>
    <message>
        <source>Please enter the date payment stops.</source>
        <translation>请输入停发日期。</translation>
    </message>
    <message>
        <source>{date} is in the future; payment can be stopped from today at the latest.</source>
        <translation>{date} 是将来的日期；停发日期最晚为今天。</translation>
    </message>
    <message>
        <source>{date} is before payment started on {start}.</source>
        <translation>{date} 早于开始发放日期 {start}。</translation>
    </message>
    <message>
        <source>Please choose why payment stops.</source>
        <translation>请选择停发原因。</translation>
    </message>
    <message>
        <source>Please write down why payment stops.</source>
        <translation>请写明停发原因。</translation>
    </message>
    <message>
        <source>Payment to {name} has not been stopped.</source>
        <translation>{name} 的补贴未停发。</translation>
    </message>
    <message>
        <source>That subsidy record no longer exists.</source>
        <translation>该补贴记录已不存在。</translation>
    </message>
    <message>
        <source>There is no case numbered {number}.</source>
        <translation>没有编号为 {number} 的办件。</translation>
    </message>
    <message>
        <source>The slip could not be saved in {folder} ({reason}). The record itself is saved; free some disk space or check the folder, then print again.</source>
        <translation>凭条无法保存到{folder}（{reason}）。预约记录已保存；请清理磁盘空间或检查该文件夹，然后重新打印。</translation>
    </message>
    <message>
        <source>The receipt of letter {letter} was already recorded as back on {date}.</source>
        <translation>介绍信 {letter} 的回执已于 {date} 登记为已返回。</translation>
    </message>
    <message>
        <source>Please enter the date the receipt came back.</source>
        <translation>请输入回执返回日期。</translation>
    </message>
    <message>
        <source>{date} is in the future; the receipt cannot be back yet.</source>
        <translation>{date} 是将来的日期；回执不可能已经返回。</translation>
    </message>
    <message>
        <source>{date} is before the letter was issued on {issued}.</source>
        <translation>{date} 早于介绍信开具日期 {issued}。</translation>
    </message>
    <message>
        <source>That party membership transfer no longer exists.</source>
        <translation>该党员组织关系转接记录已不存在。</translation>
    </message>
    <message>
        <source>Reading room</source>
        <translation>图书室（阅览室）</translation>
    </message>
    <message>
        <source>Study room (booked by seat)</source>
        <translation>共享自习室（按座位预约）</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Residents&apos; council hall</source>
        <translation>居民议事厅</translation>
    </message>
    <message>
        <source>Party members&apos; room</source>
        <translation>党员活动室</translation>
    </message>
    <message>
        <source>Arts room (dance, calligraphy)</source>
        <translation>文艺活动室（舞蹈、书法）</translation>
    </message>
    <message>
        <source>Sports and recreation room</source>
        <translation>文体活动室</translation>
    </message>
    <message>
        <source>Counselling room</source>
        <translation>心理疏导室</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <source>Children&apos;s room</source>
        <translation>未成年人活动室</translation>
    </message>
    <message>
        <source>Women&apos;s home</source>
        <translation>妇女之家</translation>
    </message>
    <message>
        <source>Mother and baby room</source>
        <translation>母婴室</translation>
    </message>
    <message>
        <source>Other room</source>
        <translation>其他功能室</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>The opening hours of {weekday} ({text}) do not fit; write them like 08:30-20:00, or leave them empty when the room is closed that day.</source>
        <translation>{weekday}的开放时间（{text}）格式不对；请按08:30-20:00的格式填写，当天不开放则留空。</translation>
    </message>
    <message>
        <source>The opening hours of {weekday} ({text}) are not a time span within one day; the closing time must come after the opening time and be at most 24:00.</source>
        <translation>{weekday}的开放时间（{text}）不是同一天内的时间段；闭馆时间须晚于开馆时间，且不晚于24:00。</translation>
    </message>
    <message>
        <source>Please enter {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <source>There are invisible control characters in {what}.</source>
        <translation>{what}中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Residents&apos; meeting</source>
        <translation>居民议事会/夜谈</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Small wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Call merged in</source>
        <translation>并单诉求</translation>
    </message>
    <message>
        <source>Merged into another</source>
        <translation>并入他单</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Caller called back</source>
        <translation>并单居民回访</translation>
    </message>
    <message>
        <source>Please say where the demand came from.</source>
        <extracomment>The five ratings as marks for the average a suggestion shows (5 = very satisfied). The bundled kinds of demand and the pools whose members are suggested first. A kind a center added or renamed falls back to the volunteers (志愿服务).</extracomment>
        <translation>请选择诉求来源。</translation>
    </message>
    <message>
        <source>Please say whether it is a demand or a small wish.</source>
        <translation>请选择是需求还是微心愿。</translation>
    </message>
    <message>
        <source>Please choose the level: ordinary, complex or major.</source>
        <translation>请选择问题等级：一般、复杂或重大。</translation>
    </message>
    <message>
        <source>Please say how they took it on: by phone or in person.</source>
        <translation>请选择接单方式：电话或当面。</translation>
    </message>
    <message>
        <source>Please describe what the resident needs.</source>
        <translation>请填写群众的具体诉求。</translation>
    </message>
    <message>
        <source>Too long: {what} has {length} characters; at most {max} are allowed.</source>
        <translation>{what}太长：共{length}个字，最多允许{max}个字。</translation>
    </message>
    <message>
        <source>the description of the demand</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>the neighbourhood</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>the grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Please enter {what} as a whole number.</source>
        <extracomment>Attendance of a session can be taken from this long before it starts.</extracomment>
        <translation>请以整数填写{what}。</translation>
    </message>
    <message>
        <source>Please enter {what} between {low} and {high}.</source>
        <translation>{what}应在{low}到{high}之间。</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Please choose the kind of activity.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>Please choose who organises the activity.</source>
        <translation>请选择活动主办方。</translation>
    </message>
    <message>
        <source>Please choose the unit or project organising it.</source>
        <translation>请选择主办的报到单位或项目。</translation>
    </message>
    <message>
        <source>the number of places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Please choose who the activity is for.</source>
        <translation>请选择活动对象。</translation>
    </message>
    <message>
        <source>Sign-up must close after it opens.</source>
        <translation>报名截止时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>the age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>The youngest age must not be above the oldest.</source>
        <translation>最小年龄不能大于最大年龄。</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>A session must end on the day it starts.</source>
        <translation>每场活动须在当天结束。</translation>
    </message>
    <message>
        <source>the relation to the child</source>
        <translation>与儿童的关系</translation>
    </message>
    <message>
        <source>Please enter the child&apos;s date of birth.</source>
        <translation>请填写儿童的出生日期。</translation>
    </message>
    <message>
        <source>The child will be {age} on {day}; this activity is for children aged {low} to {high}.</source>
        <translation>该儿童在{day}时为{age}岁，本活动只接收{low}至{high}岁的儿童。</translation>
    </message>
    <message>
        <source>“{title}” has been cancelled; nobody can sign up.</source>
        <translation>“{title}”已取消，不能报名。</translation>
    </message>
    <message>
        <source>Sign-up for “{title}” opens at {time}.</source>
        <translation>“{title}”将于{time}开始报名。</translation>
    </message>
    <message>
        <source>Sign-up for “{title}” closed at {time}.</source>
        <translation>“{title}”已于{time}截止报名。</translation>
    </message>
    <message>
        <source>“{title}” is over; nobody can sign up any more.</source>
        <translation>“{title}”已结束，不能再报名。</translation>
    </message>
    <message>
        <source>{count} people are already signed up; the places cannot go below {count}.</source>
        <translation>已有{count}人报名，名额不能少于{count}个。</translation>
    </message>
    <message>
        <source>Please say where: the neighbourhood (小区) or the place (楼栋, street …).</source>
        <translation>请填写地点：小区或具体位置（楼栋、街道等）。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Please give the date the wish should come true by.</source>
        <translation>请填写微心愿的期望完成日期。</translation>
    </message>
    <message>
        <source>The wish&apos;s target date {date} has already passed.</source>
        <translation>微心愿的期望完成日期 {date} 已经过去。</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Only a time earlier today can be entered.</source>
        <translation>只能填写今天早些时候的时间。</translation>
    </message>
    <message>
        <source>It cannot be earlier than {time}, when the step before it was recorded.</source>
        <translation>不能早于上一步登记的时间 {time}。</translation>
    </message>
    <message>
        <source>The time given must be between 0 and {max} minutes.</source>
        <translation>服务时长须在 0 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>The room code must be 2 to 10 letters, digits or hyphens, e.g. HY01.</source>
        <translation>功能室编号须为 2 到 10 位字母、数字或连字符，如 HY01。</translation>
    </message>
    <message>
        <source>Please enter {what} as a whole number from {low} to {high}.</source>
        <translation>{what}请填写{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>一条使用须知</translation>
    </message>
    <message>
        <source>A room has at most {max} rules; there are {count}.</source>
        <translation>每个功能室最多 {max} 条使用须知，当前有 {count} 条。</translation>
    </message>
    <message>
        <source>the room name</source>
        <translation>功能室名称</translation>
    </message>
    <message>
        <source>Please choose the kind of room.</source>
        <translation>请选择功能室类型。</translation>
    </message>
    <message>
        <source>the capacity</source>
        <translation>可容纳人数</translation>
    </message>
    <message>
        <source>the number of seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>A study room is booked by seat; please enter how many seats.</source>
        <translation>共享自习室按座位预约，请填写座位数。</translation>
    </message>
    <message>
        <source>Only a study room is booked by seat; set the seats to 0.</source>
        <translation>只有共享自习室按座位预约，请将座位数设为 0。</translation>
    </message>
    <message>
        <source>The room has more seats ({seats}) than people it holds ({cap}).</source>
        <translation>座位数（{seats}）超过了功能室的可容纳人数（{cap}）。</translation>
    </message>
    <message>
        <source>Opening hours are needed for all seven weekdays.</source>
        <translation>需填写一周七天的开放时间。</translation>
    </message>
    <message>
        <source>The room is closed every day; enter its opening hours or retire it.</source>
        <translation>该功能室每天都不开放，请填写开放时间，或将其停用。</translation>
    </message>
    <message>
        <source>Please enter the first closed day.</source>
        <translation>请填写闭馆开始日期。</translation>
    </message>
    <message>
        <source>The last closed day comes before the first one.</source>
        <translation>闭馆结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A closure is at most {max} days; retire the room if it is gone for good.</source>
        <translation>闭馆安排最长 {max} 天；如功能室不再使用，请将其停用。</translation>
    </message>
    <message>
        <source>Party or government office</source>
        <extracomment>An agreement &quot;ends soon&quot; this many days before its last day. No registry date lies before this day (双报到 began long after; an earlier one is a typo).</extracomment>
        <translation>党政机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Non-public enterprise</source>
        <translation>非公企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Property management company</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未签协议</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Ends within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>the unit&apos;s name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Please choose the unit&apos;s kind.</source>
        <translation>请选择单位类型。</translation>
    </message>
    <message>
        <source>the agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Too long: the commitments have {length} characters; at most {max} are allowed.</source>
        <translation>太长了：共建承诺有 {length} 个字，最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Please enter the day the agreement was signed.</source>
        <translation>请填写协议签订日期。</translation>
    </message>
    <message>
        <source>The agreement must end after the day it was signed ({signed}).</source>
        <translation>协议截止日期必须晚于签订日期（{signed}）。</translation>
    </message>
    <message>
        <source>Please enter the day the member reported.</source>
        <translation>请填写报到日期。</translation>
    </message>
    <message>
        <source>The day the member reported ({day}) cannot be in the future.</source>
        <translation>报到日期（{day}）不能晚于今天。</translation>
    </message>
    <message>
        <source>Please enter the day they left.</source>
        <translation>请填写离开日期。</translation>
    </message>
    <message>
        <source>The day they left cannot be in the future.</source>
        <translation>离开日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day they left is before the day they reported ({day}).</source>
        <translation>离开日期早于报到日期（{day}）。</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{day} is too early; please check the year.</source>
        <translation>{day} 太早了，请检查年份。</translation>
    </message>
    <message>
        <source>The room list file {path} has a problem at room {index}: {problem}</source>
        <translation>功能室列表文件{path}中第{index}个功能室有问题：{problem}</translation>
    </message>
    <message>
        <source>Each [[room]] table needs exactly the keys {keys}.</source>
        <translation>每个 [[room]] 表必须且只能包含以下键：{keys}。</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>{key}必须是整数。</translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation>{key}必须为 true 或 false。</translation>
    </message>
    <message>
        <source>hours must be a list of seven texts, Monday first.</source>
        <translation>hours 必须是七个文本组成的列表，从星期一开始。</translation>
    </message>
    <message>
        <source>rules must be a list of texts.</source>
        <translation>rules（使用须知）必须是文本列表。</translation>
    </message>
    <message>
        <source>The room list file {path} cannot be read: {reason}</source>
        <translation>无法读取功能室列表文件{path}：{reason}</translation>
    </message>
    <message>
        <source>The room list file {path} has no [[room]] tables.</source>
        <translation>功能室列表文件 {path} 中没有 [[room]] 表。</translation>
    </message>
    <message>
        <source>The code {code} or name {name} is used twice.</source>
        <translation>编码{code}或名称{name}重复了。</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>该功能室已不存在。</translation>
    </message>
    <message>
        <source>Please choose a room or enter where it takes place.</source>
        <extracomment>What a preview books for: a preview saves nothing, and the purpose only has to be given.</extracomment>
        <translation>请选择功能室，或填写活动地点。</translation>
    </message>
    <message>
        <source>The activity already meets {day} {start}-{end}.</source>
        <translation>该活动在{day} {start}-{end}已有安排。</translation>
    </message>
    <message>
        <source>None of the {count} dates can be booked; nothing was saved.</source>
        <translation>{count}个日期都无法预约，未保存任何预约。</translation>
    </message>
    <message>
        <source>Booking {number} is already checked in; it can only be extended.</source>
        <translation>预约{number}已签到，只能延长。</translation>
    </message>
    <message>
        <source>Booking {number} still awaits an administrator&apos;s approval; it cannot be checked in yet.</source>
        <translation>预约 {number} 仍在等待管理员审批，暂不能签到。</translation>
    </message>
    <message>
        <source>Check-in for booking {number} opens at {time} on {day}.</source>
        <translation>预约{number}的签到将于{day} {time}开始。</translation>
    </message>
    <message>
        <source>Booking {number} has already ended.</source>
        <translation>预约{number}已结束。</translation>
    </message>
    <message>
        <source>Booking {number} is not awaiting approval any more.</source>
        <translation>预约 {number} 已不是待审批状态。</translation>
    </message>
    <message>
        <source>Please choose a room.</source>
        <translation>请选择功能室。</translation>
    </message>
    <message>
        <source>{room} has been retired and takes no bookings.</source>
        <translation>{room}已停用，不再接受预约。</translation>
    </message>
    <message>
        <source>Please enter a start and a later end time.</source>
        <translation>请填写开始时间和更晚的结束时间。</translation>
    </message>
    <message>
        <source>The resident chosen no longer exists.</source>
        <translation>所选居民已不存在。</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>共建单位名称</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>the contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Please find the resident, or enter the name of the person booking.</source>
        <translation>请查找居民，或填写预约人姓名。</translation>
    </message>
    <message>
        <source>Please enter a phone number to reach the booker.</source>
        <translation>请填写预约人的联系电话。</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{room} has seats 1 to {seats}.</source>
        <translation>{room}的座位号为1至{seats}。</translation>
    </message>
    <message>
        <source>{room} is already booked {slot} by {booker} (booking {number}).</source>
        <translation>{room} {slot} 已被 {booker} 预约（预约 {number}）。</translation>
    </message>
    <message>
        <source>Seat {seat} of {room} is already booked {slot} (booking {number}).</source>
        <translation>{room}的{seat}号座位{slot}已被预约（预约{number}）。</translation>
    </message>
    <message>
        <source>All {seats} seats of {room} are already booked for {slot}.</source>
        <translation>{room}在{slot}的全部{seats}个座位均已约满。</translation>
    </message>
    <message>
        <source>This time is already booked: another desk saved a booking for it a moment ago. Nothing was saved; please choose another time.</source>
        <translation>该时段已被预约：另一台前台刚刚保存了这个时段的预约。本次未保存，请另选时间。</translation>
    </message>
    <message>
        <source>Booking {number} has already ended ({status}).</source>
        <translation>预约{number}已结束（{status}）。</translation>
    </message>
    <message>
        <source>Booking {number} holds the room for a session of the activity {title} ({activity}); change or cancel that session on the Activities page.</source>
        <translation>预约 {number} 是活动“{title}”（{activity}）某一场次占用的场地；请到“活动”页面修改或取消该场次。</translation>
    </message>
    <message>
        <source>This closure no longer exists.</source>
        <translation>该闭馆安排已不存在。</translation>
    </message>
    <message>
        <source>The check-in grace period must be 0 to {max} minutes.</source>
        <translation>签到宽限时间须为 0 到 {max} 分钟。</translation>
    </message>
    <message>
        <source>Another room already has the code {code} or the name {name}.</source>
        <translation>已有其他功能室使用编码{code}或名称{name}。</translation>
    </message>
    <message>
        <source>Seat {seat} still has bookings to come; move or cancel them before removing seats.</source>
        <translation>{seat}号座位还有未来的预约，请先改期或取消这些预约，再减少座位。</translation>
    </message>
    <message>
        <source>The calendar file could not be written to {path} ({reason}).</source>
        <translation>无法将日历文件写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The end date {last} is before the start date.</source>
        <translation>结束日期{last}早于开始日期。</translation>
    </message>
    <message>
        <source>A report covers at most {max} days.</source>
        <translation>一份报表最多统计 {max} 天。</translation>
    </message>
    <message>
        <source>There is nothing before {first} to compare with; choose a later date.</source>
        <translation>{first}之前没有可对比的期间，请选择更晚的日期。</translation>
    </message>
    <message>
        <source>{text} is not a date; write it like 2026-11-20.</source>
        <translation>“{text}”不是日期，请按2026-11-20的格式填写。</translation>
    </message>
    <message>
        <source>Visitor ledger</source>
        <translation>来访登记台账</translation>
    </message>
    <message>
        <source>Case ledger</source>
        <translation>办件台账</translation>
    </message>
    <message>
        <source>Room booking ledger</source>
        <translation>功能室预约台账</translation>
    </message>
    <message>
        <source>Demand ledger</source>
        <translation>需求台账</translation>
    </message>
    <message>
        <source>Reporting party members</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <source>Activity ledger</source>
        <translation>活动台账</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>{file} cannot be written. If it is open in Excel or another program, close it and try again; otherwise choose a folder you may save in.</source>
        <translation>无法写入 {file}。如果该文件正在 Excel 或其他程序中打开，请先关闭再重试；否则请另选一个有保存权限的文件夹。</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}). Nothing was saved; choose another folder or check the disk and try again.</source>
        <translation>{file}无法写入（{reason}）。未保存任何内容，请换个文件夹，或检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>Please choose at least one ledger to export.</source>
        <translation>请至少选择一种要导出的台账。</translation>
    </message>
    <message>
        <source>The {ledger} of this period has {rows} rows, more than an Excel sheet holds ({max}). Please choose a shorter period.</source>
        <translation>本期{ledger}共有{rows}行，超过Excel工作表的上限（{max}行），请选择较短的时间段。</translation>
    </message>
    <message>
        <source>Demands are broken down by kind, neighbourhood, unit or member, not “{by}”.</source>
        <extracomment>Overdue demands the Today page lists at most (the count says how many there are).</extracomment>
        <translation>需求只能按类别、小区、报到单位或党员统计，不能按“{by}”统计。</translation>
    </message>
    <message>
        <source>Activities are broken down by kind or organiser, not “{by}”.</source>
        <translation>活动只能按类型或主办方分类统计，不能按“{by}”。</translation>
    </message>
    <message>
        <source>Only a county administrator sees the figures of every center.</source>
        <translation>只有县级管理员才能查看各中心的数据。</translation>
    </message>
    <message>
        <source>That center no longer exists.</source>
        <translation>该中心已不存在。</translation>
    </message>
    <message>
        <source>Entered afterwards</source>
        <extracomment>Keys of the drill-down lists this module answers.</extracomment>
        <translation>补录</translation>
    </message>
    <message>
        <source>There is no figure called “{figure}”.</source>
        <extracomment>Keys of the drill-down lists this module answers. The moment each measure counts a demand at.</extracomment>
        <translation>没有名为“{figure}”的指标。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({reason}).</source>
        <translation>无法将报表写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share. A SQLite file on a network share can be damaged when several desks write to it, so Hall Desk does not open it there.

Keep the database on a disk of this computer (start with --data-dir and a local folder). For several desks working on the same data, set up a PostgreSQL server and start every desk with --db postgresql://user@server/halldesk</source>
        <extracomment>Linux file system types that live on another machine. macOS ``f_fstypename`` values of network file systems. ``GetDriveTypeW`` result of a network drive.</extracomment>
        <translation>数据库文件 {path} 位于网络共享文件夹中。多台前台同时写入时，网络共享文件夹中的 SQLite 文件可能损坏，因此党群服务中心前台不会在此处打开数据库。

请把数据库放在本机硬盘上（启动时用 --data-dir 指定一个本地文件夹）。如需多台前台共用同一份数据，请搭建 PostgreSQL 服务器，并在每台前台启动时使用 --db postgresql://user@server/halldesk</translation>
    </message>
    <message>
        <source>Audit row #{id} is out of order after #{last}.</source>
        <translation>审计记录 #{id} 排在 #{last} 之后，顺序错乱。</translation>
    </message>
    <message>
        <source>Audit row #{id} is the first row but does not start the chain: earlier rows were removed.</source>
        <translation>审计记录 #{id} 是第一条，却不是审计链的起点：之前的记录已被删除。</translation>
    </message>
    <message>
        <source>Audit row #{id} does not link to row #{last} before it: rows between them were removed or inserted, or row #{last} was changed.</source>
        <translation>审计记录 #{id} 与前一条 #{last} 接不上：两者之间的记录被删除或插入，或 #{last} 被改动。</translation>
    </message>
    <message>
        <source>Audit row #{id} was changed: its content does not match its hash.</source>
        <translation>审计记录 #{id} 已被改动：内容与其哈希值不符。</translation>
    </message>
    <message>
        <source>Audit row #{id} was added outside Hall Desk: the chain head ends at #{head}.</source>
        <translation>审计记录 #{id} 不是由本系统写入的：审计链终点为 #{head}。</translation>
    </message>
    <message>
        <source>The audit chain head is missing; the end of the chain is unchecked.</source>
        <translation>审计链终点记录缺失，无法核对链尾。</translation>
    </message>
    <message>
        <source>Audit rows after #{last} are missing: the chain head names row #{head}.</source>
        <translation>#{last} 之后的审计记录缺失：审计链终点应为 #{head}。</translation>
    </message>
    <message>
        <source>The audit chain head does not match the last row #{id}: the head or the end of the chain was changed.</source>
        <translation>审计链终点与最后一条记录 #{id} 不符：终点或链尾已被改动。</translation>
    </message>
    <message>
        <source>The audit rows could not be read: {reason}</source>
        <translation>无法读取审计记录：{reason}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Check that the drive is plugged in, not full and not write-protected, or choose another folder in Settings &gt; Backups. The desk keeps working.</source>
        <extracomment>Errors that mean the file itself is not a sound database (as opposed to a disk or folder).</extracomment>
        <translation>无法将备份写入 {folder}（{reason}）。请检查磁盘是否已插好、未满且未写保护，或在“设置 &gt; 备份”中选择其他文件夹。前台可以继续正常使用。</translation>
    </message>
    <message>
        <source>The copy of the database failed its check ({verdict}), so it was not kept. The database itself may be damaged: please ask for help before changing anything more.</source>
        <translation>数据库副本未通过检查（{verdict}），未予保留。数据库本身可能已损坏：请先找技术人员协助，暂不要再做任何改动。</translation>
    </message>
    <message>
        <source>{file} is not a database, or it is damaged ({reason}). Nothing was changed.</source>
        <translation>{file} 不是数据库文件，或已损坏（{reason}）。未做任何更改。</translation>
    </message>
    <message>
        <source>{file} is damaged: its integrity check found problems ({verdict}). Nothing was changed.</source>
        <translation>{file} 已损坏：完整性检查发现问题（{verdict}）。未做任何更改。</translation>
    </message>
    <message>
        <source>{file} is not a Hall Desk database. Nothing was changed.</source>
        <translation>{file} 不是党群服务中心前台的数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Hall Desk (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>{file} 由更新版本的党群服务中心前台生成（数据库版本 {revision}）。请安装该版本后再恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>Another Hall Desk window or program has the database open. Close it and try again; nothing was changed.</source>
        <translation>另一个党群服务中心前台窗口或程序正在使用该数据库。请关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>This desk works on a PostgreSQL server, which Hall Desk does not back up or restore itself: the server&apos;s administrator backs it up with pg_dump and restores with pg_restore.</source>
        <extracomment>Automatic backups are skipped while the newest backup is younger than this.</extracomment>
        <translation>本机连接的是 PostgreSQL 服务器，本系统不自行备份或恢复：请由服务器管理员用 pg_dump 备份、用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there. If it is on a USB drive or a second disk, plug it in, or choose another folder in Settings &gt; Backups. The desk keeps working.</source>
        <translation>备份文件夹 {folder} 不存在。如果它在U盘或第二块硬盘上，请插好；或在“设置 &gt; 备份”中选择其他文件夹。前台可以继续正常使用。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, so no backup can be written there. Choose another folder in Settings &gt; Backups.</source>
        <translation>{folder} 是文件而不是文件夹，无法写入备份。请在“设置 &gt; 备份”中选择其他文件夹。</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up yet.</source>
        <translation>{path} 处还没有可备份的数据库。</translation>
    </message>
    <message>
        <source>That file is the database in use now, not a backup. Nothing was changed.</source>
        <translation>该文件是当前正在使用的数据库，不是备份。未做任何更改。</translation>
    </message>
    <message>
        <source>The restore could not be finished ({reason}). The database was not changed.</source>
        <translation>恢复未能完成（{reason}）。数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Visitor data must be kept {min} to {max} years.</source>
        <extracomment>Audit rows are kept at least this long; in fact the purge never deletes any. Always 0: audit rows are never deleted (see the module docstring).</extracomment>
        <translation>来访者信息保留年限须为 {min} 至 {max} 年。</translation>
    </message>
    <message>
        <source>{center} is a real center, not one created by the demo; no made-up data is added to it. Nothing was changed.</source>
        <extracomment>The administrator (主任) the demo creates, who signs in with a one-time password. The desk&apos;s colleagues: user name, name, still working here. Their passwords are random and never shown; the administrator resets one to sign in as that clerk.</extracomment>
        <translation>{center}是正式使用的中心，不是演示程序创建的，不能向其中添加模拟数据。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The center has no active administrator to add demo data for.</source>
        <translation>该中心没有可用的管理员账号，无法添加演示数据。</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Waiting to be dispatched</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <extracomment>Demands whose response clock runs: someone has taken them on and they are not solved.</extracomment>
        <translation>派单</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>Give to someone else</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>复办</translation>
    </message>
    <message>
        <source>A demand that is “{status}” cannot be moved by “{action}”. Allowed now: {allowed}.</source>
        <extracomment>Where each action may be taken from, and where it leads.</extracomment>
        <translation>处于“{status}”的诉求不能执行“{action}”。当前可以：{allowed}。</translation>
    </message>
    <message>
        <source>A response time must be between 1 minute and 7 days.</source>
        <translation>响应时限须在 1 分钟到 7 天之间。</translation>
    </message>
    <message>
        <source>An ordinary problem cannot be given longer than a complex one, nor a complex one longer than the plan for a major one.</source>
        <translation>一般问题的时限不能长于复杂问题，复杂问题的时限也不能长于重大问题拿出方案的时限。</translation>
    </message>
    <message>
        <source>Waiting to be claimed</source>
        <extracomment>A project may be published for a month up to a year before or after the current one. Milestones lie between the first day of the project&apos;s month and two years after it.</extracomment>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Tick off a milestone</source>
        <translation>节点完成</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>登记进度</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>A project that is “{status}” cannot be given “{action}”. Allowed now: {allowed}.</source>
        <extracomment>The statuses each action may be taken from.</extracomment>
        <translation>项目当前为“{status}”，不能执行“{action}”。当前可执行：{allowed}。</translation>
    </message>
    <message>
        <source>the milestone</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>Please enter the milestone&apos;s date.</source>
        <translation>请填写节点日期。</translation>
    </message>
    <message>
        <source>A milestone of a project for {month} must fall between {first} and {last}.</source>
        <translation>{month} 项目的节点日期须在 {first} 至 {last} 之间。</translation>
    </message>
    <message>
        <source>Please choose the month of the project list.</source>
        <translation>请选择项目清单的月份。</translation>
    </message>
    <message>
        <source>A project can be published for a month up to a year before or after this one, not for {month}.</source>
        <translation>项目只能发布到本月前后一年以内的月份，不能发布到 {month}。</translation>
    </message>
    <message>
        <source>the project&apos;s title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>The completion must be a percentage from 0 to 100.</source>
        <translation>完成进度须为 0 至 100 之间的百分数。</translation>
    </message>
    <message>
        <source>A project is claimed by exactly one unit or one party member.</source>
        <translation>一个项目只能由一个报到单位或一名党员认领。</translation>
    </message>
    <message>
        <source>Please enter the day the milestone was reached.</source>
        <translation>请填写节点完成日期。</translation>
    </message>
    <message>
        <source>A milestone cannot be reached after today.</source>
        <translation>节点完成日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The project was only published on {date}; the milestone cannot have been reached before.</source>
        <translation>该项目于 {date} 才发布，节点完成日期不能早于发布日期。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}). Choose a last day on or after the first day.</source>
        <extracomment>Longest period a feedback sheet covers: a year (a quarter is the usual one).</extracomment>
        <translation>统计期间的结束日期（{last}）早于开始日期（{first}），请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>A feedback sheet covers at most one year; {first} to {last} is {days} days. Choose a shorter period, e.g. a quarter.</source>
        <translation>反馈表最长统计一年；{first} 至 {last} 共 {days} 天，请选择更短的期间，例如一个季度。</translation>
    </message>
    <message>
        <source>In {file}, the column {columns} appears twice in the row of names.</source>
        <extracomment>What a file may hold at most (the largest center has about 2,100 members). The header of each column as the template writes it (the sheets are filled in Chinese). The template&apos;s example row; left in a file, it is pointed out rather than imported. Digits a number cell keeps exactly; an ID number longer than this lost its last digits.</extracomment>
        <translation>{file} 的列名行中“{columns}”出现了两次。</translation>
    </message>
    <message>
        <source>The first row of {file} must name the columns {expected}. Missing: {missing}. Save a template from this dialog to see how it looks.</source>
        <translation>{file} 的第一行应为列名：{expected}。缺少：{missing}。可在本窗口保存模板查看格式。</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like 2026-03-15.</source>
        <translation>“{text}”不是日期，请写成 2026-03-15 这样的格式。</translation>
    </message>
    <message>
        <source>This is the template&apos;s example row; delete it before importing.</source>
        <translation>这是模板中的示例行，请删除后再导入。</translation>
    </message>
    <message>
        <source>Excel has stored the ID number as a number and changed its last digits. Format the column as text and type the number again.</source>
        <translation>Excel 把身份证号存成了数字，末几位已被改变。请把该列设为文本格式后重新填写。</translation>
    </message>
    <message>
        <source>Please enter the unit.</source>
        <translation>请填写单位。</translation>
    </message>
    <message>
        <source>No unit called {unit} is registered. Add it under Units first, or check the spelling.</source>
        <translation>没有登记名为“{unit}”的报到单位。请先在“报到单位”中添加，或检查名称是否写错。</translation>
    </message>
    <message>
        <source>No talent pool called {pool}. The pools are: {pools}.</source>
        <translation>没有名为“{pool}”的人才库。现有人才库：{pools}。</translation>
    </message>
    <message>
        <source>The same person as in row {first}.</source>
        <translation>与第 {first} 行是同一人。</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The list file {path} has a problem: {problem}</source>
        <translation>清单文件 {path} 有问题：{problem}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>That resident is no longer on file.</source>
        <translation>该居民信息已不存在。</translation>
    </message>
    <message>
        <source>Please choose the kind of demand.</source>
        <translation>请选择诉求类别。</translation>
    </message>
    <message>
        <source>There is no demand with that number.</source>
        <translation>没有这个编号的诉求。</translation>
    </message>
    <message>
        <source>Please choose one member or one unit.</source>
        <translation>请选择一名党员或一个单位。</translation>
    </message>
    <message>
        <source>That member is not registered here.</source>
        <translation>该党员未在本中心报到。</translation>
    </message>
    <message>
        <source>{name} has left; please choose someone else.</source>
        <translation>{name}已离开，请另选他人。</translation>
    </message>
    <message>
        <source>That unit is not registered here.</source>
        <translation>该单位未在本中心报到。</translation>
    </message>
    <message>
        <source>{name} no longer reports here; please choose another.</source>
        <translation>{name}已不在本社区报到，请另选。</translation>
    </message>
    <message>
        <source>{number} has already been dispatched to {holder} (at {time}). Allowed now: {allowed}.</source>
        <translation>{number} 已派给{holder}（{time}）。当前可以：{allowed}。</translation>
    </message>
    <message>
        <source>{number} was already taken on by {holder} at {time}. Allowed now: {allowed}.</source>
        <translation>{number} 已于 {time} 由{holder}接单。当前可以：{allowed}。</translation>
    </message>
    <message>
        <source>{number} was changed at another desk meanwhile: it is now “{status}” with {holder} (since {time}). Please look at it again.</source>
        <translation>{number} 刚刚已在其他窗口被处理：现为“{status}”，由{holder}承接（{time}起）。请重新查看。</translation>
    </message>
    <message>
        <source>{number} was changed at another desk meanwhile: it is now “{status}”. Please look at it again.</source>
        <translation>{number} 刚刚已在其他窗口被处理，现为“{status}”。请重新查看。</translation>
    </message>
    <message>
        <source>{number} was merged into {into}; please work on {into} instead.</source>
        <translation>{number} 已并入 {into}，请在 {into} 中办理。</translation>
    </message>
    <message>
        <source>Arrival on site can only be recorded once the demand has been taken on and until it is solved.</source>
        <extracomment>What a move changes on the row; returns the note of its history entry.</extracomment>
        <translation>接单后、办结前才能登记到场。</translation>
    </message>
    <message>
        <source>Arrival on site was already recorded at {time}.</source>
        <translation>已于 {time} 登记到场。</translation>
    </message>
    <message>
        <source>That caller is no longer on this demand.</source>
        <translation>该居民已不在此诉求中。</translation>
    </message>
    <message>
        <source>{number} is not solved yet; its callers are called back once it is.</source>
        <translation>{number} 尚未办结，办结后再回访各位来电居民。</translation>
    </message>
    <message>
        <source>This caller was already called back at {time}.</source>
        <translation>该居民已于 {time} 回访。</translation>
    </message>
    <message>
        <source>A contact can only be shown in full by a member of staff signed in.</source>
        <extracomment>Moves after which the demand is with someone new: the latest one names the dispatcher.</extracomment>
        <translation>只有已登录的工作人员才能显示完整的联系方式。</translation>
    </message>
    <message>
        <source>Demand {number} has not been dispatched to anyone yet. Dispatch it to a member or a unit first, then print the dispatch slip.</source>
        <translation>需求 {number} 还没有派给任何党员或单位。请先派单，再打印派单单。</translation>
    </message>
    <message>
        <source>A demand has a receipt and a dispatch slip; there is no “{kind}”.</source>
        <translation>需求只有群众点单回执和派单单，没有“{kind}”。</translation>
    </message>
    <message>
        <source>There is no demand numbered {number}.</source>
        <translation>没有编号为 {number} 的需求。</translation>
    </message>
    <message>
        <source>Demand {number} was merged into demand {into}; print the slip of {into}.</source>
        <translation>需求 {number} 已并入需求 {into}，请打印 {into} 的单据。</translation>
    </message>
    <message>
        <source>A demand cannot be merged into itself.</source>
        <translation>诉求不能并入自身。</translation>
    </message>
    <message>
        <source>Only a demand still waiting to be dispatched can be merged into another; {number} is already under way.</source>
        <translation>只有待派单的诉求才能并入其他诉求；{number} 已在办理中。</translation>
    </message>
    <message>
        <source>{number} is already solved; a new call about it is a new demand.</source>
        <translation>{number} 已办结，就此再次反映的应作为新诉求受理。</translation>
    </message>
    <message>
        <source>This resident&apos;s call is already part of {number}.</source>
        <translation>该居民的诉求已在 {number} 中。</translation>
    </message>
    <message>
        <source>Please say what was done.</source>
        <translation>请填写办理情况。</translation>
    </message>
    <message>
        <source>It is already with them; please choose someone else.</source>
        <translation>已由其承接，请另选他人。</translation>
    </message>
    <message>
        <source>Choose one volunteer: a reporting party member or a resident.</source>
        <translation>请选择一位志愿者：报到党员或居民。</translation>
    </message>
    <message>
        <source>That party member is not on this center&apos;s list.</source>
        <translation>本中心的党员名册中没有这名党员。</translation>
    </message>
    <message>
        <source>That activity is not on this center&apos;s list.</source>
        <extracomment>What a ``ShiftRow`` reads, loaded with the shifts in a few queries.</extracomment>
        <translation>本中心没有这项活动。</translation>
    </message>
    <message>
        <source>That volunteer shift no longer exists.</source>
        <translation>该志愿服务岗位报名已不存在。</translation>
    </message>
    <message>
        <source>That unit is not on this center&apos;s list of reporting units.</source>
        <translation>本中心的报到单位名单中没有这个单位。</translation>
    </message>
    <message>
        <source>{count} rows of the file have problems, so nothing was imported. Correct them, or import only the good rows.</source>
        <translation>文件中有 {count} 行有问题，未导入任何数据。请改正，或只导入无误的行。</translation>
    </message>
    <message>
        <source>No row of the file can be imported.</source>
        <translation>文件中没有可以导入的行。</translation>
    </message>
    <message>
        <source>Another desk registered some of these members at the same moment. Nothing was imported; check the file again.</source>
        <translation>另一窗口同时登记了其中部分党员。未导入任何数据，请重新检查文件。</translation>
    </message>
    <message>
        <source>This member is already registered, sent by {unit}.</source>
        <translation>该党员已登记，报到单位：{unit}。</translation>
    </message>
    <message>
        <source>{file} is not an Excel .xlsx file. Open it in Excel or WPS and save it as “Excel workbook (.xlsx)” first.</source>
        <extracomment>The header may sit below a title line or two; it is looked for in the first rows.</extracomment>
        <translation>{file} 不是 Excel .xlsx 文件。请先用 Excel 或 WPS 打开，另存为“Excel 工作簿（.xlsx）”。</translation>
    </message>
    <message>
        <source>The file {file} cannot be found.</source>
        <translation>找不到文件 {file}。</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened ({reason}). If it is open in Excel or WPS, close it there and try again.</source>
        <translation>无法打开文件 {file}（{reason}）。如果它正在 Excel 或 WPS 中打开，请先关闭后重试。</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook: it is damaged, protected with a password, or not really an .xlsx file.</source>
        <translation>无法按 Excel 工作簿读取 {file}：文件已损坏、设有密码，或并非真正的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{file} has no members below the row of column names.</source>
        <translation>{file} 的列名行下面没有党员。</translation>
    </message>
    <message>
        <source>{file} has {count} rows; at most {max} can be imported at once. Split it into several files.</source>
        <translation>{file} 有 {count} 行，一次最多导入 {max} 行，请拆分成几个文件。</translation>
    </message>
    <message>
        <source>The template could not be saved as {file} ({reason}). If a file of that name is open in Excel or WPS, close it there, or choose another folder.</source>
        <translation>无法将模板保存为 {file}（{reason}）。如果同名文件正在 Excel 或 WPS 中打开，请先关闭，或换一个文件夹。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <source>why the tick is taken back</source>
        <translation>撤销销号的原因</translation>
    </message>
    <message>
        <source>Problem {seq} is not ticked off, so there is nothing to undo.</source>
        <translation>第 {seq} 项问题尚未销号，无需撤销。</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>This problem no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <source>Problem {seq} was already ticked off by {who} at {time}.</source>
        <translation>第 {seq} 项问题已由{who}于 {time} 销号。</translation>
    </message>
    <message>
        <source>This unit is not registered at the center.</source>
        <translation>该单位未在本中心报到。</translation>
    </message>
    <message>
        <source>This party member is not registered at the center.</source>
        <translation>该党员未在本中心报到。</translation>
    </message>
    <message>
        <source>This milestone no longer exists.</source>
        <translation>该节点已不存在。</translation>
    </message>
    <message>
        <source>The milestone “{title}” was already reached on {date}.</source>
        <translation>节点“{title}”已于 {date} 完成。</translation>
    </message>
    <message>
        <source>The completion goes down from {before}% to {after}%: please say why in the note.</source>
        <translation>完成进度由 {before}% 降为 {after}%，请在备注中说明原因。</translation>
    </message>
    <message>
        <source>why the project is withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>该场活动已不存在。</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>“{title}” was claimed by {who} at {time}; it cannot be claimed twice.</source>
        <translation>“{title}”已由{who}于 {time} 认领，不能重复认领。</translation>
    </message>
    <message>
        <source>{unit} still has {count} members who have not left. Mark them as left or move them to another unit before retiring it.</source>
        <translation>{unit} 还有 {count} 名党员未离开。请先将他们标记为离开或调整到其他单位，再停用该单位。</translation>
    </message>
    <message>
        <source>This member left on {day}; bring them back first.</source>
        <translation>该党员已于 {day} 离开，请先恢复。</translation>
    </message>
    <message>
        <source>This member is already marked as left ({day}).</source>
        <translation>该党员已标记为离开（{day}）。</translation>
    </message>
    <message>
        <source>{unit} is retired. Restore the unit first, or change the member&apos;s unit.</source>
        <translation>{unit} 已停用。请先恢复该单位，或修改党员所在单位。</translation>
    </message>
    <message>
        <source>Please choose the unit that sent the member.</source>
        <translation>请选择党员所在的报到单位。</translation>
    </message>
    <message>
        <source>{unit} is retired; restore it first or choose another unit.</source>
        <translation>{unit} 已停用，请先恢复该单位或选择其他单位。</translation>
    </message>
    <message>
        <source>This entry of the list no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>There is already a talent pool called {name}.</source>
        <translation>已有名为“{name}”的人才库。</translation>
    </message>
    <message>
        <source>The retired talent pool {name} has this name; restore it instead.</source>
        <translation>已停用的人才库“{name}”使用此名称，请恢复它。</translation>
    </message>
    <message>
        <source>There is already a kind of demand called {name}.</source>
        <translation>已有名为“{name}”的需求分类。</translation>
    </message>
    <message>
        <source>The retired kind of demand {name} has this name; restore it instead.</source>
        <translation>已停用的需求分类“{name}”使用此名称，请恢复它。</translation>
    </message>
    <message>
        <source>This is the last entry in use; add another before retiring it.</source>
        <translation>这是最后一个在用条目，请先添加其他条目再停用。</translation>
    </message>
    <message>
        <source>This member is already in the registry, sent by {unit}, and marked as left. Find them under “Members who left” and bring them back instead.</source>
        <translation>该党员已在名册中（报到单位：{unit}），并已标记为离开。请在“已离开的党员”中找到并恢复。</translation>
    </message>
    <message>
        <source>A chosen talent pool has been retired meanwhile; please choose again.</source>
        <translation>所选人才库刚被停用，请重新选择。</translation>
    </message>
    <message>
        <source>Another desk has just registered a member with this ID number. Search for them before adding them again.</source>
        <translation>另一窗口刚刚登记了该身份证号的党员，请先查找，不要重复添加。</translation>
    </message>
    <message>
        <source>This unit is no longer registered.</source>
        <translation>该报到单位已不存在。</translation>
    </message>
    <message>
        <source>This member is no longer registered.</source>
        <translation>该党员已不在名册中。</translation>
    </message>
    <message>
        <source>A unit called {name} is already registered.</source>
        <translation>已登记名为“{name}”的报到单位。</translation>
    </message>
    <message>
        <source>A retired unit is called {name}; restore it instead of adding it again.</source>
        <translation>已停用的单位中有“{name}”，请恢复该单位，不要重复添加。</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>the role&apos;s description</source>
        <extracomment>Volunteers may sign in from this long before their session starts.</extracomment>
        <translation>岗位说明</translation>
    </message>
    <message>
        <source>Role {row} has no name; please enter one.</source>
        <translation>第 {row} 个岗位没有名称，请填写。</translation>
    </message>
    <message>
        <source>the role&apos;s name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Role {row}: the places must be a whole number from 1 to {max}.</source>
        <translation>第 {row} 个岗位：名额须为 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <source>Roles {first} and {row} are both called “{name}”.</source>
        <translation>第 {first} 个和第 {row} 个岗位都叫“{name}”。</translation>
    </message>
    <message>
        <source>{busiest} volunteers are already signed up as “{role}” at one session; the places cannot be fewer than {busiest}.</source>
        <translation>已有场次报名“{role}”岗位的志愿者达 {busiest} 人，名额不能少于 {busiest} 个。</translation>
    </message>
    <message>
        <source>The minimum share must be a whole percentage from 1 to 100.</source>
        <translation>最低在岗比例须为 1 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>The session starts at {start}; volunteers can sign in from an hour before.</source>
        <translation>本场次 {start} 开始，志愿者可在开始前一小时起签到。</translation>
    </message>
    <message>
        <source>The session ended at {end}. Enter the volunteer&apos;s times afterwards (补录) instead, with the reason.</source>
        <translation>本场次已于 {end} 结束。请填写原因后补录该志愿者的时间。</translation>
    </message>
    <message>
        <source>The times entered must be on the day of the session, {day}.</source>
        <translation>填写的时间须在场次当天（{day}）。</translation>
    </message>
    <message>
        <source>The sign-out time must be after the sign-in time.</source>
        <translation>签退时间须晚于签到时间。</translation>
    </message>
    <message>
        <source>The sign-out time {time} has not come yet.</source>
        <translation>签退时间 {time} 还未到。</translation>
    </message>
    <message>
        <source>{typed} minutes were entered, but the session lasts only {length} minutes; hours entered afterwards cannot exceed the session&apos;s length.</source>
        <translation>填写了 {typed} 分钟，但本场次只有 {length} 分钟；补录时长不能超过场次时长。</translation>
    </message>
    <message>
        <source>People have already signed up, so who the activity is for cannot change.</source>
        <extracomment>Why an activity&apos;s booking ended, as the booking desk shows it (kept as data, in Chinese like the rest of what is printed; the activity holds the reason typed).</extracomment>
        <translation>已有人报名，活动对象不能再更改。</translation>
    </message>
    <message>
        <source>This session has already been cancelled.</source>
        <translation>该场活动已取消。</translation>
    </message>
    <message>
        <source>This session is over; it cannot be cancelled.</source>
        <translation>该场活动已结束，不能取消。</translation>
    </message>
    <message>
        <source>There is no activity numbered {number}.</source>
        <translation>没有编号为{number}的活动。</translation>
    </message>
    <message>
        <source>There is no sign-up slip numbered {number}.</source>
        <translation>没有编号为{number}的报名凭条。</translation>
    </message>
    <message>
        <source>{name} no longer reports to the center; choose another organiser.</source>
        <translation>{name}已不在本中心报到，请选择其他主办方。</translation>
    </message>
    <message>
        <source>“{title}” is no longer on the project list; choose another organiser.</source>
        <translation>“{title}”已不在项目清单中，请选择其他主办方。</translation>
    </message>
    <message>
        <source>“{title}” has been cancelled; it cannot be changed.</source>
        <translation>“{title}”已取消，不能再修改。</translation>
    </message>
    <message>
        <source>{count} of the people marked no longer hold a place in this activity; nothing was saved. Please reopen the list.</source>
        <extracomment>The form field of the scan box, named by a refusal of what was typed there.</extracomment>
        <translation>所标记的人中有{count}人已不在本活动名单中，未保存任何内容。请重新打开名单。</translation>
    </message>
    <message>
        <source>This is not a sign-up slip number: {text}</source>
        <translation>这不是报名凭条编号：{text}</translation>
    </message>
    <message>
        <source>Slip {number} is for “{other}”, not for “{title}”.</source>
        <translation>凭条{number}是“{other}”的，不是“{title}”的。</translation>
    </message>
    <message>
        <source>Slip {number} is still on the waiting list (place {position}); it has no place in this activity yet.</source>
        <translation>凭条{number}仍在候补名单中（第{position}位），尚未获得本活动名额。</translation>
    </message>
    <message>
        <source>Slip {number} was cancelled.</source>
        <translation>凭条{number}已取消。</translation>
    </message>
    <message>
        <source>This session was cancelled; its attendance cannot be taken.</source>
        <translation>该场活动已取消，不能记录出勤。</translation>
    </message>
    <message>
        <source>Attendance of this session can be taken from {time} on {day}.</source>
        <translation>该场活动的出勤可从{day} {time}起记录。</translation>
    </message>
    <message>
        <source>A certificate is issued by a member of staff of the center.</source>
        <extracomment>How long the 公示 list is posted, from the day it is printed.</extracomment>
        <translation>志愿服务记录证明须由本中心工作人员出具。</translation>
    </message>
    <message>
        <source>{name} has no volunteer hours from {start} to {end}; there is nothing to certify.</source>
        <translation>{name} 在 {start} 至 {end} 期间没有志愿服务时长，无法出具证明。</translation>
    </message>
    <message>
        <source>That certificate is not in this center&apos;s register.</source>
        <translation>本中心的证明登记簿中没有这份证明。</translation>
    </message>
    <message>
        <source>The last day {end} is before the first day {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>该报名记录已不存在。</translation>
    </message>
    <message>
        <source>A role being changed is no longer one of this activity&apos;s roles.</source>
        <translation>正在修改的岗位已不属于此活动。</translation>
    </message>
    <message>
        <source>That volunteer role is not one of this activity&apos;s roles.</source>
        <translation>该志愿岗位不属于此活动。</translation>
    </message>
    <message>
        <source>The role “{role}” is no longer in use.</source>
        <translation>岗位“{role}”已停用。</translation>
    </message>
    <message>
        <source>{name} is already a volunteer at this session, as “{role}”.</source>
        <translation>{name} 已报名本场次的志愿服务（岗位：“{role}”）。</translation>
    </message>
    <message>
        <source>All {places} places of “{role}” at this session are taken.</source>
        <translation>本场次“{role}”岗位的 {places} 个名额已满。</translation>
    </message>
    <message>
        <source>Hours are already recorded for this shift, so it cannot be cancelled. Correct the times by entering them afterwards (补录) instead.</source>
        <translation>该岗位已记录服务时长，不能取消。如需更正时间，请使用补录。</translation>
    </message>
    <message>
        <source>This volunteer already signed in at {time}.</source>
        <translation>该志愿者已于 {time} 签到。</translation>
    </message>
    <message>
        <source>This volunteer has not signed in yet. Sign in first, or enter the times afterwards (补录) with the reason.</source>
        <translation>该志愿者尚未签到。请先签到，或填写原因后补录时间。</translation>
    </message>
    <message>
        <source>This volunteer already signed out at {time}.</source>
        <translation>该志愿者已于 {time} 签退。</translation>
    </message>
    <message>
        <source>the reason for entering hours afterwards</source>
        <translation>补录原因</translation>
    </message>
    <message>
        <source>That session is not on this center&apos;s list.</source>
        <translation>本中心没有这一场次。</translation>
    </message>
    <message>
        <source>This shift was cancelled.</source>
        <translation>该志愿服务岗位报名已取消。</translation>
    </message>
    <message>
        <source>The session of {day} was cancelled.</source>
        <translation>{day} 的场次已取消。</translation>
    </message>
    <message>
        <source>{name} has left the list of reporting party members.</source>
        <translation>{name} 已不在报到党员名册中。</translation>
    </message>
    <message>
        <source>The activity “{title}” was cancelled.</source>
        <translation>活动“{title}”已取消。</translation>
    </message>
    <message>
        <source>Reporting party member</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <source>This database has already been set up, perhaps just now from another desk. Nothing you entered was saved; please sign in with an account of that center.</source>
        <translation>此数据库已经设置好了，可能是另一台前台电脑刚刚完成的设置。您填写的内容没有保存，请使用该中心的账号登录。</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>The project&apos;s milestones</source>
        <translation>项目节点</translation>
    </message>
    <message>
        <source>Reached: {date} {title}</source>
        <translation>已完成：{date} {title}</translation>
    </message>
    <message>
        <source>Add a new milestone</source>
        <translation>添加新节点</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>操作(&amp;W)</translation>
    </message>
    <message>
        <source>Which milestone is reached, or a new one</source>
        <translation>选择已完成的节点，或添加新节点</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>节点名称(&amp;M)</translation>
    </message>
    <message>
        <source>Name of the new milestone</source>
        <translation>新节点名称</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Day of the milestone</source>
        <translation>节点日期</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>What was reached</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the milestone</source>
        <translation>保存节点</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Day the new milestone is due</source>
        <translation>新节点的计划日期</translation>
    </message>
    <message>
        <source>Day it was reached</source>
        <translation>节点完成日期</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{seq}. {problem} — {who}, due {date}</source>
        <translation>{seq}. {problem} — {who}，办结时限 {date}</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind of demand</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>承办党员/单位</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>超时多久</translation>
    </message>
    <message>
        <source>{level}, due {due}; press Enter to open it</source>
        <translation>{level}，应于 {due} 前办结；按 Enter 打开</translation>
    </message>
</context>
<context>
    <name>PartyListSection</name>
    <message>
        <source>Talent pools</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>Kinds of demand</source>
        <translation>需求分类</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>改名...</translation>
    </message>
    <message>
        <source>Rename the selected entry</source>
        <translation>为所选条目改名</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Retire or restore the selected entry</source>
        <translation>停用或恢复所选条目</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>将所选条目上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>将所选条目下移</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>清单提示</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>请先在列表中选择一个条目。</translation>
    </message>
    <message>
        <source>{name} is added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>已改名为 {name}。</translation>
    </message>
    <message>
        <source>{name} is retired; what was filed under it keeps it.</source>
        <translation>{name} 已停用；已归入的记录保持不变。</translation>
    </message>
    <message>
        <source>{name} is in use again.</source>
        <translation>{name} 已恢复使用。</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>Party service</source>
        <translation>党员服务</translation>
    </message>
    <message>
        <source>Demands (Alt+1)</source>
        <translation>群众点单（Alt+1）</translation>
    </message>
    <message>
        <source>Reporting members (Alt+2)</source>
        <translation>双报到党员（Alt+2）</translation>
    </message>
    <message>
        <source>Problem lists (Alt+3)</source>
        <translation>问题清单（Alt+3）</translation>
    </message>
    <message>
        <source>Projects (Alt+4)</source>
        <translation>项目清单（Alt+4）</translation>
    </message>
</context>
<context>
    <name>PartySettingsPanel</name>
    <message>
        <source>Talent pools (人才库)</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>Kinds of demand (需求分类)</source>
        <translation>需求分类</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>时限</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>On site within</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Minutes to be on site</source>
        <translation>到场时限（分钟）</translation>
    </message>
    <message>
        <source>Ordinary problem solved in</source>
        <translation>一般问题办结时限</translation>
    </message>
    <message>
        <source>Minutes to solve an ordinary problem</source>
        <translation>一般问题办结时限（分钟）</translation>
    </message>
    <message>
        <source>Complex problem solved in</source>
        <translation>复杂问题办结时限</translation>
    </message>
    <message>
        <source>Minutes to solve a complex problem</source>
        <translation>复杂问题办结时限（分钟）</translation>
    </message>
    <message>
        <source>Plan for a major one in</source>
        <translation>重大问题拿出方案时限</translation>
    </message>
    <message>
        <source>Minutes to make a plan for a major problem</source>
        <translation>重大问题拿出方案时限（分钟）</translation>
    </message>
    <message>
        <source>Meeting problems solved in</source>
        <translation>议事问题办结时限</translation>
    </message>
    <message>
        <source>Working days to solve a problem from a meeting</source>
        <translation>议事会问题办结时限（工作日）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the clocks</source>
        <translation>应用时限设置</translation>
    </message>
    <message>
        <source>Clocks message</source>
        <translation>时限提示</translation>
    </message>
    <message>
        <source>The “1341” promise: on site within 10 minutes, an ordinary problem solved in 30 minutes, a complex one in 4 hours, a plan for a major one within a day. A change applies to demands taken on from now on.</source>
        <translation>“1341”承诺：10分钟内到场，一般问题30分钟内解决，复杂问题4小时内解决，重大问题1天内拿出方案。修改只对此后签收的需求生效。</translation>
    </message>
    <message>
        <source>Saved. New demands and meeting problems get these times.</source>
        <translation>已保存。此后的需求和议事问题按新时限计算。</translation>
    </message>
</context>
<context>
    <name>PendingBookingsDialog</name>
    <message>
        <source>Bookings awaiting approval</source>
        <translation>待审批的预约</translation>
    </message>
    <message>
        <source>No booking is waiting for approval.</source>
        <translation>没有待审批的预约。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approve the selected booking</source>
        <translation>审批通过所选预约</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予通过…</translation>
    </message>
    <message>
        <source>Decline the selected booking</source>
        <translation>不予通过所选预约</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Open the selected booking</source>
        <translation>打开所选预约</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Booking {number} approved. Let the booker know.</source>
        <translation>预约{number}已审批通过，请告知预约人。</translation>
    </message>
    <message>
        <source>Booking {number} declined; the time is free again.</source>
        <translation>预约{number}未通过，该时段已重新空出。</translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <source>Booking number</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Kind of period</source>
        <extracomment>Earliest date offered (the desk keeps no older records).</extracomment>
        <translation>周期类型</translation>
    </message>
    <message>
        <source>Date in the period (or its start)</source>
        <translation>期内任一日期（或起始日期）</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>时段的最后一天</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>上期（Alt+Left）</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下期</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>下期（Alt+Right）</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Go to the period of today</source>
        <translation>回到今天所在的时段</translation>
    </message>
    <message>
        <source>{period}, compared with {previous}</source>
        <translation>{period}，与{previous}对比</translation>
    </message>
    <message>
        <source>{period} (as of {as_of}), compared with {previous}</source>
        <translation>{period}（截至 {as_of}），与{previous}对比</translation>
    </message>
    <message>
        <source>{month}/{day} {time}</source>
        <translation>{month}月{day}日 {time}</translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message>
        <source>the document could not be read</source>
        <translation>无法读取该文档</translation>
    </message>
    <message>
        <source>the printer could not be started or reported an error</source>
        <translation>打印机无法启动或报告了错误</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>booking slip</source>
        <translation>预约凭条</translation>
    </message>
    <message>
        <source>No printer is set up on this computer, so {document} was not printed. Look at it in the preview, or save it as a PDF and print it on another computer.</source>
        <translation>本机未设置打印机，{document}未打印。可在预览中查看，或保存为 PDF 后到其他电脑打印。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The booking is saved and its {document} was kept as a PDF:
{path}</source>
        <translation>本机未设置打印机。预约已保存，{document}已存为 PDF：
{path}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The booking is saved; you can print its {document} later from the booking.</source>
        <translation>本机未设置打印机。预约已保存；稍后可在预约详情中打印{document}。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The demand is saved and its {document} was kept as a PDF:
{path}</source>
        <translation>本机没有设置打印机。诉求已保存，{document}已存为 PDF：
{path}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The demand is saved; you can print its {document} later from the demand.</source>
        <translation>本机没有设置打印机。诉求已保存，可稍后在诉求中打印{document}。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The case is saved and its {document} was kept as a PDF:
{path}</source>
        <translation>本机未设置打印机。办件已保存，{document}已存为 PDF：
{path}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. The case is saved; you can print its {document} later from the case.</source>
        <translation>本机未设置打印机。办件已保存；稍后可在办件中打印{document}。</translation>
    </message>
    <message>
        <source>Printing failed: {reason}. Nothing is lost; print {document} again or save it as a PDF.</source>
        <translation>打印失败：{reason}。数据没有丢失，请重新打印“{document}”或保存为PDF。</translation>
    </message>
    <message>
        <source>Printing failed: {reason}. The booking is saved; you can print its {document} again from the booking.</source>
        <translation>打印失败：{reason}。预约已保存；可在预约详情中补打{document}。</translation>
    </message>
    <message>
        <source>Printing failed: {reason}. The demand is saved; you can print its {document} again from the demand.</source>
        <translation>打印失败：{reason}。诉求已保存，可在诉求中重新打印{document}。</translation>
    </message>
    <message>
        <source>Printing failed: {reason}. The case is saved; you can print its {document} again from the case.</source>
        <translation>打印失败：{reason}。办件已保存；可在办件中补打{document}。</translation>
    </message>
    <message>
        <source>The {document} was kept as a PDF: {path}</source>
        <translation>{document}已存为 PDF：{path}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The PDF could not be opened here. It is kept at:
{path}</source>
        <translation>本机无法打开该 PDF。文件保存在：
{path}</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>{title}, held on {date}</source>
        <translation>{title}，{date} 召开</translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation>最多 {max} 个字</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>The problem raised</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <source>Unit or person; or choose a registered one below</source>
        <translation>填写单位或个人，或在下方选择已报到的单位、党员</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>责任方(&amp;R)</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>责任单位或责任人</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>已报到(&amp;G)</translation>
    </message>
    <message>
        <source>A registered unit or member responsible (optional)</source>
        <translation>负责的已报到单位或党员（可不选）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the problem</source>
        <translation>添加该问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>It is due counting working days from the meeting&apos;s day.</source>
        <translation>办结时限从会议召开之日起按工作日计算。</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Mon</source>
        <extracomment>Overdue red and due-soon amber, as on the case lists.</extracomment>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Ticked off {date}</source>
        <translation>{date} 已销号</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（超期办结）</translation>
    </message>
    <message>
        <source>Overdue by {days} working days</source>
        <translation>已超期 {days} 个工作日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>最后一个工作日</translation>
    </message>
    <message>
        <source>Not yet due ({days} working days left)</source>
        <translation>未到期（剩余 {days} 个工作日）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位/责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{who}: {note}</source>
        <translation>{who}：{note}</translation>
    </message>
    <message>
        <source>Tick taken back: {reason}</source>
        <translation>已撤销销号：{reason}</translation>
    </message>
    <message>
        <source>{days} working days after the meeting</source>
        <translation>会后 {days} 个工作日</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <source>Show meetings older than a year</source>
        <extracomment>Without &quot;show older&quot;, the meetings of the last year are listed. What other desks or pages may change that this tab shows.</extracomment>
        <translation>显示一年以前的会议</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Problems of the meeting</source>
        <translation>会议问题清单</translation>
    </message>
    <message>
        <source>No meetings yet. Record one with “New meeting...” (Ctrl+N).</source>
        <translation>还没有会议记录。请点击“新建会议...”（Ctrl+N）登记。</translation>
    </message>
    <message>
        <source>Problem lists message</source>
        <translation>问题清单提示</translation>
    </message>
    <message>
        <source>New meeting...</source>
        <translation>新建会议...</translation>
    </message>
    <message>
        <source>Record a new meeting and its problems</source>
        <translation>登记新会议及其提出的问题</translation>
    </message>
    <message>
        <source>Add problem...</source>
        <translation>添加问题...</translation>
    </message>
    <message>
        <source>Add a problem to the chosen meeting</source>
        <translation>为所选会议添加问题</translation>
    </message>
    <message>
        <source>Tick off...</source>
        <translation>销号...</translation>
    </message>
    <message>
        <source>Tick off the chosen problem with a note of what was done</source>
        <translation>为所选问题销号并填写办理情况</translation>
    </message>
    <message>
        <source>Take back tick...</source>
        <translation>撤销销号...</translation>
    </message>
    <message>
        <source>Take back a tick made by mistake</source>
        <translation>撤销误操作的销号</translation>
    </message>
    <message>
        <source>Print list...</source>
        <translation>打印清单...</translation>
    </message>
    <message>
        <source>Print the chosen meeting&apos;s list for the next meeting</source>
        <translation>打印所选会议的问题清单，供下次会议对账</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Enter on a problem</source>
        <translation>在问题上按 Enter</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Problems are due {days} working days after their meeting; {count} are overdue.</source>
        <translation>问题须在会后 {days} 个工作日内办结；已有 {count} 个问题超期。</translation>
    </message>
    <message>
        <source>Problems are due {days} working days after their meeting.</source>
        <translation>问题须在会后 {days} 个工作日内办结。</translation>
    </message>
    <message>
        <source>{kind} “{title}”, {date}</source>
        <translation>{kind}“{title}”，{date}</translation>
    </message>
    <message>
        <source>, {place}</source>
        <translation>，{place}</translation>
    </message>
    <message>
        <source>The meeting “{title}” is saved with {count} problems.</source>
        <translation>会议“{title}”已保存，共 {count} 个问题。</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>请先选择一个会议。</translation>
    </message>
    <message>
        <source>Problem {seq} is added, due {date}.</source>
        <translation>第 {seq} 项问题已添加，须于 {date} 前办结。</translation>
    </message>
    <message>
        <source>Choose a problem first.</source>
        <translation>请先选择一个问题。</translation>
    </message>
    <message>
        <source>Problem {seq} is already ticked off.</source>
        <translation>第 {seq} 项问题已销号。</translation>
    </message>
    <message>
        <source>Tick off a problem</source>
        <translation>问题销号</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>办理情况(&amp;W)</translation>
    </message>
    <message>
        <source>What was done to solve the problem</source>
        <translation>问题的办理情况</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Problem {seq} is ticked off.</source>
        <translation>第 {seq} 项问题已销号。</translation>
    </message>
    <message>
        <source>Take back a tick</source>
        <translation>撤销销号</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>Why the tick is taken back</source>
        <translation>撤销销号的原因</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Problem {seq} is open again.</source>
        <translation>第 {seq} 项问题已撤销销号，重新办理。</translation>
    </message>
    <message>
        <source>Problem list {title}</source>
        <translation>问题清单 {title}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress</source>
        <translation>登记进度</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>完成进度(&amp;C)</translation>
    </message>
    <message>
        <source>Completion in percent</source>
        <translation>完成进度（百分比）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the progress</source>
        <translation>保存进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A lower percentage than before needs a note saying why.</source>
        <translation>进度低于之前时，须在备注中说明原因。</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source> (milestones overdue: {count})</source>
        <translation>（超期节点：{count}）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领方</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>下一节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>上个月（Alt+←）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>下个月（Alt+→）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Show this month</source>
        <translation>显示本月</translation>
    </message>
    <message>
        <source>Show projects in this status</source>
        <translation>按状态筛选项目</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Projects of the month</source>
        <translation>本月项目</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Enter on a project</source>
        <translation>在项目上按 Enter</translation>
    </message>
    <message>
        <source>Projects message</source>
        <translation>项目清单提示</translation>
    </message>
    <message>
        <source>Publish...</source>
        <translation>发布...</translation>
    </message>
    <message>
        <source>Publish a project for the month (Ctrl+N)</source>
        <translation>发布本月项目（Ctrl+N）</translation>
    </message>
    <message>
        <source>Claim...</source>
        <translation>认领...</translation>
    </message>
    <message>
        <source>Record who claims the chosen project</source>
        <translation>登记所选项目的认领方</translation>
    </message>
    <message>
        <source>Milestone...</source>
        <translation>节点...</translation>
    </message>
    <message>
        <source>Tick off or add a milestone of the chosen project</source>
        <translation>登记所选项目的节点完成情况或添加节点</translation>
    </message>
    <message>
        <source>Progress...</source>
        <translation>进度...</translation>
    </message>
    <message>
        <source>Record how far the chosen project has come</source>
        <translation>登记所选项目的完成进度</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Mark the chosen project as done</source>
        <translation>将所选项目标记为已完成</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>撤回...</translation>
    </message>
    <message>
        <source>Withdraw the chosen project, with the reason</source>
        <translation>撤回所选项目并填写原因</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{count} projects, {claimed} claimed</source>
        <translation>共 {count} 个项目，已认领 {claimed} 个</translation>
    </message>
    <message>
        <source>No projects for this month. Publish one with “Publish...” (Ctrl+N).</source>
        <translation>本月还没有项目。请点击“发布...”（Ctrl+N）发布项目。</translation>
    </message>
    <message>
        <source>Milestones: {list}</source>
        <translation>节点：{list}</translation>
    </message>
    <message>
        <source>Latest progress: {note}</source>
        <translation>最新进展：{note}</translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation>已撤回：{reason}</translation>
    </message>
    <message>
        <source>“{title}” is published.</source>
        <translation>“{title}”已发布。</translation>
    </message>
    <message>
        <source>“{title}” is claimed by {who}.</source>
        <translation>“{title}”已由{who}认领。</translation>
    </message>
    <message>
        <source>“{title}” is closed: its milestones can no longer change.</source>
        <translation>“{title}”已结束，节点不能再修改。</translation>
    </message>
    <message>
        <source>The milestones of “{title}” are saved ({progress}% done).</source>
        <translation>“{title}”的节点已保存（已完成 {progress}%）。</translation>
    </message>
    <message>
        <source>“{title}” is {progress}% done.</source>
        <translation>“{title}”已完成 {progress}%。</translation>
    </message>
    <message>
        <source>Mark “{title}” as done (100%)?</source>
        <translation>将“{title}”标记为已完成（100%）？</translation>
    </message>
    <message>
        <source>Project done</source>
        <translation>项目完成</translation>
    </message>
    <message>
        <source>“{title}” is done.</source>
        <translation>“{title}”已完成。</translation>
    </message>
    <message>
        <source>Withdraw a project</source>
        <translation>撤回项目</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>Why the project is withdrawn</source>
        <translation>撤回项目的原因</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>“{title}” is withdrawn.</source>
        <translation>“{title}”已撤回。</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish a project</source>
        <translation>发布项目</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Month of the project list</source>
        <translation>项目清单月份</translation>
    </message>
    <message>
        <source>e.g. 线路改造, 绿化补植, 非遗培训进社区</source>
        <translation>例如：线路改造、绿化补植、非遗培训进社区</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>What is to be done, where; at most {max} characters</source>
        <translation>做什么、在哪里；最多 {max} 个字</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>What the project is</source>
        <translation>项目内容</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Add a milestone row</source>
        <translation>添加一行节点</translation>
    </message>
    <message>
        <source>Mi&amp;lestones</source>
        <translation>节点(&amp;L)</translation>
    </message>
    <message>
        <source>Dated milestones (optional)</source>
        <translation>带日期的节点（可不填）</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish the project</source>
        <translation>发布该项目</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rows without a milestone name are left out.</source>
        <translation>未填写节点名称的行不保存。</translation>
    </message>
    <message>
        <source>Milestone due on</source>
        <translation>节点日期</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please write something here; it is kept with the case.</source>
        <translation>请在此填写内容；该内容将随办件一并保存。</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt came back</source>
        <translation>回执已返回</translation>
    </message>
    <message>
        <source>Letter {letter} of {name}, issued {date}</source>
        <translation>{name} 的介绍信 {letter}，开具于 {date}</translation>
    </message>
    <message>
        <source>{direction}: {source} → {target}</source>
        <translation>{direction}：{source} → {target}</translation>
    </message>
    <message>
        <source>Came back &amp;on</source>
        <translation>返回日期(&amp;O)</translation>
    </message>
    <message>
        <source>Date the receipt came back</source>
        <translation>回执返回日期</translation>
    </message>
    <message>
        <source>optional, e.g. who sent it</source>
        <translation>选填，例如由谁送回</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note on the receipt</source>
        <translation>回执备注</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>Record the receipt</source>
        <translation>登记该回执</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Filter the records</source>
        <translation>筛选记录</translation>
    </message>
    <message>
        <source>Filter: name, number, item ...</source>
        <translation>筛选：姓名、号码、事项...</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Only the newest {limit} records are listed; choose a shorter period to see the rest.</source>
        <translation>仅列出最新的{limit}条记录；如需查看其余记录，请选择较短的时间段。</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n}条记录</translation>
    </message>
    <message>
        <source>{shown} of {n} records</source>
        <translation>共{n}条记录，显示{shown}条</translation>
    </message>
    <message>
        <source>{figure}: {period}</source>
        <translation>{figure}：{period}</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Visit</source>
        <extracomment>``StatsService.records`` returns at most this many records, newest first.</extracomment>
        <translation>来访</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>快速计数</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Elderly subsidy</source>
        <translation>高龄补贴</translation>
    </message>
    <message>
        <source>Party transfer</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Meeting problem</source>
        <translation>议事会问题</translation>
    </message>
    <message>
        <source>Activity session</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Volunteer shift</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name / booked by</source>
        <translation>姓名／预约人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Find a member</source>
        <extracomment>Typing pauses this long before the list follows the search box. Notices after which the lists and filters are read again. Enter on a demand number (typed or scanned) in the search box.</extracomment>
        <translation>查找党员</translation>
    </message>
    <message>
        <source>Name, initials, last digits of the phone, or unit (Ctrl+F)</source>
        <translation>姓名、拼音首字母、电话尾号或单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Members of unit</source>
        <translation>按报到单位筛选</translation>
    </message>
    <message>
        <source>Members in talent pool</source>
        <translation>按人才库筛选</translation>
    </message>
    <message>
        <source>Which members</source>
        <translation>显示哪些党员</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在册党员</translation>
    </message>
    <message>
        <source>Due to report again</source>
        <translation>应再报到</translation>
    </message>
    <message>
        <source>Members who left</source>
        <translation>已离开的党员</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reporting members</source>
        <translation>报到党员</translation>
    </message>
    <message>
        <source>Registry message</source>
        <translation>名册提示</translation>
    </message>
    <message>
        <source>Add a member... (Ctrl+N)</source>
        <translation>添加党员...（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add a reporting member</source>
        <translation>添加报到党员</translation>
    </message>
    <message>
        <source>Change... (Enter)</source>
        <translation>修改...（Enter）</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>修改所选党员</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>已再报到</translation>
    </message>
    <message>
        <source>The selected member has reported again today</source>
        <translation>所选党员今天已再报到</translation>
    </message>
    <message>
        <source>Left...</source>
        <translation>离开...</translation>
    </message>
    <message>
        <source>Mark the selected member as left, or bring them back</source>
        <translation>将所选党员标记为离开，或恢复</translation>
    </message>
    <message>
        <source>Feedback sheet...</source>
        <translation>反馈表...</translation>
    </message>
    <message>
        <source>Feedback sheet of the selected member</source>
        <translation>所选党员的反馈表</translation>
    </message>
    <message>
        <source>Import from Excel...</source>
        <translation>从 Excel 导入...</translation>
    </message>
    <message>
        <source>Import members from an Excel file</source>
        <translation>从 Excel 文件导入党员</translation>
    </message>
    <message>
        <source>Units...</source>
        <translation>报到单位...</translation>
    </message>
    <message>
        <source>The reporting units and their agreements</source>
        <translation>报到单位及共建协议</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All talent pools</source>
        <translation>全部人才库</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} 名党员</translation>
    </message>
    <message>
        <source>Add the unit that sent the member first (Units...).</source>
        <translation>请先添加党员所在的报到单位（报到单位...）。</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>请先在列表中选择一名党员。</translation>
    </message>
    <message>
        <source>{name} ({unit}) has been registered.</source>
        <translation>已登记 {name}（{unit}）。</translation>
    </message>
    <message>
        <source>{name} has been saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <source>{name} reported again today; the next report is due on {day}.</source>
        <translation>{name} 今天已再报到，下次应于 {day} 报到。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>{name} serves again</source>
        <translation>{name} 恢复在册</translation>
    </message>
    <message>
        <source>{name} serves again.</source>
        <translation>{name} 已恢复在册。</translation>
    </message>
    <message>
        <source>{name} is marked as left.</source>
        <translation>{name} 已标记为离开。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Repeat the booking</source>
        <translation>重复预约</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Repeat every day</source>
        <translation>每天重复</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Repeat every week</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>On</source>
        <translation>重复日</translation>
    </message>
    <message>
        <source>The repeats end on a date</source>
        <translation>重复截止到某一天</translation>
    </message>
    <message>
        <source>After</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>The repeats end after a number</source>
        <translation>重复指定次数后结束</translation>
    </message>
    <message>
        <source>Last day of the repeats</source>
        <translation>重复截止日期</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Check dates</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Check every date of the repeat</source>
        <translation>检查每次重复的日期</translation>
    </message>
    <message>
        <source>Dates of the repeat</source>
        <translation>重复日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>{total} dates: {free} free, {bad} cannot be booked.</source>
        <translation>共{total}个日期：{free}个可预约，{bad}个无法预约。</translation>
    </message>
    <message>
        <source>All {total} dates are free.</source>
        <translation>全部{total}个日期均可预约。</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可预约</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>New password for {username}. This also unlocks the account. Give the password to them in person.</source>
        <translation>为 {username} 设置新密码，同时解锁该账号。请当面把密码交给本人。</translation>
    </message>
    <message>
        <source>at least {min} characters</source>
        <translation>至少 {min} 个字符</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResidentResultsModel</name>
    <message>
        <source>last visit {date}</source>
        <translation>上次来访 {date}</translation>
    </message>
</context>
<context>
    <name>ResidentSearch</name>
    <message>
        <source>Find a returning resident</source>
        <extracomment>Set by a page that opens cases, so a scanned case number goes there.</extracomment>
        <translation>查找已登记居民</translation>
    </message>
    <message>
        <source>Name, initials, phone or ID ending (F2)</source>
        <translation>姓名、拼音首字母、电话或证件尾号（F2）</translation>
    </message>
    <message>
        <source>Find a resident: name, pinyin initials, last 4 phone digits or ID ending (F2)</source>
        <translation>查找居民：姓名、拼音首字母、电话后 4 位或证件号码尾号（F2）</translation>
    </message>
    <message>
        <source>Matching residents</source>
        <translation>匹配的居民</translation>
    </message>
    <message>
        <source>No resident found. Press Enter to register a new visitor with what you typed.</source>
        <translation>未找到该居民。按 Enter 键可用已输入的内容登记新来访人。</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Keeping visitors&apos; personal data</source>
        <translation>来访者个人信息保留</translation>
    </message>
    <message>
        <source>Years to keep personal data</source>
        <translation>个人信息保留年限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Anonymise now…</source>
        <translation>立即匿名化…</translation>
    </message>
    <message>
        <source>Anonymise now</source>
        <translation>立即匿名化</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation>保留期限提示</translation>
    </message>
    <message>
        <source>Keep after the last visit:</source>
        <translation>最后一次来访后保留：</translation>
    </message>
    <message>
        <source>After this, a visitor with nothing recorded since is anonymised: name, ID and phone are removed, the counts stay. Runs by itself at start-up.</source>
        <translation>超过此年限且期间没有任何新记录的来访者将被匿名化：删除姓名、证件号码和电话，统计数字保留。程序启动时自动执行。</translation>
    </message>
    <message>
        <source>Saved: personal data is kept {years} years.</source>
        <translation>已保存：个人信息保留 {years} 年。</translation>
    </message>
    <message>
        <source>Nobody is past the retention; nothing to anonymise.</source>
        <translation>没有超过保留期限的来访者，无需匿名化。</translation>
    </message>
    <message>
        <source>Anonymise visitors</source>
        <translation>匿名化来访者信息</translation>
    </message>
    <message>
        <source>{count} visitors have nothing recorded within the retention. Remove their names, ID and phone numbers now? This cannot be undone.</source>
        <translation>有 {count} 位来访者在保留期限内没有任何记录。现在删除他们的姓名、证件号码和电话号码吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>{count} visitors anonymised; the counts are kept.</source>
        <translation>已匿名化 {count} 位来访者的个人信息，统计数字保持不变。</translation>
    </message>
</context>
<context>
    <name>ReviewActivities</name>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>By organiser</source>
        <translation>按主办方</translation>
    </message>
    <message>
        <source>Activities: this period against the previous</source>
        <translation>活动：本期与上期对比</translation>
    </message>
    <message>
        <source>Activities over time and by group</source>
        <translation>活动走势与分类</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>走势</translation>
    </message>
    <message>
        <source>Attendance and no-show rates are of the marks taken: an excused absence is not a no-show. People served are those marked present. Volunteer hours count only the time inside each shift. On a waiting list now: {waiting}.</source>
        <translation>出席率和缺席率按已签到记录计算：请假不算缺席。服务人次即出席人次。志愿服务时长只计服务时段内的时间。目前候补：{waiting} 人。</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Cases per service item</source>
        <extracomment>Service items the item chart shows (the busiest of the period).</extracomment>
        <translation>各服务事项办件量</translation>
    </message>
    <message>
        <source>Cases accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Share of open hours used</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Visitors by hour</source>
        <translation>各时段来访</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Visitors {hour}:00-{hour}:59</source>
        <translation>{hour}:00–{hour}:59 来访</translation>
    </message>
    <message>
        <source>Month of {year}</source>
        <translation>{year}年各月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Visitors over time</source>
        <translation>来访人数走势</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Satisfaction over time</source>
        <translation>满意率变化</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>This period</source>
        <extracomment>Colours of the period shown and the period compared with. At most this many labels under a time axis (fewer when the chart is narrow), so none overlap; the points between keep their bars but no label.</extracomment>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
</context>
<context>
    <name>ReviewDemands</name>
    <message>
        <source>By kind</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By neighbourhood</source>
        <translation>按小区</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按报到单位</translation>
    </message>
    <message>
        <source>By member</source>
        <translation>按党员</translation>
    </message>
    <message>
        <source>Demands: this period against the previous</source>
        <translation>需求：本期与上期对比</translation>
    </message>
    <message>
        <source>Demands over time and by group</source>
        <translation>需求走势与分组统计</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>走势</translation>
    </message>
    <message>
        <source>Response rate: taken on within {minutes} minutes of dispatch. Solved in time: by the time the clock gave. A demand counts for a unit when it went to the unit or to one of its members. Open now: {open}, overdue {overdue}.</source>
        <translation>响应率：派单后{minutes}分钟内接单。按时办结：在承诺时限内办结。派给报到单位或该单位党员的需求都计入该单位。当前在办{open}件，超时{overdue}件。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Print report</source>
        <extracomment>Changes elsewhere refresh a shown page once they have settled.</extracomment>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Print the report of this period</source>
        <translation>打印本期报表</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <source>Save the report of this period as a PDF</source>
        <translation>将本期报表保存为PDF</translation>
    </message>
    <message>
        <source>Export ledgers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Export the ledgers to Excel</source>
        <translation>将台账导出为Excel</translation>
    </message>
    <message>
        <source>This period against the previous</source>
        <translation>本期与上期对比</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Items and rooms</source>
        <translation>事项和功能室</translation>
    </message>
    <message>
        <source>Party service</source>
        <translation>党员服务</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>County</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Report saved as {path}.</source>
        <translation>报表已保存为{path}。</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Filled / places</source>
        <translation>已报/名额</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>岗位职责</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Volunteer roles of {title}</source>
        <extracomment>The role table&apos;s fields a refusal may name; their messages say which row. Room for a role&apos;s name (ten characters or so) before it is widened by hand.</extracomment>
        <translation>“{title}”的志愿岗位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <source>Add a row for a new role</source>
        <translation>为新岗位添加一行</translation>
    </message>
    <message>
        <source>Remove the role</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation>删除所选岗位</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer roles</source>
        <translation>志愿岗位</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the roles</source>
        <translation>保存岗位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Places are per session. A role that volunteers already hold keeps them when it is removed; it is no longer offered.</source>
        <translation>名额按每场计。已有志愿者报名的岗位删除后仍为其保留，但不再接受报名。</translation>
    </message>
    <message>
        <source>Places of the role</source>
        <translation>岗位名额</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Add a room</source>
        <extracomment>What a new room is open: Monday to Friday, office hours.</extracomment>
        <translation>添加功能室</translation>
    </message>
    <message>
        <source>Change {code} {name}</source>
        <translation>修改 {code} {name}</translation>
    </message>
    <message>
        <source>e.g. HY02</source>
        <translation>如 HY02</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>功能室编号</translation>
    </message>
    <message>
        <source>as residents know it, e.g. 第二会议室</source>
        <translation>居民熟悉的叫法，如第二会议室</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>功能室名称</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of room</source>
        <translation>功能室类型</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>可容纳人数(&amp;H)</translation>
    </message>
    <message>
        <source>How many people the room holds</source>
        <translation>可容纳人数</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> 个座位</translation>
    </message>
    <message>
        <source>Only the study room is booked seat by seat.</source>
        <translation>只有共享自习室按座位预约。</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>座位数(&amp;S)</translation>
    </message>
    <message>
        <source>Bookable seats of the study room</source>
        <translation>共享自习室可预约座位数</translation>
    </message>
    <message>
        <source>Bookings need an administrator&apos;s approval</source>
        <translation>预约需管理员审批</translation>
    </message>
    <message>
        <source>One rule per line; they are printed on the booking slip, e.g.
保持安静</source>
        <translation>每行一条，会打印在预约凭条上，例如：
保持安静</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>使用须知(&amp;R)</translation>
    </message>
    <message>
        <source>Rules of the room, one per line</source>
        <translation>使用须知，每行一条</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add the room</source>
        <translation>添加功能室</translation>
    </message>
    <message>
        <source>Save the room</source>
        <translation>保存功能室</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <extracomment>What a day just ticked open offers: office hours.</extracomment>
        <translation>{day}开放</translation>
    </message>
    <message>
        <source>Opens on {day} at</source>
        <translation>{day}开放时间</translation>
    </message>
    <message>
        <source>Closes on {day} at</source>
        <translation>{day}闭馆时间</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>24-hour self-service zone (always open)</source>
        <translation>24小时自助区（全天开放）</translation>
    </message>
    <message>
        <source>24-hour self-service zone</source>
        <translation>24小时自助区</translation>
    </message>
    <message>
        <source>Open every hour of every day, public holidays included.</source>
        <translation>全天24小时开放，法定节假日照常开放。</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>开放日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Copy Monday to Tuesday–Friday</source>
        <translation>将星期一复制到星期二至星期五</translation>
    </message>
    <message>
        <source>Copy Monday&apos;s hours to Tuesday to Friday</source>
        <translation>将星期一的开放时间复制到星期二至星期五</translation>
    </message>
    <message>
        <source>Public holidays of the holiday calendar close the room all day.</source>
        <translation>节假日日历中的法定节假日全天不开放。</translation>
    </message>
</context>
<context>
    <name>RoomModel</name>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>使用小时</translation>
    </message>
    <message>
        <source>Hours open</source>
        <translation>开放小时</translation>
    </message>
    <message>
        <source>Share used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Seat-hours of all {seats} seats</source>
        <translation>按全部 {seats} 个座位的座位小时计算</translation>
    </message>
</context>
<context>
    <name>RoomTableModel</name>
    <message>
        <source>24 hours</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>Every day {hours}</source>
        <translation>每天 {hours}</translation>
    </message>
    <message>
        <source>{days} closed</source>
        <translation>{days}不开放</translation>
    </message>
    <message>
        <source>{days} {hours}</source>
        <translation>{days} {hours}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>可容纳人数</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>需要审批</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message>
        <source>Closed days from today on</source>
        <translation>今天起的闭馆安排</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>闭馆日期</translation>
    </message>
    <message>
        <source>Add a closure...</source>
        <translation>添加闭馆安排...</translation>
    </message>
    <message>
        <source>Close rooms for days</source>
        <translation>设置闭馆日</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Remove the selected closure</source>
        <translation>删除所选闭馆安排</translation>
    </message>
    <message>
        <source>Public holidays from the holiday calendar close every room except the 24-hour zone.</source>
        <translation>法定节假日（按节假日日历）除24小时自助区外所有功能室闭馆。</translation>
    </message>
    <message>
        <source>Remove a closure</source>
        <translation>删除闭馆安排</translation>
    </message>
    <message>
        <source>Remove the closure of {room} from {first} to {last} ({reason})?

The days can be booked again.</source>
        <translation>删除{room}从{first}到{last}的闭馆安排（{reason}）？

删除后这些日期可以重新预约。</translation>
    </message>
    <message>
        <source>Show retired rooms</source>
        <translation>显示已停用的功能室</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Add a room...</source>
        <translation>添加功能室...</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>添加功能室</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <source>Change the selected room</source>
        <translation>修改所选功能室</translation>
    </message>
    <message>
        <source>Retire...</source>
        <translation>停用...</translation>
    </message>
    <message>
        <source>Retire or restore the selected room</source>
        <translation>停用或恢复启用所选功能室</translation>
    </message>
    <message>
        <source>Rooms message</source>
        <translation>功能室提示信息</translation>
    </message>
    <message>
        <source>Only an administrator can change the rooms, closures and check-in time.</source>
        <translation>只有管理员可以修改功能室、闭馆安排和签到时间。</translation>
    </message>
    <message>
        <source>Minutes a booking waits for check-in before it is released</source>
        <translation>签到宽限时间（分钟）：预约开始后超时未签到即释放</translation>
    </message>
    <message>
        <source>No-show release after</source>
        <translation>未签到释放时间</translation>
    </message>
    <message>
        <source>minutes without check-in</source>
        <translation>分钟内未签到即释放</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the no-show release time</source>
        <translation>应用未签到释放时间</translation>
    </message>
    <message>
        <source>{active} rooms in use</source>
        <translation>在用功能室 {active} 间</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>恢复启用...</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复启用 {name}</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <source>Select a room in the list first.</source>
        <translation>请先在列表中选择一个功能室。</translation>
    </message>
    <message>
        <source>{code} {name} has been added and can be booked.</source>
        <translation>{code} {name}已添加，可以预约。</translation>
    </message>
    <message>
        <source>{code} {name} has been saved. Bookings already made keep their times.</source>
        <translation>{code} {name} 已保存。已有预约的时间保持不变。</translation>
    </message>
    <message>
        <source>Retire a room</source>
        <translation>停用功能室</translation>
    </message>
    <message>
        <source>Retire {code} {name}?

It can no longer be booked. Bookings already made and their history stay as they are, and you can restore the room later.</source>
        <translation>停用{code} {name}？

停用后将不能再预约。已有的预约及其记录保持不变，以后可以恢复启用该功能室。</translation>
    </message>
    <message>
        <source>Restore a room</source>
        <translation>恢复启用功能室</translation>
    </message>
    <message>
        <source>Restore {code} {name}? It can be booked again from now on.</source>
        <translation>恢复启用{code} {name}？恢复后即可重新预约。</translation>
    </message>
    <message>
        <source>{code} {name} is retired and can no longer be booked.</source>
        <translation>{code} {name}已停用，不能再预约。</translation>
    </message>
    <message>
        <source>{code} {name} is back in use and can be booked.</source>
        <translation>{code} {name} 已恢复启用，可以预约。</translation>
    </message>
    <message>
        <source>{room} closed from {first} to {last}: {reason}.</source>
        <translation>{room}于{first}至{last}闭馆：{reason}。</translation>
    </message>
    <message>
        <source>Select a closure in the list first.</source>
        <translation>请先在列表中选择一个闭馆安排。</translation>
    </message>
    <message>
        <source>The closure of {room} from {first} has been removed.</source>
        <translation>已取消{room}自 {first} 起的闭馆安排。</translation>
    </message>
    <message>
        <source>Bookings nobody has checked in for {minutes} minutes after they start are now released for others.</source>
        <translation>已设置：预约开始后{minutes}分钟内无人签到，将释放给其他人预约。</translation>
    </message>
</context>
<context>
    <name>SessionPlanPanel</name>
    <message>
        <source>Sessions</source>
        <extracomment>The room chooser&apos;s entry for a session held outside the rooms.</extracomment>
        <translation>场次</translation>
    </message>
    <message>
        <source>Sessions of the activity</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>第一场日期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>第一场</translation>
    </message>
    <message>
        <source>{room} (holds {people})</source>
        <translation>{room}（可容纳 {people} 人）</translation>
    </message>
    <message>
        <source>Elsewhere, not in a room</source>
        <translation>其他地点（不用功能室）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Where, when not in one of the rooms</source>
        <translation>不在功能室时的活动地点</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Repeat weekly (a course)</source>
        <translation>每周重复（系列课程）</translation>
    </message>
    <message>
        <source>Repeat the session every week</source>
        <translation>每周重复本场</translation>
    </message>
    <message>
        <source>On</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Last day of the course</source>
        <translation>课程最后一天</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Check dates</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Check every date and its room</source>
        <translation>逐日检查功能室是否可用</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>各场日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Leave out the dates that cannot be booked</source>
        <translation>跳过无法预约的日期</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>{total} dates: {free} free, {bad} cannot be booked.</source>
        <translation>共 {total} 个日期：{free} 个可用，{bad} 个无法预约。</translation>
    </message>
    <message>
        <source>All {total} dates are free.</source>
        <translation>全部 {total} 个日期均可用。</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>功能室或地点</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>attendance taken</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>{n} ({signed} signed in)</source>
        <translation>{n}（已签到 {signed}）</translation>
    </message>
    <message>
        <source>{number}, organised by {organiser}; press Enter to open it</source>
        <translation>{number}，主办方：{organiser}；按回车键打开</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 mm 小票卷纸</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Party service</source>
        <translation>党员服务</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Save language</source>
        <translation>保存语言</translation>
    </message>
    <message>
        <source>Save the interface language</source>
        <translation>保存界面语言</translation>
    </message>
    <message>
        <source>Language message</source>
        <translation>语言设置提示</translation>
    </message>
    <message>
        <source>This is a setting of this computer only, not of the center.</source>
        <translation>此设置仅对本机有效，不影响中心的其他电脑。</translation>
    </message>
    <message>
        <source>Slip printer paper</source>
        <translation>回执打印纸张</translation>
    </message>
    <message>
        <source>Paper of the slip printer</source>
        <translation>回执打印机的纸张</translation>
    </message>
    <message>
        <source>Slip printer message</source>
        <translation>回执打印提示</translation>
    </message>
    <message>
        <source>The paper in this computer&apos;s slip printer. A change applies at once, to the next slip printed.</source>
        <translation>本机回执打印机所用的纸张。更改后立即生效，从下一张回执单开始使用。</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>本中心</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>中心代码</translation>
    </message>
    <message>
        <source>The code starts every case and booking number, so it cannot be changed.</source>
        <translation>所有办件编号和预约编号都以此代码开头，因此不能修改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Center address</source>
        <translation>中心地址</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation>中心电话</translation>
    </message>
    <message>
        <source>Save the center&apos;s details</source>
        <translation>保存中心信息</translation>
    </message>
    <message>
        <source>Center details message</source>
        <translation>中心信息提示</translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s details.</source>
        <translation>只有管理员可以修改中心信息。</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>确认新密码(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>密码提示</translation>
    </message>
    <message>
        <source>The holidays of a coming year have not been entered yet.</source>
        <translation>下一年度的节假日尚未录入。</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}</source>
        <translation>无法保存语言设置：{reason}</translation>
    </message>
    <message>
        <source>Saved. The new language is used after you sign out and sign in again.</source>
        <translation>已保存。退出登录并重新登录后将使用新的语言。</translation>
    </message>
    <message>
        <source>The paper could not be saved: {reason}</source>
        <translation>无法保存纸张设置：{reason}</translation>
    </message>
    <message>
        <source>Saved. Slips are printed for {paper} from now on.</source>
        <translation>已保存。今后回执单将按 {paper} 打印。</translation>
    </message>
    <message>
        <source>The center&apos;s details have been saved.</source>
        <translation>中心信息已保存。</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from your next sign-in.</source>
        <translation>密码已修改。下次登录时请使用新密码。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start - set up the center</source>
        <translation>首次使用 - 设置中心信息</translation>
    </message>
    <message>
        <source>Welcome. Enter your center&apos;s details and create the first administrator account. There is no default password: choose one now and keep it safe.</source>
        <translation>欢迎使用。请填写本中心的信息，并创建第一个管理员账号。系统没有默认密码：请现在设置密码并妥善保管。</translation>
    </message>
    <message>
        <source>Center &amp;name</source>
        <translation>中心名称(&amp;N)</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>e.g. Chengnan Community Service Center</source>
        <translation>例如：城南社区党群服务中心</translation>
    </message>
    <message>
        <source>Center &amp;code</source>
        <translation>中心代码(&amp;C)</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>中心代码</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation>中心电话</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>您的姓名(&amp;F)</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Added afterwards: {reason}</source>
        <translation>补录：{reason}</translation>
    </message>
    <message>
        <source>No hours: present less than {share}% of the shift</source>
        <translation>不计时长：在岗不足本班次的 {share}%</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>Mother</source>
        <extracomment>The relations the desk offers for a guardian, and the words stored and printed on the (Chinese) slips and sign-in sheets whatever the desk&apos;s language; another one may be typed.</extracomment>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>{name} is on the waiting list, position {position} (slip {number}).</source>
        <translation>{name} 已进入候补，第 {position} 位（凭条 {number}）。</translation>
    </message>
    <message>
        <source>{name} is signed up (slip {number}).</source>
        <translation>{name} 报名成功（凭条 {number}）。</translation>
    </message>
    <message>
        <source>Sign up: {title}</source>
        <extracomment>What was typed to find ``person``; Enter on it again signs them up.</extracomment>
        <translation>报名：{title}</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>换一个人</translation>
    </message>
    <message>
        <source>Clear the chosen person</source>
        <translation>清除已选的人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>报名人</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Print the slip at once</source>
        <translation>立即打印凭条</translation>
    </message>
    <message>
        <source>Sign up (Enter)</source>
        <translation>报名（回车）</translation>
    </message>
    <message>
        <source>Sign the person up</source>
        <translation>为此人报名</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The child&apos;s full name</source>
        <translation>孩子的姓名</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>The child&apos;s name</source>
        <translation>孩子姓名</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The child&apos;s date of birth</source>
        <translation>孩子的出生日期</translation>
    </message>
    <message>
        <source>Guardian is the</source>
        <translation>监护人是</translation>
    </message>
    <message>
        <source>How the guardian is related to the child</source>
        <translation>监护人与孩子的关系</translation>
    </message>
    <message>
        <source>✓ {name} {details}</source>
        <translation>✓ {name} {details}</translation>
    </message>
    <message>
        <source>{phone} on record; type another only if needed</source>
        <translation>已登记 {phone}；需要时才另填</translation>
    </message>
    <message>
        <source>None on record: please type the guardian&apos;s phone</source>
        <translation>未登记电话，请填写监护人电话</translation>
    </message>
    <message>
        <source>Find the guardian by name, initials, phone tail or ID ending, then Enter.</source>
        <translation>按姓名、拼音首字母、手机尾号或证件尾号查找监护人，然后按回车。</translation>
    </message>
    <message>
        <source>Find the person by name, initials, phone tail or ID ending, then Enter.</source>
        <translation>按姓名、拼音首字母、手机尾号或证件尾号查找报名人，然后按回车。</translation>
    </message>
    <message>
        <source>Nobody on record matches “{text}”. Register the person at the visitor desk first, then sign them up here.</source>
        <translation>没有与“{text}”相符的登记居民。请先在来访登记处登记，再来这里报名。</translation>
    </message>
    <message>
        <source>{number}  {title} · {enrolled} of {capacity} places taken</source>
        <translation>{number}  {title} · 名额 {capacity}，已报 {enrolled}</translation>
    </message>
    <message>
        <source>{waiting} waiting</source>
        <translation>候补 {waiting} 人</translation>
    </message>
    <message>
        <source>new sign-ups go on the waiting list</source>
        <translation>新报名进入候补</translation>
    </message>
    <message>
        <source>ages {low}–{high}</source>
        <translation>{low}–{high} 岁</translation>
    </message>
</context>
<context>
    <name>SignupPanel</name>
    <message>
        <source>{name}&apos;s sign-up is cancelled.</source>
        <translation>{name} 的报名已取消。</translation>
    </message>
    <message>
        <source>Moved up from the waiting list and now signed up: {names}.</source>
        <translation>已从候补转为正式报名：{names}。</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Sign up…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Sign people up</source>
        <translation>为居民报名</translation>
    </message>
    <message>
        <source>Cancel sign-up…</source>
        <translation>取消报名…</translation>
    </message>
    <message>
        <source>Cancel the selected sign-up</source>
        <translation>取消所选报名</translation>
    </message>
    <message>
        <source>Print the slip again</source>
        <translation>补打凭条</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <source>Show cancelled sign-ups</source>
        <translation>显示已取消的报名</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-up(s) made.</source>
        <translation>
            <numerusform>已报名 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Why does {name} no longer come?</source>
        <translation>{name} 不再参加的原因？</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <source>Slip number</source>
        <translation>凭条编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <source>Similar open demands</source>
        <translation>相似的在办诉求</translation>
    </message>
    <message>
        <source>These open demands are of the same kind at the same place. If the resident calls about one of them, merge the call into it (并单): they are called back when it is solved.</source>
        <translation>以下在办诉求与本次同类别、同地点。如果居民反映的是其中一件，请并单：办结后会单独回访该居民。</translation>
    </message>
    <message>
        <source>Merge into the selected one</source>
        <translation>并入所选诉求</translation>
    </message>
    <message>
        <source>Merge (并单)</source>
        <translation>并单</translation>
    </message>
    <message>
        <source>Save as a new demand</source>
        <translation>作为新诉求保存</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回填写</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <source>handling slip</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>one-time notice</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>refusal notice</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>completion notice</source>
        <translation>办结通知</translation>
    </message>
    <message>
        <source>{number} booking slip</source>
        <translation>预约凭条{number}</translation>
    </message>
    <message>
        <source>Save the booking for a phone calendar</source>
        <translation>将预约保存到手机日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>The {document} was printed; a copy is kept at {path}.</source>
        <translation>{document}已打印，副本保存在 {path}。</translation>
    </message>
    <message>
        <source>Printing cancelled. The {document} is kept at {path}; it can be printed again at any time.</source>
        <translation>已取消打印。{document}保存在 {path}，可随时再次打印。</translation>
    </message>
    <message>
        <source>No printer: the {document} is kept at {path}.</source>
        <translation>没有打印机：{document}已保存在 {path}。</translation>
    </message>
    <message>
        <source>The printer failed. The {document} is kept at {path}; it can be printed again at any time.</source>
        <translation>打印机出错。{document}保存在 {path}，可随时重新打印。</translation>
    </message>
</context>
<context>
    <name>SolveDialog</name>
    <message>
        <source>Solved: {number}</source>
        <translation>办结：{number}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Minutes of service given</source>
        <translation>服务时长（分钟）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Record that the demand is solved</source>
        <translation>登记办结</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The minutes count as service hours on the unit&apos;s feedback sheet.</source>
        <translation>服务时长计入报到单位反馈表。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Add a staff member...</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>停用或启用所选账号</translation>
    </message>
    <message>
        <source>Set a new password...</source>
        <translation>设置新密码…</translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation>为所选账号设置新密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlock the selected account after too many wrong passwords</source>
        <translation>为因密码输错次数过多而锁定的所选账号解锁</translation>
    </message>
    <message>
        <source>Staff accounts message</source>
        <translation>工作人员账号提示</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>{username} is unlocked and can sign in again.</source>
        <translation>{username} 已解锁，可以重新登录。</translation>
    </message>
    <message>
        <source>Enable the account of {username}</source>
        <translation>启用 {username} 的账号</translation>
    </message>
    <message>
        <source>Disable the account of {username}</source>
        <translation>停用 {username} 的账号</translation>
    </message>
    <message>
        <source>{name} ({username}) can now sign in.</source>
        <translation>{name}（{username}）现在可以登录了。</translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation>请先在列表中选择一个账号。</translation>
    </message>
    <message>
        <source>{username} is disabled and can no longer sign in.</source>
        <translation>{username} 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>{username} is enabled again and can sign in.</source>
        <translation>{username} 已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>{username} has a new password and is unlocked.</source>
        <translation>{username} 已设置新密码并已解锁。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Resetting the password unlocks the account at once.</source>
        <translation>密码错误次数过多。重置密码可立即解锁该账号。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop payment</source>
        <translation>停发补贴</translation>
    </message>
    <message>
        <source>Stops &amp;from</source>
        <translation>停发日期(&amp;F)</translation>
    </message>
    <message>
        <source>Date payment stops</source>
        <translation>停发日期</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>停发原因(&amp;R)</translation>
    </message>
    <message>
        <source>Why payment stops</source>
        <translation>停发原因</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note on the stop</source>
        <translation>停发备注</translation>
    </message>
    <message>
        <source>Payment started on {date}. A stop entered by mistake can be taken back with Resume payment.</source>
        <translation>自 {date} 起发放。如误操作停发，可通过“恢复发放”撤销。</translation>
    </message>
    <message>
        <source>Stop the payment</source>
        <translation>确认停发</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>required: why payment stops</source>
        <translation>必填：停发原因</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>SubsidyTableModel</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>{month} (overdue)</source>
        <translation>{month}（已超期）</translation>
    </message>
    <message>
        <source>{month} (this month)</source>
        <translation>{month}（本月）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>每月金额</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>发放起始日</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次年审</translation>
    </message>
    <message>
        <source>Check due</source>
        <translation>应年审月份</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Member or unit</source>
        <translation>党员或单位</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Solved so far</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>{name} (unit)</source>
        <translation>{name}（单位）</translation>
    </message>
    <message>
        <source>members in the pool</source>
        <translation>有党员在此人才库</translation>
    </message>
    <message>
        <source>same neighbourhood</source>
        <translation>同小区</translation>
    </message>
    <message>
        <source>same grid</source>
        <translation>同网格</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Add hours afterwards</source>
        <translation>补录时长</translation>
    </message>
    <message>
        <source>Signed &amp;in at</source>
        <translation>签到时间(&amp;I)</translation>
    </message>
    <message>
        <source>Time the volunteer came</source>
        <translation>志愿者到岗时间</translation>
    </message>
    <message>
        <source>Signed &amp;out at</source>
        <translation>签退时间(&amp;O)</translation>
    </message>
    <message>
        <source>Time the volunteer left</source>
        <translation>志愿者离岗时间</translation>
    </message>
    <message>
        <source>Why the times were not taken at the desk; at most {max} characters</source>
        <translation>未在前台签到签退的原因，最多 {max} 个字</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>补录原因(&amp;R)</translation>
    </message>
    <message>
        <source>Why the hours are added afterwards</source>
        <translation>补录时长的原因</translation>
    </message>
    <message>
        <source>{name} — {role}, {title} on {day}, {start}-{end} ({minutes} minutes)</source>
        <translation>{name} — {role}，{title}，{day} {start}-{end}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>Only time inside the session counts, and the hours are marked as added afterwards (补录). Present for less than {share}% of the session: no hours.</source>
        <translation>只计活动时段内的时间，并标记为补录。在岗不足本场的 {share}% 不计时长。</translation>
    </message>
    <message>
        <source>Save the hours</source>
        <translation>保存时长</translation>
    </message>
    <message>
        <source>Save the hours added afterwards</source>
        <translation>保存补录的时长</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{hours} h credited</source>
        <translation>计 {hours} 小时</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>不计时长</translation>
    </message>
</context>
<context>
    <name>TakeRegisteredButton</name>
    <message>
        <source>Register the resident this ID number is for</source>
        <extracomment>The ResidentSummary the clerk chose to take.</extracomment>
        <translation>登记该证件号码所属的已登记居民</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Booking time grid</source>
        <translation>预约时间表</translation>
    </message>
    <message>
        <source>{row} {start}–{end}</source>
        <translation>{row} {start}–{end}</translation>
    </message>
    <message>
        <source>{where}, {what}</source>
        <translation>{where}，{what}</translation>
    </message>
    <message>
        <source>{where}, closed: {reason}</source>
        <translation>{where}，闭馆：{reason}</translation>
    </message>
    <message>
        <source>{where}, closed</source>
        <translation>{where}，不开放</translation>
    </message>
    <message>
        <source>{where}, free</source>
        <translation>{where}，空闲</translation>
    </message>
    <message>
        <source>awaiting approval: {title}</source>
        <translation>待审批：{title}</translation>
    </message>
    <message>
        <source>checked in: {title}</source>
        <translation>已签到：{title}</translation>
    </message>
    <message>
        <source>booked: {title}</source>
        <translation>已预约：{title}</translation>
    </message>
</context>
<context>
    <name>TodayActivities</name>
    <message>
        <source>Today&apos;s activity sessions</source>
        <translation>今日活动场次</translation>
    </message>
    <message>
        <source>Press Enter to open the activity of the session selected</source>
        <translation>按回车键打开所选场次的活动</translation>
    </message>
    <message>
        <source>{rate} attended</source>
        <translation>出席率 {rate}</translation>
    </message>
    <message>
        <source>{n} excused</source>
        <translation>请假 {n}</translation>
    </message>
    <message>
        <source>{n} signed in</source>
        <translation>已签到 {n}</translation>
    </message>
    <message>
        <source>{hours} entered afterwards</source>
        <translation>补录 {hours}</translation>
    </message>
    <message>
        <source>{n} sessions today, {present} people present so far:</source>
        <translation>今日 {n} 场活动，目前已出席 {present} 人次：</translation>
    </message>
    <message>
        <source>No activity session today.</source>
        <translation>今日没有活动场次。</translation>
    </message>
    <message>
        <source>Activities ({n})</source>
        <translation>活动（{n}）</translation>
    </message>
</context>
<context>
    <name>TodayAtTheDoor</name>
    <message>
        <source>Today at the door</source>
        <extracomment>At most this high (about four sessions); more scroll. Take the attendance of this session (its id). Open this activity (its id).</extracomment>
        <translation>今日签到</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>今天没有活动场次。</translation>
    </message>
    <message>
        <source>{title} · {place} · {enrolled} signed up{marked}</source>
        <translation>{title} · {place} · 已报名 {enrolled} 人{marked}</translation>
    </message>
    <message>
        <source>, {present} present</source>
        <translation>，出席 {present} 人</translation>
    </message>
    <message>
        <source>Open the activity {title}</source>
        <translation>打开活动 {title}</translation>
    </message>
    <message>
        <source>Take attendance…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Take the attendance of {title} at {time}</source>
        <translation>为 {time} 的 {title} 签到</translation>
    </message>
</context>
<context>
    <name>TodayDemands</name>
    <message>
        <source>Overdue demands</source>
        <translation>超时需求</translation>
    </message>
    <message>
        <source>Press Enter to open the demand selected</source>
        <translation>按 Enter 打开所选需求</translation>
    </message>
    <message>
        <source>+{n} calls merged</source>
        <translation>另有{n}次并单诉求</translation>
    </message>
    <message>
        <source>{n} demands are past their time:</source>
        <translation>{n}件需求已超时：</translation>
    </message>
    <message>
        <source>{n} demands are past their time; the {shown} longest overdue:</source>
        <translation>{n}件需求已超时，以下是超时最久的{shown}件：</translation>
    </message>
    <message>
        <source>No demand is past its time.</source>
        <translation>没有超时的需求。</translation>
    </message>
    <message>
        <source>Party service ({n} overdue)</source>
        <translation>党员服务（{n}件超时）</translation>
    </message>
    <message>
        <source>Party service</source>
        <translation>党员服务</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Visits registered</source>
        <extracomment>A burst of changes (a group registering, a batch check-in) refreshes the page once. &quot;In the hall now&quot;, overdue cases and the date move on by themselves. Five tiles a row: visitors, service cases, rooms (each row ends with what stands open).</extracomment>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>In the hall now</source>
        <translation>在厅人数</translation>
    </message>
    <message>
        <source>Walk-ins counted</source>
        <translation>快速计数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Elderly checks due</source>
        <translation>高龄补贴待年审</translation>
    </message>
    <message>
        <source>Cases accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Waiting for documents</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>功能室预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Transfer receipts due</source>
        <translation>转接回执未回</translation>
    </message>
    <message>
        <source>Print daily report</source>
        <extracomment>A demand number to open on the party-service page (Enter on an overdue demand). An activity number to open on the activities page (Enter on one of today&apos;s sessions).</extracomment>
        <translation>打印日报</translation>
    </message>
    <message>
        <source>Print today&apos;s report</source>
        <translation>打印日报</translation>
    </message>
    <message>
        <source>Export ledgers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Export the ledgers to Excel</source>
        <translation>导出台账到Excel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>快速计数</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Visitors by category</source>
        <translation>按类别统计来访</translation>
    </message>
    <message>
        <source>Visitors by purpose</source>
        <translation>按来访事由统计</translation>
    </message>
    <message>
        <source>Walk-ins by kind</source>
        <translation>快速计数（按类别）</translation>
    </message>
    <message>
        <source>Cases by item</source>
        <translation>按事项统计办件</translation>
    </message>
    <message>
        <source>Cases by office</source>
        <translation>按科室统计办件</translation>
    </message>
    <message>
        <source>Use of each room</source>
        <translation>各功能室使用情况</translation>
    </message>
    <message>
        <source>Visitors: {label}</source>
        <translation>来访：{label}</translation>
    </message>
    <message>
        <source>Walk-ins: {label}</source>
        <translation>快速计数：{label}</translation>
    </message>
    <message>
        <source>Cases: {label}</source>
        <translation>办件：{label}</translation>
    </message>
    <message>
        <source>Bookings: {label}</source>
        <translation>预约：{label}</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Service cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>Visitors ({n})</source>
        <translation>来访人员（{n}）</translation>
    </message>
    <message>
        <source>Service cases ({n})</source>
        <translation>服务办件（{n}）</translation>
    </message>
    <message>
        <source>Rooms ({n})</source>
        <translation>功能室（{n}）</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <source>{rate} satisfied</source>
        <translation>满意率{rate}</translation>
    </message>
    <message>
        <source>{used} of {open} h</source>
        <translation>已用 {used} / 共 {open} 小时</translation>
    </message>
    <message>
        <source>{n} due today</source>
        <translation>今日到期{n}件</translation>
    </message>
    <message>
        <source>{n} cases open</source>
        <translation>在办件{n}件</translation>
    </message>
    <message>
        <source>Standing now</source>
        <translation>当前数量</translation>
    </message>
    <message>
        <source>Yesterday until {time}: {value}</source>
        <translation>昨日截至 {time}：{value}</translation>
    </message>
    <message>
        <source>Yesterday {value}</source>
        <translation>昨日{value}</translation>
    </message>
    <message>
        <source>Demands taken</source>
        <extracomment>The party-service row of the Today page&apos;s tiles.</extracomment>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Demands open</source>
        <translation>在办需求</translation>
    </message>
    <message>
        <source>Demands overdue</source>
        <translation>超时需求</translation>
    </message>
    <message>
        <source>Demands due soon</source>
        <translation>即将到时需求</translation>
    </message>
    <message>
        <source>Meeting problems overdue</source>
        <translation>议事会问题逾期</translation>
    </message>
    <message>
        <source>Activity sessions</source>
        <extracomment>The activities desk&apos;s row of the Today page&apos;s tiles.</extracomment>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Hand to another office</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Office to hand the case to</source>
        <translation>转办部门</translation>
    </message>
    <message>
        <source>Why it is handed on</source>
        <translation>转办原因</translation>
    </message>
    <message>
        <source>Now with</source>
        <translation>当前部门</translation>
    </message>
    <message>
        <source>Hand to</source>
        <translation>转至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hand on</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Hand the case on</source>
        <translation>转办该办件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Letters whose receipt has not come back more than {days} days after they were issued. Chase the receiving organisation, then record the receipt here.</source>
        <translation>介绍信开具超过 {days} 天仍未收到回执。请催促接收方党组织，然后在此登记回执。</translation>
    </message>
    <message>
        <source>Receipts not back</source>
        <translation>回执未返回</translation>
    </message>
    <message>
        <source>Every receipt is back or not yet a month late.</source>
        <translation>所有回执均已返回，或逾期未满一个月。</translation>
    </message>
    <message>
        <source>Letters of open cases that run out within a week, or already have (in red): finish the case or ask for a new letter.</source>
        <translation>在办办件中一周内到期或已过期（红色显示）的介绍信：请尽快办结，或申请重新开具介绍信。</translation>
    </message>
    <message>
        <source>Letters expiring soon</source>
        <translation>介绍信即将到期</translation>
    </message>
    <message>
        <source>No letter of an open case runs out within a week.</source>
        <translation>在办办件中没有一周内到期的介绍信。</translation>
    </message>
    <message>
        <source>Every transfer letter, newest first.</source>
        <translation>全部转接介绍信，最新的在前。</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>全部转接</translation>
    </message>
    <message>
        <source>No party membership transfer has been taken in yet.</source>
        <translation>尚未受理任何党员组织关系转接。</translation>
    </message>
    <message>
        <source>Party membership transfer lists</source>
        <translation>党员组织关系转接列表</translation>
    </message>
    <message>
        <source>Receipt came back...</source>
        <translation>登记回执返回...</translation>
    </message>
    <message>
        <source>Record that the receipt of the selected letter came back</source>
        <translation>登记所选介绍信的回执已返回</translation>
    </message>
    <message>
        <source>Transfers message</source>
        <translation>转接提示</translation>
    </message>
    <message>
        <source>Receipts not back after a month ({count})</source>
        <translation>超过一个月未返回的回执（{count}）</translation>
    </message>
    <message>
        <source>Letters expiring soon ({count})</source>
        <translation>即将到期的介绍信（{count}）</translation>
    </message>
    <message>
        <source>Select a letter in the list first.</source>
        <translation>请先在列表中选择一封介绍信。</translation>
    </message>
    <message>
        <source>The receipt of letter {letter} came back on {date}.</source>
        <translation>介绍信 {letter} 的回执已于 {date} 返回。</translation>
    </message>
    <message>
        <source>The receipt of letter {letter} ({name}) is recorded.</source>
        <translation>介绍信 {letter}（{name}）的回执已登记。</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出党组织</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入党组织</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>开具方式</translation>
    </message>
    <message>
        <source>Receipt back</source>
        <translation>回执返回</translation>
    </message>
    <message>
        <source>Days since issue</source>
        <translation>已开具天数</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date}（已过期）</translation>
    </message>
    <message>
        <source>{date} (last day)</source>
        <translation>{date}（今日到期）</translation>
    </message>
    <message>
        <source>{date} ({days} days left)</source>
        <translation>{date}（剩 {days} 天）</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Add a reporting unit</source>
        <extracomment>A new agreement runs a year unless changed.</extracomment>
        <translation>添加报到单位</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>full name, e.g. 县人民医院</source>
        <translation>单位全称，如 县人民医院</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Unit&apos;s name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>e.g. the unit&apos;s party secretary</source>
        <translation>如 单位党组织书记</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>A co-building agreement is signed</source>
        <translation>已签订共建协议</translation>
    </message>
    <message>
        <source>Co-building agreement (共建协议)</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>签订日期(&amp;S)</translation>
    </message>
    <message>
        <source>Day the agreement was signed</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>截止日期(&amp;E)</translation>
    </message>
    <message>
        <source>Last day of the agreement</source>
        <translation>协议截止日期</translation>
    </message>
    <message>
        <source>What the unit commits to, e.g. 每月组织一次义诊</source>
        <translation>单位承诺事项，如 每月组织一次义诊</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>共建承诺(&amp;M)</translation>
    </message>
    <message>
        <source>What the unit commits to</source>
        <translation>单位承诺事项</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add the unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Save the unit</source>
        <translation>保存单位信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>leave empty to keep {phone}</source>
        <translation>留空则保留 {phone}</translation>
    </message>
</context>
<context>
    <name>UnitListPanel</name>
    <message>
        <source>Show retired units</source>
        <extracomment>What the registry&apos;s &quot;data changed&quot; notice names (units and members alike).</extracomment>
        <translation>显示已停用单位</translation>
    </message>
    <message>
        <source>Reporting units</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Add a unit...</source>
        <translation>添加单位...</translation>
    </message>
    <message>
        <source>Add a reporting unit</source>
        <translation>添加报到单位</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>修改...</translation>
    </message>
    <message>
        <source>Change the selected unit</source>
        <translation>修改所选单位</translation>
    </message>
    <message>
        <source>Retire...</source>
        <translation>停用...</translation>
    </message>
    <message>
        <source>Retire or restore the selected unit</source>
        <translation>停用或恢复所选单位</translation>
    </message>
    <message>
        <source>Feedback sheet...</source>
        <translation>反馈表...</translation>
    </message>
    <message>
        <source>Feedback sheet of the selected unit</source>
        <translation>所选单位的反馈表</translation>
    </message>
    <message>
        <source>Units message</source>
        <translation>报到单位提示</translation>
    </message>
    <message>
        <source>{units} units, {members} members</source>
        <translation>{units} 个单位，{members} 名党员</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Select a unit in the list first.</source>
        <translation>请先在列表中选择一个单位。</translation>
    </message>
    <message>
        <source>{name} has been added to the reporting units.</source>
        <translation>已将 {name} 添加为报到单位。</translation>
    </message>
    <message>
        <source>{name} has been saved.</source>
        <translation>{name} 已保存。</translation>
    </message>
    <message>
        <source>Retire {name}?

It no longer reports to the community and cannot send new members. Its history stays, and you can restore it later.</source>
        <translation>停用 {name}？

该单位不再向社区报到，也不能再添加新党员。历史记录会保留，以后可以恢复。</translation>
    </message>
    <message>
        <source>Retire a unit</source>
        <translation>停用报到单位</translation>
    </message>
    <message>
        <source>{name} is retired.</source>
        <translation>{name} 已停用。</translation>
    </message>
    <message>
        <source>{name} reports again.</source>
        <translation>{name} 已恢复报到。</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Unit</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Agreement state</source>
        <translation>协议状态</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Reporting units</source>
        <translation>报到单位</translation>
    </message>
    <message>
        <source>Close the units window</source>
        <translation>关闭报到单位窗口</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Returning resident</source>
        <translation>已登记居民</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>换人登记</translation>
    </message>
    <message>
        <source>Register someone else</source>
        <translation>登记其他人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>optional: ID card, residence permit...</source>
        <translation>选填：身份证、居住证等</translation>
    </message>
    <message>
        <source>What the ID number tells</source>
        <translation>证件号码信息</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>optional: mobile, or landline with area code</source>
        <translation>选填：手机号码，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Register (Enter)</source>
        <translation>登记（Enter）</translation>
    </message>
    <message>
        <source>Register the visit</source>
        <translation>登记本次来访</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>on file: {masked} (type only to change it)</source>
        <translation>已登记 {masked}，修改请直接输入</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <source>Returning resident: {details}</source>
        <translation>已登记居民：{details}</translation>
    </message>
</context>
<context>
    <name>VisitorPage</name>
    <message>
        <source>Last registration</source>
        <translation>最近一次登记</translation>
    </message>
    <message>
        <source>Count without registering</source>
        <translation>快速计数（无需登记）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last count: {kind}</source>
        <translation>撤销上一次计数：{kind}</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>今日统计</translation>
    </message>
    <message>
        <source>Now in the hall</source>
        <translation>在厅人员</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日来访</translation>
    </message>
    <message>
        <source>Mark as left (F8)</source>
        <translation>签离（F8）</translation>
    </message>
    <message>
        <source>Mark the selected visitor as having left</source>
        <translation>为选中的来访人签离</translation>
    </message>
    <message>
        <source>{name} registered at {time} (visit no. {count})</source>
        <translation>{name} 已于 {time} 登记（第 {count} 次来访）</translation>
    </message>
    <message>
        <source>{name} registered at {time} (first visit)</source>
        <translation>{name} 已于 {time} 登记（首次来访）</translation>
    </message>
    <message>
        <source>Hong Kong/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>{name} left at {time}</source>
        <translation>{name}已于 {time} 签离</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full ID and phone numbers of the selected visitor</source>
        <translation>显示所选来访人的完整证件号码和电话号码</translation>
    </message>
    <message>
        <source>Now in the hall ({count})</source>
        <translation>在厅人员（{count}）</translation>
    </message>
    <message>
        <source>Today&apos;s visits ({count})</source>
        <translation>今日来访（{count}）</translation>
    </message>
    <message>
        <source>Today: {visits} registered visits ({people} people), {in_hall} in the hall now, {walk_ins} counted walk-ins</source>
        <translation>今日：登记来访 {visits} 次（共 {people} 人），当前在厅 {in_hall} 人，快速计数 {walk_ins} 人次</translation>
    </message>
    <message>
        <source>{label} +1  ({count})</source>
        <translation>{label} +1（{count}）</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>{kind} · {sex} · {age} years</source>
        <translation>{kind} · {sex} · {age}岁</translation>
    </message>
    <message>
        <source>Select a visitor in &quot;Now in the hall&quot; first.</source>
        <translation>请先在“在厅人员”中选择一位来访人。</translation>
    </message>
    <message>
        <source>Select a visitor first.</source>
        <translation>请先选择一位来访人。</translation>
    </message>
    <message>
        <source>Show the full ID and phone numbers of {name}? This is recorded in the audit log.</source>
        <translation>要显示 {name} 的完整证件号码和电话号码吗？此操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>{name}
ID number: {id}
Phone: {phone}</source>
        <translation>{name}
证件号码：{id}
电话：{phone}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <source>Find a party member or resident by name, initials or phone</source>
        <extracomment>The chosen volunteer changed (None: nobody chosen).</extracomment>
        <translation>按姓名、拼音首字母或电话查找党员或居民</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>姓名、拼音首字母或电话</translation>
    </message>
    <message>
        <source>Reporting party members come first, with their unit, then residents. Type a name, its pinyin initials, the phone&apos;s last 4 digits or the whole phone.</source>
        <translation>先列出双报到党员（含所在单位），再列出居民。可输入姓名、拼音首字母、电话后4位或完整电话。</translation>
    </message>
    <message>
        <source>Party members and residents found</source>
        <translation>查到的党员和居民</translation>
    </message>
    <message>
        <source>Nobody found. A resident is registered at the visitor desk.</source>
        <translation>未找到。居民请先在来访登记处登记。</translation>
    </message>
</context>
<context>
    <name>VolunteerSignupDialog</name>
    <message>
        <source>Sign a volunteer up</source>
        <translation>志愿者报名</translation>
    </message>
    <message>
        <source>{role} ({filled} of {places} places taken)</source>
        <translation>{role}（已报 {filled}/{places}）</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>Role the volunteer takes</source>
        <translation>志愿者担任的岗位</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>志愿者(&amp;V)</translation>
    </message>
    <message>
        <source>The party member or resident who volunteers</source>
        <translation>参加志愿服务的党员或居民</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Sign the volunteer up for the role</source>
        <translation>为志愿者报名该岗位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A person volunteers once per session.</source>
        <translation>每人每场只能报名一次。</translation>
    </message>
    <message>
        <source>Find the volunteer and choose them in the list.</source>
        <translation>请先查找志愿者，并在列表中选中。</translation>
    </message>
    <message>
        <source>The activity has no volunteer roles yet.</source>
        <translation>该活动还没有志愿岗位。</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>Today: {title}</source>
        <translation>今天：{title}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Session of the activity</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>{session} (cancelled)</source>
        <translation>{session}（已取消）</translation>
    </message>
    <message>
        <source>Roles...</source>
        <extracomment>What this tab&apos;s changes are called in the one &quot;data changed&quot; notice.</extracomment>
        <translation>岗位...</translation>
    </message>
    <message>
        <source>Edit the activity&apos;s volunteer roles</source>
        <translation>编辑活动的志愿岗位</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>场次(&amp;S)</translation>
    </message>
    <message>
        <source>Volunteers of the session</source>
        <translation>本场志愿者</translation>
    </message>
    <message>
        <source>Roles of the session with places filled</source>
        <translation>本场各岗位及报名人数</translation>
    </message>
    <message>
        <source>Volunteers message</source>
        <translation>志愿者提示</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Sign up a volunteer...</source>
        <translation>志愿者报名...</translation>
    </message>
    <message>
        <source>Sign a volunteer up for a role at this session (Ctrl+N)</source>
        <translation>为志愿者报名本场的岗位（Ctrl+N）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign the selected volunteer in now</source>
        <translation>为所选志愿者签到</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Sign the selected volunteer out now</source>
        <translation>为所选志愿者签退</translation>
    </message>
    <message>
        <source>Add hours afterwards...</source>
        <translation>补录时长...</translation>
    </message>
    <message>
        <source>Enter the selected volunteer&apos;s times afterwards, with the reason</source>
        <translation>补录所选志愿者的签到签退时间及原因</translation>
    </message>
    <message>
        <source>Cancel the shift...</source>
        <translation>取消服务...</translation>
    </message>
    <message>
        <source>Cancel the selected volunteer&apos;s shift, with the reason</source>
        <translation>取消所选志愿者的服务并注明原因</translation>
    </message>
    <message>
        <source>{count} volunteers, {came} signed in, {hours} h credited</source>
        <translation>志愿者 {count} 人，已签到 {came} 人，共计 {hours} 小时</translation>
    </message>
    <message>
        <source>No activities yet. Create one on the Activities tab (Alt+1).</source>
        <translation>还没有活动。请在“活动”页（Alt+1）新建。</translation>
    </message>
    <message>
        <source>The activity has no sessions.</source>
        <translation>该活动没有场次。</translation>
    </message>
    <message>
        <source>The activity has no volunteer roles yet: add them with “Roles...”.</source>
        <translation>该活动还没有志愿岗位：请通过“岗位...”添加。</translation>
    </message>
    <message>
        <source>No volunteers at this session yet: “Sign up a volunteer...” (Ctrl+N).</source>
        <translation>本场还没有志愿者：点“志愿者报名...”（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Choose an activity first.</source>
        <translation>请先选择活动。</translation>
    </message>
    <message>
        <source>The roles of “{title}” are saved.</source>
        <translation>“{title}”的岗位已保存。</translation>
    </message>
    <message>
        <source>Choose an activity and one of its sessions first.</source>
        <translation>请先选择活动及场次。</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>本场已取消。</translation>
    </message>
    <message>
        <source>Add the activity&apos;s volunteer roles first, with “Roles...”.</source>
        <translation>请先通过“岗位...”添加活动的志愿岗位。</translation>
    </message>
    <message>
        <source>{name} is signed up as {role}.</source>
        <translation>{name} 已报名“{role}”岗位。</translation>
    </message>
    <message>
        <source>{name} signed in at {time}.</source>
        <translation>{name} 于 {time} 签到。</translation>
    </message>
    <message>
        <source>{name} signed out at {time}: {hours} h credited.</source>
        <translation>{name} 于 {time} 签退：计 {hours} 小时。</translation>
    </message>
    <message>
        <source>{name} signed out at {time}: no hours, present less than {share}% of the shift.</source>
        <translation>{name} 于 {time} 签退：在岗不足本班次的 {share}%，不计时长。</translation>
    </message>
    <message>
        <source>Hours added afterwards for {name}: {hours} h.</source>
        <translation>已为 {name} 补录时长：{hours} 小时。</translation>
    </message>
    <message>
        <source>The shift of {name} is cancelled.</source>
        <translation>{name} 的服务已取消。</translation>
    </message>
    <message>
        <source>Select a volunteer in the list first.</source>
        <translation>请先在列表中选择一名志愿者。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Front desk of a community party-mass service center. Without a subcommand the window opens.</source>
        <translation>社区党群服务中心前台登记程序。不带子命令运行时打开程序窗口。</translation>
    </message>
    <message>
        <source>keep database, backups, logs and printed slips under DIR</source>
        <translation>将数据库、备份、日志和打印的回执保存在 DIR 目录下</translation>
    </message>
    <message>
        <source>print debugging information</source>
        <translation>输出调试信息</translation>
    </message>
    <message>
        <source>language of the window, the messages and this help for this run: zh_CN (Chinese) or en (English); without it, the language chosen in Settings on this PC (Chinese unless changed)</source>
        <translation>本次运行的窗口、提示信息和本帮助所用的语言：zh_CN（中文）或 en（英文）；不指定时使用本机在“设置”中选择的语言（未修改时为中文）</translation>
    </message>
    <message>
        <source>database URL without a password, e.g. postgresql://user@server/halldesk; the password comes from PGPASSWORD or ~/.pgpass (default: HALL_DESK_DB, else a SQLite file in the data folder)</source>
        <translation>数据库 URL，不含密码，例如 postgresql://user@server/halldesk；密码取自 PGPASSWORD 或 ~/.pgpass（默认使用 HALL_DESK_DB，未设置时使用数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>write a case&apos;s current slip or a demand&apos;s receipt as a PDF</source>
        <translation>将办件当前的回执单或需求的群众点单回执输出为 PDF</translation>
    </message>
    <message>
        <source>Write the slip a case has now (handling slip, one-time notice, refusal notice or completion notice), or the receipt of a residents&apos; demand, to a PDF file. A second copy is marked as a reprint.</source>
        <translation>将办件当前的回执单（受理回执、一次性告知单、不予受理告知书或办结通知）或群众需求的点单回执写入 PDF 文件。再次输出时会标注为补打。</translation>
    </message>
    <message>
        <source>e.g. SC01-2026-00042, or a demand&apos;s SC01-D2026-00042</source>
        <translation>例如 SC01-2026-00042，需求编号如 SC01-D2026-00042</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 的保存位置</translation>
    </message>
    <message>
        <source>a5 sheet or roll80 receipt roll (default: this PC&apos;s setting)</source>
        <translation>a5 为 A5 纸，roll80 为 80 mm 小票卷纸（默认：本机的设置）</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>The database URL is not valid: {reason}</source>
        <translation>数据库 URL 无效：{reason}</translation>
    </message>
    <message>
        <source>The database could not be opened: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
    <message>
        <source>{text} is not a case number or a demand number (they look like SC01-2026-00042 and SC01-D2026-00042).</source>
        <translation>{text} 不是有效的办件编号或需求编号（格式如 SC01-2026-00042 和 SC01-D2026-00042）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Wrote {path} ({kind}{reprint}).</source>
        <translation>已写入 {path}（{kind}{reprint}）。</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>print or write the figures of a day or a period</source>
        <translation>输出或保存某一天或某一时段的统计数据</translation>
    </message>
    <message>
        <source>The figures of the Today and Review pages for one day (--from only) or a period, compared with the period before: as text, JSON, the printed report (PDF) or the Excel ledgers (ID numbers and phones masked).</source>
        <translation>输出今日统计和统计分析页面中某一天（只用 --from）或某一时段的统计数据，并与上期对比；可输出为文本、JSON、打印报表（PDF）或 Excel 台账（证件号码和电话号码已隐藏部分号码）。</translation>
    </message>
    <message>
        <source>print or write the party-service desk&apos;s figures</source>
        <translation>输出或写出党员服务（群众点单）的统计数字</translation>
    </message>
    <message>
        <source>Demands collected, dispatched and solved, the response, in-time and satisfaction rates, by kind of demand, neighbourhood, unit and party member, for one day (--from only) or a period, compared with the period before: as text, JSON, a printed report (PDF) or the Excel ledgers (names and phones masked).</source>
        <translation>某一天（只给 --from）或一段时间内收集、派单、办结的需求，响应率、按时办结率和满意率，按需求类别、小区、报到单位和党员统计，并与上期对比：输出为文本、JSON、打印报表（PDF）或 Excel 台账（姓名和电话隐去部分）。</translation>
    </message>
    <message>
        <source>write certificates of volunteer service (PDF)</source>
        <translation>出具志愿服务记录证明（PDF）</translation>
    </message>
    <message>
        <source>Issue a numbered certificate of volunteer service (志愿服务记录证明) for the hours of a period and write it as a PDF: for one person, found by name, phone or ID number (when several people match they are listed and nothing is written), or with --all for everyone with hours, one file each in a folder.</source>
        <translation>按一段时间内的服务时长出具带编号的志愿服务记录证明并保存为 PDF：可为一人出具（按姓名、电话或身份证号查找；匹配到多人时只列出，不写文件），或用 --all 为期间内有时长的每个人各出具一份，保存到一个文件夹。</translation>
    </message>
    <message>
        <source>the volunteer&apos;s name, phone or ID number</source>
        <translation>志愿者的姓名、电话或身份证号</translation>
    </message>
    <message>
        <source>everyone with hours in the period, into a folder</source>
        <translation>期间内有时长的所有人，保存到文件夹</translation>
    </message>
    <message>
        <source>first day, e.g. 2026-11-01</source>
        <translation>起始日期，例如2026-11-01</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <source>the PDF file, or with --all the folder</source>
        <translation>PDF 文件；使用 --all 时为文件夹</translation>
    </message>
    <message>
        <source>the center&apos;s code when the server holds several</source>
        <translation>服务器上有多个中心时，指定中心编码</translation>
    </message>
    <message>
        <source>Name one person, or give --all for everyone with hours.</source>
        <translation>请指定一个人，或用 --all 为所有有时长的人出具。</translation>
    </message>
    <message>
        <source>{path} is a file; --all writes into a folder.</source>
        <translation>{path} 是一个文件；--all 需要写入文件夹。</translation>
    </message>
    <message>
        <source>{center} has no active administrator, in whose name certificates are issued.</source>
        <translation>{center} 没有在职的管理员，无法以其名义出具证明。</translation>
    </message>
    <message>
        <source>No one at {center} matches “{text}”.</source>
        <translation>{center} 没有与“{text}”匹配的人。</translation>
    </message>
    <message>
        <source>{count} people match “{text}”; nothing was written. Give a whole phone or ID number to choose one:</source>
        <translation>有 {count} 人与“{text}”匹配，未写入任何文件。请给出完整的电话或身份证号来选定一人：</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>No one has volunteer hours from {first} to {last}; nothing was written.</source>
        <translation>{first} 至 {last} 期间无人有志愿服务时长，未写入任何文件。</translation>
    </message>
    <message>
        <source>Wrote {count} certificates into {folder}.</source>
        <translation>已将 {count} 份证明写入 {folder}。</translation>
    </message>
    <message>
        <source>last day (default: the first day)</source>
        <translation>截止日期（默认：与起始日期相同）</translation>
    </message>
    <message>
        <source>text (default), json, xlsx or pdf</source>
        <translation>text（默认）、json、xlsx 或 pdf</translation>
    </message>
    <message>
        <source>write to FILE (needed for xlsx and pdf)</source>
        <translation>写入FILE（导出xlsx和pdf时必填）</translation>
    </message>
    <message>
        <source>the center&apos;s code when the server holds several, or &apos;all&apos; for every center side by side</source>
        <translation>服务器上有多个中心时填写中心编码，填 all 则并列显示各中心</translation>
    </message>
    <message>
        <source>print or write the activities desk&apos;s figures</source>
        <translation>打印或导出活动报名、签到与志愿服务时长统计</translation>
    </message>
    <message>
        <source>Activities and sessions held, sign-ups, attendance and no-show rates, people served, volunteers and their hours, by kind of activity and by organiser, for one day (--from only) or a period, compared with the period before: as text, JSON, a printed report (PDF) or the Excel ledgers (phones masked).</source>
        <translation>某一天（只给 --from）或某一期间的活动与场次、报名、出席率与缺席率、服务人次、志愿者及其服务时长，按活动类型和主办方分类，并与上一期对比：输出为文本、JSON、打印报表（PDF）或 Excel 台账（电话号码已隐去部分数字）。</translation>
    </message>
    <message>
        <source>Every center side by side is written as text or JSON; the printed report and the ledgers are for one center at a time.</source>
        <translation>各中心对比只能输出为文本或 JSON；打印报表和台账每次只针对一个中心。</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows, phone numbers masked).</source>
        <translation>已写入 {path}（{rows} 行，电话号码已隐去部分数字）。</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows, names and phone numbers masked).</source>
        <translation>已写入 {path}（{rows} 行，姓名和电话号码已隐去部分）。</translation>
    </message>
    <message>
        <source>add a center to a shared server</source>
        <translation>在共用服务器上添加一个中心</translation>
    </message>
    <message>
        <source>Add a center and its first administrator, who signs in with a one-time password printed once.</source>
        <translation>添加一个中心及其首位管理员，该管理员使用只打印一次的一次性密码登录。</translation>
    </message>
    <message>
        <source>center code, e.g. CN02</source>
        <translation>中心编码，如CN02</translation>
    </message>
    <message>
        <source>the center&apos;s full name</source>
        <translation>中心全称</translation>
    </message>
    <message>
        <source>user name of its first administrator</source>
        <translation>首位管理员的用户名</translation>
    </message>
    <message>
        <source>that administrator&apos;s full name</source>
        <translation>该管理员的姓名</translation>
    </message>
    <message>
        <source>let an administrator see every center&apos;s figures</source>
        <translation>允许该管理员查看各中心的统计数据</translation>
    </message>
    <message>
        <source>Make an existing administrator a county administrator, who sees every center on this server side by side on the Review page.</source>
        <translation>将现有管理员设为县级管理员，可在统计分析页面对照查看本服务器上的各中心。</translation>
    </message>
    <message>
        <source>user name of the administrator</source>
        <translation>该管理员的用户名</translation>
    </message>
    <message>
        <source>--format {format} needs --out FILE.</source>
        <translation>--format {format} 需要同时指定 --out FILE。</translation>
    </message>
    <message>
        <source>Excel ledgers are written for one center at a time.</source>
        <translation>Excel 台账每次只能导出一个中心。</translation>
    </message>
    <message>
        <source>This database has no center yet; start the window to set one up.</source>
        <translation>此数据库中还没有中心，请启动窗口程序进行设置。</translation>
    </message>
    <message>
        <source>This server holds several centers; choose one with --center: {codes}</source>
        <translation>此服务器上有多个中心，请用 --center 选择一个：{codes}</translation>
    </message>
    <message>
        <source>There is no center {code}; the centers are: {codes}</source>
        <translation>没有中心 {code}；现有中心：{codes}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入{path}。</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows, ID and phone numbers masked).</source>
        <translation>已写入{path}（{rows}行，证件号码和电话号码已部分隐藏）。</translation>
    </message>
    <message>
        <source>Added {name} ({code}). Its administrator {user} signs in with the one-time password {password} and changes it in Settings. It is shown only now.</source>
        <translation>已添加 {name}（{code}）。该中心管理员 {user} 使用一次性密码 {password} 登录，并在“设置”中修改密码。此密码仅在此处显示一次。</translation>
    </message>
    <message>
        <source>{name} ({center}) is now a county administrator and sees every center on the Review page after signing in again.</source>
        <translation>{name}（{center}）已成为县级管理员，重新登录后可在统计分析页面查看各中心。</translation>
    </message>
    <message>
        <source>Visits registered</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>People</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Walk-ins counted</source>
        <translation>快速计数</translation>
    </message>
    <message>
        <source>Cases accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Handled by an agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>功能室预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Room hours used</source>
        <translation>使用小时</translation>
    </message>
    <message>
        <source>Room hours open</source>
        <translation>开放小时</translation>
    </message>
    <message>
        <source>Share of open hours used</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>The period is not over: room hours count up to {as_of}.</source>
        <translation>本期尚未结束：功能室开放与使用时长计至 {as_of}。</translation>
    </message>
    <message>
        <source>The period is not over: room hours count up to {as_of}, in the previous period up to {previous}.</source>
        <translation>本期尚未结束：功能室开放与使用时长计至 {as_of}，上期计至 {previous}。</translation>
    </message>
    <message>
        <source>By kind of demand</source>
        <translation>按需求类别</translation>
    </message>
    <message>
        <source>By neighbourhood</source>
        <translation>按小区</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按报到单位</translation>
    </message>
    <message>
        <source>By party member</source>
        <translation>按党员</translation>
    </message>
    <message>
        <source>Taken on within {minutes} minutes</source>
        <translation>{minutes}分钟内接单</translation>
    </message>
    <message>
        <source>Demands collected</source>
        <translation>收集需求</translation>
    </message>
    <message>
        <source>Residents&apos; calls (merged included)</source>
        <translation>群众诉求（含并单）</translation>
    </message>
    <message>
        <source>Small wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Solved in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>复办</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Solved in time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Sign-ups cancelled</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Present (people served)</source>
        <translation>出席（服务人次）</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务人次</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <source>of which entered afterwards</source>
        <translation>其中补录</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>缺席率</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Period {period}, compared with {previous}</source>
        <translation>统计期：{period}，与{previous}对比</translation>
    </message>
    <message>
        <source>The period is not over: counted up to {as_of}.</source>
        <translation>本期尚未结束，统计至 {as_of}。</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>On a waiting list now: {n}</source>
        <translation>目前候补：{n} 人</translation>
    </message>
    <message>
        <source>By kind of activity</source>
        <translation>按活动类型</translation>
    </message>
    <message>
        <source>By organiser</source>
        <translation>按主办方</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>In the hall now</source>
        <translation>在厅人数</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办件</translation>
    </message>
    <message>
        <source>Waiting for documents</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Call-backs owed</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Elderly subsidy checks due</source>
        <translation>高龄补贴待年审</translation>
    </message>
    <message>
        <source>Transfer receipts outstanding</source>
        <translation>转接回执未回</translation>
    </message>
    <message>
        <source>Bookings awaiting approval</source>
        <translation>待审批预约</translation>
    </message>
    <message>
        <source>Open at {time}</source>
        <translation>截至 {time}</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Demands open</source>
        <translation>在办需求</translation>
    </message>
    <message>
        <source>Demands overdue</source>
        <translation>超时需求</translation>
    </message>
    <message>
        <source>Demands due soon</source>
        <translation>即将到时需求</translation>
    </message>
    <message>
        <source>Meeting problems overdue</source>
        <translation>议事会问题逾期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Every center, {period}</source>
        <translation>各中心（{period}）</translation>
    </message>
    <message>
        <source>write a checked backup of the database now</source>
        <translation>立即写入一份经过检查的数据库备份</translation>
    </message>
    <message>
        <source>Copy the database with SQLite&apos;s online backup API, check the copy and keep it in the backup folder set in Settings (or DIR). Older backups are thinned to 14 daily, 8 weekly and 12 monthly copies.</source>
        <translation>用 SQLite 在线备份接口复制数据库，检查副本后保存到“设置”中指定的备份文件夹（或 DIR）。较早的备份只保留 14 份每日、8 份每周和 12 份每月备份。</translation>
    </message>
    <message>
        <source>write the backup to DIR (it must exist)</source>
        <translation>将备份写入 DIR（该文件夹必须已存在）</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>Check FILE (a sound Hall Desk database of this version or an older one), save the database in use to the backup folder, then put FILE in its place. Close the Hall Desk window first.</source>
        <translation>检查 FILE（须为本版本或更早版本的完好的党群服务中心前台数据库），把当前数据库保存到备份文件夹，然后用 FILE 替换它。请先关闭党群服务中心前台窗口。</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>do not ask before replacing the database</source>
        <translation>替换数据库前不再询问</translation>
    </message>
    <message>
        <source>Wrote {path} ({size}); integrity check: {check}.</source>
        <translation>已写入 {path}（{size}）；完整性检查：{check}。</translation>
    </message>
    <message>
        <source>Removed {count} older backups (14 daily, 8 weekly and 12 monthly are kept).</source>
        <translation>已删除 {count} 份较早的备份（保留 14 份每日、8 份每周和 12 份每月备份）。</translation>
    </message>
    <message>
        <source>no center yet</source>
        <translation>尚无中心</translation>
    </message>
    <message>
        <source>{file}: a backup of {taken} holding {centers} (schema {revision}).</source>
        <translation>{file}：{taken} 的备份，包含 {centers}（数据库版本 {revision}）。</translation>
    </message>
    <message>
        <source>It was made by an older version and is brought up to date.</source>
        <translation>该备份由旧版本生成，恢复时会升级到当前版本。</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to restore without being asked.</source>
        <translation>未做任何更改：如需不经询问直接恢复，请加上 --yes。</translation>
    </message>
    <message>
        <source>Replace the database {database} with this backup? The database in use is saved to the backup folder first. Type yes to go on: </source>
        <translation>用此备份替换数据库 {database} 吗？当前数据库会先保存到备份文件夹。输入 yes 继续：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>已恢复 {file}。</translation>
    </message>
    <message>
        <source>Upgraded from schema {old} to {new}.</source>
        <translation>已从数据库版本 {old} 升级到 {new}。</translation>
    </message>
    <message>
        <source>The database replaced failed its check and was kept as it was in {path}.</source>
        <translation>被替换的数据库未通过检查，已原样保存在 {path}。</translation>
    </message>
    <message>
        <source>The database replaced was saved as {path}.</source>
        <translation>被替换的数据库已保存为 {path}。</translation>
    </message>
    <message>
        <source>check the database and the audit trail for changes</source>
        <translation>校验数据库和审计记录是否被改动</translation>
    </message>
    <message>
        <source>Check the database file&apos;s integrity and every row of the audit trail: each row&apos;s hash, its link to the row before and the recorded end of the chain. Names the first broken row; the exit code is 1 when anything is wrong.</source>
        <translation>检查数据库文件的完整性和每一条审计记录：各条记录的哈希值、与前一条的链接以及记录的链尾。指出第一条有问题的记录；发现任何问题时退出码为 1。</translation>
    </message>
    <message>
        <source>anonymise visitors past the retention period</source>
        <translation>将超过保留期限的来访者信息匿名化</translation>
    </message>
    <message>
        <source>Anonymise the personal data of visitors with nothing recorded for longer than their center keeps it (3 years unless set in Settings). Counts stay as they are; residents with open cases, a subsidy still paid or a booking ahead are kept. Audit rows are never deleted.</source>
        <translation>对超过所属中心保留期限（未在“设置”中修改时为 3 年）没有任何记录的来访者，将其个人信息匿名化。统计数字保持不变；有在办件、仍在领取补贴或有未到期预约的居民予以保留。审计记录从不删除。</translation>
    </message>
    <message>
        <source>only say how many would be anonymised</source>
        <translation>只显示将被匿名化的人数</translation>
    </message>
    <message>
        <source>ok: {rows} audit rows, integrity ok</source>
        <translation>正常：{rows} 条审计记录，数据库完整性正常</translation>
    </message>
    <message>
        <source>chain head: #{id} {hash}</source>
        <translation>审计链终点：#{id} {hash}</translation>
    </message>
    <message>
        <source>BROKEN: the database failed its integrity check: {what}</source>
        <translation>异常：数据库未通过完整性检查：{what}</translation>
    </message>
    <message>
        <source>BROKEN: {reason} ({rows} audit rows checked)</source>
        <translation>异常：{reason}（已检查 {rows} 条审计记录）</translation>
    </message>
    <message>
        <source>{center}: {count} residents would be anonymised (kept {years} years: nothing since {cutoff}).</source>
        <translation>{center}：将匿名化 {count} 位居民（保留 {years} 年：{cutoff} 以来无记录）。</translation>
    </message>
    <message>
        <source>{center}: {count} residents anonymised (kept {years} years: nothing since {cutoff}).</source>
        <translation>{center}：已匿名化 {count} 位居民（保留 {years} 年：{cutoff} 以来无记录）。</translation>
    </message>
    <message>
        <source>Audit rows are never deleted.</source>
        <translation>审计记录从不删除。</translation>
    </message>
    <message>
        <source>fill the database with a few weeks of made-up visits</source>
        <translation>向数据库填入几周的模拟来访数据</translation>
    </message>
    <message>
        <source>Add made-up residents, visits, service cases and room bookings ending today. On an empty database a demo center, its administrator with a one-time password and its clerks are created first. A database holding a real center is refused unless --into-existing is given.</source>
        <translation>添加截至今天的模拟居民、来访记录、办件和功能室预约。如果数据库为空，会先创建一个演示中心、一个使用一次性密码的管理员账号和几名工作人员。数据库中已有正式使用的中心时拒绝添加，除非指定 --into-existing。</translation>
    </message>
    <message>
        <source>number of days (default 21)</source>
        <translation>天数（默认 21）</translation>
    </message>
    <message>
        <source>visits on a weekday (default 90)</source>
        <translation>工作日每天的来访数（默认 90）</translation>
    </message>
    <message>
        <source>random seed, for repeatable data</source>
        <translation>随机数种子，用于生成可重复的数据</translation>
    </message>
    <message>
        <source>add the made-up data even to a real center (one the demo did not create); it cannot be told apart from the real records afterwards</source>
        <translation>即使是正式使用的中心（不是演示程序创建的）也添加模拟数据；添加后将无法与真实记录区分开</translation>
    </message>
    <message>
        <source>--days must be 1-366 and --per-day 1-2000.</source>
        <translation>--days 必须在 1-366 之间，--per-day 必须在 1-2000 之间。</translation>
    </message>
    <message>
        <source>To look around with made-up data, give the demo a folder of its own: hall-desk --data-dir NEW_FOLDER demo. To add made-up data to this center anyway, add --into-existing.</source>
        <translation>如需用模拟数据试用，请为演示单独指定一个文件夹：hall-desk --data-dir 新文件夹 demo。如确实要向该中心添加模拟数据，请加上 --into-existing。</translation>
    </message>
    <message>
        <source>{site}: added {visits} visits, {walk_ins} counted walk-ins, {cases} service cases and {bookings} room bookings over {days} days; {residents} residents on file.</source>
        <translation>{site}：{days} 天内新增 {visits} 条来访记录、{walk_ins} 人次现场来访统计、{cases} 件服务事项和 {bookings} 条功能室预约；已登记居民 {residents} 人。</translation>
    </message>
    <message>
        <source>From the months before: {subsidised} elders receiving the elderly-age subsidy and {transfers} party membership transfers.</source>
        <translation>此前几个月的记录：{subsidised} 位老人领取高龄补贴，{transfers} 件党员组织关系转接。</translation>
    </message>
    <message>
        <source>Party service: {units} reporting units with {members} members, {demands} demands over three months, {problems} meeting problems and {projects} projects.</source>
        <translation>党员服务：{units} 个报到单位、{members} 名报到党员，近三个月群众点单 {demands} 件，议事会问题 {problems} 个，项目 {projects} 个。</translation>
    </message>
    <message>
        <source>Activities: {activities} activities with {signups} sign-ups, {shifts} volunteer shifts and {certificates} certificates of volunteer service.</source>
        <translation>活动：{activities} 项活动，{signups} 人次报名，{shifts} 个志愿者班次，{certificates} 份志愿服务记录证明。</translation>
    </message>
    <message>
        <source>Sign in as {user} with the one-time password {password} and change it in Settings. It is shown only now.</source>
        <translation>请以 {user} 身份使用一次性密码 {password} 登录，并在“设置”中修改密码。该密码仅显示这一次。</translation>
    </message>
</context>
</TS>
