<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>The database could not be opened:
{url}

{reason}</source>
        <translation>无法打开数据库：
{url}

{reason}</translation>
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
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
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
        <source>That resident record no longer exists.</source>
        <translation>该居民记录已不存在。</translation>
    </message>
    <message>
        <source>Only an administrator may do this. Please ask your administrator.</source>
        <translation>只有管理员可以执行此操作。请联系管理员。</translation>
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
        <source>This database has already been set up; please sign in.</source>
        <translation>该数据库已完成初始设置；请登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for another {minutes} minutes. An administrator can unlock it by resetting the password.</source>
        <translation>密码错误次数过多：该账号已被锁定，{minutes} 分钟后解锁。管理员可通过重置密码立即解锁。</translation>
    </message>
    <message>
        <source>This account has been disabled. Please ask your administrator.</source>
        <translation>该账号已被停用。请联系管理员。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
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
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Five wrong passwords in a row: this account is now locked for 15 minutes.</source>
        <translation>连续五次密码错误：该账号已被锁定 15 分钟。</translation>
    </message>
    <message>
        <source>Wrong user name or password. {left} more tries before the account is locked for 15 minutes.</source>
        <translation>用户名或密码错误。还可尝试 {left} 次，之后账号将被锁定 15 分钟。</translation>
    </message>
    <message>
        <source>The chosen resident no longer exists; please search again.</source>
        <translation>所选居民已不存在；请重新查找。</translation>
    </message>
    <message>
        <source>This ID number belongs to another registered resident ({name}).</source>
        <translation>该证件号码属于另一位已登记居民（{name}）。</translation>
    </message>
    <message>
        <source>{name} is registered with a different ID number ({masked}). Clear the chosen resident to register someone else.</source>
        <translation>{name} 登记的是另一个证件号码（{masked}）。如需登记其他人，请先取消所选居民。</translation>
    </message>
    <message>
        <source>This ID number is already registered under the name {name}. Check the name and the number.</source>
        <translation>该证件号码已登记在 {name} 名下。请核对姓名和号码。</translation>
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
        <translation>查找已登记居民</translation>
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
    <name>SettingsPage</name>
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
        <source>The language could not be saved: {reason}</source>
        <translation>无法保存语言设置：{reason}</translation>
    </message>
    <message>
        <source>Saved. The new language is used after you sign out and sign in again.</source>
        <translation>已保存。退出登录并重新登录后将使用新的语言。</translation>
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
        <source>Staff accounts message</source>
        <translation>工作人员账号提示</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
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
        <translation>已登记：{masked}（如需修改请直接输入）</translation>
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
        <source>{name} (returning) registered at {time}</source>
        <translation>{name}（老访客）已于 {time} 登记</translation>
    </message>
    <message>
        <source>{name} registered at {time}</source>
        <translation>{name} 已于 {time} 登记</translation>
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
        <source> · already registered as {name}: this visit will be added to that person</source>
        <translation> · 已登记为 {name}：本次来访将记在此人名下</translation>
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
    <name>cli</name>
    <message>
        <source>Front desk of a community party-mass service center. Without a subcommand the window opens.</source>
        <translation>社区党群服务中心前台登记程序。不带子命令运行时打开程序窗口。</translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql://user:password@server/halldesk (default: HALL_DESK_DB, else a SQLite file in the data folder)</source>
        <translation>数据库 URL，例如 postgresql://user:password@server/halldesk（默认使用 HALL_DESK_DB，未设置时使用数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>keep database, backups, logs and printed slips under DIR</source>
        <translation>将数据库、备份、日志和打印的回执保存在 DIR 目录下</translation>
    </message>
    <message>
        <source>interface language for this run</source>
        <translation>本次运行使用的界面语言</translation>
    </message>
    <message>
        <source>print debugging information</source>
        <translation>输出调试信息</translation>
    </message>
    <message>
        <source>fill the database with a few weeks of made-up visits</source>
        <translation>向数据库填入几周的模拟来访数据</translation>
    </message>
    <message>
        <source>Add made-up residents and visits ending today. On an empty database a demo center and an administrator with a one-time password are created first.</source>
        <translation>添加截至今天的模拟居民和来访记录。如果数据库为空，会先创建一个演示中心和一个使用一次性密码的管理员账号。</translation>
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
        <source>--days must be 1-366 and --per-day 1-2000.</source>
        <translation>--days 必须在 1-366 之间，--per-day 必须在 1-2000 之间。</translation>
    </message>
    <message>
        <source>{site}: added {visits} visits and {walk_ins} counted walk-ins over {days} days; {residents} residents on file.</source>
        <translation>{site}：在 {days} 天内添加了 {visits} 次来访和 {walk_ins} 人次快速计数；现有登记居民 {residents} 人。</translation>
    </message>
    <message>
        <source>Sign in as {user} with the one-time password {password} and change it in Settings. It is shown only now.</source>
        <translation>请以 {user} 身份使用一次性密码 {password} 登录，并在“设置”中修改密码。该密码仅显示这一次。</translation>
    </message>
</context>
</TS>
