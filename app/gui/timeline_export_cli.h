// `loopstep --export-timeline OUT.png|svg|pdf [--width W] [--height H] [--seed N] [--set L:C=V]...
// [--dark] [--ticks] [--tick N] FILE.py`: runs the program and writes its timeline without opening a window
// (SPEC §5). Works with QT_QPA_PLATFORM=offscreen and with no display at all.
#pragma once

namespace loopstep {

// Call first thing in main(), before any QApplication exists. Returns -1 when the command line
// asks for no export (main goes on), else the exit status: 0 written, 1 the image could not be
// written, 2 bad options or a program the engine refuses (SPEC §5 exit codes).
int runTimelineExportCli(int argc, char** argv);

}  // namespace loopstep
