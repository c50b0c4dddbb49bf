; Inno Setup 6 script for AIM explainer: a per-user installation that needs no administrator rights,
; with Norwegian (Bokmål) and English installer texts. `build_installer.py package` on Windows compiles it
; with the name, version and folders of the frozen bundle:
;   iscc /DAppName=.. /DAppId=.. /DAppVersion=.. /DSourceDir=.. /DIconFile=.. /DOutputDir=.. /DOutputName=.. setup.iss

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build_installer.py package does)
#endif
#ifndef AppName
  #define AppName "AIM explainer"
#endif
#ifndef AppId
  #define AppId "aim-explainer"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\" + AppId
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\" + AppId + ".ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName AppId + "-" + AppVersion + "-windows-x64-setup"
#endif
#define AppExe AppId + ".exe"

[Setup]
; Identifies the program from one version to the next: never change it, or an update installs beside the old one.
AppId={{3993B1A3-C7F8-4EDE-8133-9E0290B7A679}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: %LOCALAPPDATA%\Programs\AIM explainer and the user's own Start menu.
; {localappdata}\Programs is the folder {userpf} names on Windows, spelled so that Wine expands it too (Wine 8
; cannot expand {userpf}), so the setup.exe tested under Wine is the one shipped.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 (build 17763) and later, and needs its icuuc.dll.
MinVersion=10.0.17763
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no

[Languages]
; The first is the default where Windows speaks neither language.
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
norwegian.AppComment=Forklarer den norske AIM-studien av antibiotika mot ryggsmerter med Modic-forandringer. Bruker aldri nettet.
english.AppComment=Explains the Norwegian AIM trial of antibiotics for back pain with Modic changes. Never uses the network.
norwegian.RemoveUserData=Vil du også slette innstillingene og loggen til %1 for denne brukeren?
english.RemoveUserData=Also delete the settings and the log of %1 for this user?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
// Settings and log live in %LOCALAPPDATA%\aim-explainer (platformdirs), outside the program's folder. The
// uninstaller asks before deleting them; a silent uninstall with /SUPPRESSMSGBOXES keeps them (the default is No).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  UserData: String;
begin
  UserData := ExpandConstant('{localappdata}\{#AppId}');
  if (CurUninstallStep = usPostUninstall) and DirExists(UserData) then
    if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveUserData'), ['{#AppName}']),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(UserData, True, True, True);
end;
