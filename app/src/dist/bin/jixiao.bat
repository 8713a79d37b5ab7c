@echo off
rem jixiao launcher for Windows. Runs lib\jixiao.jar on runtime\ beside it if there is one,
rem else on %JAVA_HOME%'s or PATH's java (Java 17 or later).
rem
rem This file is ASCII on purpose: cmd reads a batch file in the console's code page, which the
rem chcp below changes while the file is being read.
rem JIXIAO_JAVA_OPTS adds options for the Java VM, e.g. set JIXIAO_JAVA_OPTS=-Xmx2g
rem
rem No temp-folder detection here: Windows has no noexec mount, and the program already unpacks
rem SQLite's native library beside the database in %APPDATA%\jixiao, out of a locked %TEMP%.
setlocal
set "APP_HOME=%~dp0.."

rem Chosen with goto, not a parenthesised block: a path such as C:\Program Files (x86)\...
rem would end the block at its ")".
set "JAVA=%APP_HOME%\runtime\bin\java.exe"
if exist "%JAVA%" goto found
set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if exist "%JAVA%" goto found
set "JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto found
echo jixiao: no Java found. Install Java 17 or later, or set JAVA_HOME. 1>&2
exit /b 1

:found
rem Chinese text needs a UTF-8 console (the program writes UTF-8); the user's code page is put
rem back afterwards. Arguments are unaffected: java.exe reads them in the system code page.
set "OLD_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "OLD_CP=%%c"
chcp 65001 >nul

"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData ^
  -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 ^
  %JIXIAO_JAVA_OPTS% -jar "%APP_HOME%\lib\jixiao.jar" %*
set "STATUS=%ERRORLEVEL%"

if defined OLD_CP chcp %OLD_CP% >nul
exit /b %STATUS%
