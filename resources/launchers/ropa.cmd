@echo off
rem `ropa` in the installed ROPA Desk (Windows): the same commands as `npx ropa`, answered by the
rem app itself in its --cli mode, so neither Node nor tsx is needed.
"%~dp0ROPA Desk.exe" --cli %*
exit /b %ERRORLEVEL%
