; Inno Setup script for the Windows installer of HelaVB.
; Build the one-folder app first (see packaging/README.md), then compile this script with
; Inno Setup 6:  iscc packaging\windows\helavb.iss
; The version is read from the frozen helavb.exe, whose version comes from
; helavb_desktop/__init__.py (the one place it lives).

#define AppName "HelaVB"
#define AppExe "helavb.exe"
#define BundleDir "..\..\dist\helavb"
#define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)

[Setup]
AppId={{6B0F5E9B-3C1D-4E55-9D3A-5E1F2A7C9B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Länsstyrelsen Västerbotten
DefaultDirName={autopf}\HelaVB
DefaultGroupName=HelaVB
; Field officers install without administrator rights; IT can still install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=HelaVB-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=helavb.ico
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\HelaVB"; Filename: "{app}\{#AppExe}"; Parameters: "gui"
Name: "{autodesktop}\HelaVB"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,HelaVB}"; Flags: nowait postinstall skipifsilent

; The register and settings live in the user's data folder (%APPDATA%\Lansstyrelsen Vasterbotten\HelaVB)
; and are deliberately left in place on uninstall: nothing a field officer typed is removed.
