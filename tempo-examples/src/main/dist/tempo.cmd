@echo off
rem tempo launcher for Windows: runs the tempo.jar beside this script with start-up flags
rem (set TEMPO_JAVA_OPTS to replace them). No class-data archive: use the POSIX launcher for that.
setlocal
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined TEMPO_JAVA_OPTS set "TEMPO_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"%JAVA%" %TEMPO_JAVA_OPTS% -jar "%~dp0tempo.jar" %*
exit /b %ERRORLEVEL%
