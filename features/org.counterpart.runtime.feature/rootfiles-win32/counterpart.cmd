@echo off
rem Starts the Counterpart workbench on Windows.
rem   COUNTERPART_HOME   where settings and workspaces live (default: %LOCALAPPDATA%\Counterpart)
rem   JAVA_HOME          a Java 21+ runtime (else the java.exe on PATH, if it is 21+)
rem   COUNTERPART_VMARGS extra JVM options, for example -Xmx4g
setlocal
set "product=%~dp0"
set "product=%product:~0,-1%"
call "%product%\select-java.cmd" || exit /b 1
if not defined COUNTERPART_HOME set "COUNTERPART_HOME=%LOCALAPPDATA%\Counterpart"
if not exist "%COUNTERPART_HOME%" mkdir "%COUNTERPART_HOME%"
for %%f in ("%product%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
rem The product folder stays read-only: each user's OSGi state cascades from the shared configuration.
"%COUNTERPART_JAVA:java.exe=javaw.exe%" -Xms128m -Xmx2g -XX:+UseParallelGC %COUNTERPART_VMARGS% ^
  -Dosgi.sharedConfiguration.area="%product%\configuration" -Dosgi.configuration.cascaded=true ^
  -jar "%launcher%" ^
  -os win32 -ws win32 -arch x86_64 ^
  -configuration "%COUNTERPART_HOME%\configuration" -data "%COUNTERPART_HOME%\workbench" -user @none ^
  %*
