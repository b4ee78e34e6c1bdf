@echo off
rem Counterpart on the command line, without the workbench: run "counterpart-cli --help".
rem   COUNTERPART_HOME   where settings live (default: %LOCALAPPDATA%\Counterpart)
rem   JAVA_HOME          a Java 21+ runtime (else the java.exe on PATH, if it is 21+)
rem   COUNTERPART_VMARGS extra JVM options, for example -Xmx8g for large imports
setlocal
set "product=%~dp0"
set "product=%product:~0,-1%"
call "%product%\select-java.cmd" || exit /b 1
if not defined COUNTERPART_HOME set "COUNTERPART_HOME=%LOCALAPPDATA%\Counterpart"
if not exist "%COUNTERPART_HOME%" mkdir "%COUNTERPART_HOME%"
for %%f in ("%product%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
rem A configuration area of its own, so that the command line runs while the workbench is open.
"%COUNTERPART_JAVA%" -Xms64m -Xmx2g -XX:+UseParallelGC -Djava.awt.headless=true %COUNTERPART_VMARGS% ^
  -Dosgi.sharedConfiguration.area="%product%\configuration" -Dosgi.configuration.cascaded=true ^
  -jar "%launcher%" ^
  -application org.counterpart.cli.application -nosplash ^
  -configuration "%COUNTERPART_HOME%\cli-configuration" -data @none -user @none ^
  %*
exit /b %ERRORLEVEL%
