; Inno Setup script: per-user installer of the one-folder build (no administrator rights needed).
; Build dist\unionbulletin with PyInstaller first, then: iscc packaging\windows\unionbulletin.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C0E1A52-3F8B-4E0B-9D3A-2B7C1E5D9A41}
AppName=工会工作简报 UnionBulletin
AppVersion={#AppVersion}
AppPublisher=unionbulletin
DefaultDirName={localappdata}\Programs\UnionBulletin
DefaultGroupName=工会工作简报
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=unionbulletin-{#AppVersion}-setup
SetupIconFile=..\unionbulletin.ico
UninstallDisplayIcon={app}\unionbulletin.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.4+; for older versions copy it from the unofficial translations.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\unionbulletin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\工会工作简报"; Filename: "{app}\unionbulletin.exe"
Name: "{autodesktop}\工会工作简报"; Filename: "{app}\unionbulletin.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\unionbulletin.exe"; Description: "{cm:LaunchProgram,工会工作简报}"; Flags: nowait postinstall skipifsilent
