@rem Called by counterpart.cmd and counterpart-cli.cmd: finds a Java 21 or newer and sets COUNTERPART_JAVA to its java.exe.
@rem Order: JAVA_HOME if it is 21+, then the java.exe on PATH if it is 21+; the version is read from the runtime's
@rem "release" file (JAVA_VERSION="21.0.5"), which every Java 9+ runtime carries. Otherwise stops with a clear message.
@setlocal
@set found=
@if defined JAVA_HOME call :check "%JAVA_HOME%"
@if not defined found for /f "delims=" %%j in ('where java.exe 2^>nul') do @if not defined found call :check "%%~dpj.."
@if not defined found (
  echo Counterpart needs Java 21 or newer. None was found: JAVA_HOME=%JAVA_HOME% and no java.exe of 21+ on PATH. 1>&2
  echo Install a Java 21+ runtime, for example Eclipse Temurin 21, and set JAVA_HOME to it. 1>&2
  exit /b 1
)
@endlocal & set "COUNTERPART_JAVA=%found%"
@exit /b 0

:check
@set major=
@if not exist "%~f1\bin\java.exe" exit /b 0
@if not exist "%~f1\release" exit /b 0
@for /f "tokens=2 delims==" %%v in ('findstr /b JAVA_VERSION= "%~f1\release"') do @for /f "delims=." %%m in (%%v) do @set major=%%~m
@if "%major%"=="" exit /b 0
@if %major% GEQ 21 set "found=%~f1\bin\java.exe"
@exit /b 0
