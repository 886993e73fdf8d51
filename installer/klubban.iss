; Inno Setup script for Klubban on Windows. Build the PyInstaller folder first
; (pyinstaller installer\klubban.spec), then compile this script with ISCC.exe.
#define AppName "Klubban"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0C9D2E-3B1A-4C56-9A2F-5C1B7E0D4A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Klubban-teamet
DefaultDirName={autopf}\Klubban
DefaultGroupName=Klubban
OutputBaseFilename=Klubban-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\klubban\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Klubban – ordförande"; Filename: "{app}\klubban.exe"; Parameters: "--window chair"
Name: "{group}\Klubban – sekreterare"; Filename: "{app}\klubban.exe"; Parameters: "--window secretary"
Name: "{group}\Klubban – rumsskärm"; Filename: "{app}\klubban.exe"; Parameters: "--window room"
Name: "{group}\Klubban – demo"; Filename: "{app}\klubban.exe"; Parameters: "demo"
Name: "{group}\Avinstallera Klubban"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\klubban.exe"; Parameters: "--self-test"; Description: "Kör självtestet"; Flags: postinstall runhidden
